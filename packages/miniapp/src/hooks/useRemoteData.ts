import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { createCancellation } from '../lib/cancellation';
import {
  initialRemoteState,
  isEmptyData,
  remoteDataReducer,
  type RemoteAction,
  type RemoteState,
  type RemoteStatus,
} from '../lib/remoteDataState';

export type RemoteLoader<T> = (signal: AbortSignal | undefined) => Promise<T>;

export interface RemoteData<T> {
  status: RemoteStatus;
  data: T | undefined;
  error: unknown;
  /** Runs the loader again (the retry button, pull to refresh, a page shown again). */
  reload: () => void;
}

/**
 * Runs `load` (wrap it in useCallback: a new function means new data) and owns the loading, empty and
 * error states. A reload or unmount cancels the request in flight and drops its late answer.
 */
export function useRemoteData<T>(
  load: RemoteLoader<T>,
  options: { isEmpty?: (data: T) => boolean } = {},
): RemoteData<T> {
  const [state, dispatch] = useReducer(
    remoteDataReducer as (state: RemoteState<T>, action: RemoteAction<T>) => RemoteState<T>,
    undefined,
    initialRemoteState<T>,
  );
  const [reloads, setReloads] = useState(0);
  const requestCounter = useRef(0);
  const isEmptyRef = useRef(options.isEmpty);
  isEmptyRef.current = options.isEmpty;

  useEffect(() => {
    const cancellation = createCancellation();
    requestCounter.current += 1;
    const requestId = requestCounter.current;
    dispatch({ type: 'start', requestId });
    load(cancellation.signal).then(
      (data) => {
        if (cancellation.cancelled) return;
        const empty = isEmptyRef.current ? isEmptyRef.current(data) : isEmptyData(data);
        dispatch({ type: 'success', requestId, data, empty });
      },
      (error: unknown) => {
        if (!cancellation.cancelled) dispatch({ type: 'failure', requestId, error });
      },
    );
    return () => cancellation.cancel();
  }, [load, reloads]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return { status: state.status, data: state.data, error: state.error, reload };
}
