// The app access token of a client that signs in with client credentials. Like the resident's
// TokenManager it hands out a cached token and renews single-flight (twenty concurrent calls with no token
// make one token request), shortly before expiry; unlike it there is no refresh token and no session to
// end: a new assertion simply buys a new token. A token request is retried (network errors, 5xx, 429)
// with a fresh assertion each time, because the platform refuses an assertion's `jti` the second time.
import { type AppToken } from '../types';
import type { YikaError } from '../errors';
import { isYikaError } from '../errors';
import { CLIENT_ASSERTION_TYPE, type ClientAuth } from './client-auth';
import { isRetryable, retryDelayMs, type RetryPolicy } from './retry';

/** Renew when fewer than this many ms remain (or half the lifetime, for a very short-lived token). */
export const APP_TOKEN_RENEW_MARGIN_MS = 60_000;

export interface AppTokenManagerOptions {
  clientAuth: ClientAuth;
  /** The token endpoint's absolute URL (the assertions' audience). */
  tokenEndpoint: string;
  now: () => number;
  /** Sends one token request (form-encoded, no retries of its own). */
  requestToken: (form: Record<string, string>) => Promise<AppToken>;
  maxRetries: number;
  retry: RetryPolicy;
}

interface CachedToken {
  accessToken: string;
  /** When to renew: expiry minus the margin, epoch ms. */
  renewAt: number;
}

export class AppTokenManager {
  private cached: CachedToken | null = null;
  private pending: Promise<CachedToken> | null = null;

  constructor(private readonly options: AppTokenManagerOptions) {}

  /** A usable app token: the cached one while fresh, else a new one (shared by concurrent callers). */
  async accessToken(): Promise<string> {
    const cached = this.cached;
    if (cached !== null && cached.renewAt > this.options.now()) return cached.accessToken;
    return (await this.renew()).accessToken;
  }

  /**
   * After the platform refused `staleToken` (a 401): a new token, unless another caller has already
   * replaced that one, in which case its replacement is reused.
   */
  async refresh(staleToken: string): Promise<string> {
    const cached = this.cached;
    if (cached !== null && cached.accessToken !== staleToken && cached.renewAt > this.options.now()) {
      return cached.accessToken;
    }
    if (cached?.accessToken === staleToken) this.cached = null;
    return (await this.renew()).accessToken;
  }

  private renew(): Promise<CachedToken> {
    if (this.pending !== null) return this.pending;
    const pending = this.fetchToken();
    this.pending = pending;
    const done = () => {
      if (this.pending === pending) this.pending = null;
    };
    pending.then(done, done);
    return pending;
  }

  private async fetchToken(): Promise<CachedToken> {
    const { clientAuth, tokenEndpoint, retry } = this.options;
    for (let retries = 0; ; retries++) {
      try {
        // A fresh assertion per attempt: a retry of the same one would be refused as a replay.
        const assertion = await clientAuth.createAssertion({ audience: tokenEndpoint });
        const form: Record<string, string> = {
          grant_type: 'client_credentials',
          client_assertion_type: CLIENT_ASSERTION_TYPE,
          client_assertion: assertion,
          client_id: clientAuth.clientId,
        };
        if (clientAuth.scope !== undefined && clientAuth.scope !== '') form.scope = clientAuth.scope;
        const receivedAt = this.options.now();
        const token = await this.options.requestToken(form);
        const lifetimeMs = token.expires_in * 1000;
        const margin = Math.min(APP_TOKEN_RENEW_MARGIN_MS, lifetimeMs / 2);
        const cached = { accessToken: token.access_token, renewAt: receivedAt + lifetimeMs - margin };
        this.cached = cached;
        return cached;
      } catch (error) {
        if (!isYikaError(error) || retries >= this.options.maxRetries || !isRetryable(error)) throw error;
        const delay = retryDelayMs(error as YikaError, retries, retry);
        if (delay === null) throw error;
        await retry.sleep(delay);
      }
    }
  }
}
