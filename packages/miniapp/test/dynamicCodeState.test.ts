import {
  dynamicCodeReducer,
  initialDynamicCodeState,
  isRefreshDue,
  nextWakeup,
  REFRESH_RETRY_MS,
  refreshDelaySeconds,
  visibleQrText,
  type DynamicCodeAction,
  type DynamicCodeState,
  type IssuedCode,
} from '../src/lib/dynamicCodeState';

const T0 = 1_800_000_000_000;
const code = (qrText: string, ttlSeconds = 60, refreshAfterSeconds = 50): IssuedCode => ({
  qrText,
  ttlSeconds,
  refreshAfterSeconds,
});

function run(...actions: DynamicCodeAction[]): DynamicCodeState {
  return actions.reduce(dynamicCodeReducer, initialDynamicCodeState());
}

/** The page's first code: asked at T0, answered 300 ms later. */
function showing(first = code('A:0:first')): DynamicCodeState {
  return run(
    { type: 'fetchStarted', requestId: 1, at: T0, restart: true },
    { type: 'fetchSucceeded', requestId: 1, code: first },
  );
}

describe('refreshDelaySeconds', () => {
  it("follows the platform's hint when it leaves time before expiry", () => {
    expect(refreshDelaySeconds(code('x', 60, 50))).toBe(50);
  });

  it('refreshes at 80% of the lifetime when the hint would let the code lapse first', () => {
    expect(refreshDelaySeconds(code('x', 60, 60))).toBe(48);
    expect(refreshDelaySeconds(code('x', 60, 90))).toBe(48);
    expect(refreshDelaySeconds(code('x', 30, 0))).toBe(24);
  });
});

