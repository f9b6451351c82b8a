import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { createCancellation, type Cancellation } from '../../lib/cancellation';
import {
  dynamicCodeReducer,
  initialDynamicCodeState,
  isRefreshDue,
  nextWakeup,
  visibleQrText,
  type DynamicCodeAction,
  type DynamicCodeState,
} from '../../lib/dynamicCodeState';
import { isTransientError } from '../../lib/errors';
import { yika } from '../../services/yika';

export interface DynamicCode {
  state: DynamicCodeState;
  /** The text the QR code shows now: only a valid code, else null. */
  qrText: string | null;
  /** This device's clock, updated every second while shown (for the countdown). */
  now: number;
  /** The 刷新 / 重试 button. */
  refresh: () => void;
}

/**
 * The dynamic code (动态码) of `cardRef`, fetched again before it expires. Timers run only while the
 * page is `active` (shown); when it is shown again, a code that fell due meanwhile is fetched at once.
 */
export function useDynamicCode(cardRef: string | null, active: boolean): DynamicCode {
  const [state, dispatch] = useReducer(
    dynamicCodeReducer as (state: DynamicCodeState, action: DynamicCodeAction) => DynamicCodeState,
    undefined,
    initialDynamicCodeState,
  );
  const stateRef = useRef(state);
  stateRef.current = state;
  const [now, setNow] = useState(() => Date.now());
  const requestCounter = useRef(0);
  const inFlight = useRef<Cancellation | null>(null);

  const fetchCode = useCallback(
    (restart: boolean) => {
      if (cardRef === null) return;
      inFlight.current?.cancel();
      const cancellation = createCancellation();
      inFlight.current = cancellation;
      requestCounter.current += 1;
      const requestId = requestCounter.current;
      dispatch({ type: 'fetchStarted', requestId, at: Date.now(), restart });
      yika.cards.issueDynamicCode(cardRef, { signal: cancellation.signal }).then(
        (code) => {
          if (!cancellation.cancelled) dispatch({ type: 'fetchSucceeded', requestId, code });
        },
        (error: unknown) => {
          if (cancellation.cancelled) return;
          const retryable = isTransientError(error);
          dispatch({ type: 'fetchFailed', requestId, error, at: Date.now(), retryable });
        },
      );
    },
    [cardRef],
  );

  // Another card chosen: start over with its code.
  useEffect(() => {
    fetchCode(true);
    return () => inFlight.current?.cancel();
  }, [fetchCode]);

  // The next refresh or the expiry, whichever the state machine says comes first.
  useEffect(() => {
    if (!active) return undefined;
    const wakeup = nextWakeup(state);
    if (wakeup === null) return undefined;
    const timer = setTimeout(
      () => {
        if (wakeup.kind === 'fetch') fetchCode(false);
        // Never earlier than planned, so the tick always finds the code expired.
        else dispatch({ type: 'tick', at: Math.max(Date.now(), wakeup.at) });
      },
      Math.max(0, wakeup.at - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [state, active, fetchCode]);

  // Shown again after a pause (WeChat stops timers in the background): catch up at once.
  useEffect(() => {
    if (!active) return undefined;
    const at = Date.now();
    setNow(at);
    dispatch({ type: 'tick', at });
    if (isRefreshDue(stateRef.current, at)) fetchCode(false);
    const ticker = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(ticker);
  }, [active, fetchCode]);

  const refresh = useCallback(() => fetchCode(stateRef.current.code === null), [fetchCode]);

  return { state, qrText: visibleQrText(state), now, refresh };
}
