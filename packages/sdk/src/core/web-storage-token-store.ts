// Tokens in a browser's Web Storage, for the SDK embedded in a hospital's H5 app or a web page: the session
// survives a reload. `sessionStorage` forgets it when the tab closes; `localStorage` keeps it until sign-out
// or the refresh token lapses. Storage is passed in (never the `window` global), so the core stays free of
// browser globals and any object with the three methods works.
import { isStoredTokens, type StoredTokens, type TokenStore } from './token-store';

/** The part of the Web Storage interface the store uses (`localStorage`, `sessionStorage`). */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const DEFAULT_WEB_STORAGE_KEY = 'yika.tokens';

/**
 * Keeps the session's tokens under one key of `storage` as JSON. A value that is not JSON, or not tokens
 * (another app's data under the key, a hand edit), reads as signed out instead of failing every call; a
 * storage that refuses writes (Safari's private mode, a full quota) keeps the session for this page only.
 */
export function webStorageTokenStore(storage: WebStorageLike, key = DEFAULT_WEB_STORAGE_KEY): TokenStore {
  let current: StoredTokens | null = null;
  return {
    get: () => {
      try {
        const raw = storage.getItem(key);
        const parsed: unknown = raw === null ? null : JSON.parse(raw);
        current = isStoredTokens(parsed) ? parsed : null;
      } catch {
        // Unreadable: what this page last set, if anything.
      }
      return Promise.resolve(current);
    },
    set: (tokens) => {
      current = tokens;
      try {
        storage.setItem(key, JSON.stringify(tokens));
      } catch {
        // Not persisted; the session still works until the page goes.
      }
      return Promise.resolve();
    },
    clear: () => {
      current = null;
      try {
        storage.removeItem(key);
      } catch {
        // Nothing stored to forget.
      }
      return Promise.resolve();
    },
  };
}
