// Client credentials in the core: the app token is cached until shortly before expiry, renewed
// single-flight, renewed once on a 401 with one retry, each token request carries a fresh assertion
// (also on retries), the hospital operations send it instead of the key, and it is never logged.
import { http, HttpResponse } from 'msw';
import type { ClientAuth } from '../../src/core/client-auth';
import { isYikaError, type YikaError } from '../../src/errors';
import { BASE_URL, errorResponse, manualClock, testClient } from '../support/platform';
import { useMockServer } from '../support/server';

const server = useMockServer();
const TOKEN_URL = `${BASE_URL}/v1/oauth/token`;
const CODE = 'ABCD:1';

/** A signer that numbers its assertions, so tests can tell them apart. */
function countingSigner(): ClientAuth & { audiences: string[] } {
  const audiences: string[] = [];
  return {
    clientId: 'app_his',
    audiences,
    createAssertion: ({ audience }) => {
      audiences.push(audience);
      return Promise.resolve(
        `eyJhbGciOiJFUzI1NiJ9.eyJhc3NlcnRpb24iOiR7YXVkaWVuY2UubGVuZ3RofQ.sig${audiences.length}`,
      );
    },
  };
}

interface Platform {
  tokenRequests: URLSearchParams[];
  bearers: string[];
  /** Tokens the verify endpoint accepts; default every issued one. */
  accepts: (token: string) => boolean;
}

/** A token endpoint issuing `tok_<n>` for `expiresIn` seconds, and card-code verification behind it. */
function platform(
  options: { expiresIn?: number; tokenDelayMs?: number; tokenFailures?: number } = {},
): Platform {
  const state: Platform = { tokenRequests: [], bearers: [], accepts: () => true };
  let failures = options.tokenFailures ?? 0;
  server.use(
    http.post(TOKEN_URL, async ({ request }) => {
      expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
      expect(request.headers.get('authorization')).toBeNull();
      state.tokenRequests.push(new URLSearchParams(await request.text()));
      if (failures-- > 0) return errorResponse(503, 'SERVICE_UNAVAILABLE');
      if (options.tokenDelayMs) await new Promise((resolve) => setTimeout(resolve, options.tokenDelayMs));
      return HttpResponse.json({
        access_token: `tok_${state.tokenRequests.length}`,
        token_type: 'Bearer',
        expires_in: options.expiresIn ?? 600,
        scope: 'hospital',
      });
    }),
    http.post(`${BASE_URL}/v1/card-codes/verify`, ({ request }) => {
      const bearer = (request.headers.get('authorization') ?? '').replace(/^Bearer /, '');
      state.bearers.push(bearer);
      expect(request.headers.get('x-yika-hospital-key')).toBeNull();
      if (!state.accepts(bearer)) return errorResponse(401, 'UNAUTHENTICATED');
      return HttpResponse.json({ codeKind: 'static', patientNumber: 'H0100000001' });
    }),
  );
  return state;
}

