import { useCallback, useEffect, useReducer, useRef } from 'react';
import { createCancellation, type Cancellation } from '../lib/cancellation';
import {
  canAutoLoadMore,
  canLoadMore,
  initialPagedState,
  pagedListReducer,
  type PageAnswer,
  type PagedAction,
  type PagedState,
} from '../lib/pagedListState';

export type PageFetcher<T> = (
  cursor: string | undefined,
  signal: AbortSignal | undefined,
) => Promise<PageAnswer<T>>;

export interface PagedList<T> extends PagedState<T> {
  hasMore: boolean;
  /** Next page; `auto` (reaching the bottom) does not retry a page that failed. */
  loadMore: (mode?: 'auto' | 'explicit') => void;
  /** First page again, keeping the rows on screen meanwhile; resolves to the error, if it failed. */
  refresh: () => Promise<unknown>;
  /** First page again from a clean slate (the retry of a failed first load). */
  reload: () => void;
}

/**
 * A cursor-paginated list. A new `fetchPage` (wrap it in useCallback over the filters) starts over;
 * unmounting, a new query or a refresh cancel what is in flight.
 */
export function usePagedList<T extends { id: string }>(fetchPage: PageFetcher<T>): PagedList<T> {
  const [state, dispatch] = useReducer(
    pagedListReducer as (state: PagedState<T>, action: PagedAction<T>) => PagedState<T>,
    undefined,
    initialPagedState<T>,
  );
  const stateRef = useRef(state);
  stateRef.current = state;
  const generationRef = useRef(0);
  const inFlight = useRef(new Set<Cancellation>());

  const cancelAll = useCallback(() => {
    inFlight.current.forEach((cancellation) => cancellation.cancel());
    inFlight.current.clear();
  }, []);

  const fetchInto = useCallback(
    async (cursor: string | undefined, generation: number, append: boolean): Promise<unknown> => {
      const cancellation = createCancellation();
      inFlight.current.add(cancellation);
      try {
        const page = await fetchPage(cursor, cancellation.signal);
        if (!cancellation.cancelled) dispatch({ type: 'pageLoaded', generation, page, append });
        return undefined;
      } catch (error) {
        if (!cancellation.cancelled) dispatch({ type: 'pageFailed', generation, error, append });
        return error;
      } finally {
        inFlight.current.delete(cancellation);
      }
    },
    [fetchPage],
  );

  const startOver = useCallback(() => {
    cancelAll();
    generationRef.current += 1;
    const generation = generationRef.current;
    dispatch({ type: 'reset', generation });
    void fetchInto(undefined, generation, false);
  }, [cancelAll, fetchInto]);

  useEffect(() => {
    startOver();
    return cancelAll;
  }, [startOver, cancelAll]);

  const loadMore = useCallback(
    (mode: 'auto' | 'explicit' = 'auto') => {
      const current = stateRef.current;
      const allowed = mode === 'auto' ? canAutoLoadMore(current) : canLoadMore(current);
      if (!allowed || current.nextCursor === null) return;
      // Mark it loading at once, so a second scroll event before the re-render does not fetch it twice.
      stateRef.current = { ...current, loadingMore: true };
      dispatch({ type: 'loadMoreStarted', generation: current.generation });
      void fetchInto(current.nextCursor, current.generation, true);
    },
    [fetchInto],
  );

  const refresh = useCallback(() => {
    cancelAll();
    generationRef.current += 1;
    const generation = generationRef.current;
    dispatch({ type: 'refresh', generation });
    return fetchInto(undefined, generation, false);
  }, [cancelAll, fetchInto]);

  return { ...state, hasMore: state.nextCursor !== null, loadMore, refresh, reload: startOver };
}