describe('the code on screen', () => {
  it('counts refresh and expiry from when the code was asked for, not from when it arrived', () => {
    const state = showing();
    expect(state.phase).toBe('ready');
    expect(state.code).toEqual({ qrText: 'A:0:first', refreshAt: T0 + 50_000, expiresAt: T0 + 60_000 });
    expect(visibleQrText(state)).toBe('A:0:first');
  });

  it('schedules the next fetch before expiry, then swaps in the new code', () => {
    let state = showing();
    expect(nextWakeup(state)).toEqual({ at: T0 + 50_000, kind: 'fetch' });
    state = dynamicCodeReducer(state, {
      type: 'fetchStarted',
      requestId: 2,
      at: T0 + 50_000,
      restart: false,
    });
    // While the next code is on its way, the current one stays and only its expiry is watched.
    expect(visibleQrText(state)).toBe('A:0:first');
    expect(nextWakeup(state)).toEqual({ at: T0 + 60_000, kind: 'expire' });
    state = dynamicCodeReducer(state, { type: 'fetchSucceeded', requestId: 2, code: code('A:0:second') });
    expect(visibleQrText(state)).toBe('A:0:second');
    expect(nextWakeup(state)).toEqual({ at: T0 + 100_000, kind: 'fetch' });
  });

  it('keeps a still-valid code after a failed refresh and retries soon', () => {
    let state = showing();
    state = dynamicCodeReducer(state, {
      type: 'fetchStarted',
      requestId: 2,
      at: T0 + 50_000,
      restart: false,
    });
    state = dynamicCodeReducer(state, {
      type: 'fetchFailed',
      requestId: 2,
      error: new Error('offline'),
      at: T0 + 50_400,
      retryable: true,
    });
    expect(state.phase).toBe('ready');
    expect(visibleQrText(state)).toBe('A:0:first');
    expect(nextWakeup(state)).toEqual({ at: T0 + 50_400 + REFRESH_RETRY_MS, kind: 'fetch' });
  });

  it('expires instead of retrying when a retry could not come back in time', () => {
    let state = showing();
    state = dynamicCodeReducer(state, {
      type: 'fetchStarted',
      requestId: 2,
      at: T0 + 56_000,
      restart: false,
    });
    state = dynamicCodeReducer(state, {
      type: 'fetchFailed',
      requestId: 2,
      error: new Error('timeout'),
      at: T0 + 57_000,
      retryable: true,
    });
    expect(nextWakeup(state)).toEqual({ at: T0 + 60_000, kind: 'expire' });
    state = dynamicCodeReducer(state, { type: 'tick', at: T0 + 60_000 });
    expect(state.phase).toBe('expired');
    // The canvas is wiped and the page waits for the resident's 刷新.
    expect(visibleQrText(state)).toBeNull();
    expect(nextWakeup(state)).toBeNull();
  });

  it('turns expired when the refresh answer arrives too late to be useful, and recovers on 刷新', () => {
    let state = showing();
    state = dynamicCodeReducer(state, {
      type: 'fetchStarted',
      requestId: 2,
      at: T0 + 50_000,
      restart: false,
    });
    state = dynamicCodeReducer(state, { type: 'tick', at: T0 + 60_000 });
    expect(state.phase).toBe('expired');
    state = dynamicCodeReducer(state, {
      type: 'fetchFailed',
      requestId: 2,
      error: new Error('timeout'),
      at: T0 + 65_000,
      retryable: true,
    });
    expect(state.phase).toBe('expired');
    state = dynamicCodeReducer(state, {
      type: 'fetchStarted',
      requestId: 3,
      at: T0 + 90_000,
      restart: false,
    });
    state = dynamicCodeReducer(state, { type: 'fetchSucceeded', requestId: 3, code: code('A:0:third') });
    expect(state.phase).toBe('ready');
    expect(state.code?.expiresAt).toBe(T0 + 150_000);
  });

  it('a tick before expiry changes nothing', () => {
    const state = showing();
    expect(dynamicCodeReducer(state, { type: 'tick', at: T0 + 59_999 })).toBe(state);
  });

  it('takes the code off the screen at once when the platform refuses (a suspended card)', () => {
    let state = showing();
    state = dynamicCodeReducer(state, {
      type: 'fetchStarted',
      requestId: 2,
      at: T0 + 50_000,
      restart: false,
    });
    state = dynamicCodeReducer(state, {
      type: 'fetchFailed',
      requestId: 2,
      error: new Error('CARD_SUSPENDED'),
      at: T0 + 50_100,
      retryable: false,
    });
    expect(state.phase).toBe('error');
    expect(visibleQrText(state)).toBeNull();
  });

  it('shows an error with nothing on screen when the first code cannot be fetched', () => {
    const state = run(
      { type: 'fetchStarted', requestId: 1, at: T0, restart: true },
      { type: 'fetchFailed', requestId: 1, error: new Error('offline'), at: T0 + 100, retryable: true },
    );
    expect(state.phase).toBe('error');
    expect(nextWakeup(state)).toBeNull();
  });
});

describe('switching cards', () => {
  it("forgets the previous card's code and ignores its late answer", () => {
    let state = showing();
    state = dynamicCodeReducer(state, {
      type: 'fetchStarted',
      requestId: 2,
      at: T0 + 10_000,
      restart: false,
    });
    state = dynamicCodeReducer(state, { type: 'fetchStarted', requestId: 3, at: T0 + 11_000, restart: true });
    expect(state.phase).toBe('loading');
    expect(visibleQrText(state)).toBeNull();
    const late = dynamicCodeReducer(state, { type: 'fetchSucceeded', requestId: 2, code: code('A:0:old') });
    expect(late).toBe(state);
    state = dynamicCodeReducer(state, { type: 'fetchSucceeded', requestId: 3, code: code('B:0:child') });
    expect(visibleQrText(state)).toBe('B:0:child');
  });
});

describe('isRefreshDue (the page is shown again)', () => {
  it('fetches at once when the code on screen is due or lapsed while the app was in the background', () => {
    const state = showing();
    expect(isRefreshDue(state, T0 + 49_999)).toBe(false);
    expect(isRefreshDue(state, T0 + 50_000)).toBe(true);
    expect(isRefreshDue(dynamicCodeReducer(state, { type: 'tick', at: T0 + 61_000 }), T0 + 61_000)).toBe(
      true,
    );
  });

  it('not while a request is in flight', () => {
    const state = dynamicCodeReducer(showing(), {
      type: 'fetchStarted',
      requestId: 2,
      at: T0 + 50_000,
      restart: false,
    });
    expect(isRefreshDue(state, T0 + 55_000)).toBe(false);
  });
});
