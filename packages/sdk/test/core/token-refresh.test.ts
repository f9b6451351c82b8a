import { http, HttpResponse } from 'msw';
import { isYikaError, type YikaError } from '../../src/errors';
import {
  BASE_URL,
  T0,
  accessToken,
  errorResponse,
  manualClock,
  session,
  storedTokens,
  testClient,
} from '../support/platform';
import { useMockServer } from '../support/server';

const server = useMockServer();
const account = { id: 'acc_1', createdAt: '2026-11-01T09:00:00+08:00' };

/** /v1/me that accepts only `validToken`, and a refresh endpoint issuing session `next`. */
function platform(options: { validToken: string; refresh: () => Response | Promise<Response> }) {
  const counts = { me: 0, refresh: 0, bearer: [] as string[] };
  server.use(
    http.get(`${BASE_URL}/v1/me`, ({ request }) => {
      counts.me++;
      const authorization = request.headers.get('authorization') ?? '';
      counts.bearer.push(authorization);
      return authorization === `Bearer ${options.validToken}`
        ? HttpResponse.json(account)
        : errorResponse(401, 'TOKEN_EXPIRED');
    }),
    http.post(`${BASE_URL}/v1/auth/refresh`, async ({ request }) => {
      counts.refresh++;
      const body = (await request.json()) as { refreshToken: string };
      expect(request.headers.get('authorization')).toBeNull(); // the refresh itself never sends a token
      expect(body.refreshToken).toMatch(/^rt_/);
      return options.refresh();
    }),
  );
  return counts;
}

