import {
  DEFAULT_WEB_STORAGE_KEY,
  webStorageTokenStore,
  type StoredTokens,
  type WebStorageLike,
} from '../../src';

const TOKENS: StoredTokens = {
  accessToken: 'access',
  refreshToken: 'refresh',
  accessExpiresAt: 1_800_000_000_000,
  refreshExpiresAt: 1_800_600_000_000,
  accountId: 'acc_1',
};

/** A Map-backed Storage, optionally refusing every call as a private-mode or broken storage does. */
function fakeStorage(refuse = false): WebStorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  const guard = () => {
    if (refuse) throw new Error('QuotaExceededError');
  };
  return {
    items,
    getItem: (key) => (guard(), items.get(key) ?? null),
    setItem: (key, value) => (guard(), void items.set(key, value)),
    removeItem: (key) => (guard(), void items.delete(key)),
  };
}

describe('webStorageTokenStore', () => {
  it('keeps the session across stores on the same storage, as across a page reload', async () => {
    const storage = fakeStorage();
    await webStorageTokenStore(storage).set(TOKENS);
    expect(JSON.parse(storage.items.get(DEFAULT_WEB_STORAGE_KEY)!)).toEqual(TOKENS);
    expect(await webStorageTokenStore(storage).get()).toEqual(TOKENS);
    await webStorageTokenStore(storage).clear();
    expect(storage.items.size).toBe(0);
    expect(await webStorageTokenStore(storage).get()).toBeNull();
  });

  it('uses its own key, so two apps on one origin keep two sessions', async () => {
    const storage = fakeStorage();
    await webStorageTokenStore(storage, 'his.yika').set(TOKENS);
    expect(await webStorageTokenStore(storage).get()).toBeNull();
    expect(await webStorageTokenStore(storage, 'his.yika').get()).toEqual(TOKENS);
  });

  it('reads what is not JSON, or not tokens, as signed out', async () => {
    const storage = fakeStorage();
    storage.items.set(DEFAULT_WEB_STORAGE_KEY, '{not json');
    expect(await webStorageTokenStore(storage).get()).toBeNull();
    storage.items.set(DEFAULT_WEB_STORAGE_KEY, JSON.stringify({ ...TOKENS, accessExpiresAt: 'soon' }));
    expect(await webStorageTokenStore(storage).get()).toBeNull();
  });

  it('sees another tab signing out', async () => {
    const storage = fakeStorage();
    const store = webStorageTokenStore(storage);
    await store.set(TOKENS);
    storage.items.clear();
    expect(await store.get()).toBeNull();
  });

  it('keeps the session for this page when the storage refuses it', async () => {
    const store = webStorageTokenStore(fakeStorage(true));
    await store.set(TOKENS);
    expect(await store.get()).toEqual(TOKENS);
    await store.clear();
    expect(await store.get()).toBeNull();
  });
});
