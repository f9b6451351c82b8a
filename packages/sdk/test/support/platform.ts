// Small purpose-built pieces for the SDK's tests: a base URL, sessions, error bodies, a client with an
// instant (recorded) backoff sleep. Each test builds its own handlers and faults.
import { HttpResponse } from 'msw';
import { createClient, type ClientConfig } from '../../src/client';
import { memoryTokenStore, type StoredTokens } from '../../src/core/token-store';
import type { ErrorCode } from '../../src/domain/error-messages';
import type { Session } from '../../src/types';

export const BASE_URL = 'http://platform.test';
export const T0 = Date.UTC(2026, 10, 23, 0, 0, 0);

/** Distinct, realistic-looking access tokens (JWS compact form). */
export function accessToken(label: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'ES256', typ: 'at+jwt', kid: 'k1' })).toString(
    'base64url',
  );
  const payload = Buffer.from(JSON.stringify({ sub: 'acc_1', jti: label })).toString('base64url');
  return `${header}.${payload}.c2lnbmF0dXJlLW9mLSR7bGFiZWx9LXNpZ25hdHVyZQ`;
}

export function session(label: string, overrides: Partial<Session> = {}): Session {
  return {
    accessToken: accessToken(label),
    refreshToken: `rt_${label}_0123456789abcdef`,
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshExpiresIn: 30 * 24 * 3600,
    account: { id: 'acc_1', createdAt: '2026-11-01T09:00:00+08:00', maskedPhone: '138****5678' },
    ...overrides,
  };
}

export function storedTokens(label: string, now: number, accessTtlMs = 900_000): StoredTokens {
  return {
    accessToken: accessToken(label),
    refreshToken: `rt_${label}_0123456789abcdef`,
    accessExpiresAt: now + accessTtlMs,
    refreshExpiresAt: now + 30 * 24 * 3600 * 1000,
    accountId: 'acc_1',
  };
}

export function errorResponse(
  status: number,
  code: ErrorCode,
  headers: Record<string, string> = {},
  message = '平台错误',
): HttpResponse<{ error: { code: ErrorCode; message: string; requestId: string } }> {
  return HttpResponse.json(
    { error: { code, message, requestId: `req_${status}` } },
    { status, headers: { 'X-Request-Id': `req_${status}`, ...headers } },
  );
}

/** A clock the test moves by hand. */
export function manualClock(start = T0): { now: () => number; advance: (ms: number) => void } {
  let current = start;
  return { now: () => current, advance: (ms) => (current += ms) };
}

export interface TestClientSetup {
  sleeps: number[];
  store: ReturnType<typeof memoryTokenStore>;
}

/** A client whose backoff sleeps are recorded and instant. */
export function testClient(config: Partial<ClientConfig> = {}, initialTokens: StoredTokens | null = null) {
  const sleeps: number[] = [];
  const store = config.tokenStore ?? memoryTokenStore(initialTokens);
  const client = createClient({
    baseURL: BASE_URL,
    channel: 'wechat-miniapp',
    tokenStore: store,
    now: () => T0,
    ...config,
    retry: {
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      ...config.retry,
    },
  });
  return { client, sleeps, store };
}