describe('client credentials', () => {
  it('asks for one token with a form an RFC 6749 server reads, and reuses it for N calls', async () => {
    const state = platform();
    const clientAuth = countingSigner();
    const { client } = testClient({ channel: 'kiosk', clientAuth, hospitalKey: 'hk_also_set' });

    for (let i = 0; i < 5; i++) await client.cards.verifyCode(CODE);

    expect(state.tokenRequests).toHaveLength(1);
    expect(Object.fromEntries(state.tokenRequests[0]!)).toEqual({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: expect.stringMatching(/sig1$/),
      client_id: 'app_his',
    });
    expect(clientAuth.audiences).toEqual([TOKEN_URL]);
    expect(state.bearers).toEqual(Array(5).fill('tok_1'));
  });

  it('makes one token request for 20 concurrent calls', async () => {
    const state = platform({ tokenDelayMs: 20 });
    const { client } = testClient({ channel: 'kiosk', clientAuth: countingSigner() });

    await Promise.all(Array.from({ length: 20 }, () => client.cards.verifyCode(CODE)));

    expect(state.tokenRequests).toHaveLength(1);
    expect(new Set(state.bearers)).toEqual(new Set(['tok_1']));
  });

  it('renews 60 s before expiry on the clock, not before', async () => {
    const state = platform({ expiresIn: 600 });
    const clock = manualClock();
    const { client } = testClient({ channel: 'kiosk', clientAuth: countingSigner(), now: clock.now });

    await client.cards.verifyCode(CODE);
    clock.advance(539_000); // 61 s left
    await client.cards.verifyCode(CODE);
    expect(state.tokenRequests).toHaveLength(1);
    clock.advance(2_000); // 59 s left
    await client.cards.verifyCode(CODE);
    expect(state.tokenRequests).toHaveLength(2);
    expect(state.bearers).toEqual(['tok_1', 'tok_1', 'tok_2']);
  });

  it('on a 401 gets one new token and retries once; a second 401 is the answer', async () => {
    const state = platform();
    const { client } = testClient({ channel: 'kiosk', clientAuth: countingSigner() });
    await client.cards.verifyCode(CODE);

    state.accepts = (token) => token !== 'tok_1'; // e.g. the platform restarted with new keys
    await client.cards.verifyCode(CODE);
    expect(state.tokenRequests).toHaveLength(2);
    expect(state.bearers).toEqual(['tok_1', 'tok_1', 'tok_2']);

    state.accepts = () => false;
    const error = await client.cards.verifyCode(CODE).catch((caught: unknown) => caught as YikaError);
    expect(isYikaError(error) && error.code).toBe('UNAUTHENTICATED');
    expect(state.tokenRequests).toHaveLength(3);
    expect(state.bearers.slice(3)).toEqual(['tok_2', 'tok_3']);
  });

  it('retries a failed token request with a fresh assertion each time (the platform spends each jti)', async () => {
    const state = platform({ tokenFailures: 2 });
    const { client, sleeps } = testClient({ channel: 'kiosk', clientAuth: countingSigner() });

    await client.cards.verifyCode(CODE);

    const assertions = state.tokenRequests.map((form) => form.get('client_assertion'));
    expect(assertions).toHaveLength(3);
    expect(new Set(assertions).size).toBe(3);
    expect(sleeps).toHaveLength(2);
  });

  it('passes a refused assertion on as the platform’s error, without a retry', async () => {
    let requests = 0;
    server.use(http.post(TOKEN_URL, () => (requests++, errorResponse(401, 'INVALID_CLIENT'))));
    const { client } = testClient({ channel: 'kiosk', clientAuth: countingSigner() });
    const error = await client.cards.verifyCode(CODE).catch((caught: unknown) => caught as YikaError);
    expect(isYikaError(error) && error.code).toBe('INVALID_CLIENT');
    expect(requests).toBe(1);
  });

  it('never logs the assertion or the token', async () => {
    platform();
    const lines: string[] = [];
    const record = (...args: unknown[]) => lines.push(JSON.stringify(args));
    const { client } = testClient({
      channel: 'kiosk',
      clientAuth: countingSigner(),
      logger: { debug: record, info: record, warn: record, error: record },
    });
    await client.cards.verifyCode(CODE);
    const logged = lines.join('\n');
    expect(logged).toContain('/v1/oauth/token');
    expect(logged).not.toMatch(/tok_1|sig1|eyJhbGciOiJFUzI1NiJ9/);
  });

  it('refuses a clientAuth without a client id or a signer at creation', () => {
    for (const clientAuth of [
      { clientId: '', createAssertion: () => Promise.resolve('x') },
      { clientId: 'a' },
    ]) {
      expect(() => testClient({ clientAuth: clientAuth as ClientAuth })).toThrow(TypeError);
    }
  });

  it('still sends the hospital key when no clientAuth is configured', async () => {
    let key: string | null = null;
    server.use(
      http.post(`${BASE_URL}/v1/card-codes/verify`, ({ request }) => {
        key = request.headers.get('x-yika-hospital-key');
        return HttpResponse.json({});
      }),
    );
    const { client } = testClient({ channel: 'kiosk', hospitalKey: 'hk_1' });
    await client.cards.verifyCode(CODE);
    expect(key).toBe('hk_1');
  });
});
