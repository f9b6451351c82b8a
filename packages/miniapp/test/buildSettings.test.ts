import { DEFAULT_API_BASE_URL, readBuildSettings } from '../config/env';

describe('readBuildSettings', () => {
  it('uses the development platform when no address is configured, and says so', () => {
    expect(readBuildSettings({ TARO_ENV: 'weapp' })).toEqual({
      apiBaseUrl: DEFAULT_API_BASE_URL,
      channel: 'wechat-miniapp',
      usesDefaultApiBaseUrl: true,
      paySimulator: true,
    });
  });

  it('takes the platform address from YIKA_API_BASE_URL, without a trailing slash', () => {
    const settings = readBuildSettings({ TARO_ENV: 'h5', YIKA_API_BASE_URL: 'https://api.yika.example/ ' });
    expect(settings).toMatchObject({ apiBaseUrl: 'https://api.yika.example', usesDefaultApiBaseUrl: false });
  });

  it('refuses an address that is not http(s), rather than build an app that cannot connect', () => {
    expect(() => readBuildSettings({ YIKA_API_BASE_URL: '127.0.0.1:4010' })).toThrow(/YIKA_API_BASE_URL/);
  });

  it('is the web channel on H5 unless a hospital app embeds it', () => {
    expect(readBuildSettings({ TARO_ENV: 'h5' }).channel).toBe('web');
    expect(readBuildSettings({ TARO_ENV: 'h5', YIKA_CHANNEL: 'hospital-app' }).channel).toBe('hospital-app');
    expect(() => readBuildSettings({ TARO_ENV: 'h5', YIKA_CHANNEL: 'fax' })).toThrow(/YIKA_CHANNEL/);
  });

  it("confirms payments through the mock's simulator unless YIKA_PAY_SIMULATOR is false", () => {
    expect(readBuildSettings({ TARO_ENV: 'weapp', YIKA_PAY_SIMULATOR: 'false' }).paySimulator).toBe(false);
    expect(readBuildSettings({ TARO_ENV: 'weapp', YIKA_PAY_SIMULATOR: ' 1 ' }).paySimulator).toBe(true);
    expect(() => readBuildSettings({ YIKA_PAY_SIMULATOR: 'maybe' })).toThrow(/YIKA_PAY_SIMULATOR/);
  });
});
