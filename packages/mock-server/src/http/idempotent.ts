// Runs a mutating request at most once per idempotency key, replaying the first answer to retries.
// Transient answers (429, 5xx) are not kept: the caller is told to try again, and the retry must run.
import { HttpResponse } from 'msw';
import type { IdempotencyLedger, StoredResponse } from '../store/idempotency';
import { bodyTextOf } from './json-response';

const KEPT_HEADERS = ['content-type', 'x-request-id', 'retry-after'];

export async function runOnce(
  ledger: IdempotencyLedger,
  claim: { scope: string; key: string; fingerprint: string },
  run: () => Promise<Response>,
): Promise<Response> {
  const ticket = ledger.claim(claim.scope, claim.key, claim.fingerprint);
  if (ticket.kind === 'replay') return replay(ticket.response);
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    ticket.release();
    throw error;
  }
  if (response.status === 429 || response.status >= 500) ticket.release();
  else ticket.complete(await snapshot(response));
  return response;
}

async function snapshot(response: Response): Promise<StoredResponse> {
  const headers: [string, string][] = [];
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers.push([name, value]);
  }
  return { status: response.status, headers, body: await bodyTextOf(response) };
}

/** The stored answer, marked as a replay (as Stripe does), with the first request's X-Request-Id. */
function replay(stored: StoredResponse): Response {
  return new HttpResponse(stored.body === '' ? null : stored.body, {
    status: stored.status,
    headers: [...stored.headers, ['Idempotent-Replayed', 'true']],
  });
}

/** A stable text for "the same request": method, path and the body with its keys sorted. */
export function requestFingerprint(method: string, url: URL, body: unknown): string {
  return `${method.toUpperCase()} ${url.pathname}${url.search}\n${canonicalJson(body)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
