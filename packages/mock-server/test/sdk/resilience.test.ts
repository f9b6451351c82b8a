// The SDK against the mock platform (msw in-process): the pipeline's promises proven against the
// platform's real behaviour and injected faults, not against purpose-built stubs.
import { setupServer } from 'msw/node';
import { createClient, isYikaError, type YikaClient } from '@yika/sdk';
import { createPlatform, type Platform } from '@yika/mock-server';

const BASE_URL = 'http://platform.test';

let platform: Platform;
const server = setupServer();
const seen: { method: string; path: string; idempotencyKey: string | null }[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  platform = createPlatform({ seed: 7, validateResponses: true });
  server.resetHandlers(...platform.handlers);
  seen.length = 0;
  server.events.removeAllListeners();
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    seen.push({
      method: request.method,
      path: url.pathname,
      idempotencyKey: request.headers.get('idempotency-key'),
    });
  });
});

function client(overrides: Partial<Parameters<typeof createClient>[0]> = {}): YikaClient {
  return createClient({
    baseURL: BASE_URL,
    channel: 'wechat-miniapp',
    now: () => platform.clock.now(),
    ...overrides,
  });
}
const count = (path: string) => seen.filter((r) => r.path === path).length;

async function signedIn(overrides = {}): Promise<YikaClient> {
  const c = client(overrides);
  await c.auth.loginWithWechatCode(platform.wechat.issueLoginCode('o_resilience'));
  return c;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('token refresh against the platform', () => {
  it('20 concurrent calls after the access token expired make exactly one refresh', async () => {
    const c = await signedIn();
    platform.clock.advance(16 * 60 * 1000);
    seen.length = 0;
    const accounts = await Promise.all(Array.from({ length: 20 }, () => c.auth.me()));
    expect(new Set(accounts.map((a) => a.id)).size).toBe(1);
    expect(count('/v1/auth/refresh')).toBe(1);
    expect(count('/v1/me')).toBe(20);
  });

  it('20 concurrent calls that the platform answers 401 (client clock behind) share one refresh and retry once', async () => {
    let skewMs = 0;
    const c = await signedIn({ now: () => platform.clock.now() - skewMs });
    // The platform's clock runs ahead of the client's: the client believes its token is fresh.
    platform.clock.advance(16 * 60 * 1000);
    skewMs = 16 * 60 * 1000;
    seen.length = 0;
    const accounts = await Promise.all(Array.from({ length: 20 }, () => c.auth.me()));
    expect(accounts).toHaveLength(20);
    expect(count('/v1/auth/refresh')).toBe(1);
    expect(count('/v1/me')).toBe(40);
  });

  it('a refresh token that expired ends the session for every waiting call and calls onUnauthenticated once', async () => {
    const onUnauthenticated = jest.fn();
    const c = await signedIn({ onUnauthenticated });
    platform.clock.advance(31 * 24 * 3600 * 1000);
    seen.length = 0;
    const errors = await Promise.all(Array.from({ length: 5 }, () => rejection(c.auth.me())));
    for (const error of errors) {
      expect(isYikaError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    // The SDK knows the refresh token's expiry: it asks nothing of the platform.
    expect(seen).toHaveLength(0);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(await c.auth.isSignedIn()).toBe(false);
  });

  it('a refresh token the platform refuses ends the session once, and later calls are signed out', async () => {
    const onUnauthenticated = jest.fn();
    let skewMs = 0;
    const c = await signedIn({ onUnauthenticated, now: () => platform.clock.now() - skewMs });
    // The client thinks 16 minutes passed; the platform knows 31 days did: it refuses the refresh token.
    platform.clock.advance(31 * 24 * 3600 * 1000);
    skewMs = 31 * 24 * 3600 * 1000 - 16 * 60 * 1000;
    seen.length = 0;
    const errors = await Promise.all(Array.from({ length: 5 }, () => rejection(c.auth.me())));
    for (const error of errors) expect(error).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(count('/v1/auth/refresh')).toBe(1);
    expect(count('/v1/me')).toBe(0);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(await rejection(c.auth.me())).toMatchObject({ code: 'SIGNED_OUT' });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});

describe('retries against injected faults', () => {
  it('retries a 503 and succeeds', async () => {
    platform.faults.inject({ kind: 'error', status: 503, path: '/v1/hospitals', times: 2 });
    const page = await client({ maxRetries: 2 }).hospitals.list();
    expect(page.data.length).toBeGreaterThan(0);
    expect(count('/v1/hospitals')).toBe(3);
  });

  it('retries a connection reset and succeeds', async () => {
    platform.faults.inject({ kind: 'reset', path: '/v1/hospitals', times: 1 });
    const page = await client().hospitals.list();
    expect(page.data.length).toBeGreaterThan(0);
    expect(count('/v1/hospitals')).toBe(2);
  });

  it('gives up after maxRetries with the last error', async () => {
    platform.faults.inject({ kind: 'error', status: 503, path: '/v1/hospitals', times: Infinity });
    const error = await rejection(client({ maxRetries: 1 }).hospitals.list());
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(count('/v1/hospitals')).toBe(2);
  });

  it('never retries a 404', async () => {
    const error = await rejection(client().hospitals.get('hos_does_not_exist'));
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(typeof (error as { requestId?: unknown }).requestId).toBe('string');
    expect(count('/v1/hospitals/hos_does_not_exist')).toBe(1);
  });

  it('never retries a 400', async () => {
    const error = await rejection(client().hospitals.list({ limit: 51 }));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    expect(count('/v1/hospitals')).toBe(1);
  });

  it('never retries a 409: the same idempotency key with another body is a conflict', async () => {
    const c = client();
    await c.auth.sendSmsCode('13800000001', { idempotencyKey: 'conflict-key-1' });
    const error = await rejection(c.auth.sendSmsCode('13800000002', { idempotencyKey: 'conflict-key-1' }));
    expect(error).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', status: 409 });
    expect(count('/v1/auth/sms-codes')).toBe(2);
    expect(platform.sms.sentCount('13800000002')).toBe(0);
  });
});

describe('timeouts and aborts', () => {
  it('times out a slow answer', async () => {
    platform.faults.inject({ kind: 'latency', latencyMs: 1000, path: '/v1/hospitals', times: 1 });
    const error = await rejection(client({ timeoutMs: 100, maxRetries: 0 }).hospitals.list());
    expect(error).toMatchObject({ code: 'TIMEOUT' });
  });

  it('retries after a timeout and succeeds when the platform recovers', async () => {
    platform.faults.inject({ kind: 'latency', latencyMs: 1000, path: '/v1/hospitals', times: 1 });
    const page = await client({ timeoutMs: 100, maxRetries: 1 }).hospitals.list();
    expect(page.data.length).toBeGreaterThan(0);
  });

  it('an abort stops the call and no retry follows', async () => {
    platform.faults.inject({ kind: 'latency', latencyMs: 1000, path: '/v1/hospitals', times: Infinity });
    const controller = new AbortController();
    const call = client({ maxRetries: 3 }).hospitals.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await rejection(call)).toMatchObject({ code: 'ABORTED' });
    await new Promise((r) => setTimeout(r, 300));
    expect(count('/v1/hospitals')).toBe(1);
  });
});

describe('idempotency: commit, then the answer is lost', () => {
  it('a POST whose response is dropped after the platform committed has exactly one effect', async () => {
    platform.faults.inject({
      kind: 'commit-then-drop',
      method: 'POST',
      path: '/v1/auth/sms-codes',
      times: 1,
    });
    const sent = await client().auth.sendSmsCode('13800000003');
    expect(sent.maskedPhone).toBe('138****0003');
    const attempts = seen.filter((r) => r.path === '/v1/auth/sms-codes');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.idempotencyKey).toBeTruthy();
    expect(attempts[1]!.idempotencyKey).toBe(attempts[0]!.idempotencyKey);
    expect(platform.sms.sentCount('13800000003')).toBe(1);
  });
});
