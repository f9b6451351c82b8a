import { http, HttpResponse } from 'msw';
import { createCardCodeVerifier } from '../../src/entries/verify';
import type { Jwks } from '../../src/types';
import { CARD_ID, type SigningKey, dynamicQrText, signCode, signingKey } from '../support/cards';
import { useMockServer } from '../support/server';
import { outcomeOf } from '../support/outcome';

const server = useMockServer();

const JWKS_URL = 'http://platform.test/v1/.well-known/jwks.json';
const NOW = Date.UTC(2026, 10, 23, 0, 0, 0);

let k1: SigningKey;
let k2: SigningKey;

beforeAll(async () => {
  [k1, k2] = await Promise.all([signingKey('k1'), signingKey('k2')]);
});

afterEach(() => jest.restoreAllMocks());

/** Serves `published()` as the platform's JWKS and records each fetch's channel header. */
function serveJwks(published: () => Jwks): string[] {
  const channels: string[] = [];
  server.use(
    http.get(JWKS_URL, ({ request }) => {
      channels.push(request.headers.get('x-yika-channel') ?? '(none)');
      return HttpResponse.json(published());
    }),
  );
  return channels;
}

const codeOf = (promise: Promise<unknown>) => outcomeOf(promise, true);

describe('createCardCodeVerifier with a JWKS URL', () => {
  it('fetches the keys once (with a channel header the contract requires) and verifies offline after', async () => {
    const fetches = serveJwks(() => k1.jwks);
    const verifier = createCardCodeVerifier({ jwksUrl: JWKS_URL, now: () => NOW, channel: 'kiosk' });
    const first = dynamicQrText(await signCode(k1, NOW));
    const second = dynamicQrText(await signCode(k1, NOW + 1_000));
    await expect(verifier.verify(first)).resolves.toMatchObject({ cardId: CARD_ID, keyId: 'k1' });
    await expect(verifier.verify(second)).resolves.toMatchObject({ cardId: CARD_ID });
    expect(fetches).toEqual(['kiosk']);
  });

  it('sends the hospital-app channel by default', async () => {
    const fetches = serveJwks(() => k1.jwks);
    const verifier = createCardCodeVerifier({ jwksUrl: JWKS_URL, now: () => NOW });
    await verifier.verify(dynamicQrText(await signCode(k1, NOW)));
    expect(fetches).toEqual(['hospital-app']);
  });

  it('follows a key rotation: an unknown kid fetches the keys again, at most once per 30 s', async () => {
    let published = k1.jwks;
    const fetches = serveJwks(() => published);
    let wallClock = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => wallClock); // jose's cache timing
    const verifier = createCardCodeVerifier({ jwksUrl: JWKS_URL, now: () => NOW });
    await verifier.verify(dynamicQrText(await signCode(k1, NOW)));

    // The platform starts signing with k2 and publishes both keys.
    published = { keys: [...k1.jwks.keys, ...k2.jwks.keys] };
    const rotated = dynamicQrText(await signCode(k2, NOW));
    // Right after a fetch, an unknown kid is refused without hammering the platform...
    expect(await codeOf(verifier.verify(rotated))).toBe('YikaError:CARD_CODE_INVALID');
    expect(fetches).toHaveLength(1);
    // ...and once the cool-down has passed, it fetches again and finds the new key.
    wallClock += 31_000;
    await expect(verifier.verify(rotated)).resolves.toMatchObject({ keyId: 'k2' });
    expect(fetches).toHaveLength(2);
  });

  it('refuses a code signed by a key the platform never published', async () => {
    serveJwks(() => k1.jwks);
    const verifier = createCardCodeVerifier({ jwksUrl: JWKS_URL, now: () => NOW });
    expect(await codeOf(verifier.verify(dynamicQrText(await signCode(k2, NOW))))).toBe(
      'YikaError:CARD_CODE_INVALID',
    );
  });

  it.each([
    ['the platform answers 503', () => HttpResponse.json({ error: {} }, { status: 503 })],
    ['the connection fails', () => HttpResponse.error()],
    ['the answer is not a key set', () => HttpResponse.json({ keys: 'none' })],
    [
      'the answer is not JSON',
      () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } }),
    ],
  ])('reports a NetworkError, not a bad code, when %s', async (_, reply) => {
    server.use(http.get(JWKS_URL, reply));
    const verifier = createCardCodeVerifier({ jwksUrl: JWKS_URL, now: () => NOW });
    expect(await codeOf(verifier.verify(dynamicQrText(await signCode(k1, NOW))))).toBe(
      'NetworkError:NETWORK_ERROR',
    );
  });

  it('refuses malformed and static codes without fetching keys', async () => {
    const fetches = serveJwks(() => k1.jwks);
    const verifier = createCardCodeVerifier({ jwksUrl: JWKS_URL, now: () => NOW });
    expect(await codeOf(verifier.verify(`${CARD_ID}:1`))).toBe('YikaError:CARD_CODE_MALFORMED');
    expect(await codeOf(verifier.verify('garbage'))).toBe('YikaError:CARD_CODE_MALFORMED');
    expect(fetches).toEqual([]);
  });
});
