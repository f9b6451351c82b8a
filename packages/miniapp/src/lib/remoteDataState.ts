// The state machine behind useRemoteData: one request at a time, newest wins. Pure, so it is unit-tested
// without a Taro runtime.

export type RemoteStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface RemoteState<T> {
  status: RemoteStatus;
  /** The last data that arrived; kept while a reload runs so the screen does not flash empty. */
  data: T | undefined;
  error: unknown;
  /** The request whose answer the state waits for; answers to older requests are dropped. */
  requestId: number;
}

export type RemoteAction<T> =
  | { type: 'start'; requestId: number }
  | { type: 'success'; requestId: number; data: T; empty: boolean }
  | { type: 'failure'; requestId: number; error: unknown };

export function initialRemoteState<T>(): RemoteState<T> {
  return { status: 'loading', data: undefined, error: undefined, requestId: 0 };
}

export function remoteDataReducer<T>(state: RemoteState<T>, action: RemoteAction<T>): RemoteState<T> {
  switch (action.type) {
    case 'start':
      return { ...state, status: 'loading', error: undefined, requestId: action.requestId };
    case 'success':
      if (action.requestId !== state.requestId) return state;
      return { ...state, status: action.empty ? 'empty' : 'ready', data: action.data, error: undefined };
    case 'failure':
      if (action.requestId !== state.requestId) return state;
      return { ...state, status: 'error', error: action.error };
  }
}

/** Empty means nothing to show: no value, or an empty list (also `{ data: [] }` pages). */
export function isEmptyData(data: unknown): boolean {
  if (data === null || data === undefined) return true;
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data === 'object' && 'data' in data && Array.isArray(data.data)) return data.data.length === 0;
  return false;
}
