// node:http <-> WHATWG fetch: the standalone server turns each request into a `Request` for the platform's
// pipeline (platform.dispatch) and writes the `Response` back.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { knownBodyText } from '../http/json-response';

// Hop-by-hop headers describe this connection, not the request.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
]);

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export async function toFetchRequest(req: IncomingMessage, url: URL): Promise<Request> {
  // Name-value pairs, not a Headers object: the Request would copy that one into its own again.
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    if (Array.isArray(value)) for (const item of value) headers.push([name, item]);
    else headers.push([name, value]);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  return new Request(url, {
    method,
    headers,
    // Typed array to typed array is one block copy; Uint8Array.from would go byte by byte.
    ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
}

export async function sendFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  // The platform's JSON answers come with their text: no need to drain the body stream.
  const text = knownBodyText(response);
  const body = text === undefined ? Buffer.from(await response.arrayBuffer()) : Buffer.from(text);
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name) && name !== 'content-length') res.setHeader(name, value);
  });
  res.setHeader('Content-Length', body.length);
  res.writeHead(response.status);
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}
