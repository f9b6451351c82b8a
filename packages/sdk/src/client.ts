// createClient: wires the pipeline (axios instance, token manager, retry policy, observer) and the
// resources over it. Everything platform-specific is injected, so the same client runs in the
// mini-program (Taro adapter + Taro storage), browsers and Node.
import axios, { type AxiosAdapter } from 'axios';
import { type Hooks, type Logger, Observer } from './core/observe';
import { RequestSender } from './core/request-sender';
import { defaultRetryPolicy, type RetryPolicy } from './core/retry';
import { TokenManager } from './core/token-manager';
import { AppTokenManager } from './core/app-token-manager';
import { TOKEN_ENDPOINT_PATH, type ClientAuth } from './core/client-auth';
import { memoryTokenStore, type TokenStore } from './core/token-store';
import { generateIdempotencyKey } from './core/idempotency';
import { AppointmentsResource } from './resources/appointments';
import { AuthResource } from './resources/auth';
import { BillsResource } from './resources/bills';
import { CardsResource } from './resources/cards';
import { DoctorsResource } from './resources/doctors';
import { EventsResource } from './resources/events';
import { HoldsResource } from './resources/holds';
import { HospitalsResource } from './resources/hospitals';
import { PaymentsResource } from './resources/payments';
import { ReportsResource } from './resources/reports';
import { SchedulesResource } from './resources/schedules';
import { SearchResource } from './resources/search';
import { WaitlistResource } from './resources/waitlist';
import { WebhooksResource } from './resources/webhooks';
import type { AppToken, Channel, Session } from './types';
import type { AuthError, YikaError } from './errors';

export interface ClientConfig {
  /** The platform's origin, e.g. `http://127.0.0.1:4010` (contract paths start with /v1). */
  baseURL: string;
  /** Sent as `X-Yika-Channel` on every request; bookings record it. */
  channel: Channel;
  /** An axios adapter. Default: axios's own (http in Node, xhr/fetch in browsers). */
  adapter?: AxiosAdapter;
  /** Where tokens persist. Default: memory only. */
  tokenStore?: TokenStore;
  /** Receives redacted request/response records. Default: silent. */
  logger?: Logger;
  /** Per-attempt timeout in ms. Default 15 000. */
  timeoutMs?: number;
  /** Retries after the first attempt, for network errors, timeouts, 5xx and 429. Default 2. */
  maxRetries?: number;
  /** The resident must sign in again: the refresh token was refused or the platform kept refusing. */
  onUnauthenticated?: (error: YikaError) => void;
  /** Epoch-ms clock used for token expiry. Default Date.now. */
  now?: () => number;
  /** Idempotency key generator. Default: a random base-36 id (no WebCrypto needed). */
  generateId?: () => string;
  /** Redacted request/response callbacks, e.g. for tracing. Exceptions thrown by hooks are ignored. */
  hooks?: Hooks;
  /**
   * A hospital's API key (kiosks, windows, hospital servers), sent as `X-Yika-Hospital-Key` only on the
   * operations that need it (`cards.verifyCode`, `appointments.bookAtHospital` / `listForPatient` /
   * `checkIn` / `stopSchedule`, `payments.refund`, `webhooks.*`). Never put it in a resident-facing app.
   */
  hospitalKey?: string;
  /**
   * For hospital and third-party servers: sign in with client credentials (private_key_jwt) instead of a
   * hospital key. Use `privateKeyJwt({ clientId, privateKey, keyId })` from `@yika/sdk/server`, or any
   * signer of this shape. The client gets an app token from `POST /v1/oauth/token`, caches it, renews it
   * before it expires and sends it on the hospital operations (in place of `hospitalKey` when both are
   * given). See docs/server-auth.md.
   */
  clientAuth?: ClientAuth;
  /** Advanced: backoff tuning and an injectable sleep (tests); `payments.waitUntilSettled` waits with it too. */
  retry?: Partial<RetryPolicy>;
}

