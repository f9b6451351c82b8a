// The one request pipeline every resource goes through (stripe-node's RequestSender): channel header,
// idempotency key, access token, per-attempt timeout, caller abort, typed errors, retries with backoff,
// one refresh-and-retry on a 401, and redacted observation. Kept lean: a GET costs one headers object,
// one config object and one attempt signal beyond what axios itself does.
import { type AxiosInstance, type AxiosRequestConfig, type AxiosResponse } from 'axios';
import { AbortError, ApiError, AuthError, YikaError } from '../errors';
import { type AbortSignalLike, AttemptSignal, unlessAborted } from './abort';
import { apiErrorFromResponse, errorFromFailure, headerValue } from './failures';
import { type Observer, type RequestInfo } from './observe';
import { isRetryable, retryDelayMs, type RetryPolicy } from './retry';
import { type AppTokenManager } from './app-token-manager';
import { type TokenManager } from './token-manager';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Per-call options, last argument of every resource method. */
export interface RequestOptions {
  /** Reuse a key to make a repeated call (e.g. after an app restart) land only once. Default: generated. */
  idempotencyKey?: string;
  /** Per attempt, in ms. Default: the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Aborting rejects with AbortError, cancels a pending backoff and stops further attempts. */
  signal?: AbortSignalLike;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
}

export interface RequestSpec {
  method: HttpMethod;
  /** Path under baseURL, already encoded, e.g. `/v1/hospitals/h1`. */
  path: string;
  query?: object;
  body?: unknown;
  /** A form-encoded body instead of JSON (only the OAuth token endpoint, as RFC 6749 wants). */
  form?: Record<string, string>;
  /**
   * `required`: send the access token (refreshing as needed); `none`: a public or sign-in endpoint;
   * `hospital`: send the client's app access token (client credentials) or, without `clientAuth`, its
   * hospital key (`X-Yika-Hospital-Key`), and never the resident's token.
   */
  auth: 'none' | 'required' | 'hospital';
}

export interface RequestSenderOptions {
  http: AxiosInstance;
  timeoutMs: number;
  maxRetries: number;
  retry: RetryPolicy;
  generateId: () => string;
  now: () => number;
  tokens: TokenManager;
  observer: Observer | null;
  /** The hospital's API key, for `auth: 'hospital'` operations only. */
  hospitalKey?: string;
  /** The app's tokens (client credentials), for `auth: 'hospital'` operations; preferred to the key. */
  appTokens?: AppTokenManager;
}

/** `a=1&b=2` with every value percent-encoded (no URLSearchParams: the mini-program has none). */
function formEncode(form: Record<string, string>): string {
  return Object.entries(form)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
}

/** setTimeout fires at once for delays beyond 2^31-1 ms; such timeouts mean "none". */
const MAX_TIMER_MS = 2_147_483_647;
const NO_OPTIONS: RequestOptions = {};

type AttemptOutcome = AxiosResponse | YikaError;

export class RequestSender {
  constructor(private readonly options: RequestSenderOptions) {}

