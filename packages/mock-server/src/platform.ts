// createPlatform: one stateful fake of the regional platform. It owns a clock, a fault table and a store
// (rebuilt on reset), and exposes msw handlers that run every request through the shared pipeline.
import type { RequestHandler } from 'msw';
import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS } from './auth/tokens';
import { createClock, type MockClock } from './clock';
import { getContract } from './contract';
import type { Jwks, SmsPurpose } from './contract/wire';
import { operationDefinitions } from './handlers';
import { FaultTable, type FaultInjector } from './http/faults';
import { Pipeline } from './http/pipeline';
import { buildRouteTable, dispatchThrough, type Dispatch } from './http/route-table';
import { buildHandlers } from './http/routes';
import type { HospitalKey } from './store/cards/hospital-keys';
import type { AppRegistration, RegisteredApp, TestApp } from './store/apps/registry';
import type { SmsListener } from './store/sms';
import { Lazy } from './store/lazy';
import { PlatformStore } from './store/store';
import { createDelivery } from './wxpay/delivery';
import { createTestMerchant, publicParts, type WechatPayOptions } from './wxpay/merchant';
import type { WechatPayControls } from './wxpay/platform-api';
import type { WebhookControls } from './store/webhooks/controls';

export interface PlatformOptions {
  /** Seed of the generated data (default 1): the same seed gives the same hospitals and residents. */
  seed?: number;
  /** Start time of the platform clock: epoch ms or ISO-8601 (default: the real time now). */
  now?: number | string;
  /**
   * Stop the clock between explicit moves (`clock.set`/`advance`) instead of letting it flow with real
   * time. Tests that compare times to the second want this: on a loaded machine a flowing clock may cross
   * a second between two reads.
   */
  frozenClock?: boolean;
  /** Check every response against the contract and turn mismatches into loud 500s (for tests). */
  validateResponses?: boolean;
  /** Lifetime of access tokens (default 900 s). */
  accessTokenTtlSeconds?: number;
  /** The simulated WeChat Pay test merchant (keys, APIv3 key, notify URL); generated when left out. */
  wechatPay?: WechatPayOptions;
}

export interface Platform {
  /** msw handlers for any origin ('*\/v1/...'); use with setupServer or getResponse. */
  handlers: RequestHandler[];
  /**
   * Answers a request as `handlers` would, without going through msw (the standalone server's path);
   * undefined when none of them would take it. `pathname` is the request URL's.
   */
  dispatch: Dispatch;
  /** The in-memory model; replaced by `reset`. */
  readonly store: PlatformStore;
  clock: MockClock;
  faults: FaultInjector;
  sms: {
    /** The last code sent to the phone, for `purpose` (`login` or `card`) or any. */
    lastCode(phone: string, purpose?: SmsPurpose): string | undefined;
    sentCount(phone?: string): number;
    /** Called for every code "sent" (phone masked); returns an unsubscribe function. */
    onSent(listener: SmsListener): () => void;
  };
  wechat: {
    /** A single-use login code like wx.login gives, for `openid` (default: the demo resident). */
    issueLoginCode(openid?: string): string;
  };
  /** The simulated WeChat Pay (its merchant is kept across resets; its orders are not). */
  wechatPay: WechatPayControls;
  /** Hospitals' webhook deliveries (cards, bookings, payments, reports), retried on the platform clock. */
  webhooks: WebhookControls;
  jwks(): Promise<Jwks>;
  /** The hospital's key for `POST /v1/card-codes/verify` (header X-Yika-Hospital-Key); new on reset. */
  hospitalKey(hospitalId: string): string;
  /** Every hospital's key. */
  hospitalKeys(): HospitalKey[];
  /** Apps that sign in with client credentials (private_key_jwt at `POST /v1/oauth/token`); new on reset. */
  apps: {
    /** Registers an app with its public key(s); throws RangeError for a registration that makes no sense. */
    register(registration: AppRegistration): RegisteredApp;
    /** The seeded test apps (a hospital app of the first hospital, a third-party app) with private JWKs. */
    testApps(): TestApp[];
  };
  /** Fresh data from `seed` (default: the current seed), a fresh signing key, clock and fault table. */
  reset(seed?: number): void;
}

export const DEFAULT_SEED = 1;

export function createPlatform(options: PlatformOptions = {}): Platform {
  const ttl = options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < 1)
    throw new RangeError('accessTokenTtlSeconds must be a positive integer');
  const clock = createClock(options.now, options.frozenClock ? () => 0 : undefined);
  const faults = new FaultTable();
  const smsListeners = new Set<SmsListener>();
  const contract = getContract();
  // RSA key generation takes a while: made on first use, so platforms that never pay never wait for it.
  const merchant = new Lazy(() => createTestMerchant(options.wechatPay));
  let handlers: RequestHandler[] = [];
  const wechatPay = {
    merchant: () => merchant.value,
    deliver: createDelivery(
      () => handlers,
      () => options.wechatPay?.notifyUrl,
    ),
  };

  const buildStore = (seed: number): PlatformStore => {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`The seed must be an integer, got ${String(seed)}`);
    const next = new PlatformStore({ seed, accessTokenTtlSeconds: ttl, wechatPay }, clock);
    next.sms.onSent((message) => smsListeners.forEach((listener) => listener(message)));
    return next;
  };
  let store = buildStore(options.seed ?? DEFAULT_SEED);

  const pipeline = new Pipeline({
    contract,
    store: () => store,
    faults,
    validateResponses: options.validateResponses ?? false,
  });

  handlers = buildHandlers(contract, operationDefinitions, pipeline);

  return {
    handlers,
    dispatch: dispatchThrough(buildRouteTable(contract, operationDefinitions), pipeline),
    get store() {
      return store;
    },
    clock,
    faults,
    sms: {
      lastCode: (phone, purpose) => store.sms.lastCode(phone, purpose),
      sentCount: (phone) => store.sms.sentCount(phone),
      onSent: (listener) => {
        smsListeners.add(listener);
        return () => smsListeners.delete(listener);
      },
    },
    wechat: { issueLoginCode: (openid) => store.wechat.issueLoginCode(openid) },
    wechatPay: {
      confirm: (prepayId) => store.payments.wechatPay.confirm(prepayId),
      merchant: () => publicParts(merchant.value),
      deliveries: () => store.payments.wechatPay.deliveries(),
      redeliverLast: () => store.payments.wechatPay.redeliverLast(),
      idle: () => store.payments.wechatPay.idle(),
    },
    webhooks: {
      deliveries: () => store.webhooks.dispatcher.deliveries(),
      retryDue: () => store.webhooks.dispatcher.retryDue(),
      idle: () => store.webhooks.dispatcher.idle(),
    },
    jwks: async () => store.keys.jwks(),
    hospitalKey: (hospitalId) => store.hospitalKeys.keyFor(hospitalId),
    hospitalKeys: () => store.hospitalKeys.all(),
    apps: {
      register: (registration) => store.appAuth.registry.register(registration),
      testApps: () => store.appAuth.registry.seededTestApps(),
    },
    reset: (seed) => {
      clock.set(options.now ?? Date.now());
      faults.clear();
      store = buildStore(seed ?? store.seed);
    },
  };
}
