import { http, HttpResponse } from 'msw';
import type { ErrorCode } from '../../src/domain/error-messages';
import { BASE_URL, errorResponse, testClient } from '../support/platform';
import { useMockServer } from '../support/server';

const server = useMockServer();
const page = { data: [], nextCursor: null };

/** GET /v1/hospitals answering with the scripted responses in turn, then 200. */
function scripted(...answers: Array<() => Response>) {
  let calls = 0;
  server.use(
    http.get(`${BASE_URL}/v1/hospitals`, () => {
      const answer = answers[calls++];
      return answer ? answer() : HttpResponse.json(page);
    }),
  );
  return { calls: () => calls };
}

describe('retries', () => {
  it('retries a 503, then succeeds', async () => {
    const platform = scripted(() => errorResponse(503, 'SERVICE_UNAVAILABLE'));
    const { client, sleeps } = testClient();
    await expect(client.hospitals.list()).resolves.toEqual(page);
    expect(platform.calls()).toBe(2);
    expect(sleeps).toHaveLength(1);
  });

  it('retries a connection reset, then succeeds', async () => {
    const platform = scripted(
      () => HttpResponse.error(),
      () => HttpResponse.error(),
    );
    const { client } = testClient();
    await expect(client.hospitals.list()).resolves.toEqual(page);
    expect(platform.calls()).toBe(3);
  });

  it('retries a 500 answer without an error body (a proxy page)', async () => {
    const platform = scripted(() => new HttpResponse('<html>Bad gateway</html>', { status: 502 }));
    const { client } = testClient();
    await expect(client.hospitals.list()).resolves.toEqual(page);
    expect(platform.calls()).toBe(2);
  });

  it('waits the Retry-After of a 429 before retrying', async () => {
    const platform = scripted(() => errorResponse(429, 'RATE_LIMITED', { 'Retry-After': '2' }));
    const { client, sleeps } = testClient();
    await expect(client.hospitals.list()).resolves.toEqual(page);
    expect(platform.calls()).toBe(2);
    expect(sleeps).toEqual([2000]);
  });

  it('accepts Retry-After as an HTTP date', async () => {
    const at = new Date(Date.UTC(2026, 10, 23, 0, 0, 3)).toUTCString(); // T0 + 3 s
    scripted(() => errorResponse(503, 'SERVICE_UNAVAILABLE', { 'Retry-After': at }));
    const { client, sleeps } = testClient();
    await client.hospitals.list();
    expect(sleeps).toEqual([3000]);
  });

  it('does not retry when Retry-After asks for longer than the cap, and reports the wait', async () => {
    const platform = scripted(() => errorResponse(429, 'SMS_RATE_LIMITED', { 'Retry-After': '60' }));
    const { client, sleeps } = testClient();
    await expect(client.hospitals.list()).rejects.toMatchObject({
      name: 'ApiError',
      status: 429,
      code: 'SMS_RATE_LIMITED',
      retryAfterSeconds: 60,
    });
    expect(platform.calls()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it.each<[number, ErrorCode]>([
    [400, 'VALIDATION_FAILED'],
    [404, 'NOT_FOUND'],
    [409, 'IDEMPOTENCY_CONFLICT'],
    [401, 'INVALID_LOGIN_CODE'],
  ])('never retries a %d', async (status, code) => {
    const platform = scripted(() => errorResponse(status, code));
    const { client, sleeps } = testClient();
    await expect(client.hospitals.list()).rejects.toMatchObject({ name: 'ApiError', status, code });
    expect(platform.calls()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('never retries a 409 on a POST either', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/v1/auth/sms-codes`, () => {
        calls++;
        return errorResponse(409, 'IDEMPOTENCY_CONFLICT');
      }),
    );
    const { client } = testClient();
    await expect(client.auth.sendSmsCode('13812345678')).rejects.toMatchObject({ status: 409 });
    expect(calls).toBe(1);
  });

  it('stops after maxRetries and throws the last error', async () => {
    const always503 = () => errorResponse(503, 'SERVICE_UNAVAILABLE');
    const platform = scripted(always503, always503, always503, always503, always503);
    const { client, sleeps } = testClient({ maxRetries: 3 });
    await expect(client.hospitals.list()).rejects.toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(platform.calls()).toBe(4);
    expect(sleeps).toHaveLength(3);
  });

  it('retries twice by default, and a call can turn retries off', async () => {
    const always503 = () => errorResponse(503, 'SERVICE_UNAVAILABLE');
    const platform = scripted(always503, always503, always503, always503);
    const { client } = testClient();
    await expect(client.hospitals.list()).rejects.toMatchObject({ status: 503 });
    expect(platform.calls()).toBe(3);
    await expect(client.hospitals.list(undefined, { maxRetries: 0 })).rejects.toMatchObject({ status: 503 });
    expect(platform.calls()).toBe(4);
  });

  it('backs off exponentially with full jitter under a cap', async () => {
    const always503 = () => errorResponse(503, 'SERVICE_UNAVAILABLE');
    scripted(...Array.from({ length: 8 }, () => always503));
    const { client, sleeps } = testClient({
      maxRetries: 7,
      retry: { random: () => 0.999, baseDelayMs: 200, maxDelayMs: 5_000 },
    });
    await expect(client.hospitals.list()).rejects.toMatchObject({ status: 503 });
    expect(sleeps).toEqual([199, 399, 799, 1598, 3196, 4995, 4995]);

    const jitterless = testClient({ maxRetries: 2, retry: { random: () => 0 } });
    scripted(always503, always503, always503);
    await expect(jitterless.client.hospitals.list()).rejects.toMatchObject({ status: 503 });
    expect(jitterless.sleeps).toEqual([0, 0]);
  });
});
