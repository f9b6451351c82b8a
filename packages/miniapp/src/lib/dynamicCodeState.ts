// The state machine behind the card code page (出示健康卡): the dynamic code (动态码) on screen, when to
// fetch the next one, and when the one on screen has expired. Times are counted on this device's clock
// from when the code was asked for (never from the platform's `expiresAt`: a phone's clock can be off by
// minutes), so the code on screen always lapses no later than the platform thinks it does.

export interface IssuedCode {
  qrText: string;
  ttlSeconds: number;
  refreshAfterSeconds: number;
}

export interface ShownCode {
  qrText: string;
  /** Device epoch ms: fetch the next code from here on. */
  refreshAt: number;
  /** Device epoch ms: the code is no longer accepted from here on. */
  expiresAt: number;
}

/**
 * loading: no code yet; ready: a valid code is on screen; expired: the code on screen lapsed before a new
 * one arrived (the screen says 二维码已过期 and offers 刷新); error: no code could be fetched at all.
 */
export type CodePhase = 'loading' | 'ready' | 'expired' | 'error';

export interface DynamicCodeState {
  phase: CodePhase;
  code: ShownCode | null;
  /** A request is in flight (the first one, a scheduled refresh or a tap on 刷新). */
  fetching: boolean;
  /** When the in-flight request was sent: the code it returns is valid from then, at the latest. */
  requestedAt: number;
  /** After a failed refresh while the code on screen is still valid: when to try again. */
  retryAt: number | null;
  /** The last failure; kept while a valid code stays on screen, so the page can say it is retrying. */
  error: unknown;
  requestId: number;
}

export type DynamicCodeAction =
  /** `restart`: another card was chosen; forget the code on screen. */
  | { type: 'fetchStarted'; requestId: number; at: number; restart: boolean }
  | { type: 'fetchSucceeded'; requestId: number; code: IssuedCode }
  /** `retryable`: a network or server problem; not a refusal such as a suspended card. */
  | { type: 'fetchFailed'; requestId: number; error: unknown; at: number; retryable: boolean }
  | { type: 'tick'; at: number };

/** How soon a failed refresh is tried again while the code on screen is still valid. */
export const REFRESH_RETRY_MS = 5_000;

export function initialDynamicCodeState(): DynamicCodeState {
  return {
    phase: 'loading',
    code: null,
    fetching: false,
    requestedAt: 0,
    retryAt: null,
    error: undefined,
    requestId: 0,
  };
}

/**
 * When to fetch the next code, in seconds after asking for this one. The platform's hint is used when it
 * leaves time before expiry; otherwise (a hint at or past the TTL) the app refreshes at 80% of the TTL.
 */
export function refreshDelaySeconds(code: IssuedCode): number {
  if (code.refreshAfterSeconds > 0 && code.refreshAfterSeconds < code.ttlSeconds)
    return code.refreshAfterSeconds;
  return code.ttlSeconds * 0.8;
}

export function showCode(code: IssuedCode, requestedAt: number): ShownCode {
  return {
    qrText: code.qrText,
    refreshAt: requestedAt + refreshDelaySeconds(code) * 1000,
    expiresAt: requestedAt + code.ttlSeconds * 1000,
  };
}

export function dynamicCodeReducer(state: DynamicCodeState, action: DynamicCodeAction): DynamicCodeState {
  switch (action.type) {
    case 'fetchStarted':
      if (action.restart) {
        return {
          ...initialDynamicCodeState(),
          fetching: true,
          requestedAt: action.at,
          requestId: action.requestId,
        };
      }
      return { ...state, fetching: true, requestedAt: action.at, retryAt: null, requestId: action.requestId };
    case 'fetchSucceeded':
      if (action.requestId !== state.requestId) return state;
      return {
        ...state,
        phase: 'ready',
        code: showCode(action.code, state.requestedAt),
        fetching: false,
        retryAt: null,
        error: undefined,
      };
    case 'fetchFailed': {
      if (action.requestId !== state.requestId) return state;
      const failed = { ...state, fetching: false, error: action.error, retryAt: null };
      // A refusal (suspended card, card unbound elsewhere) takes the code off the screen at once.
      if (!action.retryable) return { ...failed, phase: 'error', code: null };
      if (state.code === null) return { ...failed, phase: 'error' };
      if (action.at >= state.code.expiresAt) return { ...failed, phase: 'expired' };
      // The code on screen is still good: keep it, and try again soon (the page says so meanwhile).
      return {
        ...failed,
        phase: state.phase === 'expired' ? 'expired' : 'ready',
        retryAt: action.at + REFRESH_RETRY_MS,
      };
    }
    case 'tick':
      if (state.phase === 'ready' && state.code !== null && action.at >= state.code.expiresAt) {
        return { ...state, phase: 'expired', retryAt: null };
      }
      return state;
  }
}

export type Wakeup = { at: number; kind: 'fetch' | 'expire' };

/**
 * What the page's timer should do next, and when (device epoch ms), or null when it should wait for the
 * resident (an expired code waits for 刷新, an error for 重试). Expiry comes first when a fetch could not
 * arrive in time, so a lapsed code is never shown as valid.
 */
export function nextWakeup(state: DynamicCodeState): Wakeup | null {
  if (state.phase !== 'ready' || state.code === null) return null;
  const expire: Wakeup = { at: state.code.expiresAt, kind: 'expire' };
  if (state.fetching) return expire;
  const fetchAt = state.retryAt ?? state.code.refreshAt;
  return fetchAt < state.code.expiresAt ? { at: fetchAt, kind: 'fetch' } : expire;
}

/** The code the canvas should show: only a valid one (an expired code is wiped, not left scannable). */
export function visibleQrText(state: DynamicCodeState): string | null {
  return state.phase === 'ready' && state.code !== null ? state.code.qrText : null;
}

/** Whether a code is due when the page is shown again (WeChat pauses timers in the background). */
export function isRefreshDue(state: DynamicCodeState, now: number): boolean {
  if (state.fetching || state.code === null) return false;
  return now >= state.code.refreshAt;
}
