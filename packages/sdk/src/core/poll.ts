// Polling for a state the platform reaches on its own (a payment settling after the payer confirms):
// exponential backoff with jitter between reads, bounded by a total deadline on the injected clock, and
// abortable. A read that fails in a way that may pass (network, timeout, 5xx, 429, after the pipeline's
// own retries) only means "not known yet"; any other failure is an answer and ends the wait.
import { type AbortSignalLike } from './abort';
import { isRetryable, type RetryPolicy } from './retry';
import { isYikaError, type YikaError } from '../errors';

export interface PollTiming {
  /** First backoff ceiling; doubles per read. */
  initialDelayMs: number;
  /** Backoff ceiling. */
  maxDelayMs: number;
  /** Total time to wait, on `now`'s clock. */
  timeoutMs: number;
}

export interface PollDeps {
  sleep: RetryPolicy['sleep'];
  random: RetryPolicy['random'];
  now: () => number;
}

export interface PollOutcome<T> {
  /** Whether `isDone` accepted `last` before the deadline. */
  done: boolean;
  /** The latest value read; undefined when no read succeeded. */
  last: T | undefined;
  /** The failure of the latest read, when it failed. */
  lastError?: YikaError;
}

/**
 * Reads with `read` until `isDone` accepts a value or `timing.timeoutMs` passes; the last wait is cut to
 * the deadline and followed by one more read, so a value arriving at the end is still seen. Waits are
 * "equal jitter" (half the ceiling plus a random half), so many payers who confirmed together do not all
 * poll together, yet nobody polls much faster than planned. Rejects with AbortError when `signal` aborts.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  isDone: (value: T) => boolean,
  timing: PollTiming,
  deps: PollDeps,
  signal?: AbortSignalLike,
): Promise<PollOutcome<T>> {
  const deadline = deps.now() + timing.timeoutMs;
  let last: T | undefined;
  for (let round = 0; ; round++) {
    let lastError: YikaError | undefined;
    try {
      last = await read();
      if (isDone(last)) return { done: true, last };
    } catch (error) {
      if (!isYikaError(error) || !isRetryable(error)) throw error;
      lastError = error;
    }
    const remaining = deadline - deps.now();
    if (remaining <= 0)
      return lastError === undefined ? { done: false, last } : { done: false, last, lastError };
    const ceiling = Math.min(timing.maxDelayMs, timing.initialDelayMs * 2 ** round);
    const delay = Math.floor(ceiling / 2 + (deps.random() * ceiling) / 2);
    await deps.sleep(Math.min(delay, remaining), signal);
  }
}
