import axios from 'axios';
import { createClient } from '../../src/client';
import {
  createTaroAdapter,
  type TaroRequestFailure,
  type TaroRequestOptions,
  type TaroRequestSuccess,
} from '../../src/taro/adapter';
import { memoryTokenStore } from '../../src/core/token-store';
import { T0, session, storedTokens } from '../support/platform';

type Reply = { success: Omit<TaroRequestSuccess, 'errMsg'> } | { fail: TaroRequestFailure } | 'hang';

/** A stand-in for Taro.request: records every call and answers with the scripted replies in turn. */
function fakeTaroRequest(replies: Reply[], style: 'callbacks' | 'promise' = 'callbacks') {
  const calls: TaroRequestOptions[] = [];
  const aborted: number[] = [];
  const request = (options: TaroRequestOptions) => {
    const index = calls.push(options) - 1;
    const reply = replies[Math.min(index, replies.length - 1)]!;
    const task = {
      abort: () => {
        aborted.push(index);
        options.fail({ errMsg: 'request:fail abort' });
      },
    };
    if (style === 'promise') {
      // Taro.request's shape: a promise (of the same outcome) with abort(), callbacks also honoured.
      const promise = new Promise<TaroRequestSuccess>((resolve, reject) => {
        setTimeout(() => {
          if (reply === 'hang') return;
          if ('success' in reply) resolve({ ...reply.success, errMsg: 'request:ok' });
          else reject(reply.fail);
        }, 1);
      });
      return Object.assign(promise, task);
    }
    setTimeout(() => {
      if (reply === 'hang') return;
      if ('success' in reply) options.success({ ...reply.success, errMsg: 'request:ok' });
      else options.fail(reply.fail);
    }, 1);
    return task;
  };
  return { request, calls, aborted };
}

const ok = (data: unknown, header: Record<string, string> = {}): Reply => ({
  success: { data, statusCode: 200, header: { 'Content-Type': 'application/json', ...header } },
});
const page = { data: [{ id: 'h1' }], nextCursor: null };

function taroClient(
  fake: ReturnType<typeof fakeTaroRequest>,
  extra: { maxRetries?: number; timeoutMs?: number } = {},
) {
  return createClient({
    baseURL: 'https://platform.yika.example/',
    channel: 'wechat-miniapp',
    adapter: createTaroAdapter(fake.request),
    retry: { sleep: () => Promise.resolve() },
    ...extra,
  });
}

