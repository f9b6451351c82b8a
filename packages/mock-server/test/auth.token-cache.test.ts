// Verified access tokens are remembered (no second signature check), but a remembered token must be
// treated exactly as a fresh verification would treat it: refused at the same instant of the platform
// clock when it runs out, never standing in for a tampered copy, gone with the signing key on a reset.
import { createPlatform } from '../src';
import { generateSigningKeys } from '../src/auth/keys';
import { AccessTokens } from '../src/auth/tokens';
import { VerifiedTokens } from '../src/auth/verified-tokens';
import { createClock } from '../src/clock';
import type { Session } from '../src/contract/wire';
import { PlatformError } from '../src/store/errors';
import { createApi, errorOf, jsonOf } from './support/api';
import { usePlatform } from './support/msw';

const NOW = '2026-11-23T08:00:00+08:00';
const TTL_SECONDS = 900;
/** jose refuses once exp <= now - 5 s (the leeway), in whole seconds of the clock. */
const LEEWAY_MS = 5000;

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof PlatformError ? error.code : String(error);
  }
}

describe('AccessTokens remembers verified tokens', () => {
  const keys = generateSigningKeys();
  // A frozen clock (no real time flowing), moved only by the test.
  const setUp = () => {
    const clock = createClock(NOW, () => 0);
    return { clock, tokens: new AccessTokens(keys, clock, TTL_SECONDS) };
  };
  const claims = { accountId: 'acc_1', familyId: 'sid_1' };
  const refusedFromMs = Date.parse(NOW) + TTL_SECONDS * 1000 + LEEWAY_MS;

  it('accepts its own token until exp plus the leeway and refuses it from that instant, cached or not', async () => {
    const { clock, tokens } = setUp();
    const token = await tokens.issue(claims);
    // A second instance with the same key has nothing cached: it checks the signature every time.
    const uncached = () => new AccessTokens(keys, clock, TTL_SECONDS).verify(token);

    clock.set(refusedFromMs - 1);
    await expect(tokens.verify(token)).resolves.toEqual(claims);
    await expect(uncached()).resolves.toEqual(claims);

    clock.set(refusedFromMs);
    expect(await codeOf(tokens.verify(token))).toBe('TOKEN_EXPIRED');
    expect(await codeOf(uncached())).toBe('TOKEN_EXPIRED');
    // Forgotten on expiry, it stays expired through the full check.
    expect(await codeOf(tokens.verify(token))).toBe('TOKEN_EXPIRED');
  });

  it('remembers a token it did not issue only after checking it, and still refuses it at its exp', async () => {
    const { clock, tokens: issuer } = setUp();
    const token = await issuer.issue(claims);
    const verifier = new AccessTokens(keys, clock, TTL_SECONDS);
    await expect(verifier.verify(token)).resolves.toEqual(claims);
    await expect(verifier.verify(token)).resolves.toEqual(claims);
    clock.set(refusedFromMs);
    expect(await codeOf(verifier.verify(token))).toBe('TOKEN_EXPIRED');
  });

  it('does not let a remembered token vouch for a tampered copy', async () => {
    const { tokens } = setUp();
    const token = await tokens.issue(claims);
    await expect(tokens.verify(token)).resolves.toEqual(claims);
    const [header, payload] = token.split('.');
    const otherSignature = (await tokens.issue(claims)).split('.')[2];
    for (const forged of [`${header}.${payload}.${otherSignature}`, `${token.slice(0, -4)}AAAA`]) {
      expect(await codeOf(tokens.verify(forged))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token signed with another key (a cache is per signing key)', async () => {
    const { clock, tokens } = setUp();
    const foreign = await new AccessTokens(generateSigningKeys(), clock, TTL_SECONDS).issue(claims);
    expect(await codeOf(tokens.verify(foreign))).toBe('UNAUTHENTICATED');
  });
});

describe('VerifiedTokens', () => {
  const entry = (accountId: string) => ({ accountId, familyId: 'sid', expiresAtSeconds: 1 });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const cache = new VerifiedTokens(2);
    cache.remember('a', entry('A'));
    cache.remember('b', entry('B'));
    expect(cache.get('a')?.accountId).toBe('A');
    cache.remember('c', entry('C'));
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.accountId).toBe('A');
    expect(cache.get('c')?.accountId).toBe('C');
    cache.forget('a');
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('through the API', () => {
  const context = usePlatform({ now: NOW });
  const api = createApi();

  async function signIn(): Promise<Session> {
    const code = context.platform.wechat.issueLoginCode('o_token_cache');
    return jsonOf<Session>(await api.post('/v1/auth/wechat-login', { code }));
  }

  /** 200, or the error code /v1/me answers with for the token. */
  async function meWith(session: Session): Promise<number | string> {
    const exchange = await api.get('/v1/me', { token: session.accessToken });
    return exchange.status === 200 ? 200 : errorOf(exchange).code;
  }

  /** What /v1/me answers with the token `msAfterRefusal` ms after it should first be refused. */
  async function meAround(session: Session, msAfterRefusal: number): Promise<number | string> {
    context.platform.clock.set(Date.parse(NOW) + session.expiresIn * 1000 + LEEWAY_MS + msAfterRefusal);
    return meWith(session);
  }

  it('expires a used token at exp plus the leeway on the mock clock: TOKEN_EXPIRED', async () => {
    const session = await signIn();
    expect(await meWith(session)).toBe(200);
    expect(await meAround(session, -1)).toBe(200);
    expect(await meAround(session, 0)).toBe('TOKEN_EXPIRED');
  });

  it('signs out as the contract says: the refresh token is refused, the access token runs out on its own', async () => {
    const session = await signIn();
    expect(await meWith(session)).toBe(200);
    expect((await api.post('/v1/auth/logout', { refreshToken: session.refreshToken })).status).toBe(204);
    expect(errorOf(await api.post('/v1/auth/refresh', { refreshToken: session.refreshToken })).code).toBe(
      'INVALID_REFRESH_TOKEN',
    );
    expect(await meWith(session)).toBe(200);
    expect(await meAround(session, 0)).toBe('TOKEN_EXPIRED');
  });

  it('refuses a remembered token after a reset (new signing key)', async () => {
    const session = await signIn();
    expect(await meWith(session)).toBe(200);
    context.platform.reset();
    expect(await meWith(session)).toBe('UNAUTHENTICATED');
  });
});

it('a platform made with a short token life expires its remembered tokens by that life', async () => {
  const platform = createPlatform({ now: NOW, frozenClock: true, accessTokenTtlSeconds: 60 });
  const session = await platform.store.auth.loginWithWechatCode(platform.wechat.issueLoginCode());
  await expect(platform.store.auth.authenticate(session.accessToken)).resolves.toBe(session.account.id);
  platform.clock.advance(60_000 + LEEWAY_MS);
  expect(await codeOf(platform.store.auth.authenticate(session.accessToken))).toBe('TOKEN_EXPIRED');
});
