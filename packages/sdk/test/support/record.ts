// Records every request a test's client sends to the platform and answers each with the test's reply.
import { http } from 'msw';
import type { setupServer } from 'msw/node';
import { BASE_URL } from './platform';

export interface SeenRequest {
  method: string;
  /** The raw (still encoded) path. */
  path: string;
  /** The query, decoded. */
  query: Record<string, string>;
  headers: Headers;
  /** The JSON body, or undefined when there was none. */
  body: unknown;
}

export function recordRequests(
  server: ReturnType<typeof setupServer>,
  reply: (seen: SeenRequest) => Response | Promise<Response>,
): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.use(
    http.all(`${BASE_URL}/v1/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      const entry: SeenRequest = {
        method: request.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: request.headers,
        body: text === '' ? undefined : JSON.parse(text),
      };
      seen.push(entry);
      return reply(entry);
    }),
  );
  return seen;
}
