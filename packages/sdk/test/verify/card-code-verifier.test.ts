import { base64url } from 'jose';
import { createCardCodeVerifier } from '../../src/entries/verify';
import { isYikaError } from '../../src/errors';
import {
  CARD_ID,
  OTHER_CARD_ID,
  type SigningKey,
  dynamicQrText,
  signCode,
  signingKey,
} from '../support/cards';

const NOW = Date.UTC(2026, 10, 23, 0, 0, 0); // 2026-11-23T08:00:00+08:00
const ISSUED_AT = Math.floor(NOW / 1000);

let platformKey: SigningKey;
let impostorKey: SigningKey; // another key pair that claims the platform's kid
let otherKey: SigningKey; // a key pair with a kid the platform never published

beforeAll(async () => {
  [platformKey, impostorKey, otherKey] = await Promise.all([
    signingKey('k1'),
    signingKey('k1'),
    signingKey('k9'),
  ]);
});

function verifierAt(nowMs: number, clockToleranceSeconds?: number) {
  return createCardCodeVerifier({ jwks: platformKey.jwks, now: () => nowMs, clockToleranceSeconds });
}

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (!isYikaError(error)) throw error;
    return { code: error.code, message: error.message };
  }
  throw new Error('expected the verification to fail');
}

/** Replaces the payload of a compact JWS, keeping header and signature. */
function withPayload(jws: string, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
  change(claims);
  return `${header}.${base64url.encode(JSON.stringify(claims))}.${signature}`;
}

