import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { toShanghaiIso } from '@yika/sdk/domain';
import type { Card, CardCodeVerification, DynamicCardCode, Session } from '../src/contract/wire';
import { DEMO_OPENID } from '../src/store/seed/residents';
import { createApi, errorOf, jsonOf, type CallOptions, type Exchange } from './support/api';
import { adultApplication, apply, signIn, type Resident } from './support/cards';
import { usePlatform } from './support/msw';

const context = usePlatform({ now: '2026-11-23T08:00:00+08:00' });
const api = createApi();
const SECOND = 1000;

let demo: Resident;
let card: Card;

beforeEach(async () => {
  demo = await signIn(api, context.platform, DEMO_OPENID);
  card = jsonOf<{ data: Card[] }>(await api.get('/v1/cards', { token: demo.token })).data[0]!;
});

const hospitals = () => context.platform.store.hospitals.all();
const keyOf = (hospitalId: string): CallOptions => ({
  headers: { 'X-Yika-Hospital-Key': context.platform.hospitalKey(hospitalId) },
});

async function issue(ref = card.id, resident = demo): Promise<DynamicCardCode> {
  return jsonOf<DynamicCardCode>(
    await api.post(`/v1/cards/${ref}/dynamic-codes`, undefined, { token: resident.token }),
  );
}

function verify(qrText: string, options: CallOptions = keyOf(hospitals()[0]!.id)): Promise<Exchange> {
  return api.post('/v1/card-codes/verify', { qrText }, options);
}

const validityOf = (qrText: string) => qrText.split(':')[2]!;

async function expectRefused(qrText: string, code: string): Promise<void> {
  const refused = await verify(qrText);
  expect([refused.status, errorOf(refused).code]).toEqual([code === 'CARD_SUSPENDED' ? 409 : 422, code]);
}

