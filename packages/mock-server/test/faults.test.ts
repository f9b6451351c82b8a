// Fault injection on the msw path (the standalone server's socket-level behaviour is in server.test.ts).
import { createApi, errorOf, expectNetworkError } from './support/api';
import { usePlatform } from './support/msw';

const context = usePlatform();
const api = createApi();
const sms = { phone: '13912345678', purpose: 'login' };

describe('fault injection (msw)', () => {
  it('delays matching requests by latencyMs', async () => {
    context.platform.faults.inject({ kind: 'latency', latencyMs: 150, path: '/v1/districts' });
    const started = performance.now();
    expect((await api.get('/v1/districts')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers with an error body, 503 by default, and does not run the handler', async () => {
    context.platform.faults.inject({ kind: 'error', path: '/v1/auth/sms-codes' });
    const exchange = await api.post('/v1/auth/sms-codes', sms);
    expect(exchange.status).toBe(503);
    expect(errorOf(exchange).code).toBe('SERVICE_UNAVAILABLE');
    expect(errorOf(exchange).message).toBe('服务暂时不可用，请稍后再试');
    expect(exchange.headers.get('x-request-id')).toBe(errorOf(exchange).requestId);
    expect(context.platform.sms.sentCount()).toBe(0);
  });

  it('uses the given status and Retry-After', async () => {
    context.platform.faults.inject({ kind: 'error', status: 429, retryAfterSeconds: 7 });
    context.platform.faults.inject({ kind: 'error', status: 500 });
    const limited = await api.get('/v1/districts');
    expect([limited.status, errorOf(limited).code, limited.headers.get('retry-after')]).toEqual([
      429,
      'RATE_LIMITED',
      '7',
    ]);
    const failed = await api.get('/v1/districts');
    expect([failed.status, errorOf(failed).code]).toEqual([500, 'INTERNAL_ERROR']);
    expect((await api.get('/v1/districts')).status).toBe(200);
  });

  it('is used up by `times`, matches method and path prefix, and Infinity lasts until clear()', async () => {
    context.platform.faults.inject({ kind: 'error', method: 'post', path: '/v1/auth', times: 2 });
    expect((await api.get('/v1/districts')).status).toBe(200);
    expect((await api.get('/v1/.well-known/jwks.json')).status).toBe(200);
    expect((await api.post('/v1/auth/sms-codes', sms)).status).toBe(503);
    expect((await api.post('/v1/auth/logout', { refreshToken: 'rt_0123456789abcdef' })).status).toBe(503);
    expect((await api.post('/v1/auth/logout', { refreshToken: 'rt_0123456789abcdef' })).status).toBe(204);

    context.platform.faults.inject({ kind: 'error', path: '/v1/hospitals', times: Infinity });
    for (let i = 0; i < 5; i++) expect((await api.get('/v1/hospitals')).status).toBe(503);
    expect((await api.get('/v1/districts')).status).toBe(200);
    context.platform.faults.clear();
    expect((await api.get('/v1/hospitals')).status).toBe(200);
  });

  it('reset: the request fails as a network error and nothing happens', async () => {
    context.platform.faults.inject({ kind: 'reset', path: '/v1/auth/sms-codes' });
    await expectNetworkError(api.post('/v1/auth/sms-codes', sms));
    expect(context.platform.sms.sentCount()).toBe(0);
    expect((await api.post('/v1/auth/sms-codes', sms)).status).toBe(202);
  });

  it('commit-then-drop: the work is committed, the answer is lost; a retry with the same key replays it', async () => {
    context.platform.faults.inject({ kind: 'commit-then-drop', method: 'POST', path: '/v1/auth/sms-codes' });
    await expectNetworkError(api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'drop-key-0001' }));
    expect(context.platform.sms.sentCount()).toBe(1);
    const retry = await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'drop-key-0001' });
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    // Without the key, the retry is a second send: refused by the rate limit, so the first really committed.
    expect((await api.post('/v1/auth/sms-codes', sms)).status).toBe(429);
    expect(context.platform.sms.sentCount()).toBe(1);
  });

  it('adds latency on top of another fault', async () => {
    context.platform.faults.inject({ kind: 'latency', latencyMs: 100 });
    context.platform.faults.inject({ kind: 'error', status: 502 });
    const started = performance.now();
    const exchange = await api.get('/v1/districts');
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
    expect([exchange.status, errorOf(exchange).code]).toEqual([502, 'SERVICE_UNAVAILABLE']);
  });

  it('refuses rules it cannot apply', () => {
    const inject = (rule: unknown) => () => context.platform.faults.inject(rule as never);
    expect(inject({ kind: 'explode' })).toThrow(/kind/);
    expect(inject({ kind: 'latency' })).toThrow(/latencyMs/);
    expect(inject({ kind: 'error', status: 200 })).toThrow(/status/);
    expect(inject({ kind: 'error', path: 'v1' })).toThrow(/path/);
    expect(inject({ kind: 'reset', times: 0 })).toThrow(/times/);
  });
});