describe('createTaroAdapter', () => {
  it('sends method, URL with params serialised as axios does, headers and a JSON body', async () => {
    const fake = fakeTaroRequest([
      ok(page),
      ok({ expiresInSeconds: 300, resendAfterSeconds: 60, maskedPhone: '1' }),
    ]);
    const client = taroClient(fake);
    const params = { q: '第一 医院&儿科', district: '330203', limit: 20 };
    await expect(client.hospitals.list(params)).resolves.toEqual(page);
    await client.auth.sendSmsCode('13812345678', { idempotencyKey: 'key-0001-abcdef' });

    const [get, post] = fake.calls;
    expect(get!.method).toBe('GET');
    expect(get!.url).toBe(
      axios.getUri({ baseURL: 'https://platform.yika.example/', url: '/v1/hospitals', params }),
    );
    expect(get!.url).toBe(
      'https://platform.yika.example/v1/hospitals?q=%E7%AC%AC%E4%B8%80+%E5%8C%BB%E9%99%A2%26%E5%84%BF%E7%A7%91&district=330203&limit=20',
    );
    expect(get!.header['X-Yika-Channel']).toBe('wechat-miniapp');
    expect(get!.data).toBeUndefined();
    expect(get!.dataType).toBe('json');

    expect(post!.method).toBe('POST');
    expect(post!.url).toBe('https://platform.yika.example/v1/auth/sms-codes');
    expect(post!.header['Idempotency-Key']).toBe('key-0001-abcdef');
    expect(post!.header['Content-Type']).toMatch(/^application\/json/);
    expect(JSON.parse(post!.data as string)).toEqual({ phone: '13812345678', purpose: 'login' });
  });

  it('sends the bearer token of a stored session', async () => {
    const fake = fakeTaroRequest([ok({ id: 'acc_1', createdAt: '2026-11-01T09:00:00+08:00' })]);
    const tokens = storedTokens('t', Date.now());
    const client = createClient({
      baseURL: 'https://platform.yika.example',
      channel: 'wechat-miniapp',
      adapter: createTaroAdapter(fake.request),
      tokenStore: memoryTokenStore(tokens),
    });
    await client.auth.me();
    expect(fake.calls[0]!.header.Authorization).toBe(`Bearer ${tokens.accessToken}`);
  });

  it('maps status codes: 4xx to ApiError with the body, headers case-insensitively', async () => {
    const fake = fakeTaroRequest([
      {
        success: {
          statusCode: 404,
          data: { error: { code: 'NOT_FOUND', message: '没有找到这家医院', requestId: 'req_body' } },
          header: { 'X-Request-Id': 'req_header' },
        },
      },
      { success: { statusCode: 503, data: '', header: { 'Retry-After': '1', 'X-Request-Id': 'req_503' } } },
    ]);
    const client = taroClient(fake, { maxRetries: 0 });
    await expect(client.hospitals.get('h404')).rejects.toMatchObject({
      name: 'ApiError',
      status: 404,
      code: 'NOT_FOUND',
      message: '没有找到这家医院',
    });
    await expect(client.hospitals.get('h503')).rejects.toMatchObject({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      requestId: 'req_503',
      retryAfterSeconds: 1,
    });
  });

  it('returns the response headers with lower-case names, for X-Request-Id', async () => {
    const fake = fakeTaroRequest([ok(page, { 'X-Request-Id': 'req_ok' })]);
    const seen: Array<string | undefined> = [];
    const client = createClient({
      baseURL: 'https://platform.yika.example',
      channel: 'wechat-miniapp',
      adapter: createTaroAdapter(fake.request),
      hooks: { onResponse: (info) => seen.push(info.requestId) },
    });
    await client.hospitals.list();
    expect(seen).toEqual(['req_ok']);
  });

  it('turns a network failure into NetworkError and retries it', async () => {
    const fake = fakeTaroRequest([
      { fail: { errMsg: 'request:fail -101:net::ERR_CONNECTION_RESET' } },
      ok(page),
    ]);
    const client = taroClient(fake);
    await expect(client.hospitals.list()).resolves.toEqual(page);
    expect(fake.calls).toHaveLength(2);

    const down = fakeTaroRequest([{ fail: { errMsg: 'request:fail' } }]);
    await expect(taroClient(down, { maxRetries: 1 }).hospitals.list()).rejects.toMatchObject({
      name: 'NetworkError',
      code: 'NETWORK_ERROR',
    });
    expect(down.calls).toHaveLength(2);
  });

  it("turns the runtime's own timeout into TimeoutError", async () => {
    const fake = fakeTaroRequest([{ fail: { errMsg: 'request:fail timeout' } }]);
    await expect(taroClient(fake, { maxRetries: 0 }).hospitals.list()).rejects.toMatchObject({
      name: 'TimeoutError',
      code: 'TIMEOUT',
    });
    expect(fake.calls[0]!.timeout).toBeUndefined(); // the SDK's own timer bounds the attempt
  });

  it("aborts the runtime's task when the SDK's attempt timer fires", async () => {
    const fake = fakeTaroRequest(['hang']);
    await expect(taroClient(fake, { maxRetries: 0, timeoutMs: 20 }).hospitals.list()).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
    expect(fake.aborted).toEqual([0]);
  });

  it('aborts the task on the caller’s signal, with AbortError and no retry', async () => {
    const fake = fakeTaroRequest(['hang']);
    const controller = new AbortController();
    const call = taroClient(fake).hospitals.list(undefined, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'ABORTED' });
    expect(fake.calls).toHaveLength(1);
    expect(fake.aborted).toEqual([0]);
  });

  it('works with a promise-returning Taro.request, settling once and leaving no unhandled rejection', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const fake = fakeTaroRequest([{ fail: { errMsg: 'request:fail' } }, ok(page)], 'promise');
      await expect(taroClient(fake).hospitals.list()).resolves.toEqual(page);
      expect(fake.calls).toHaveLength(2);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('stores the session from a sign-in made through Taro', async () => {
    const next = session('taro');
    const fake = fakeTaroRequest([ok(next)]);
    const store = memoryTokenStore();
    const client = createClient({
      baseURL: 'https://platform.yika.example',
      channel: 'wechat-miniapp',
      adapter: createTaroAdapter(fake.request),
      tokenStore: store,
      now: () => T0,
    });
    await client.auth.loginWithWechatCode('0a3Xyz9Kq1mN2pQ7');
    expect(await store.get()).toMatchObject({ accessToken: next.accessToken, accessExpiresAt: T0 + 900_000 });
  });
});
