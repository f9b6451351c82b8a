// Tokens in the mini-program's storage (Taro.setStorageSync etc.), so a resident stays signed in across
// launches. Stored as JSON text under one key: storage is 1 MB per key, this is a few hundred bytes.
import { isStoredTokens, type StoredTokens, type TokenStore } from '../core/token-store';

/** `Taro` (or `wx`) fits: only the three synchronous storage calls are used. */
export interface TaroStorageLike {
  getStorageSync(key: string): unknown;
  setStorageSync(key: string, data: string): void;
  removeStorageSync(key: string): void;
}

export const DEFAULT_TARO_TOKEN_KEY = 'yika.session';

function attempt<T>(action: () => T): Promise<T> {
  try {
    return Promise.resolve(action());
  } catch (error) {
    return Promise.reject(error);
  }
}

export function createTaroTokenStore(
  storage: TaroStorageLike,
  key: string = DEFAULT_TARO_TOKEN_KEY,
): TokenStore {
  return {
    get: () =>
      attempt(() => {
        const raw = storage.getStorageSync(key); // '' when the key is missing
        if (typeof raw !== 'string' || raw === '') return isStoredTokens(raw) ? raw : null;
        try {
          const parsed: unknown = JSON.parse(raw);
          return isStoredTokens(parsed) ? parsed : null;
        } catch {
          return null; // corrupted: behave as signed out rather than crash the app at launch
        }
      }),
    set: (tokens: StoredTokens) => attempt(() => storage.setStorageSync(key, JSON.stringify(tokens))),
    clear: () => attempt(() => storage.removeStorageSync(key)),
  };
}
