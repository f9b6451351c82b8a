// Where a session's tokens live between app launches. Injected, like @medplum/core's IClientStorage:
// memory in Node and tests, Taro storage in the mini-program, anything async elsewhere.

export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms (client clock) after which the access token is no longer accepted. */
  accessExpiresAt: number;
  /** Epoch ms (client clock) after which the refresh token is no longer accepted. */
  refreshExpiresAt: number;
  accountId: string;
}

export interface TokenStore {
  get(): Promise<StoredTokens | null>;
  set(tokens: StoredTokens): Promise<void>;
  clear(): Promise<void>;
}

/** Keeps tokens in memory only: a server process, a test, or a kiosk that must forget on restart. */
export function memoryTokenStore(initial: StoredTokens | null = null): TokenStore {
  let tokens = initial;
  return {
    get: () => Promise.resolve(tokens),
    set: (next) => {
      tokens = next;
      return Promise.resolve();
    },
    clear: () => {
      tokens = null;
      return Promise.resolve();
    },
  };
}

/** Whether a value read back from storage has the shape of `StoredTokens` (storage can hold anything). */
export function isStoredTokens(value: unknown): value is StoredTokens {
  if (typeof value !== 'object' || value === null) return false;
  const tokens = value as Record<string, unknown>;
  return (
    typeof tokens.accessToken === 'string' &&
    typeof tokens.refreshToken === 'string' &&
    typeof tokens.accessExpiresAt === 'number' &&
    typeof tokens.refreshExpiresAt === 'number' &&
    typeof tokens.accountId === 'string'
  );
}
