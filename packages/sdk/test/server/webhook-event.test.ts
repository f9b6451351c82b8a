import { base64url, createLocalJWKSet, type JSONWebKeySet, SignJWT } from 'jose';
import { http, HttpResponse } from 'msw';
import { PLATFORM_ISSUER, verifyWebhookEvent } from '../../src/entries/server';
import { type SigningKey, signingKey } from '../support/cards';
import { useMockServer } from '../support/server';
import { outcomeOf } from '../support/outcome';

const server = useMockServer();

const NOW = Date.UTC(2026, 10, 23, 0, 0, 0); // 2026-11-23T08:00:00+08:00
const IAT = NOW / 1000;
const WEBHOOK_ID = 'whk_1';
const DATA = {
  reportId: 'rpt_1',
  hospitalId: 'hos_1',
  patientNumber: 'P0001234',
  reportType: 'lab',
  reportedAt: '2026-11-23T07:58:00+08:00',
};

let platformKey: SigningKey;
let impostorKey: SigningKey; // claims the platform's kid
let unpublishedKey: SigningKey;

beforeAll(async () => {
  [platformKey, impostorKey, unpublishedKey] = await Promise.all([
    signingKey('k1'),
    signingKey('k1'),
    signingKey('k9'),
  ]);
});

interface EventFaults {
  key?: SigningKey;
  typ?: string | null;
  iss?: string;
  aud?: string;
  iat?: number;
  exp?: number;
  jti?: string | null;
  claims?: Record<string, unknown>;
}

/** An event as the platform signs it (ES256, typ yika-event+jwt, exp = iat + 300), with faults. */
async function signEvent(faults: EventFaults = {}): Promise<string> {
  const key = faults.key ?? platformKey;
  const iat = faults.iat ?? IAT;
  const header: { alg: string; kid: string; typ?: string } = { alg: 'ES256', kid: key.kid };
  if (faults.typ !== null) header.typ = faults.typ ?? 'yika-event+jwt';
  const jwt = new SignJWT({ type: 'report.ready', data: DATA, ...faults.claims })
    .setProtectedHeader(header)
    .setIssuer(faults.iss ?? PLATFORM_ISSUER)
    .setAudience(faults.aud ?? WEBHOOK_ID)
    .setIssuedAt(iat)
    .setExpirationTime(faults.exp ?? iat + 300);
  if (faults.jti !== null) jwt.setJti(faults.jti ?? 'evt_1');
  return jwt.sign(key.privateKey);
}

function verifyAt(nowMs: number, body: string, options: { clockToleranceSeconds?: number } = {}) {
  return verifyWebhookEvent(body, {
    jwks: platformKey.jwks,
    audience: WEBHOOK_ID,
    now: () => nowMs,
    ...options,
  });
}

