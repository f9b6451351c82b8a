import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { Account, Jwks, Session } from '../src/contract/wire';
import { DEMO_OPENID, DEMO_PHONE } from '../src/store/seed/residents';
import { createApi, errorOf, jsonOf } from './support/api';
import { usePlatform } from './support/msw';

const context = usePlatform({ now: '2026-11-23T08:00:00+08:00' });
const api = createApi();

const PHONE = '13912345678';
const MINUTE = 60_000;

async function wechatLogin(code: string): Promise<Session> {
  return jsonOf<Session>(await api.post('/v1/auth/wechat-login', { code }));
}

async function smsLogin(phone: string): Promise<Session> {
  expect((await api.post('/v1/auth/sms-codes', { phone, purpose: 'login' })).status).toBe(202);
  const code = context.platform.sms.lastCode(phone)!;
  return jsonOf<Session>(await api.post('/v1/auth/sms-login', { phone, code }));
}

describe('WeChat sign-in', () => {
  it('signs in with an issued code, once', async () => {
    const code = context.platform.wechat.issueLoginCode('o_new_resident_1');
    const session = await wechatLogin(code);
    expect(session.tokenType).toBe('Bearer');
    expect(session.expiresIn).toBe(900);
    expect(session.refreshExpiresIn).toBe(30 * 24 * 3600);
    expect(session.account.wechatBound).toBe(true);
    expect(context.platform.store.accounts.findByOpenid('o_new_resident_1')?.id).toBe(session.account.id);

    const again = await api.post('/v1/auth/wechat-login', { code });
    expect(again.status).toBe(401);
    expect(errorOf(again).code).toBe('INVALID_LOGIN_CODE');
  });

  it('signs the same openid into the same account', async () => {
    const first = await wechatLogin(context.platform.wechat.issueLoginCode('o_same'));
    const second = await wechatLogin(context.platform.wechat.issueLoginCode('o_same'));
    expect(second.account.id).toBe(first.account.id);
  });

  it('maps codes it never issued to the demo resident, still single-use', async () => {
    const demo = context.platform.store.accounts.findByOpenid(DEMO_OPENID)!;
    const session = await wechatLogin('devtools-code-0001');
    expect(session.account.id).toBe(demo.id);
    expect(session.account.maskedPhone).toBe(`${DEMO_PHONE.slice(0, 3)}****${DEMO_PHONE.slice(-4)}`);
    expect(errorOf(await api.post('/v1/auth/wechat-login', { code: 'devtools-code-0001' })).code).toBe(
      'INVALID_LOGIN_CODE',
    );
  });

  it('refuses malformed and expired codes', async () => {
    expect(errorOf(await api.post('/v1/auth/wechat-login', { code: 'short' })).code).toBe(
      'INVALID_LOGIN_CODE',
    );
    expect(errorOf(await api.post('/v1/auth/wechat-login', { code: 'has spaces in it' })).code).toBe(
      'INVALID_LOGIN_CODE',
    );
    const code = context.platform.wechat.issueLoginCode('o_late');
    context.platform.clock.advance(5 * MINUTE + 1000);
    expect(errorOf(await api.post('/v1/auth/wechat-login', { code })).code).toBe('INVALID_LOGIN_CODE');
  });
});

