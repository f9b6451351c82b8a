// Build-time settings. Configuration, never code, decides which platform the app talks to: the address and
// the channel are read from the environment here and compiled in as constants (see defineConstants).

import type { Channel } from '@yika/sdk';

export const DEFAULT_API_BASE_URL = 'http://127.0.0.1:4010';

// The contract's Channel enum; `satisfies` makes the typecheck fail if the contract drops one.
const CHANNELS = [
  'wechat-miniapp',
  'hospital-app',
  'web',
  'kiosk',
  'phone',
  'window',
] as const satisfies readonly Channel[];
type BuildChannel = (typeof CHANNELS)[number];

export interface BuildSettings {
  apiBaseUrl: string;
  channel: BuildChannel;
  /** True when no YIKA_API_BASE_URL was given and the development default is used. */
  usesDefaultApiBaseUrl: boolean;
  /**
   * YIKA_PAY_SIMULATOR: after wx.requestPayment, post the mock platform's test confirmation (there is no
   * real WeChat Pay behind the mock). Default true, since the mock is the only platform so far; a build
   * against a real platform sets it to false.
   */
  paySimulator: boolean;
}

function readFlag(name: string, value: string | undefined, fallback: boolean): boolean {
  const text = value?.trim().toLowerCase();
  if (!text) return fallback;
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new Error(`${name} must be true or false, got "${value ?? ''}"`);
}

function isChannel(value: string): value is BuildChannel {
  return (CHANNELS as readonly string[]).includes(value);
}

export function readBuildSettings(env: NodeJS.ProcessEnv): BuildSettings {
  const configuredUrl = env.YIKA_API_BASE_URL?.trim();
  const apiBaseUrl = (configuredUrl || DEFAULT_API_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(apiBaseUrl)) {
    throw new Error(`YIKA_API_BASE_URL must be an http(s) URL, got "${apiBaseUrl}"`);
  }

  // The mini-program is the WeChat channel; the H5 build is the web one unless a hospital app embeds it.
  const configuredChannel = env.YIKA_CHANNEL?.trim();
  let channel: BuildChannel = env.TARO_ENV === 'weapp' ? 'wechat-miniapp' : 'web';
  if (configuredChannel) {
    if (!isChannel(configuredChannel)) {
      throw new Error(`YIKA_CHANNEL must be one of ${CHANNELS.join(', ')}, got "${configuredChannel}"`);
    }
    channel = configuredChannel;
  }
  const paySimulator = readFlag('YIKA_PAY_SIMULATOR', env.YIKA_PAY_SIMULATOR, true);
  return { apiBaseUrl, channel, usesDefaultApiBaseUrl: !configuredUrl, paySimulator };
}
