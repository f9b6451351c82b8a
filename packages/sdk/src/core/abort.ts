// A minimal abort signal. WeChat's mini-program runtime has no AbortController, so the core cannot rely
// on one; axios's adapters (and ours over Taro.request) only need `aborted` and 'abort' listeners.

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
