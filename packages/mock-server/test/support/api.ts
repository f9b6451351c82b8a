// A tiny fetch-based caller for the platform in tests (the SDK client is tested against the platform
// elsewhere): sends the channel header, JSON bodies and a fresh Idempotency-Key unless told otherwise.
import { randomUUID } from 'node:crypto';

export const TEST_ORIGIN = 'http://platform.test';

export interface Exchange {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when there is none. */
  json: unknown;
}

export interface CallOptions {
  headers?: Record<string, string>;
  /** Leave out the X-Yika-Channel header. */
  noChannel?: boolean;
  /** The Idempotency-Key (default: a new one per call); null leaves it out. */
  idempotencyKey?: string | null;
  /** A raw body instead of JSON.stringify(body). */
  rawBody?: string;
  token?: string;
}

export type Api = {
  get(path: string, options?: CallOptions): Promise<Exchange>;
  post(path: string, body?: unknown, options?: CallOptions): Promise<Exchange>;
  send(method: string, path: string, body?: unknown, options?: CallOptions): Promise<Exchange>;
};

export function createApi(
  baseUrl: string = TEST_ORIGIN,
  onExchange?: (method: string, path: string, exchange: Exchange) => void,
): Api {
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    options: CallOptions = {},
  ): Promise<Exchange> => {
    const headers: Record<string, string> = {};
    if (!options.noChannel) headers['X-Yika-Channel'] = 'wechat-miniapp';
    const hasBody = options.rawBody !== undefined || body !== undefined;
    if (hasBody) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && options.idempotencyKey !== null) {
      headers['Idempotency-Key'] = options.idempotencyKey ?? `test-${randomUUID()}`;
    }
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
    Object.assign(headers, options.headers);
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(hasBody ? { body: options.rawBody ?? JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const exchange = { status: response.status, headers: response.headers, text, json };
    onExchange?.(method, path, exchange);
    return exchange;
  };
  return {
    send,
    get: (path, options) => send('GET', path, undefined, options),
    post: (path, body, options) => send('POST', path, body, options),
  };
}

/** The error body's parts, for terse assertions. */
export function errorOf(exchange: Exchange): {
  code: string;
  message: string;
  requestId: string;
  details?: { field: string; issue: string }[];
} {
  const body = exchange.json as { error?: ReturnType<typeof errorOf> } | undefined;
  if (!body?.error) throw new Error(`Not an error body (${exchange.status}): ${exchange.text}`);
  return body.error;
}

/** Asserts the call failed with this status and error code. */
export function expectCode(exchange: Exchange, status: number, code: string): void {
  expect([exchange.status, errorOf(exchange).code]).toEqual([status, code]);
}

export function jsonOf<T>(exchange: Exchange): T {
  if (exchange.status >= 400) throw new Error(`Expected success, got ${exchange.status}: ${exchange.text}`);
  return exchange.json as T;
}

/**
 * Asserts the call failed the way fetch reports a dropped connection: a TypeError (checked by name, since
 * Node's fetch throws it from another realm than jest's).
 */
export async function expectNetworkError(call: Promise<unknown>): Promise<void> {
  await expect(call).rejects.toHaveProperty('name', 'TypeError');
}
