// Cancels a request when its screen goes away or asks again. The WeChat runtime has no AbortController,
// so the flag is what guarantees a late answer is ignored; the signal, where it exists, also stops the
// request itself.

export interface Cancellation {
  readonly signal: AbortSignal | undefined;
  readonly cancelled: boolean;
  cancel(): void;
}

export function createCancellation(): Cancellation {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  let cancelled = false;
  return {
    signal: controller?.signal,
    get cancelled() {
      return cancelled;
    },
    cancel() {
      cancelled = true;
      controller?.abort();
    },
  };
}
