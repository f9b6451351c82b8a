// Owns the session's tokens: reads them once from the injected store, hands out a fresh access token,
// and refreshes single-flight (like @medplum/core): however many calls find the token stale at once,
// one refresh goes out and they all wait for it. Refresh tokens rotate on use, so a second concurrent
// refresh would present a spent token and sign the resident out.
import { AuthError, isApiError, type YikaError } from '../errors';
import type { components } from '../generated/openapi';
import { isStoredTokens, type StoredTokens, type TokenStore } from './token-store';

type Session = components['schemas']['Session'];

/** Refresh when fewer than this many ms remain, so a token does not expire while a request travels. */
export const REFRESH_MARGIN_MS = 60_000;

export interface TokenManagerOptions {
  store: TokenStore;
  now: () => number;
  /** Calls POST /v1/auth/refresh; it must not itself go through token refresh. */
  refreshSession: (refreshToken: string) => Promise<Session>;
  /** The session ended against the resident's will (refresh refused). Called once per ended session. */
  onSessionEnded: (error: AuthError) => void;
  /** The store failed to persist or clear; the in-memory session stays authoritative. */
  onStoreError: (operation: 'get' | 'set' | 'clear', error: unknown) => void;
}

/** Refresh answers that mean the refresh token is dead; anything else (offline, 5xx) may pass. */
function refreshWasRefused(error: unknown): boolean {
  return isApiError(error) && (error.status === 400 || error.status === 401 || error.status === 403);
}

export class TokenManager {
  /** undefined until read from the store; null when signed out. Replaced, never mutated. */
  private tokens: StoredTokens | null | undefined = undefined;
  private loading: Promise<StoredTokens | null> | null = null;
  private refreshing: Promise<StoredTokens> | null = null;
  /** The platform's last sign-in or refresh answer in this process (not persisted). */
  private session: Session | null = null;

  constructor(private readonly options: TokenManagerOptions) {}

  /** The current tokens, read from the store on first use (single-flight too). */
  current(): Promise<StoredTokens | null> {
    if (this.tokens !== undefined) return Promise.resolve(this.tokens);
    if (this.loading === null) {
      this.loading = this.options.store.get().then(
        (stored) => {
          if (this.tokens === undefined) this.tokens = isStoredTokens(stored) ? stored : null;
          return this.tokens;
        },
        (error: unknown) => {
          this.options.onStoreError('get', error);
          if (this.tokens === undefined) this.tokens = null;
          return this.tokens;
        },
      );
    }
    return this.loading;
  }

  private isFresh(tokens: StoredTokens): boolean {
    return tokens.accessExpiresAt - this.options.now() > REFRESH_MARGIN_MS;
  }

  /** A usable access token (refreshed first if it is about to expire), or null when signed out. */
  async accessToken(): Promise<string | null> {
    const tokens = this.tokens !== undefined ? this.tokens : await this.current();
    if (tokens === null) return null;
    if (this.isFresh(tokens)) return tokens.accessToken;
    return (await this.refresh(tokens.accessToken)).accessToken;
  }

  /**
   * Refreshes the session. With `staleAccessToken`, a refresh that someone else already completed
   * (the current token differs and is fresh) is reused instead of repeated.
   */
  refresh(staleAccessToken?: string): Promise<StoredTokens> {
    if (this.refreshing !== null) return this.refreshing;
    const tokens = this.tokens;
    if (tokens === undefined) return this.current().then(() => this.refresh(staleAccessToken));
    if (tokens === null) return Promise.reject(new AuthError('SIGNED_OUT'));
    if (staleAccessToken !== undefined && tokens.accessToken !== staleAccessToken && this.isFresh(tokens)) {
      return Promise.resolve(tokens);
    }
    // Started on a microtask: runRefresh may end the session synchronously (refresh token already
    // expired), and every caller of this tick must join this one outcome rather than find the session
    // gone and report SIGNED_OUT.
    const refreshing = Promise.resolve(tokens).then((current) => this.runRefresh(current));
    this.refreshing = refreshing;
    const done = () => {
      if (this.refreshing === refreshing) this.refreshing = null;
    };
    refreshing.then(done, done);
    return refreshing;
  }

  private async runRefresh(tokens: StoredTokens): Promise<StoredTokens> {
    if (tokens.refreshExpiresAt <= this.options.now()) throw await this.endSession(tokens);
    let session: Session;
    try {
      session = await this.options.refreshSession(tokens.refreshToken);
    } catch (error) {
      if (refreshWasRefused(error)) throw await this.endSession(tokens, error as YikaError);
      throw error; // offline or a platform fault: the session may well be alive, keep it
    }
    // Signed out or signed in again while the refresh travelled: that newer state wins.
    if (this.tokens !== tokens) {
      if (this.tokens == null) throw new AuthError('SIGNED_OUT');
      return this.tokens;
    }
    return this.save(session);
  }

  /** Stores a new session (sign-in or refresh); receipt time plus `expiresIn` sets the expiries. */
  async save(session: Session): Promise<StoredTokens> {
    const now = this.options.now();
    const tokens: StoredTokens = {
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      accessExpiresAt: now + session.expiresIn * 1000,
      refreshExpiresAt: now + session.refreshExpiresIn * 1000,
      accountId: session.account.id,
    };
    this.tokens = tokens;
    this.session = session;
    try {
      await this.options.store.set(tokens);
    } catch (error) {
      this.options.onStoreError('set', error);
    }
    return tokens;
  }

  /** Forgets the session locally (sign-out). */
  async clear(): Promise<void> {
    this.tokens = null;
    this.session = null;
    try {
      await this.options.store.clear();
    } catch (error) {
      this.options.onStoreError('clear', error);
    }
  }

  /**
   * Ends the session that `accessTokenOrTokens` belonged to: clears it and tells the app, once. When that
   * session is already gone (another call ended it, or the resident signed in again), only the error is
   * returned.
   */
  async endSession(accessTokenOrTokens: string | StoredTokens, cause?: YikaError): Promise<AuthError> {
    const error = new AuthError('UNAUTHENTICATED', { cause });
    const tokens = this.tokens;
    const matches =
      tokens != null &&
      (typeof accessTokenOrTokens === 'string'
        ? tokens.accessToken === accessTokenOrTokens
        : tokens === accessTokenOrTokens);
    if (!matches) return error;
    await this.clear();
    this.options.onSessionEnded(error);
    return error;
  }

  /** The last Session the platform returned in this process, or null (signed out, or only restored). */
  lastSession(): Session | null {
    return this.session;
  }

  /** Signed in: a session whose refresh token has not expired. */
  async isSignedIn(): Promise<boolean> {
    const tokens = await this.current();
    return tokens !== null && tokens.refreshExpiresAt > this.options.now();
  }
}
