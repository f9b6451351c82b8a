import {
  initialRemoteState,
  isEmptyData,
  remoteDataReducer,
  type RemoteState,
} from '../src/lib/remoteDataState';

type Names = string[];

describe('remoteDataReducer', () => {
  const started = (requestId: number, from: RemoteState<Names> = initialRemoteState<Names>()) =>
    remoteDataReducer(from, { type: 'start', requestId });

  it('goes from loading to ready with data', () => {
    const state = remoteDataReducer(started(1), { type: 'success', requestId: 1, data: ['a'], empty: false });
    expect(state).toMatchObject({ status: 'ready', data: ['a'], error: undefined });
  });

  it('reports empty when the loader says so', () => {
    const state = remoteDataReducer(started(1), { type: 'success', requestId: 1, data: [], empty: true });
    expect(state.status).toBe('empty');
  });

  it('keeps the error for the error state and clears it on the next start', () => {
    const failure = new Error('boom');
    const failed = remoteDataReducer(started(1), { type: 'failure', requestId: 1, error: failure });
    expect(failed).toMatchObject({ status: 'error', error: failure });
    expect(started(2, failed)).toMatchObject({ status: 'loading', error: undefined });
  });

  it('drops the answer of a request that a reload replaced', () => {
    const first = started(1);
    const reloaded = started(2, first);
    const late = remoteDataReducer(reloaded, { type: 'success', requestId: 1, data: ['old'], empty: false });
    expect(late).toBe(reloaded);
    const lateFailure = remoteDataReducer(reloaded, {
      type: 'failure',
      requestId: 1,
      error: new Error('old'),
    });
    expect(lateFailure.status).toBe('loading');
    const fresh = remoteDataReducer(reloaded, { type: 'success', requestId: 2, data: ['new'], empty: false });
    expect(fresh.data).toEqual(['new']);
  });

  it('keeps the previous data on screen while reloading', () => {
    const ready = remoteDataReducer(started(1), { type: 'success', requestId: 1, data: ['a'], empty: false });
    expect(started(2, ready)).toMatchObject({ status: 'loading', data: ['a'] });
  });
});

describe('isEmptyData', () => {
  it.each([
    [null, true],
    [undefined, true],
    [[], true],
    [{ data: [] }, true],
    [['x'], false],
    [{ data: ['x'] }, false],
    [{ id: 'h1' }, false],
    [0, false],
  ])('%p -> %p', (value, empty) => {
    expect(isEmptyData(value)).toBe(empty);
  });
});
