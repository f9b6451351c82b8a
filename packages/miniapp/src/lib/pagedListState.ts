// The state machine behind usePagedList: a cursor-paginated list (`{ data, nextCursor }`) with a first
// load, infinite "load more" and pull-to-refresh. Every answer carries the generation it was asked for;
// a new query or a refresh starts a new generation, and answers from older ones are dropped.

export type PagedStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface PagedState<T> {
  status: PagedStatus;
  items: T[];
  nextCursor: string | null;
  /** Error of the first page (status 'error'). */
  error: unknown;
  loadingMore: boolean;
  /** Error of the last "load more"; the items stay and the resident can retry. */
  loadMoreError: unknown;
  refreshing: boolean;
  generation: number;
}

export interface PageAnswer<T> {
  data: T[];
  nextCursor: string | null;
}

export type PagedAction<T> =
  | { type: 'reset'; generation: number }
  | { type: 'refresh'; generation: number }
  | { type: 'loadMoreStarted'; generation: number }
  | { type: 'pageLoaded'; generation: number; page: PageAnswer<T>; append: boolean }
  | { type: 'pageFailed'; generation: number; error: unknown; append: boolean };

export function initialPagedState<T>(): PagedState<T> {
  return {
    status: 'loading',
    items: [],
    nextCursor: null,
    error: undefined,
    loadingMore: false,
    loadMoreError: undefined,
    refreshing: false,
    generation: 0,
  };
}

function appendUnique<T extends { id: string }>(items: T[], more: T[]): T[] {
  // A list that changes between pages can repeat a row at a page boundary; show it once.
  const seen = new Set(items.map((item) => item.id));
  return items.concat(more.filter((item) => !seen.has(item.id)));
}

export function pagedListReducer<T extends { id: string }>(
  state: PagedState<T>,
  action: PagedAction<T>,
): PagedState<T> {
  if (action.type === 'reset') return { ...initialPagedState<T>(), generation: action.generation };
  if (action.type === 'refresh') {
    return {
      ...state,
      generation: action.generation,
      refreshing: true,
      loadingMore: false,
      loadMoreError: undefined,
    };
  }
  if (action.generation !== state.generation) return state;
  switch (action.type) {
    case 'loadMoreStarted':
      return { ...state, loadingMore: true, loadMoreError: undefined };
    case 'pageLoaded': {
      const items = action.append ? appendUnique(state.items, action.page.data) : action.page.data;
      return {
        ...state,
        status: items.length === 0 ? 'empty' : 'ready',
        items,
        nextCursor: action.page.nextCursor,
        error: undefined,
        loadingMore: false,
        loadMoreError: undefined,
        refreshing: false,
      };
    }
    case 'pageFailed':
      if (action.append) return { ...state, loadingMore: false, loadMoreError: action.error };
      // A failed refresh keeps what is on screen; only a list with nothing to show turns into an error.
      if (state.refreshing && state.items.length > 0) return { ...state, refreshing: false };
      return { ...state, status: 'error', error: action.error, refreshing: false };
  }
}

/** Whether reaching the bottom should fetch the next page (a failed page waits for an explicit retry). */
export function canAutoLoadMore(state: PagedState<unknown>): boolean {
  return canLoadMore(state) && state.loadMoreError === undefined;
}

export function canLoadMore(state: PagedState<unknown>): boolean {
  return state.status === 'ready' && state.nextCursor !== null && !state.loadingMore && !state.refreshing;
}
