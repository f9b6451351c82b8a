// The platform's JSON answers, with their text kept beside them. A fetch Response holds its body as a
// stream: reading it back (to keep an idempotent answer, to write it to a socket) means cloning and
// draining streams on every request, which was a large share of the standalone server's CPU. The text
// is already known when the answer is made, so those readers take it from here instead.
import { HttpResponse } from 'msw';

const bodyTexts = new WeakMap<Response, string>();

/**
 * Like msw's HttpResponse.json (Content-Type application/json and Content-Length unless `headers`
 * name their own), but the length is counted without building a Blob, and the text is remembered.
 */
export function jsonResponse(
  body: unknown,
  init: { status: number; headers?: Record<string, string> },
): Response {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  if (!headers.has('Content-Length')) headers.set('Content-Length', String(Buffer.byteLength(text)));
  const response = new HttpResponse(text, { status: init.status, headers });
  bodyTexts.set(response, text);
  return response;
}

/** The answer's body as text, leaving the response itself unread. */
export async function bodyTextOf(response: Response): Promise<string> {
  return bodyTexts.get(response) ?? response.clone().text();
}

/** The text of a response made by `jsonResponse`; undefined for any other. */
export function knownBodyText(response: Response): string | undefined {
  return bodyTexts.get(response);
}
