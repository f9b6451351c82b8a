import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { createCancellation } from '../../lib/cancellation';
import { INITIAL_SETTLE_STATE, settleReducer, type SettleState } from '../../lib/settleWait';
import { yika } from '../../services/yika';

export interface SettleWait extends SettleState {
  /** Seconds since this wait began: the visible progress while the platform confirms. */
  elapsedSeconds: number;
  refresh: () => void;
}

/** Waits for `paymentId` to settle (the SDK polls with backoff, bounded); 刷新 waits again. */
export function useSettleWait(paymentId: string | undefined, timeoutMs = 30_000): SettleWait {
  const [state, dispatch] = useReducer(settleReducer, INITIAL_SETTLE_STATE);
  const [attempt, setAttempt] = useState(1);
  const [elapsedSeconds, setElapsedSeconds] = useState(0);
  const startedAt = useRef(Date.now());

  useEffect(() => {
    if (!paymentId) return undefined;
    const cancellation = createCancellation();
    startedAt.current = Date.now();
    setElapsedSeconds(0);
    dispatch({ type: 'wait', attempt });
    yika.payments.waitUntilSettled(paymentId, { signal: cancellation.signal, timeoutMs }).then(
      (payment) => {
        if (!cancellation.cancelled) dispatch({ type: 'settled', attempt, payment });
      },
      (error: unknown) => {
        if (!cancellation.cancelled) dispatch({ type: 'gaveUp', attempt, error });
      },
    );
    return () => cancellation.cancel();
  }, [paymentId, attempt, timeoutMs]);

  const waiting = state.phase === 'waiting';
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setInterval(() => {
      setElapsedSeconds(Math.floor((Date.now() - startedAt.current) / 1000));
    }, 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  const refresh = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, elapsedSeconds, refresh };
}
