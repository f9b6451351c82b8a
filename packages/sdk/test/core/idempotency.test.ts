import { http, HttpResponse } from 'msw';
import { generateIdempotencyKey } from '../../src/core/idempotency';
import { BASE_URL, errorResponse, testClient } from '../support/platform';
import { useMockServer } from '../support/server';

const server = useMockServer();
const sent = { expiresInSeconds: 300, resendAfterSeconds: 60, maskedPhone: '138****5678' };

function recordSmsCodes(...answers: Array<() => Response>) {
  const requests: Request[] = [];
  server.use(
    http.post(`${BASE_URL}/v1/auth/sms-codes`, ({ request }) => {
      requests.push(request.clone());
      const answer = answers[requests.length - 1];
      return answer ? answer() : HttpResponse.json(sent, { status: 202 });
    }),
  );
  return requests;
}

describe('idempotency keys', () => {
  it('puts a contract-shaped key on every POST, a new one per logical call', async () => {
    const requests = recordSmsCodes();
    const { client } = testClient();
    await client.auth.sendSmsCode('13812345678');
    await client.auth.sendSmsCode('13812345678');
    const keys = requests.map((request) => request.headers.get('idempotency-key'));
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('reuses the same key across the retries of one call (network reset, then 503)', async () => {
    const requests = recordSmsCodes(
      () => HttpResponse.error(),
      () => errorResponse(503, 'SERVICE_UNAVAILABLE'),
    );
    const { client } = testClient();
    await expect(client.auth.sendSmsCode('13812345678')).resolves.toEqual(sent);
    expect(requests).toHaveLength(3);
    const keys = new Set(requests.map((request) => request.headers.get('idempotency-key')));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toBeTruthy();
    // The body is sent unchanged with each attempt.
    const bodies = await Promise.all(requests.map((request) => request.json()));
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
  });

  it("keeps the caller's key", async () => {
    const requests = recordSmsCodes(() => errorResponse(500, 'INTERNAL_ERROR'));
    const { client } = testClient();
    await client.auth.sendSmsCode('13812345678', { idempotencyKey: 'checkout-2026-11-23-0001' });
    expect(requests.map((request) => request.headers.get('idempotency-key'))).toEqual([
      'checkout-2026-11-23-0001',
      'checkout-2026-11-23-0001',
    ]);
  });

  it('uses an injected generator', async () => {
    const requests = recordSmsCodes();
    const { client } = testClient({ generateId: () => 'fixed-key-0001' });
    await client.auth.sendSmsCode('13812345678');
    expect(requests[0]!.headers.get('idempotency-key')).toBe('fixed-key-0001');
  });

  it('sends no key on a GET, and X-Yika-Channel on everything', async () => {
    const seen: Request[] = [];
    server.use(
      http.get(`${BASE_URL}/v1/districts`, ({ request }) => {
        seen.push(request);
        return HttpResponse.json({ data: [] });
      }),
    );
    const requests = recordSmsCodes();
    const { client } = testClient({ channel: 'kiosk' });
    await client.hospitals.districts({ headers: { 'X-Trace': 't1' } });
    await client.auth.sendSmsCode('13812345678');
    expect(seen[0]!.headers.get('idempotency-key')).toBeNull();
    expect(seen[0]!.headers.get('x-trace')).toBe('t1');
    expect(seen[0]!.headers.get('x-yika-channel')).toBe('kiosk');
    expect(requests[0]!.headers.get('x-yika-channel')).toBe('kiosk');
  });

  it('generates distinct keys without WebCrypto', () => {
    const keys = new Set(Array.from({ length: 10_000 }, () => generateIdempotencyKey()));
    expect(keys.size).toBe(10_000);
    for (const key of [...keys].slice(0, 50)) expect(key).toMatch(/^yk_[a-z0-9]+_[a-z0-9]{24}$/);
  });
});