describe('dynamic card codes', () => {
  it('are `<cardId>:0:<JWS>`: ES256, typ yika-card-code+jwt, sub = card ID, 60 s, verifiable with the JWKS', async () => {
    const code = await issue();
    expect(code.ttlSeconds).toBe(60);
    expect(code.refreshAfterSeconds).toBe(50);
    expect(code.qrText.startsWith(`${card.cardId}:0:`)).toBe(true);
    const jws = validityOf(code.qrText);
    const jwks = await context.platform.jwks();
    expect(decodeProtectedHeader(jws)).toEqual({
      alg: 'ES256',
      kid: jwks.keys[0]!.kid,
      typ: 'yika-card-code+jwt',
    });
    const claims = decodeJwt(jws);
    expect(claims).toEqual({
      iss: 'https://platform.yika.local',
      sub: card.cardId,
      iat: expect.any(Number),
      exp: claims.iat! + 60,
      jti: expect.any(String),
    });
    expect(code.expiresAt).toBe(toShanghaiIso(claims.exp! * SECOND));
    // Offline, with only the published keys (what @yika/sdk/verify does).
    await expect(
      jwtVerify(jws, createLocalJWKSet(jwks), {
        algorithms: ['ES256'],
        typ: 'yika-card-code+jwt',
        currentDate: new Date(context.platform.clock.now()),
      }),
    ).resolves.toBeDefined();
    // Every code is new: two codes a moment apart differ.
    expect((await issue()).qrText).not.toBe(code.qrText);
  });

  it('verify online now, within the 5 s leeway after expiry, and are refused after it (by the platform clock)', async () => {
    const code = await issue();
    const expiresAtMs = decodeJwt(validityOf(code.qrText)).exp! * SECOND;
    const verified = jsonOf<CardCodeVerification>(await verify(code.qrText));
    expect(verified).toMatchObject({ codeKind: 'dynamic', cardId: card.cardId, expiresAt: code.expiresAt });
    context.platform.clock.set(expiresAtMs + 4 * SECOND);
    expect((await verify(code.qrText)).status).toBe(200);
    context.platform.clock.set(expiresAtMs + 6 * SECOND);
    await expectRefused(code.qrText, 'CARD_CODE_EXPIRED');
    // A fresh code works again.
    expect((await verify((await issue()).qrText)).status).toBe(200);
  });

  it('refuse altered codes: payload, signature, or a valid validity moved to another card', async () => {
    const code = await issue();
    const [header, payload, signature] = validityOf(code.qrText).split('.') as [string, string, string];
    const claims = decodeJwt(validityOf(code.qrText));
    const longer = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp! + 3600 })).toString('base64url');
    await expectRefused(`${card.cardId}:0:${header}.${longer}.${signature}`, 'CARD_CODE_INVALID');
    const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
    await expectRefused(`${card.cardId}:0:${header}.${payload}.${flipped}`, 'CARD_CODE_INVALID');
    const [, parent] = jsonOf<{ data: Card[] }>(await api.get('/v1/cards', { token: demo.token })).data;
    await expectRefused(`${parent!.cardId}:0:${validityOf(code.qrText)}`, 'CARD_CODE_INVALID');
    await expectRefused(`${card.cardId}:0:not-a-jws`, 'CARD_CODE_INVALID');
  });

  it('refuse forgeries: another key (same or unknown kid), an access token, an unsigned token', async () => {
    const { kid } = (await context.platform.jwks()).keys[0]!;
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const now = Math.floor(context.platform.clock.now() / SECOND);
    const forge = (headerKid: string) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid: headerKid, typ: 'yika-card-code+jwt' })
        .setIssuer('https://platform.yika.local')
        .setSubject(card.cardId)
        .setIssuedAt(now)
        .setExpirationTime(now + 60)
        .setJti('cc_forged')
        .sign(privateKey);
    await expectRefused(`${card.cardId}:0:${await forge(kid)}`, 'CARD_CODE_INVALID');
    await expectRefused(`${card.cardId}:0:${await forge('some-other-kid')}`, 'CARD_CODE_INVALID');
    // Signed by the platform's own key, but an access token (typ at+jwt) is no card code.
    const session = jsonOf<Session>(
      await api.post('/v1/auth/wechat-login', { code: context.platform.wechat.issueLoginCode(DEMO_OPENID) }),
    );
    await expectRefused(`${card.cardId}:0:${session.accessToken}`, 'CARD_CODE_INVALID');
    const unsigned = [
      Buffer.from(JSON.stringify({ alg: 'none', typ: 'yika-card-code+jwt' })).toString('base64url'),
      Buffer.from(
        JSON.stringify({
          iss: 'https://platform.yika.local',
          sub: card.cardId,
          iat: now,
          exp: now + 60,
          jti: 'x',
        }),
      ).toString('base64url'),
      '',
    ].join('.');
    await expectRefused(`${card.cardId}:0:${unsigned}`, 'CARD_CODE_INVALID');
    // A platform reset rotates the key: earlier codes stop verifying.
    const code = await issue();
    context.platform.reset();
    const fresh = await signIn(api, context.platform, DEMO_OPENID);
    expect(fresh.accountId).toBe(demo.accountId);
    await expectRefused(code.qrText, 'CARD_CODE_INVALID');
  });

  it('refuse text that is not a card code in the national layout: CARD_CODE_MALFORMED', async () => {
    for (const text of [
      'hello',
      card.cardId,
      `${card.cardId}:2`,
      `${card.cardId.toLowerCase()}:1`,
      `${card.cardId.slice(1)}:1`,
      `${card.cardId}:0:`,
      `${card.cardId}:1:extra`,
      `https://example.com/${card.cardId}:1`,
    ]) {
      await expectRefused(text, 'CARD_CODE_MALFORMED');
    }
  });
});

