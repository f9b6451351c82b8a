import { createCancellation } from '../src/lib/cancellation';

describe('createCancellation', () => {
  it('aborts the signal and raises the flag', () => {
    const cancellation = createCancellation();
    expect(cancellation.cancelled).toBe(false);
    expect(cancellation.signal?.aborted).toBe(false);
    cancellation.cancel();
    expect(cancellation.cancelled).toBe(true);
    expect(cancellation.signal?.aborted).toBe(true);
  });

  it('still cancels where there is no AbortController (the WeChat runtime)', () => {
    const original = globalThis.AbortController;
    // @ts-expect-error: simulate a runtime without AbortController
    delete globalThis.AbortController;
    try {
      const cancellation = createCancellation();
      expect(cancellation.signal).toBeUndefined();
      cancellation.cancel();
      expect(cancellation.cancelled).toBe(true);
    } finally {
      globalThis.AbortController = original;
    }
  });
});
