// The token endpoint (client credentials with private_key_jwt): a good assertion gets an app token, and
// each way an assertion can be wrong is refused as INVALID_CLIENT with its reason, on the platform clock.
import { createPublicKey, generateKeyPairSync, type JsonWebKey as NodeJwk } from 'node:crypto';
import { base64url, importJWK, SignJWT, type JWK } from 'jose';
import { setupServer } from 'msw/node';
import { createPlatform, TEST_HOSPITAL_APP_ID, type Platform, type TestApp } from '../src';

const BASE_URL = 'http://platform.test';
const TOKEN_URL = `${BASE_URL}/v1/oauth/token`;
const server = setupServer();
let platform: Platform;
let app: TestApp;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  platform = createPlatform({
    seed: 1,
    now: '2026-11-23T09:00:00+08:00',
    frozenClock: true,
    validateResponses: true,
  });
  server.resetHandlers(...platform.handlers);
  app = platform.apps.testApps().find((candidate) => candidate.clientId === TEST_HOSPITAL_APP_ID)!;
});

const nowSeconds = () => Math.floor(platform.clock.now() / 1000);
let jtiCounter = 0;

interface AssertionOverrides {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  iat?: number;
  exp?: number | null;
  nbf?: number;
  jti?: string | null;
  kid?: string;
  privateJwk?: JWK;
}

async function assertion(overrides: AssertionOverrides = {}): Promise<string> {
  const iat = overrides.iat ?? nowSeconds();
  const claims: Record<string, unknown> = {
    iss: overrides.iss ?? app.clientId,
    sub: overrides.sub ?? app.clientId,
    aud: overrides.aud ?? TOKEN_URL,
    iat,
    jti: overrides.jti === undefined ? `jti-${++jtiCounter}` : overrides.jti,
  };
  if (overrides.exp !== null) claims.exp = overrides.exp ?? iat + 60;
  if (overrides.nbf !== undefined) claims.nbf = overrides.nbf;
  if (claims.jti === null) delete claims.jti;
  const key = await importJWK(overrides.privateJwk ?? app.privateJwk, 'ES256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: overrides.kid ?? app.kid }).sign(key);
}

function requestToken(clientAssertion: string, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: clientAssertion,
      ...extra,
    }).toString(),
  });
}

async function expectRefused(response: Response, issue: string): Promise<void> {
  const body = (await response.json()) as { error: { code: string; details?: { issue: string }[] } };
  expect([response.status, body.error.code, body.error.details?.[0]?.issue]).toEqual([
    401,
    'INVALID_CLIENT',
    issue,
  ]);
}

