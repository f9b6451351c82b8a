import { delay, http, HttpResponse } from 'msw';
import { createClient } from '../../src/client';
import { BASE_URL, testClient } from '../support/platform';
import { useMockServer } from '../support/server';

const server = useMockServer();
const page = { data: [], nextCursor: null };

function hangingThenOk(hangs: number) {
  let calls = 0;
  server.use(
    http.get(`${BASE_URL}/v1/hospitals`, async () => {
      calls++;
      if (calls <= hangs) await delay('infinite');
      return HttpResponse.json(page);
    }),
  );
  return { calls: () => calls };
}

describe('timeouts', () => {
  it('rejects with TimeoutError when an attempt takes longer than timeoutMs', async () => {
    hangingThenOk(Infinity);
    const { client } = testClient({ timeoutMs: 50, maxRetries: 0 });
    await expect(client.hospitals.list()).rejects.toMatchObject({
      name: 'TimeoutError',
      code: 'TIMEOUT',
      timeoutMs: 50,
      isYikaError: true,
    });
  });

  it('applies the timeout per attempt and retries a timed-out attempt', async () => {
    const platform = hangingThenOk(1);
    const { client } = testClient({ timeoutMs: 50 });
    await expect(client.hospitals.list()).resolves.toEqual(page);
    expect(platform.calls()).toBe(2);
  });

  it('takes a per-call timeout over the client default', async () => {
    hangingThenOk(Infinity);
    const { client } = testClient({ timeoutMs: 60_000, maxRetries: 0 });
    await expect(client.hospitals.list(undefined, { timeoutMs: 30 })).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
  });
});

describe('abort', () => {
  it('rejects with AbortError and sends nothing more after the caller aborts', async () => {
    const platform = hangingThenOk(Infinity);
    const { client, sleeps } = testClient();
    const controller = new AbortController();
    const call = client.hospitals.list(undefined, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError', code: 'ABORTED' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(platform.calls()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const platform = hangingThenOk(0);
    const { client } = testClient();
    await expect(client.hospitals.list(undefined, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'ABORTED',
    });
    expect(platform.calls()).toBe(0);
  });

  it('cancels a pending backoff sleep and makes no further attempt', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/v1/hospitals`, () => {
        calls++;
        return HttpResponse.json(
          { error: { code: 'SERVICE_UNAVAILABLE', message: '忙', requestId: 'r' } },
          { status: 503 },
        );
      }),
    );
    // The real sleep, with a backoff long enough that only the abort can end it.
    const client = createClient({
      baseURL: BASE_URL,
      channel: 'web',
      retry: { baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 1 },
    });
    const controller = new AbortController();
    const call = client.hospitals.list(undefined, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(1); // the first attempt failed; the client is now sleeping
    const started = Date.now();
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'ABORTED' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(calls).toBe(1);
  });
});
