import {
  createTaroTokenStore,
  DEFAULT_TARO_TOKEN_KEY,
  type TaroStorageLike,
} from '../../src/taro/token-store';
import { T0, storedTokens } from '../support/platform';

/** Behaves like wx storage: a missing key reads as ''. */
function fakeStorage(): TaroStorageLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    getStorageSync: (key) => (data.has(key) ? data.get(key) : ''),
    setStorageSync: (key, value) => void data.set(key, value),
    removeStorageSync: (key) => void data.delete(key),
  };
}

describe('createTaroTokenStore', () => {
  it('round-trips tokens through storage under the default key', async () => {
    const storage = fakeStorage();
    const store = createTaroTokenStore(storage);
    const tokens = storedTokens('a', T0);
    expect(await store.get()).toBeNull();
    await store.set(tokens);
    expect(typeof storage.data.get(DEFAULT_TARO_TOKEN_KEY)).toBe('string');
    expect(await store.get()).toEqual(tokens);
    // A new store over the same storage (an app relaunch) reads the same session.
    expect(await createTaroTokenStore(storage).get()).toEqual(tokens);
    await store.clear();
    expect(await store.get()).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('uses a custom key', async () => {
    const storage = fakeStorage();
    await createTaroTokenStore(storage, 'kiosk.tokens').set(storedTokens('a', T0));
    expect([...storage.data.keys()]).toEqual(['kiosk.tokens']);
  });

  it.each(['{not json', JSON.stringify({ accessToken: 'x' }), 42])(
    'treats corrupted content %p as signed out',
    async (raw) => {
      const storage = fakeStorage();
      storage.data.set(DEFAULT_TARO_TOKEN_KEY, raw);
      expect(await createTaroTokenStore(storage).get()).toBeNull();
    },
  );

  it('accepts an object stored by an older version', async () => {
    const storage = fakeStorage();
    const tokens = storedTokens('a', T0);
    storage.data.set(DEFAULT_TARO_TOKEN_KEY, tokens);
    expect(await createTaroTokenStore(storage).get()).toEqual(tokens);
  });

  it('turns a throwing storage call into a rejection instead of a synchronous throw', async () => {
    const storage = fakeStorage();
    storage.setStorageSync = () => {
      throw new Error('setStorageSync:fail exceed storage max size 10MB');
    };
    await expect(createTaroTokenStore(storage).set(storedTokens('a', T0))).rejects.toThrow(/exceed/);
  });
});