describe('POST /v1/oauth/token', () => {
  it('answers an app token in RFC 6749 shape for a good assertion, never cached', async () => {
    const response = await requestToken(await assertion());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const token = (await response.json()) as Record<string, unknown>;
    expect(token).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 600,
      scope: 'hospital',
    });
  });

  it('accepts the platform issuer as audience, and client_id only when it is the assertion’s issuer', async () => {
    expect((await requestToken(await assertion({ aud: 'https://platform.yika.local' }))).status).toBe(200);
    await expectRefused(await requestToken(await assertion(), { client_id: 'someone_else' }), 'client_id');
    expect((await requestToken(await assertion(), { client_id: app.clientId })).status).toBe(200);
  });

  it('refuses a bad signature (another key under the app’s kid)', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      format: 'jwk',
    }) as JWK;
    await expectRefused(await requestToken(await assertion({ privateJwk: other })), 'signature');
    const [header, payload, signature] = (await assertion()).split('.');
    const altered = base64url.encode(
      JSON.stringify({
        ...JSON.parse(new TextDecoder().decode(base64url.decode(payload!))),
        sub: app.clientId,
        jti: 'x',
      }),
    );
    await expectRefused(await requestToken(`${header}.${altered}.${signature}`), 'signature');
  });

  it('refuses a wrong iss, sub or aud, and an unknown client or kid', async () => {
    await expectRefused(
      await requestToken(await assertion({ iss: 'app_nobody', sub: 'app_nobody' })),
      'unknown_client',
    );
    await expectRefused(await requestToken(await assertion({ sub: 'app_test_third_party' })), 'subject');
    await expectRefused(
      await requestToken(await assertion({ aud: 'https://elsewhere.example/token' })),
      'audience',
    );
    await expectRefused(await requestToken(await assertion({ kid: 'no-such-key' })), 'unknown_key');
    // Signed with the hospital app's key but claiming to be the third-party app: its key does not verify it.
    await expectRefused(
      await requestToken(
        await assertion({
          iss: 'app_test_third_party',
          sub: 'app_test_third_party',
          kid: 'app_test_third_party-key-1',
        }),
      ),
      'signature',
    );
  });

  it('refuses an expired assertion, one living over 5 minutes, one from the future, and one without exp or jti', async () => {
    const signed = await assertion({ exp: nowSeconds() + 60 });
    platform.clock.advance(91_000); // past exp plus the 30 s leeway
    await expectRefused(await requestToken(signed), 'expired');
    await expectRefused(await requestToken(await assertion({ exp: nowSeconds() + 301 })), 'lifetime');
    expect((await requestToken(await assertion({ exp: nowSeconds() + 300 }))).status).toBe(200);
    await expectRefused(
      await requestToken(await assertion({ iat: nowSeconds() + 120, exp: nowSeconds() + 180 })),
      'not_yet_valid',
    );
    await expectRefused(await requestToken(await assertion({ nbf: nowSeconds() + 120 })), 'not_yet_valid');
    expect((await requestToken(await assertion({ iat: nowSeconds() + 20 }))).status).toBe(200); // within leeway
    await expectRefused(await requestToken(await assertion({ exp: null })), 'missing_claim');
    await expectRefused(await requestToken(await assertion({ jti: null })), 'missing_claim');
  });

  it('refuses a replayed jti while it could be valid, and forgets it after', async () => {
    const first = await assertion({ jti: 'once', exp: nowSeconds() + 60 });
    expect((await requestToken(first)).status).toBe(200);
    await expectRefused(await requestToken(first), 'replayed');
    await expectRefused(await requestToken(await assertion({ jti: 'once' })), 'replayed');
    platform.clock.advance(95_000);
    expect((await requestToken(await assertion({ jti: 'once' }))).status).toBe(200);
  });

  it('refuses alg none and HS256 keyed with the app’s public key', async () => {
    const encode = (value: object) => base64url.encode(JSON.stringify(value));
    const claims = {
      iss: app.clientId,
      sub: app.clientId,
      aud: TOKEN_URL,
      iat: nowSeconds(),
      exp: nowSeconds() + 60,
      jti: 'unsigned',
    };
    await expectRefused(
      await requestToken(`${encode({ alg: 'none', kid: app.kid })}.${encode(claims)}.`),
      'algorithm',
    );
    const { d: _private, ...publicJwk } = app.privateJwk;
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
    const hs256 = await new SignJWT({ ...claims, jti: 'hmac' })
      .setProtectedHeader({ alg: 'HS256', kid: app.kid })
      .sign(secret);
    await expectRefused(await requestToken(hs256), 'algorithm');
    // The classic confusion attack: the public key's PEM text as the HMAC secret.
    const pem = new TextEncoder().encode(
      createPublicKey({ key: publicJwk as NodeJwk, format: 'jwk' })
        .export({ type: 'spki', format: 'pem' })
        .toString(),
    );
    const hs256Pem = await new SignJWT({ ...claims, jti: 'hmac2' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(pem);
    await expectRefused(await requestToken(hs256Pem), 'algorithm');
  });

  it('refuses another grant type, a scope the app lacks, and a JSON body', async () => {
    const wrongGrant = await requestToken(await assertion(), { grant_type: 'password' });
    expect(wrongGrant.status).toBe(400);
    const thirdParty = platform.apps.testApps().find((candidate) => candidate.kind === 'third_party')!;
    const key = await importJWK(thirdParty.privateJwk, 'ES256');
    const signed = await new SignJWT({ jti: 'tp-1' })
      .setProtectedHeader({ alg: 'ES256', kid: thirdParty.kid })
      .setIssuer(thirdParty.clientId)
      .setSubject(thirdParty.clientId)
      .setAudience(TOKEN_URL)
      .setIssuedAt(nowSeconds())
      .setExpirationTime(nowSeconds() + 60)
      .sign(key);
    const scoped = await requestToken(signed, { scope: 'hospital' });
    expect([scoped.status, ((await scoped.json()) as { error: { code: string } }).error.code]).toEqual([
      400,
      'INVALID_SCOPE',
    ]);
    const json = await fetch(TOKEN_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(json.status).toBe(400);
  });
});

describe('malformed token requests', () => {
  it('answers 400 VALIDATION_FAILED for a wrong content type, an empty body, unknown, missing or repeated fields', async () => {
    const post = (body: string, contentType = 'application/x-www-form-urlencoded') =>
      fetch(TOKEN_URL, { method: 'POST', headers: { 'Content-Type': contentType }, body });
    const good = new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await assertion(),
    }).toString();
    for (const response of [
      await post(good, 'text/plain'),
      await post(''),
      await post(`${good}&extra=1`),
      await post('grant_type=client_credentials'),
      await post(`${good}&grant_type=client_credentials`),
      await post(`${good.replace('jwt-bearer', 'saml2-bearer')}`),
      await post('%%%'),
    ]) {
      const body = (await response.json()) as { error: { code: string } };
      expect([response.status, body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
  });
});

describe('registering an app', () => {
  it('registers an app with its public key, which then signs in; refuses private keys and bad kinds', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const publicJwk = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid: 'rsa-1' };
    const hospitalId = platform.hospitalKeys()[1]!.hospitalId;
    const registered = platform.apps.register({
      clientId: 'app_his_2',
      kind: 'hospital',
      hospitalId,
      keys: [publicJwk as never],
    });
    expect(registered).toMatchObject({
      clientId: 'app_his_2',
      kind: 'hospital',
      hospitalId,
      scopes: ['hospital'],
    });
    const signed = await new SignJWT({ jti: 'rsa-jti' })
      .setProtectedHeader({ alg: 'PS256', kid: 'rsa-1' })
      .setIssuer('app_his_2')
      .setSubject('app_his_2')
      .setAudience(TOKEN_URL)
      .setIssuedAt(nowSeconds())
      .setExpirationTime(nowSeconds() + 60)
      .sign(privateKey);
    expect((await requestToken(signed)).status).toBe(200);
    expect(() => platform.apps.register({ kind: 'hospital', hospitalId, keys: [app.privateJwk] })).toThrow(
      RangeError,
    );
    expect(() =>
      platform.apps.register({ kind: 'third_party', keys: [publicJwk as never], scopes: ['hospital'] }),
    ).toThrow(RangeError);
  });
});
