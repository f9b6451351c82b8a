// The platform's clock. Every time-based rule (code expiry, token exp, SMS rate limit, idempotency
// retention) reads it, so tests can jump forward instead of waiting. It keeps flowing with real time
// between adjustments, like a real server's clock, so a developer clicking through the mini-program sees
// codes expire and resend timers run out.

export interface MockClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Moves the clock forward (or back, with a negative value). */
  advance(ms: number): void;
  /** Jumps to an instant: epoch ms or an ISO-8601 string. */
  set(epochMsOrIso: number | string): void;
}

export function toEpochMs(value: number | string): number {
  const epochMs = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(epochMs)) throw new RangeError(`Not a point in time: ${String(value)}`);
  return epochMs;
}

/** `start` defaults to the real time now. `elapsed` is injectable so tests of the clock need no waiting. */
export function createClock(
  start?: number | string,
  elapsed: () => number = () => performance.now(),
): MockClock {
  let anchorMs = start === undefined ? Date.now() : toEpochMs(start);
  let anchorElapsed = elapsed();
  return {
    now: () => Math.floor(anchorMs + (elapsed() - anchorElapsed)),
    advance: (ms) => {
      if (!Number.isFinite(ms)) throw new RangeError(`Cannot advance the clock by ${String(ms)}`);
      anchorMs += ms;
    },
    set: (epochMsOrIso) => {
      anchorMs = toEpochMs(epochMsOrIso);
      anchorElapsed = elapsed();
    },
  };
}