describe('token refresh', () => {
  it('makes exactly one refresh for 20 concurrent calls with an expired token, and all 20 succeed', async () => {
    const next = session('next');
    const counts = platform({
      validToken: next.accessToken,
      refresh: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20)); // keep the refresh in flight a while
        return HttpResponse.json(next);
      },
    });
    const { client, store } = testClient({}, storedTokens('old', T0, -1_000)); // expired a second ago

    const results = await Promise.all(Array.from({ length: 20 }, () => client.auth.me()));

    expect(results).toHaveLength(20);
    for (const result of results) expect(result.id).toBe('acc_1');
    expect(counts.refresh).toBe(1);
    expect(counts.me).toBe(20);
    expect(new Set(counts.bearer)).toEqual(new Set([`Bearer ${next.accessToken}`]));
    expect((await store.get())?.refreshToken).toBe(next.refreshToken);
  });

  it('lets a caller abort while waiting for the shared refresh; the refresh serves the others', async () => {
    const next = session('next');
    let refreshArrived: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (refreshArrived = resolve));
    let answerRefresh: () => void = () => undefined;
    const refreshAnswered = new Promise<void>((resolve) => (answerRefresh = resolve));
    const counts = platform({
      validToken: next.accessToken,
      refresh: async () => {
        refreshArrived();
        await refreshAnswered; // the platform is slow to answer the refresh
        return HttpResponse.json(next);
      },
    });
    const { client, store } = testClient({}, storedTokens('old', T0, -1_000));
    const controller = new AbortController();

    const impatient = client.auth.me({ signal: controller.signal });
    const patient = client.auth.me();
    await arrived; // both calls now wait for the one refresh in flight
    controller.abort();

    // The impatient caller is released before the refresh answers, and sends nothing.
    await expect(impatient).rejects.toMatchObject({ name: 'AbortError', code: 'ABORTED' });
    answerRefresh();
    await expect(patient).resolves.toMatchObject({ id: 'acc_1' });
    expect(counts.refresh).toBe(1);
    expect(counts.me).toBe(1);
    expect((await store.get())?.refreshToken).toBe(next.refreshToken);
  });

  it('refreshes when fewer than 60 s remain, not before', async () => {
    const next = session('next');
    const clock = manualClock();
    const initial = storedTokens('old', T0, 61_000);
    const counts = platform({ validToken: initial.accessToken, refresh: () => HttpResponse.json(next) });
    const { client } = testClient({ now: clock.now }, initial);

    await client.auth.me();
    expect(counts.refresh).toBe(0);

    clock.advance(2_000); // 59 s left
    server.use(http.get(`${BASE_URL}/v1/me`, () => HttpResponse.json(account)));
    await client.auth.me();
    expect(counts.refresh).toBe(1);
  });

  it('refreshes once on a 401 TOKEN_EXPIRED and retries the call once', async () => {
    const next = session('next');
    const counts = platform({ validToken: next.accessToken, refresh: () => HttpResponse.json(next) });
    // Locally fresh, but the platform disagrees (clock skew, revoked key).
    const { client } = testClient({}, storedTokens('old', T0));

    await expect(client.auth.me()).resolves.toMatchObject({ id: 'acc_1' });
    expect(counts.refresh).toBe(1);
    expect(counts.me).toBe(2);
  });

  it('shares one refresh between concurrent calls that all got a 401', async () => {
    const next = session('next');
    const counts = platform({ validToken: next.accessToken, refresh: () => HttpResponse.json(next) });
    const { client } = testClient({}, storedTokens('old', T0));

    await Promise.all(Array.from({ length: 10 }, () => client.auth.me()));
    expect(counts.refresh).toBe(1);
  });

  it('on a refused refresh: clears the tokens, calls onUnauthenticated once, rejects every caller', async () => {
    const counts = platform({
      validToken: 'never',
      refresh: () => errorResponse(401, 'INVALID_REFRESH_TOKEN'),
    });
    const onUnauthenticated = jest.fn();
    const { client, store } = testClient({ onUnauthenticated }, storedTokens('old', T0, -1_000));

    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => client.auth.me()));

    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as YikaError;
      expect(isYikaError(reason)).toBe(true);
      expect(reason).toMatchObject({ name: 'AuthError', code: 'UNAUTHENTICATED' });
    }
    expect(counts.refresh).toBe(1);
    expect(counts.me).toBe(0);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(onUnauthenticated.mock.calls[0]![0]).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await store.get()).toBeNull();
    expect(await client.auth.isSignedIn()).toBe(false);
    // Later calls fail locally: no session, no request, no second notification.
    await expect(client.auth.me()).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the platform refuses even the refreshed token', async () => {
    const next = session('next');
    const counts = platform({ validToken: 'never', refresh: () => HttpResponse.json(next) });
    const onUnauthenticated = jest.fn();
    const { client, store } = testClient({ onUnauthenticated }, storedTokens('old', T0));

    await expect(client.auth.me()).rejects.toMatchObject({ name: 'AuthError', code: 'UNAUTHENTICATED' });
    expect(counts.refresh).toBe(1); // refreshed once...
    expect(counts.me).toBe(2); // ...retried once, then gave up
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(await store.get()).toBeNull();
  });

  it('keeps the session when the refresh fails for a transient reason (offline, 5xx)', async () => {
    const counts = platform({
      validToken: 'never',
      refresh: () => errorResponse(503, 'SERVICE_UNAVAILABLE'),
    });
    const onUnauthenticated = jest.fn();
    const initial = storedTokens('old', T0, -1_000);
    const { client, store } = testClient({ onUnauthenticated, maxRetries: 1 }, initial);

    await expect(client.auth.me()).rejects.toMatchObject({ name: 'ApiError', status: 503 });
    expect(counts.refresh).toBe(2); // the refresh call is retried like any POST
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(await store.get()).toEqual(initial);
  });

  it('does not call the platform when the refresh token itself has expired', async () => {
    const counts = platform({ validToken: 'never', refresh: () => HttpResponse.json(session('x')) });
    const onUnauthenticated = jest.fn();
    const tokens = { ...storedTokens('old', T0, -1_000), refreshExpiresAt: T0 - 1 };
    const { client } = testClient({ onUnauthenticated }, tokens);

    await expect(client.auth.me()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(counts.refresh).toBe(0);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('never refreshes around the refresh call itself, even when it answers 401', async () => {
    const counts = platform({ validToken: 'never', refresh: () => errorResponse(401, 'UNAUTHENTICATED') });
    const { client } = testClient({}, storedTokens('old', T0));

    await expect(client.auth.refresh()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(counts.refresh).toBe(1);
  });

  it('rejects with SIGNED_OUT, without a request, when there is no session', async () => {
    const counts = platform({ validToken: 'never', refresh: () => HttpResponse.json(session('x')) });
    const onUnauthenticated = jest.fn();
    const { client } = testClient({ onUnauthenticated });

    await expect(client.auth.me()).rejects.toMatchObject({ name: 'AuthError', code: 'SIGNED_OUT' });
    await expect(client.auth.refresh()).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    expect(counts.me + counts.refresh).toBe(0);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('auth.refresh() returns the new session and stores expiries from the time of receipt', async () => {
    const next = session('next', { expiresIn: 600 });
    platform({ validToken: next.accessToken, refresh: () => HttpResponse.json(next) });
    const { client, store } = testClient({}, storedTokens('old', T0));

    await expect(client.auth.refresh()).resolves.toEqual(next);
    expect(await store.get()).toMatchObject({ accessToken: next.accessToken, accessExpiresAt: T0 + 600_000 });
    expect(accessToken('next')).toBe(next.accessToken);
  });
});