export interface YikaClient {
  readonly auth: AuthResource;
  readonly hospitals: HospitalsResource;
  readonly cards: CardsResource;
  readonly doctors: DoctorsResource;
  readonly schedules: SchedulesResource;
  readonly search: SearchResource;
  readonly holds: HoldsResource;
  readonly appointments: AppointmentsResource;
  readonly waitlist: WaitlistResource;
  readonly events: EventsResource;
  readonly payments: PaymentsResource;
  readonly bills: BillsResource;
  readonly reports: ReportsResource;
  readonly webhooks: WebhooksResource;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_RETRIES = 2;

export function createClient(config: ClientConfig): YikaClient {
  if (typeof config.baseURL !== 'string' || config.baseURL === '') {
    throw new TypeError('createClient: baseURL is required, e.g. http://127.0.0.1:4010');
  }
  if (typeof config.channel !== 'string' || (config.channel as string) === '') {
    throw new TypeError('createClient: channel is required, e.g. wechat-miniapp');
  }
  const clientAuth = config.clientAuth;
  if (
    clientAuth !== undefined &&
    (typeof clientAuth.clientId !== 'string' ||
      clientAuth.clientId === '' ||
      typeof clientAuth.createAssertion !== 'function')
  ) {
    throw new TypeError(
      'createClient: clientAuth needs a clientId and createAssertion, e.g. privateKeyJwt(...)',
    );
  }
  const now = config.now ?? Date.now;
  const observer = Observer.create(config.logger, config.hooks);
  const http = axios.create({
    baseURL: config.baseURL,
    adapter: config.adapter,
    headers: { 'X-Yika-Channel': config.channel },
    // Every status resolves: the pipeline builds its own errors, without axios building one first.
    validateStatus: null,
  });

  const tokens: TokenManager = new TokenManager({
    store: config.tokenStore ?? memoryTokenStore(),
    now,
    // The refresh goes through the same pipeline (retries, idempotency key) but never asks for a token,
    // so a refresh can never trigger another refresh.
    refreshSession: (refreshToken) =>
      sender.request<Session>({
        method: 'POST',
        path: '/v1/auth/refresh',
        body: { refreshToken },
        auth: 'none',
      }),
    onSessionEnded: (error: AuthError) => {
      observer?.warn('yika session ended', { errorCode: error.code });
      if (config.onUnauthenticated) {
        try {
          config.onUnauthenticated(error);
        } catch {
          // The app's handler failing must not turn into the caller's error.
        }
      }
    },
    onStoreError: (operation, error) =>
      observer?.warn('yika token store failed', { operation, error: String(error) }),
  });

  const retry: RetryPolicy = { ...defaultRetryPolicy, ...config.retry };
  const maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES;
  const appTokens: AppTokenManager | undefined =
    clientAuth === undefined
      ? undefined
      : new AppTokenManager({
          clientAuth,
          tokenEndpoint: config.baseURL.replace(/\/+$/, '') + TOKEN_ENDPOINT_PATH,
          now,
          maxRetries,
          retry,
          // No retries inside: each retry needs a new assertion, which the manager signs.
          requestToken: (form): Promise<AppToken> =>
            sender.request<AppToken>(
              { method: 'POST', path: TOKEN_ENDPOINT_PATH, form, auth: 'none' },
              { maxRetries: 0 },
            ),
        });
  const sender = new RequestSender({
    http,
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries,
    retry,
    generateId: config.generateId ?? generateIdempotencyKey,
    now,
    tokens,
    observer,
    hospitalKey: config.hospitalKey,
    ...(appTokens === undefined ? {} : { appTokens }),
  });

  return {
    auth: new AuthResource(sender, tokens, (error) =>
      observer?.warn('yika logout could not revoke the session', { error: String(error) }),
    ),
    hospitals: new HospitalsResource(sender),
    cards: new CardsResource(sender),
    doctors: new DoctorsResource(sender),
    schedules: new SchedulesResource(sender),
    search: new SearchResource(sender),
    holds: new HoldsResource(sender),
    appointments: new AppointmentsResource(sender),
    waitlist: new WaitlistResource(sender),
    events: new EventsResource(sender),
    payments: new PaymentsResource(sender, { sleep: retry.sleep, random: retry.random, now }),
    bills: new BillsResource(sender),
    reports: new ReportsResource(sender),
    webhooks: new WebhooksResource(sender),
  };
}
