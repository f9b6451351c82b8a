import { http, HttpResponse } from 'msw';
import { BASE_URL, T0, session, storedTokens, testClient } from '../support/platform';
import { useMockServer } from '../support/server';

const server = useMockServer();

describe('client.auth', () => {
  it('signs in with a WeChat code, stores the session and uses it', async () => {
    const next = session('wx');
    const bodies: unknown[] = [];
    server.use(
      http.post(`${BASE_URL}/v1/auth/wechat-login`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(next);
      }),
      http.get(`${BASE_URL}/v1/me`, ({ request }) =>
        request.headers.get('authorization') === `Bearer ${next.accessToken}`
          ? HttpResponse.json(next.account)
          : new HttpResponse(null, { status: 500 }),
      ),
    );
    const { client, store } = testClient();
    expect(await client.auth.isSignedIn()).toBe(false);
    await expect(client.auth.loginWithWechatCode('0a3Xyz9Kq1mN2pQ7')).resolves.toEqual(next);
    expect(bodies).toEqual([{ code: '0a3Xyz9Kq1mN2pQ7' }]);
    expect(await store.get()).toEqual({
      accessToken: next.accessToken,
      refreshToken: next.refreshToken,
      accessExpiresAt: T0 + 900_000,
      refreshExpiresAt: T0 + 30 * 24 * 3600_000,
      accountId: 'acc_1',
    });
    expect(await client.auth.isSignedIn()).toBe(true);
    await expect(client.auth.me()).resolves.toEqual(next.account);
  });

  it('sends an SMS code and signs in with it', async () => {
    const next = session('sms');
    const bodies: unknown[] = [];
    server.use(
      http.post(`${BASE_URL}/v1/auth/sms-codes`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          { expiresInSeconds: 300, resendAfterSeconds: 60, maskedPhone: '138****5678' },
          { status: 202 },
        );
      }),
      http.post(`${BASE_URL}/v1/auth/sms-login`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(next);
      }),
    );
    const { client } = testClient();
    await expect(client.auth.sendSmsCode('13812345678')).resolves.toMatchObject({ resendAfterSeconds: 60 });
    await client.auth.loginWithSmsCode('13812345678', '493817');
    expect(bodies).toEqual([
      { phone: '13812345678', purpose: 'login' },
      { phone: '13812345678', code: '493817' },
    ]);
    expect(await client.auth.isSignedIn()).toBe(true);
  });

  it('logs out: revokes the refresh token and forgets the session', async () => {
    const tokens = storedTokens('a', T0);
    const bodies: unknown[] = [];
    server.use(
      http.post(`${BASE_URL}/v1/auth/logout`, async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { client, store } = testClient({}, tokens);
    await expect(client.auth.logout()).resolves.toBeUndefined();
    expect(bodies).toEqual([{ refreshToken: tokens.refreshToken }]);
    expect(await store.get()).toBeNull();
    expect(await client.auth.isSignedIn()).toBe(false);
  });

  it('forgets the session even when the logout call fails, and does not reject', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/v1/auth/logout`, () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    const warn = jest.fn();
    const { client, store } = testClient({ logger: { warn } }, storedTokens('a', T0));
    await expect(client.auth.logout()).resolves.toBeUndefined();
    expect(calls).toBe(3); // retried like any POST
    expect(await store.get()).toBeNull();
    expect(warn).toHaveBeenCalledWith('yika logout could not revoke the session', expect.anything());
  });

  it('logging out while signed out makes no call', async () => {
    const { client } = testClient();
    await expect(client.auth.logout()).resolves.toBeUndefined();
  });

  it('a refresh that lands after logout does not bring the session back', async () => {
    let release: () => void = () => undefined;
    server.use(
      http.post(`${BASE_URL}/v1/auth/refresh`, async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json(session('late'));
      }),
      http.post(`${BASE_URL}/v1/auth/logout`, () => new HttpResponse(null, { status: 204 })),
    );
    const { client, store } = testClient({}, storedTokens('a', T0, -1_000));
    const me = client.auth.me();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await client.auth.logout();
    release();
    await expect(me).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    expect(await store.get()).toBeNull();
  });

  it('fetches the JWKS without a token', async () => {
    const jwks = { keys: [{ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'k1', use: 'sig', alg: 'ES256' }] };
    server.use(
      http.get(`${BASE_URL}/v1/.well-known/jwks.json`, ({ request }) => {
        expect(request.headers.get('authorization')).toBeNull();
        return HttpResponse.json(jwks);
      }),
    );
    const { client } = testClient({}, storedTokens('a', T0));
    await expect(client.auth.getJwks()).resolves.toEqual(jwks);
  });

  it('refuses a client without baseURL or channel', async () => {
    const { createClient } = await import('../../src/client');
    expect(() => createClient({ baseURL: '', channel: 'web' })).toThrow(TypeError);
  });
});
