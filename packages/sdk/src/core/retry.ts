// When and how long to wait before another attempt. Only failures that may succeed unchanged are retried:
// no answer at all, 5xx, 429. Any other 4xx is the platform's answer (a 409 SLOT_UNAVAILABLE is a fact,
// not a fault) and is never retried.
import { type AbortSignalLike } from './abort';
import { AbortError, ApiError, type YikaError } from '../errors';

export interface RetryPolicy {
  /** First backoff ceiling; doubles per retry. Default 200 ms. */
  baseDelayMs: number;
  /** Backoff ceiling. Default 5 s. */
  maxDelayMs: number;
  /**
   * The longest `Retry-After` the SDK waits for. A platform asking for longer (an SMS code sent a minute
   * ago) is not retried at all: waiting less would only earn another 429, so the caller gets the error at
   * once with `retryAfterSeconds` to show a countdown. Default 10 s.
   */
  maxRetryAfterMs: number;
  /** Waits `ms`, rejecting with AbortError when `signal` aborts. Injectable so tests need no real time. */
  sleep: (ms: number, signal?: AbortSignalLike) => Promise<void>;
  /** Source of jitter in [0, 1). */
  random: () => number;
}

export function sleep(ms: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort);
  });
}

export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 10_000,
  sleep,
  random: Math.random,
};

export function isRetryable(error: YikaError): boolean {
  if (error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT') return true;
  if (error instanceof ApiError) return error.status >= 500 || error.status === 429;
  return false; // ABORTED, auth errors, client misconfiguration
}

/**
 * Milliseconds to wait before retry number `retry` (0-based), or null when the platform asked for a
 * longer pause than the policy allows. Backoff is "full jitter" (AWS architecture blog): a uniform
 * delay up to an exponentially growing ceiling, so clients that failed together do not return together.
 */
export function retryDelayMs(error: YikaError, retry: number, policy: RetryPolicy): number | null {
  if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
    const wait = error.retryAfterSeconds * 1000;
    return wait <= policy.maxRetryAfterMs ? wait : null;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(policy.random() * ceiling);
}

/** `Retry-After` as seconds: either delta-seconds or an HTTP date (RFC 9110). Undefined when absent or bad. */
export function parseRetryAfter(value: unknown, now: number): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
