import {
  canAutoLoadMore,
  canLoadMore,
  initialPagedState,
  pagedListReducer,
  type PagedAction,
  type PagedState,
} from '../src/lib/pagedListState';

interface Row {
  id: string;
}
const rows = (...ids: string[]): Row[] => ids.map((id) => ({ id }));
const run = (actions: PagedAction<Row>[], from: PagedState<Row> = initialPagedState<Row>()) =>
  actions.reduce(pagedListReducer<Row>, from);

const firstPage = (generation = 1): PagedAction<Row>[] => [
  { type: 'reset', generation },
  { type: 'pageLoaded', generation, page: { data: rows('a', 'b'), nextCursor: 'c2' }, append: false },
];

describe('pagedListReducer', () => {
  it('shows the first page and remembers the cursor', () => {
    const state = run(firstPage());
    expect(state).toMatchObject({ status: 'ready', nextCursor: 'c2' });
    expect(state.items.map((r) => r.id)).toEqual(['a', 'b']);
    expect(canAutoLoadMore(state)).toBe(true);
  });

  it('is empty when the first page has no rows', () => {
    const state = run([
      { type: 'reset', generation: 1 },
      { type: 'pageLoaded', generation: 1, page: { data: [], nextCursor: null }, append: false },
    ]);
    expect(state.status).toBe('empty');
  });

  it('appends the next page without repeating a row seen at the page boundary', () => {
    const state = run([
      ...firstPage(),
      { type: 'loadMoreStarted', generation: 1 },
      { type: 'pageLoaded', generation: 1, page: { data: rows('b', 'c'), nextCursor: null }, append: true },
    ]);
    expect(state.items.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(state.loadingMore).toBe(false);
    expect(canLoadMore(state)).toBe(false);
  });

  it('does not load more while a page is loading', () => {
    const state = run([...firstPage(), { type: 'loadMoreStarted', generation: 1 }]);
    expect(canLoadMore(state)).toBe(false);
  });

  it('keeps the rows when loading more fails, and waits for an explicit retry', () => {
    const failure = new Error('offline');
    const state = run([
      ...firstPage(),
      { type: 'loadMoreStarted', generation: 1 },
      { type: 'pageFailed', generation: 1, error: failure, append: true },
    ]);
    expect(state).toMatchObject({ status: 'ready', loadMoreError: failure, loadingMore: false });
    expect(state.items).toHaveLength(2);
    expect(canAutoLoadMore(state)).toBe(false);
    expect(canLoadMore(state)).toBe(true);
  });

  it('turns a failed first page into the error state', () => {
    const failure = new Error('503');
    const state = run([
      { type: 'reset', generation: 1 },
      { type: 'pageFailed', generation: 1, error: failure, append: false },
    ]);
    expect(state).toMatchObject({ status: 'error', error: failure });
  });

  it('drops pages of an older query after the filters changed', () => {
    const state = run([
      { type: 'reset', generation: 1 },
      { type: 'reset', generation: 2 },
      { type: 'pageLoaded', generation: 1, page: { data: rows('stale'), nextCursor: null }, append: false },
    ]);
    expect(state).toMatchObject({ status: 'loading', items: [] });
  });

  it('replaces the rows on refresh and keeps them when the refresh fails', () => {
    const refreshed = run([
      ...firstPage(),
      { type: 'refresh', generation: 2 },
      { type: 'pageLoaded', generation: 2, page: { data: rows('z'), nextCursor: null }, append: false },
    ]);
    expect(refreshed.items.map((r) => r.id)).toEqual(['z']);
    expect(refreshed.refreshing).toBe(false);

    const failedRefresh = run([
      ...firstPage(),
      { type: 'refresh', generation: 2 },
      { type: 'pageFailed', generation: 2, error: new Error('x'), append: false },
    ]);
    expect(failedRefresh).toMatchObject({ status: 'ready', refreshing: false });
    expect(failedRefresh.items).toHaveLength(2);
  });

  it('ignores a "load more" answer that arrives after a refresh started', () => {
    const state = run([
      ...firstPage(),
      { type: 'loadMoreStarted', generation: 1 },
      { type: 'refresh', generation: 2 },
      { type: 'pageLoaded', generation: 1, page: { data: rows('late'), nextCursor: 'c3' }, append: true },
    ]);
    expect(state.items.map((r) => r.id)).toEqual(['a', 'b']);
    expect(state.refreshing).toBe(true);
  });
});