describe('verifyWebhookEvent', () => {
  it('accepts a fresh report.ready and returns the typed event', async () => {
    await expect(verifyAt(NOW + 2_000, `${await signEvent()}\r\n`)).resolves.toEqual({
      id: 'evt_1',
      type: 'report.ready',
      data: DATA,
      issuedAt: '2026-11-23T08:00:00+08:00',
      expiresAt: '2026-11-23T08:05:00+08:00',
    });
  });

  it('refuses a changed payload and a changed signature', async () => {
    const [header, payload, sig] = (await signEvent()).split('.') as [string, string, string];
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as { data: typeof DATA };
    claims.data.patientNumber = 'P9999999';
    const otherPayload = base64url.encode(JSON.stringify(claims));
    const flipped = `${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`;
    expect(await outcomeOf(verifyAt(NOW, `${header}.${otherPayload}.${sig}`))).toBe(
      'WEBHOOK_SIGNATURE_INVALID',
    );
    expect(await outcomeOf(verifyAt(NOW, `${header}.${payload}.${flipped}`))).toBe(
      'WEBHOOK_SIGNATURE_INVALID',
    );
    expect(await outcomeOf(verifyAt(NOW, 'not-a-jws'))).toBe('WEBHOOK_SIGNATURE_INVALID');
  });

  it('refuses a key that is not the published one: same kid, or an unknown kid', async () => {
    expect(await outcomeOf(verifyAt(NOW, await signEvent({ key: impostorKey })))).toBe(
      'WEBHOOK_SIGNATURE_INVALID',
    );
    expect(await outcomeOf(verifyAt(NOW, await signEvent({ key: unpublishedKey })))).toBe(
      'WEBHOOK_SIGNATURE_INVALID',
    );
  });

  it('refuses alg none and HS256 (only ES256 is allowed)', async () => {
    const encode = (value: object) => base64url.encode(JSON.stringify(value));
    const claims = {
      iss: PLATFORM_ISSUER,
      aud: WEBHOOK_ID,
      iat: IAT,
      exp: IAT + 300,
      jti: 'evt_1',
      type: 'report.ready',
      data: DATA,
    };
    const unsigned = `${encode({ alg: 'none', typ: 'yika-event+jwt' })}.${encode(claims)}.`;
    // HS256 "signed" with the public key's text: the classic algorithm-confusion forgery.
    const hs256 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'yika-event+jwt', kid: 'k1' })
      .sign(new TextEncoder().encode(JSON.stringify(platformKey.jwks.keys[0])));
    expect(await outcomeOf(verifyAt(NOW, unsigned))).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(await outcomeOf(verifyAt(NOW, hs256))).toBe('WEBHOOK_SIGNATURE_INVALID');
  });

  describe('time (exp = iat + 300, 30 s leeway by default)', () => {
    it.each([
      [329_999, 'ok', 'within the leeway after exp'],
      [330_000, 'WEBHOOK_EXPIRED', 'leeway used up'],
      [-29_000, 'ok', 'issued slightly in the future, within the leeway'],
      [-31_000, 'WEBHOOK_CLAIMS_INVALID', 'not yet valid: issued in the future'],
    ])('%i ms after iat: %s (%s)', async (offset, expected) => {
      expect(await outcomeOf(verifyAt(NOW + offset, await signEvent()))).toBe(expected);
    });

    it('honours a smaller leeway, and refuses an event that claims a longer life than 5 minutes', async () => {
      expect(await outcomeOf(verifyAt(NOW + 300_001, await signEvent(), { clockToleranceSeconds: 0 }))).toBe(
        'WEBHOOK_EXPIRED',
      );
      const longLived = await signEvent({ exp: IAT + 3600 });
      expect(await outcomeOf(verifyAt(NOW + 400_000, longLived))).toBe('WEBHOOK_EXPIRED');
    });
  });

  it.each([
    ['another webhook (audience)', { aud: 'whk_2' }],
    ['another issuer', { iss: 'https://evil.example' }],
    ['an access token (typ at+jwt)', { typ: 'at+jwt' }],
    ['a card code (typ yika-card-code+jwt)', { typ: 'yika-card-code+jwt' }],
    ['no typ', { typ: null }],
    ['no jti', { jti: null }],
    ['data without the patient number', { claims: { data: { ...DATA, patientNumber: undefined } } }],
    ['an unknown report type', { claims: { data: { ...DATA, reportType: 'pathology' } } }],
  ] as [string, EventFaults][])('refuses %s with WEBHOOK_CLAIMS_INVALID', async (_, faults) => {
    expect(await outcomeOf(verifyAt(NOW, await signEvent(faults)))).toBe('WEBHOOK_CLAIMS_INVALID');
  });

  it('refuses a signed event of an unknown type with WEBHOOK_EVENT_UNKNOWN', async () => {
    const body = await signEvent({ claims: { type: 'report.deleted' } });
    expect(await outcomeOf(verifyAt(NOW, body))).toBe('WEBHOOK_EVENT_UNKNOWN');
    // Forged or late first: the type is only looked at once the signature and claims hold.
    expect(await outcomeOf(verifyAt(NOW, await signEvent({ key: impostorKey, claims: { type: 'x' } })))).toBe(
      'WEBHOOK_SIGNATURE_INVALID',
    );
    expect(await outcomeOf(verifyAt(NOW + 400_000, body))).toBe('WEBHOOK_EXPIRED');
  });

  it('takes a getKey resolver and an issuer of another platform', async () => {
    const body = await signEvent({ iss: 'https://platform.other.example' });
    const getKey = createLocalJWKSet(platformKey.jwks as JSONWebKeySet);
    await expect(
      verifyWebhookEvent(body, {
        getKey,
        audience: WEBHOOK_ID,
        issuer: 'https://platform.other.example',
        now: () => NOW,
      }),
    ).resolves.toMatchObject({ id: 'evt_1' });
  });

  it('fetches a JWKS URL once for many deliveries, and reports an unreachable one as a NetworkError', async () => {
    const jwksUrl = 'http://platform.test/v1/.well-known/jwks.json';
    let fetches = 0;
    server.use(
      http.get(jwksUrl, () => {
        fetches += 1;
        return HttpResponse.json(platformKey.jwks);
      }),
      http.get('http://down.test/jwks.json', () => HttpResponse.error()),
    );
    for (const jti of ['evt_1', 'evt_2']) {
      await expect(
        verifyWebhookEvent(await signEvent({ jti }), { jwksUrl, audience: WEBHOOK_ID, now: () => NOW }),
      ).resolves.toMatchObject({ id: jti });
    }
    expect(fetches).toBe(1);
    await expect(
      verifyWebhookEvent(await signEvent(), {
        jwksUrl: 'http://down.test/jwks.json',
        audience: WEBHOOK_ID,
        now: () => NOW,
      }),
    ).rejects.toMatchObject({ name: 'NetworkError', code: 'NETWORK_ERROR' });
  });

  it('refuses a configuration that would verify too little', async () => {
    const body = await signEvent();
    await expect(verifyWebhookEvent(body, { jwks: platformKey.jwks, audience: '' })).rejects.toThrow(
      TypeError,
    );
    await expect(verifyWebhookEvent(body, { audience: WEBHOOK_ID })).rejects.toThrow(TypeError);
    await expect(
      verifyWebhookEvent(body, {
        jwks: platformKey.jwks,
        jwksUrl: 'http://platform.test/jwks',
        audience: WEBHOOK_ID,
      }),
    ).rejects.toThrow(TypeError);
    await expect(verifyAt(NOW, body, { clockToleranceSeconds: 61 })).rejects.toThrow(RangeError);
  });
});