  async request<T>(spec: RequestSpec, options: RequestOptions = NO_OPTIONS): Promise<T> {
    const { signal } = options;
    if (signal?.aborted) throw new AbortError();
    const headers: Record<string, string> = options.headers === undefined ? {} : { ...options.headers };
    const appTokens = spec.auth === 'hospital' ? this.options.appTokens : undefined;
    if (spec.auth === 'hospital' && appTokens === undefined) {
      // Only the operations that need it carry the key: a resident's calls never expose it.
      const hospitalKey = this.options.hospitalKey;
      if (hospitalKey === undefined || hospitalKey === '') throw new YikaError('HOSPITAL_KEY_REQUIRED');
      headers['X-Yika-Hospital-Key'] = hospitalKey;
    }
    // Every mutating call carries a key, generated once here and reused by every retry below: that key
    // is what makes retrying a POST safe.
    if (spec.method !== 'GET')
      headers['Idempotency-Key'] = options.idempotencyKey || this.options.generateId();
    const config: AxiosRequestConfig = { method: spec.method, url: spec.path, headers };
    if (spec.query !== undefined) config.params = spec.query;
    if (spec.body !== undefined) config.data = spec.body;
    if (spec.form !== undefined) {
      config.data = formEncode(spec.form);
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
    }
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    const maxRetries = options.maxRetries ?? this.options.maxRetries;

    let retries = 0;
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      let accessToken: string | null = null;
      let appToken: string | null = null;
      if (spec.auth === 'required') {
        accessToken = await unlessAborted(this.options.tokens.accessToken(), signal);
        if (accessToken === null) throw new AuthError('SIGNED_OUT');
        headers.Authorization = `Bearer ${accessToken}`;
      } else if (appTokens !== undefined) {
        appToken = await unlessAborted(appTokens.accessToken(), signal);
        headers.Authorization = `Bearer ${appToken}`;
      }
      const outcome = await this.attempt(config, attempt, timeoutMs, signal);
      if (!(outcome instanceof YikaError)) return (outcome.status === 204 ? undefined : outcome.data) as T;

      if (
        appToken !== null &&
        appTokens !== undefined &&
        outcome instanceof ApiError &&
        outcome.status === 401
      ) {
        // Revoked keys or clocks that disagree: one new token, one retry; a second 401 is the answer.
        if (!refreshed && (outcome.code === 'TOKEN_EXPIRED' || outcome.code === 'UNAUTHENTICATED')) {
          refreshed = true;
          await unlessAborted(appTokens.refresh(appToken), signal);
          continue;
        }
        throw outcome;
      }

      if (accessToken !== null && outcome instanceof ApiError && outcome.status === 401) {
        // The token may have expired in flight, or the clocks disagree: refresh once, retry once.
        if (!refreshed && (outcome.code === 'TOKEN_EXPIRED' || outcome.code === 'UNAUTHENTICATED')) {
          refreshed = true;
          await unlessAborted(this.options.tokens.refresh(accessToken), signal);
          continue;
        }
        throw await this.options.tokens.endSession(accessToken, outcome);
      }
      if (retries >= maxRetries || !isRetryable(outcome)) throw outcome;
      const delay = retryDelayMs(outcome, retries, this.options.retry);
      if (delay === null) throw outcome;
      retries++;
      this.options.observer?.warn('yika retry', {
        method: spec.method,
        path: spec.path,
        retry: retries,
        delayMs: delay,
        errorCode: outcome.code,
      });
      await this.options.retry.sleep(delay, signal);
    }
  }

  /** One HTTP exchange, bounded by the timeout and the caller's signal. Resolves; never rejects. */
  private async attempt(
    config: AxiosRequestConfig,
    attempt: number,
    timeoutMs: number,
    callerSignal: AbortSignalLike | undefined,
  ): Promise<AttemptOutcome> {
    const signal = new AttemptSignal();
    let timedOut = false;
    const timer =
      timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS
        ? setTimeout(() => {
            timedOut = true;
            signal.abort();
          }, timeoutMs)
        : undefined;
    const onCallerAbort = () => signal.abort();
    callerSignal?.addEventListener('abort', onCallerAbort);
    config.signal = signal;

    const observer = this.options.observer;
    let info: RequestInfo | undefined;
    let startedAt = 0;
    if (observer !== null) {
      info = observer.request({
        method: config.method as string,
        url: this.options.http.getUri(config),
        attempt,
        headers: config.headers as Record<string, unknown>,
        body: config.data,
      });
      startedAt = this.options.now();
    }

    let outcome: AttemptOutcome;
    try {
      const response = await this.options.http.request(config);
      outcome =
        response.status >= 200 && response.status < 300
          ? response
          : apiErrorFromResponse(response.status, response.data, response.headers, this.options.now());
    } catch (error) {
      outcome = errorFromFailure(error, {
        timedOut,
        callerAborted: callerSignal?.aborted === true,
        timeoutMs,
      });
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }

    if (observer !== null && info !== undefined) {
      const durationMs = this.options.now() - startedAt;
      if (outcome instanceof YikaError) {
        const answer = outcome instanceof ApiError ? outcome : undefined;
        observer.response(info, {
          status: answer ? answer.status : null,
          durationMs,
          requestId: answer?.requestId,
          errorCode: outcome.code,
        });
      } else {
        observer.response(info, {
          status: outcome.status,
          durationMs,
          requestId: headerValue(outcome.headers, 'x-request-id'),
          body: outcome.data,
        });
      }
    }
    return outcome;
  }
}