describe('createCardCodeVerifier with a JWKS', () => {
  it('accepts a fresh code and tells the card, its times and the key', async () => {
    const qrText = dynamicQrText(await signCode(platformKey, NOW));
    await expect(verifierAt(NOW + 1_000).verify(qrText)).resolves.toEqual({
      cardId: CARD_ID,
      issuedAt: '2026-11-23T08:00:00+08:00',
      expiresAt: '2026-11-23T08:01:00+08:00',
      keyId: 'k1',
    });
  });

  it("ignores a scanner's trailing CR/LF", async () => {
    const qrText = dynamicQrText(await signCode(platformKey, NOW));
    await expect(verifierAt(NOW).verify(`${qrText}\r\n`)).resolves.toMatchObject({ cardId: CARD_ID });
  });

  describe('expiry (60 s codes, 5 s clock tolerance)', () => {
    it.each([
      [59_999, 'just before exp'],
      [60_000, 'at exp, within tolerance'],
      [64_999, 'the last moment of tolerance'],
    ])('accepts at +%i ms (%s)', async (offset) => {
      const qrText = dynamicQrText(await signCode(platformKey, NOW));
      await expect(verifierAt(NOW + offset).verify(qrText)).resolves.toMatchObject({ cardId: CARD_ID });
    });

    it.each([
      [65_000, 'tolerance used up'],
      [10 * 60_000, 'ten minutes later'],
    ])('refuses at +%i ms (%s) with CARD_CODE_EXPIRED', async (offset) => {
      const qrText = dynamicQrText(await signCode(platformKey, NOW));
      expect(await failureOf(verifierAt(NOW + offset).verify(qrText))).toEqual({
        code: 'CARD_CODE_EXPIRED',
        message: '健康卡二维码已过期，请刷新后重新出示',
      });
    });

    it('applies a smaller tolerance when asked', async () => {
      const qrText = dynamicQrText(await signCode(platformKey, NOW));
      await expect(verifierAt(NOW + 60_999, 1).verify(qrText)).resolves.toMatchObject({ cardId: CARD_ID });
      expect((await failureOf(verifierAt(NOW + 61_000, 1).verify(qrText))).code).toBe('CARD_CODE_EXPIRED');
      expect((await failureOf(verifierAt(NOW + 60_000, 0).verify(qrText))).code).toBe('CARD_CODE_EXPIRED');
    });

    it('refuses a tolerance above 5 s: a long-expired code must not pass', () => {
      expect(() => verifierAt(NOW, 6)).toThrow(RangeError);
      expect(() => verifierAt(NOW, -1)).toThrow(RangeError);
      expect(() => verifierAt(NOW, Number.NaN)).toThrow(RangeError);
    });
  });

  describe('forgeries and alterations: CARD_CODE_INVALID', () => {
    it('a payload extended by hand (a later exp) breaks the signature', async () => {
      const jws = await signCode(platformKey, NOW);
      const extended = withPayload(jws, (claims) => (claims.exp = ISSUED_AT + 3600));
      // Past the original expiry, the altered code would be valid if only the claims were read.
      expect((await failureOf(verifierAt(NOW + 120_000).verify(dynamicQrText(extended)))).code).toBe(
        'CARD_CODE_INVALID',
      );
    });

    it('a payload naming another card breaks the signature', async () => {
      const jws = withPayload(await signCode(platformKey, NOW), (claims) => (claims.sub = OTHER_CARD_ID));
      expect((await failureOf(verifierAt(NOW).verify(dynamicQrText(jws, OTHER_CARD_ID)))).code).toBe(
        'CARD_CODE_INVALID',
      );
    });

    it("another card's genuine code behind this card's ID (sub mismatch)", async () => {
      const genuineForOther = await signCode(platformKey, NOW, { sub: OTHER_CARD_ID });
      await expect(
        verifierAt(NOW).verify(dynamicQrText(genuineForOther, OTHER_CARD_ID)),
      ).resolves.toMatchObject({
        cardId: OTHER_CARD_ID,
      });
      expect((await failureOf(verifierAt(NOW).verify(dynamicQrText(genuineForOther, CARD_ID)))).code).toBe(
        'CARD_CODE_INVALID',
      );
    });

    it('one flipped character in the signature', async () => {
      const jws = await signCode(platformKey, NOW);
      const last = jws.slice(-2, -1) === 'A' ? 'B' : 'A';
      const flipped = `${jws.slice(0, -2)}${last}${jws.slice(-1)}`;
      expect((await failureOf(verifierAt(NOW).verify(dynamicQrText(flipped)))).code).toBe(
        'CARD_CODE_INVALID',
      );
    });

    it("signed by another key that claims the platform's kid", async () => {
      const jws = await signCode(impostorKey, NOW);
      expect((await failureOf(verifierAt(NOW).verify(dynamicQrText(jws)))).code).toBe('CARD_CODE_INVALID');
    });

    it('signed by a key with an unknown kid', async () => {
      const jws = await signCode(otherKey, NOW);
      expect((await failureOf(verifierAt(NOW).verify(dynamicQrText(jws)))).code).toBe('CARD_CODE_INVALID');
    });

    it('without a kid', async () => {
      const jws = await signCode(platformKey, NOW, { kid: null });
      expect((await failureOf(verifierAt(NOW).verify(dynamicQrText(jws)))).code).toBe('CARD_CODE_INVALID');
    });

    it.each([
      ['an access token typ', { typ: 'at+jwt' }],
      ['a plain JWT typ', { typ: 'JWT' }],
      ['another issuer', { iss: 'https://evil.example' }],
    ])('%s, even when properly signed', async (_, claims) => {
      const jws = await signCode(platformKey, NOW, claims);
      expect((await failureOf(verifierAt(NOW).verify(dynamicQrText(jws)))).code).toBe('CARD_CODE_INVALID');
    });

    it('another algorithm (ES384 with a P-384 key under the same kid)', async () => {
      const { generateKeyPair, exportJWK, SignJWT } = await import('jose');
      const pair = await generateKeyPair('ES384', { extractable: true });
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', use: 'sig', alg: 'ES384' };
      const jws = await new SignJWT({})
        .setProtectedHeader({ alg: 'ES384', typ: 'yika-card-code+jwt', kid: 'k1' })
        .setIssuer('https://platform.yika.local')
        .setSubject(CARD_ID)
        .setIssuedAt(ISSUED_AT)
        .setExpirationTime(ISSUED_AT + 60)
        .sign(pair.privateKey);
      const verifier = createCardCodeVerifier({
        jwks: { keys: [...platformKey.jwks.keys, jwk as (typeof platformKey.jwks.keys)[number]] },
        now: () => NOW,
      });
      expect((await failureOf(verifier.verify(dynamicQrText(jws)))).code).toBe('CARD_CODE_INVALID');
    });

    it('alg none (an unsigned token)', async () => {
      const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'yika-card-code+jwt', kid: 'k1' }));
      const payload = base64url.encode(
        JSON.stringify({
          iss: 'https://platform.yika.local',
          sub: CARD_ID,
          iat: ISSUED_AT,
          exp: ISSUED_AT + 60,
        }),
      );
      const unsigned = `${header}.${payload}.`;
      expect((await failureOf(verifierAt(NOW).verify(dynamicQrText(unsigned)))).code).toBe(
        'CARD_CODE_INVALID',
      );
    });

    it('a code without exp (one that would never expire)', async () => {
      const { SignJWT } = await import('jose');
      const jws = await new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', typ: 'yika-card-code+jwt', kid: 'k1' })
        .setIssuer('https://platform.yika.local')
        .setSubject(CARD_ID)
        .setIssuedAt(ISSUED_AT)
        .sign(platformKey.privateKey);
      expect((await failureOf(verifierAt(NOW).verify(dynamicQrText(jws)))).code).toBe('CARD_CODE_INVALID');
    });

    it.each(['not-a-jws', 'a.b.c', 'eyJhbGciOiJFUzI1NiJ9.e30.AAAA'])(
      'a validity part that is not a JWS of ours: %s',
      async (validity) => {
        expect((await failureOf(verifierAt(NOW).verify(`${CARD_ID}:0:${validity}`))).code).toBe(
          'CARD_CODE_INVALID',
        );
      },
    );
  });

  describe('not a dynamic code: CARD_CODE_MALFORMED', () => {
    it('a static code, with a message that it needs the online check', async () => {
      expect(await failureOf(verifierAt(NOW).verify(`${CARD_ID}:1`))).toEqual({
        code: 'CARD_CODE_MALFORMED',
        message: '静态健康卡二维码无法离线核验，请通过平台在线核验',
      });
    });

    it.each([
      '',
      'hello',
      'https://example.com/card',
      `${CARD_ID}`,
      `${CARD_ID}:2`,
      `${CARD_ID}:0:`,
      `${CARD_ID.toLowerCase()}:0:a.b.c`,
      `${CARD_ID.slice(2)}:0:a.b.c`,
    ])('garbage %j', async (text) => {
      expect(await failureOf(verifierAt(NOW).verify(text))).toEqual({
        code: 'CARD_CODE_MALFORMED',
        message: '无法识别的健康卡二维码',
      });
    });

    it('a value that is not text at all', async () => {
      const verify = verifierAt(NOW).verify as (value: unknown) => Promise<unknown>;
      expect((await failureOf(verify(42))).code).toBe('CARD_CODE_MALFORMED');
    });
  });

  it('needs exactly one key source', () => {
    expect(() => createCardCodeVerifier({})).toThrow(TypeError);
    expect(() =>
      createCardCodeVerifier({
        jwks: platformKey.jwks,
        jwksUrl: 'http://platform.test/v1/.well-known/jwks.json',
      }),
    ).toThrow(TypeError);
  });
});
