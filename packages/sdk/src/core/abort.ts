// A minimal abort signal. WeChat's mini-program runtime has no AbortController, so the core cannot rely
// on one; axios's adapters (and ours over Taro.request) only need `aborted` and 'abort' listeners.
import { AbortError } from '../errors';

/** What the SDK needs from a caller's signal; a DOM/Node `AbortSignal` fits. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** An abortable signal for one attempt: aborted by the attempt's timeout or by the caller's signal. */
export class AttemptSignal implements AbortSignalLike {
  aborted = false;
  onabort: (() => void) | null = null;
  private listeners: Array<() => void> = [];

  addEventListener(_type: 'abort', listener: () => void): void {
    this.listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const index = this.listeners.indexOf(listener);
    if (index >= 0) this.listeners.splice(index, 1);
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    const listeners = this.listeners;
    this.listeners = [];
    this.onabort?.();
    for (const listener of listeners) listener();
  }
}

/**
 * Waits for `work` unless the caller's signal aborts first, and then rejects with AbortError at once. The
 * work itself runs on: it may be shared, as one token refresh serves every call waiting for a token, and
 * one caller giving up must not fail the others.
 */
export function unlessAborted<T>(work: Promise<T>, signal: AbortSignalLike | undefined): Promise<T> {
  if (signal === undefined) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(new AbortError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      work.catch(() => undefined);
      reject(new AbortError());
    };
    signal.addEventListener('abort', onAbort);
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
