import type { Session } from '../src/contract/wire';
import { createApi, errorOf, jsonOf } from './support/api';
import { usePlatform } from './support/msw';

const context = usePlatform();
const api = createApi();
const PHONE = '13912345678';
const sms = { phone: PHONE, purpose: 'login' };

describe('idempotency keys', () => {
  it('replays the first answer to the same key and body, with no second effect', async () => {
    const first = await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-replay-0001' });
    const second = await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-replay-0001' });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('x-request-id')).toBe(first.headers.get('x-request-id'));
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(context.platform.sms.sentCount(PHONE)).toBe(1);
  });

  it('treats the same JSON with another key order or spacing as the same body', async () => {
    await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-canonical-1' });
    const reordered = await api.post('/v1/auth/sms-codes', undefined, {
      idempotencyKey: 'key-canonical-1',
      rawBody: `{ "purpose": "login",\n "phone": "${PHONE}" }`,
    });
    expect(reordered.status).toBe(202);
    expect(reordered.headers.get('idempotent-replayed')).toBe('true');
  });

  it('refuses the same key with another body or on another route: IDEMPOTENCY_CONFLICT', async () => {
    await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-conflict-1' });
    const otherBody = await api.post(
      '/v1/auth/sms-codes',
      { ...sms, phone: '13711112222' },
      { idempotencyKey: 'key-conflict-1' },
    );
    expect(otherBody.status).toBe(409);
    expect(errorOf(otherBody).code).toBe('IDEMPOTENCY_CONFLICT');
    const otherRoute = await api.post(
      '/v1/auth/logout',
      { refreshToken: 'rt_0123456789abcdef' },
      { idempotencyKey: 'key-conflict-1' },
    );
    expect(errorOf(otherRoute).code).toBe('IDEMPOTENCY_CONFLICT');
    expect(context.platform.sms.sentCount()).toBe(1);
  });

  it('runs 20 concurrent duplicates once: one SMS, the rest replayed or told it is in progress', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-concurrent-1' }),
      ),
    );
    expect(context.platform.sms.sentCount(PHONE)).toBe(1);
    const ran = results.filter(
      (result) => result.status === 202 && !result.headers.has('idempotent-replayed'),
    );
    expect(ran).toHaveLength(1);
    // The duplicates really overlapped the first one (msw runs them interleaved on one event loop).
    expect(results.some((result) => result.status === 409)).toBe(true);
    for (const result of results) {
      if (result.status === 409) expect(errorOf(result).code).toBe('IDEMPOTENCY_IN_PROGRESS');
      else expect(result.status).toBe(202);
    }
    // Once done, every retry is a replay.
    const later = await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-concurrent-1' });
    expect(later.headers.get('idempotent-replayed')).toBe('true');
  });

  it('20 concurrent sends with different keys: the rate limit lets exactly one through', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => api.post('/v1/auth/sms-codes', sms)));
    expect(results.filter((result) => result.status === 202)).toHaveLength(1);
    expect(results.filter((result) => result.status === 429)).toHaveLength(19);
    expect(context.platform.sms.sentCount(PHONE)).toBe(1);
  });

  it('20 concurrent refreshes of one token with different keys: exactly one wins', async () => {
    const session = await context.platform.store.auth.loginWithWechatCode(
      context.platform.wechat.issueLoginCode(),
    );
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api.post('/v1/auth/refresh', { refreshToken: session.refreshToken })),
    );
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
  });

  it('lets a retried refresh with the same key get the same new tokens (no reuse detected)', async () => {
    const session = await context.platform.store.auth.loginWithWechatCode(
      context.platform.wechat.issueLoginCode(),
    );
    const first = jsonOf<Session>(
      await api.post(
        '/v1/auth/refresh',
        { refreshToken: session.refreshToken },
        { idempotencyKey: 'key-refresh-1' },
      ),
    );
    const retry = jsonOf<Session>(
      await api.post(
        '/v1/auth/refresh',
        { refreshToken: session.refreshToken },
        { idempotencyKey: 'key-refresh-1' },
      ),
    );
    expect(retry).toEqual(first);
    expect((await api.post('/v1/auth/refresh', { refreshToken: first.refreshToken })).status).toBe(200);
  });

  it('does not keep transient answers: a 429 retried later with the same key runs again', async () => {
    await api.post('/v1/auth/sms-codes', sms);
    const limited = await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-transient-1' });
    expect(limited.status).toBe(429);
    context.platform.clock.advance(60_000);
    const retried = await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-transient-1' });
    expect(retried.status).toBe(202);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(context.platform.sms.sentCount(PHONE)).toBe(2);
  });

  it('keeps a definite error answer: the same wrong code retried does not spend another try', async () => {
    await api.post('/v1/auth/sms-codes', sms);
    const code = context.platform.sms.lastCode(PHONE)!;
    const wrong = { phone: PHONE, code: code === '000000' ? '111111' : '000000' };
    for (let i = 0; i < 6; i++) {
      const exchange = await api.post('/v1/auth/sms-login', wrong, { idempotencyKey: 'key-wrong-code' });
      expect(errorOf(exchange).code).toBe('INVALID_SMS_CODE');
    }
    // Six sends under one key were one try, so the code still works.
    expect((await api.post('/v1/auth/sms-login', { phone: PHONE, code })).status).toBe(200);
  });

  it('forgets keys after 24 hours by the platform clock', async () => {
    await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-retention-1' });
    context.platform.clock.advance(23 * 3600_000);
    expect(
      (await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-retention-1' })).headers.get(
        'idempotent-replayed',
      ),
    ).toBe('true');
    context.platform.clock.advance(3600_000);
    const after = await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-retention-1' });
    expect(after.status).toBe(202);
    expect(after.headers.get('idempotent-replayed')).toBeNull();
    expect(context.platform.sms.sentCount(PHONE)).toBe(2);
  });

  it('does not claim a key for a request the contract refused', async () => {
    const bad = await api.post(
      '/v1/auth/sms-codes',
      { phone: 'x', purpose: 'login' },
      { idempotencyKey: 'key-invalid-1' },
    );
    expect(bad.status).toBe(400);
    const good = await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'key-invalid-1' });
    expect(good.status).toBe(202);
  });
});