describe('SMS sign-in', () => {
  it('sends a code, signs in and creates the account on first sign-in', async () => {
    const sent = await api.post('/v1/auth/sms-codes', { phone: PHONE, purpose: 'login' });
    expect(sent.status).toBe(202);
    expect(sent.json).toEqual({ expiresInSeconds: 300, resendAfterSeconds: 60, maskedPhone: '139****5678' });
    expect(context.platform.sms.sentCount(PHONE)).toBe(1);
    const code = context.platform.sms.lastCode(PHONE);
    expect(code).toMatch(/^\d{6}$/);
    expect(context.platform.store.accounts.findByPhone(PHONE)).toBeUndefined();

    const session = jsonOf<Session>(await api.post('/v1/auth/sms-login', { phone: PHONE, code }));
    expect(session.account).toMatchObject({ maskedPhone: '139****5678', wechatBound: false });
    expect(session.account.createdAt).toBe('2026-11-23T08:00:00+08:00');
    // The code is spent.
    expect(errorOf(await api.post('/v1/auth/sms-login', { phone: PHONE, code })).code).toBe(
      'INVALID_SMS_CODE',
    );
  });

  it('sends one code per phone per minute, with Retry-After', async () => {
    expect((await api.post('/v1/auth/sms-codes', { phone: PHONE, purpose: 'login' })).status).toBe(202);
    context.platform.clock.advance(20_000);
    const limited = await api.post('/v1/auth/sms-codes', { phone: PHONE, purpose: 'login' });
    expect(limited.status).toBe(429);
    expect(errorOf(limited).code).toBe('SMS_RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(39);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(40);
    // Another phone is not limited.
    expect((await api.post('/v1/auth/sms-codes', { phone: '13711112222', purpose: 'login' })).status).toBe(
      202,
    );
    context.platform.clock.advance(40_000);
    expect((await api.post('/v1/auth/sms-codes', { phone: PHONE, purpose: 'login' })).status).toBe(202);
    expect(context.platform.sms.sentCount(PHONE)).toBe(2);
    expect(context.platform.sms.sentCount()).toBe(3);
  });

  it('lets a code expire after 5 minutes', async () => {
    await api.post('/v1/auth/sms-codes', { phone: PHONE, purpose: 'login' });
    const code = context.platform.sms.lastCode(PHONE);
    context.platform.clock.advance(5 * MINUTE);
    expect(errorOf(await api.post('/v1/auth/sms-login', { phone: PHONE, code })).code).toBe(
      'INVALID_SMS_CODE',
    );
  });

  it('burns the code after 5 wrong tries', async () => {
    await api.post('/v1/auth/sms-codes', { phone: PHONE, purpose: 'login' });
    const code = context.platform.sms.lastCode(PHONE)!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) {
      expect(errorOf(await api.post('/v1/auth/sms-login', { phone: PHONE, code: wrong })).code).toBe(
        'INVALID_SMS_CODE',
      );
    }
    expect(errorOf(await api.post('/v1/auth/sms-login', { phone: PHONE, code: wrong })).code).toBe(
      'INVALID_SMS_CODE',
    );
    // ...the fifth burns it: now even the right code fails.
    expect(errorOf(await api.post('/v1/auth/sms-login', { phone: PHONE, code })).code).toBe(
      'INVALID_SMS_CODE',
    );
  });

  it('accepts the right code after a few wrong ones', async () => {
    await api.post('/v1/auth/sms-codes', { phone: PHONE, purpose: 'login' });
    const code = context.platform.sms.lastCode(PHONE)!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) await api.post('/v1/auth/sms-login', { phone: PHONE, code: wrong });
    expect((await api.post('/v1/auth/sms-login', { phone: PHONE, code })).status).toBe(200);
  });

  it('refuses a number that is not a mainland mobile', async () => {
    const exchange = await api.post('/v1/auth/sms-codes', { phone: '12012345678', purpose: 'login' });
    expect(exchange.status).toBe(400);
    expect(errorOf(exchange).code).toBe('INVALID_PHONE');
    expect(context.platform.sms.sentCount()).toBe(0);
  });

  it('signs a known phone into its existing account', async () => {
    const demo = context.platform.store.accounts.findByPhone(DEMO_PHONE)!;
    expect((await smsLogin(DEMO_PHONE)).account.id).toBe(demo.id);
  });
});

