// The mini-program entry, bundled as the mini-program would load it, run in a bare JavaScript context
// that has none of what WeChat's runtime lacks: no fetch, XMLHttpRequest, TextEncoder/TextDecoder,
// WebCrypto, AbortController, URL, window or process. Proves the SDK's core loads and works there with
// the Taro adapter, instead of trusting an import list.
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type * as TaroEntry from '../../src/entries/taro';

interface FakeRequestOptions {
  url: string;
  method: string;
  header: Record<string, string>;
  data?: unknown;
  success(result: { statusCode: number; data: unknown; header: Record<string, string> }): void;
  fail(error: { errMsg: string }): void;
}

const bundle = buildSync({
  entryPoints: [join(__dirname, '../../src/entries/taro.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2018',
  write: false,
  logLevel: 'silent',
}).outputFiles[0]!.text;

const ABSENT_IN_WEAPP = [
  'fetch',
  'XMLHttpRequest',
  'TextEncoder',
  'TextDecoder',
  'crypto',
  'AbortController',
  'URL',
  'window',
  'process',
  'Buffer',
  'require',
];

type SdkModule = typeof TaroEntry;

function loadInBareContext(): { sdk: SdkModule; context: Record<string, unknown> } {
  const module = { exports: {} as SdkModule };
  const context: Record<string, unknown> = {
    module,
    exports: module.exports,
    setTimeout,
    clearTimeout,
    console: { log() {}, warn() {}, error() {}, info() {}, debug() {} },
  };
  runInNewContext(bundle, context, { filename: 'yika-sdk-taro.js' });
  return { sdk: module.exports, context };
}

it('the bare context really lacks what WeChat lacks', () => {
  const { context } = loadInBareContext();
  for (const name of ABSENT_IN_WEAPP) {
    expect(runInNewContext(`typeof ${name}`, context)).toBe('undefined');
  }
});

it('loads, signs in and lists hospitals through the Taro adapter with no web or Node globals', async () => {
  const { sdk } = loadInBareContext();
  const calls: FakeRequestOptions[] = [];
  const storage = new Map<string, unknown>();
  const request = (options: FakeRequestOptions) => {
    calls.push(options);
    const answer = options.url.includes('/v1/auth/wechat-login')
      ? {
          accessToken: 'header.payload.signature',
          refreshToken: 'refresh-token-0123456789',
          tokenType: 'Bearer',
          expiresIn: 900,
          refreshExpiresIn: 2592000,
          account: { id: 'acc_1', createdAt: '2026-11-22T08:00:00+08:00' },
        }
      : { data: [], nextCursor: null };
    setTimeout(
      () => options.success({ statusCode: 200, data: answer, header: { 'X-Request-Id': 'req_1' } }),
      1,
    );
    return { abort() {} };
  };
  const client = sdk.createClient({
    baseURL: 'https://platform.example.cn',
    channel: 'wechat-miniapp',
    adapter: sdk.createTaroAdapter(request),
    tokenStore: sdk.createTaroTokenStore({
      getStorageSync: (key: string) => storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
      removeStorageSync: (key: string) => void storage.delete(key),
    }),
  });

  const session = await client.auth.loginWithWechatCode('code-from-wx-login');
  expect(session.account.id).toBe('acc_1');
  const page = await client.hospitals.list({ district: '330203', limit: 5 });
  expect(page).toEqual({ data: [], nextCursor: null });

  expect(calls).toHaveLength(2);
  const [login, list] = calls;
  expect(login!.method).toBe('POST');
  expect(login!.header['X-Yika-Channel']).toBe('wechat-miniapp');
  expect(login!.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
  expect(list!.url).toBe('https://platform.example.cn/v1/hospitals?district=330203&limit=5');
  expect(await client.auth.isSignedIn()).toBe(true);
  expect(storage.size).toBe(1);
});