describe('static codes and the master patient index', () => {
  it('gives each hospital its own stable patient number for the card', async () => {
    const [first, second] = hospitals();
    const atFirst = jsonOf<CardCodeVerification>(await verify(card.staticQrText, keyOf(first!.id)));
    expect(atFirst).toMatchObject({
      codeKind: 'static',
      cardId: card.cardId,
      state: 'normal',
      attribute: card.attribute,
      holder: card.holder,
      hospitalId: first!.id,
      patientNumber: expect.stringMatching(/^H\d{2}\d{8}$/),
      patientNumberCreated: true,
    });
    expect(atFirst).not.toHaveProperty('expiresAt');
    const atSecond = jsonOf<CardCodeVerification>(await verify((await issue()).qrText, keyOf(second!.id)));
    expect(atSecond.patientNumberCreated).toBe(true);
    expect(atSecond.patientNumber).not.toBe(atFirst.patientNumber);

    // Stable: the static and the dynamic code, at either hospital, keep giving the same numbers.
    for (const [hospital, expected] of [
      [first!, atFirst.patientNumber],
      [second!, atSecond.patientNumber],
    ] as const) {
      for (const qrText of [card.staticQrText, (await issue()).qrText]) {
        const again = jsonOf<CardCodeVerification>(await verify(qrText, keyOf(hospital.id)));
        expect([again.patientNumber, again.patientNumberCreated]).toEqual([expected, false]);
      }
    }
    // Another person at the first hospital gets another number there.
    const [, parent] = jsonOf<{ data: Card[] }>(await api.get('/v1/cards', { token: demo.token })).data;
    const parentAtFirst = jsonOf<CardCodeVerification>(await verify(parent!.staticQrText, keyOf(first!.id)));
    expect(parentAtFirst.patientNumber).not.toBe(atFirst.patientNumber);
    expect(parentAtFirst.patientNumber.slice(0, 3)).toBe(atFirst.patientNumber.slice(0, 3));
  });

  it('refuses a static code of a card the platform never issued: CARD_CODE_INVALID', async () => {
    await expectRefused(`${'A'.repeat(64)}:1`, 'CARD_CODE_INVALID');
  });

  it('keeps idempotency keys per hospital: the same key at two hospitals runs twice', async () => {
    const [first, second] = hospitals();
    const withKey = (hospitalId: string): CallOptions => ({
      ...keyOf(hospitalId),
      idempotencyKey: 'scan-0000001',
    });
    const a = jsonOf<CardCodeVerification>(await verify(card.staticQrText, withKey(first!.id)));
    const b = jsonOf<CardCodeVerification>(await verify(card.staticQrText, withKey(second!.id)));
    expect([a.hospitalId, b.hospitalId]).toEqual([first!.id, second!.id]);
    const replay = await verify(card.staticQrText, withKey(first!.id));
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });
});

describe('hospital keys', () => {
  it('are required: missing, unknown or a resident token instead is 401 UNAUTHENTICATED', async () => {
    for (const options of [
      {},
      { headers: { 'X-Yika-Hospital-Key': 'hk_not_a_real_key' } },
      { headers: { 'X-Yika-Hospital-Key': '' } },
      { token: demo.token },
    ] satisfies CallOptions[]) {
      const refused = await verify(card.staticQrText, options);
      expect([refused.status, errorOf(refused).code]).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  it('name the hospital; one key per hospital, new on reset', () => {
    const keys = context.platform.hospitalKeys();
    expect(keys.map((entry) => entry.hospitalId).sort()).toEqual(
      hospitals()
        .map((hospital) => hospital.id)
        .sort(),
    );
    expect(new Set(keys.map((entry) => entry.key)).size).toBe(keys.length);
    const before = context.platform.hospitalKey(keys[0]!.hospitalId);
    context.platform.reset();
    expect(context.platform.hospitalKey(keys[0]!.hospitalId)).not.toBe(before);
    expect(() => context.platform.hospitalKey('hos_missing')).toThrow(RangeError);
  });
});

describe('suspended cards', () => {
  it('issue no dynamic code and do not verify (CARD_SUSPENDED), until restored', async () => {
    const issuedBefore = await issue();
    context.platform.store.cards.setState(card.cardId, 'suspended');
    const refused = await api.post(`/v1/cards/${card.id}/dynamic-codes`, undefined, { token: demo.token });
    expect([refused.status, errorOf(refused).code]).toEqual([409, 'CARD_SUSPENDED']);
    await expectRefused(card.staticQrText, 'CARD_SUSPENDED');
    await expectRefused(issuedBefore.qrText, 'CARD_SUSPENDED');
    expect(jsonOf<Card>(await api.get(`/v1/cards/${card.id}`, { token: demo.token })).state).toBe(
      'suspended',
    );
    context.platform.store.cards.setState(card.cardId, 'normal');
    expect((await verify((await issue()).qrText)).status).toBe(200);
  });

  it('a new card gets codes at once', async () => {
    const resident = await signIn(api, context.platform, 'o_codes_new');
    const created = jsonOf<{ card: Card }>(
      await apply(api, context.platform, resident, adultApplication({ relation: 'self' })),
    ).card;
    const verified = jsonOf<CardCodeVerification>(await verify((await issue(created.id, resident)).qrText));
    expect(verified).toMatchObject({ cardId: created.cardId, attribute: 'temporary' });
  });
});