describe('tokens', () => {
  it('issues ES256 at+jwt access tokens that verify against the published JWKS', async () => {
    const session = await smsLogin(PHONE);
    const jwks = jsonOf<Jwks>(await api.get('/v1/.well-known/jwks.json'));
    expect(jwks).toEqual(await context.platform.jwks());
    const header = decodeProtectedHeader(session.accessToken);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt', kid: jwks.keys[0]!.kid });
    const { payload } = await jwtVerify(session.accessToken, createLocalJWKSet(jwks), {
      issuer: 'https://platform.yika.local',
      audience: 'yika-api',
      typ: 'at+jwt',
      currentDate: new Date(context.platform.clock.now()),
    });
    expect(payload.sub).toBe(session.account.id);
    expect(payload.exp! - payload.iat!).toBe(900);
    expect(payload.iat).toBe(Math.floor(Date.parse('2026-11-23T08:00:00+08:00') / 1000));
  });

  it('answers /v1/me with a token, 401 UNAUTHENTICATED without or with a bad one', async () => {
    const session = await smsLogin(PHONE);
    expect(jsonOf<Account>(await api.get('/v1/me', { token: session.accessToken }))).toEqual(session.account);
    for (const token of [undefined, 'not-a-jwt', `${session.accessToken.slice(0, -4)}AAAA`]) {
      const exchange = await api.get('/v1/me', token === undefined ? {} : { token });
      expect(exchange.status).toBe(401);
      expect(errorOf(exchange).code).toBe('UNAUTHENTICATED');
    }
    const basic = await api.get('/v1/me', { headers: { Authorization: `Basic ${session.accessToken}` } });
    expect(errorOf(basic).code).toBe('UNAUTHENTICATED');
  });

  it('refuses tokens from before a reset (new signing key)', async () => {
    const session = await smsLogin(PHONE);
    context.platform.reset();
    expect(errorOf(await api.get('/v1/me', { token: session.accessToken })).code).toBe('UNAUTHENTICATED');
  });

  it('expires access tokens by the platform clock: TOKEN_EXPIRED', async () => {
    const session = await smsLogin(PHONE);
    context.platform.clock.advance(890_000);
    expect((await api.get('/v1/me', { token: session.accessToken })).status).toBe(200);
    context.platform.clock.advance(20_000);
    const expired = await api.get('/v1/me', { token: session.accessToken });
    expect(expired.status).toBe(401);
    expect(errorOf(expired).code).toBe('TOKEN_EXPIRED');
  });

  it('honours accessTokenTtlSeconds', async () => {
    const { createPlatform } = await import('../src');
    const short = createPlatform({ accessTokenTtlSeconds: 60 });
    const session = await short.store.auth.loginWithWechatCode(short.wechat.issueLoginCode());
    expect(session.expiresIn).toBe(60);
  });

  it('rotates refresh tokens and refuses a rotated one, ending that sign-in', async () => {
    const first = await smsLogin(PHONE);
    const second = jsonOf<Session>(await api.post('/v1/auth/refresh', { refreshToken: first.refreshToken }));
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.account.id).toBe(first.account.id);

    const reuse = await api.post('/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect(errorOf(reuse).code).toBe('INVALID_REFRESH_TOKEN');
    // Reuse looks like theft, so the successor is revoked too.
    expect(errorOf(await api.post('/v1/auth/refresh', { refreshToken: second.refreshToken })).code).toBe(
      'INVALID_REFRESH_TOKEN',
    );
    // Other sign-ins of the same resident are unaffected.
    context.platform.clock.advance(MINUTE);
    const other = await smsLogin(PHONE);
    expect(other.account.id).toBe(first.account.id);
    expect((await api.post('/v1/auth/refresh', { refreshToken: other.refreshToken })).status).toBe(200);
  });

  it('expires refresh tokens after 30 days', async () => {
    const session = await smsLogin(PHONE);
    context.platform.clock.advance(30 * 24 * 3600 * 1000);
    expect(errorOf(await api.post('/v1/auth/refresh', { refreshToken: session.refreshToken })).code).toBe(
      'INVALID_REFRESH_TOKEN',
    );
  });

  it('logout revokes the refresh token; signing out twice is fine', async () => {
    const session = await smsLogin(PHONE);
    const rotated = jsonOf<Session>(
      await api.post('/v1/auth/refresh', { refreshToken: session.refreshToken }),
    );
    const logout = await api.post('/v1/auth/logout', { refreshToken: rotated.refreshToken });
    expect(logout.status).toBe(204);
    expect(logout.text).toBe('');
    expect(logout.headers.get('x-request-id')).toMatch(/^req_/);
    expect((await api.post('/v1/auth/logout', { refreshToken: rotated.refreshToken })).status).toBe(204);
    expect(errorOf(await api.post('/v1/auth/refresh', { refreshToken: rotated.refreshToken })).code).toBe(
      'INVALID_REFRESH_TOKEN',
    );
    expect(errorOf(await api.post('/v1/auth/refresh', { refreshToken: 'rt_never_issued_0000' })).code).toBe(
      'INVALID_REFRESH_TOKEN',
    );
  });
});
