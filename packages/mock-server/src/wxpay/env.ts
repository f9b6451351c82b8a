// The standalone server's test merchant from the environment, so a team can pin its keys (and point a
// real WeChat Pay v3 library at them) instead of getting new ones on every start.
import { readFileSync } from 'node:fs';
import type { WechatPayOptions } from './merchant';

export const WXPAY_ENV = {
  appId: 'YIKA_WXPAY_APPID',
  mchid: 'YIKA_WXPAY_MCHID',
  merchantKeyFile: 'YIKA_WXPAY_MERCHANT_KEY_FILE',
  merchantSerial: 'YIKA_WXPAY_MERCHANT_SERIAL',
  platformKeyFile: 'YIKA_WXPAY_PLATFORM_KEY_FILE',
  platformSerial: 'YIKA_WXPAY_PLATFORM_SERIAL',
  apiV3Key: 'YIKA_WXPAY_APIV3_KEY',
  notifyUrl: 'YIKA_WXPAY_NOTIFY_URL',
} as const;

export function wechatPayOptionsFromEnv(env: NodeJS.ProcessEnv): WechatPayOptions {
  const value = (name: string): string | undefined =>
    env[name] === undefined || env[name] === '' ? undefined : env[name];
  const pem = (name: string): string | undefined => {
    const path = value(name);
    return path === undefined ? undefined : readFileSync(path, 'utf8');
  };
  const options: WechatPayOptions = {};
  const entries: [keyof WechatPayOptions, string | undefined][] = [
    ['appId', value(WXPAY_ENV.appId)],
    ['mchid', value(WXPAY_ENV.mchid)],
    ['merchantPrivateKeyPem', pem(WXPAY_ENV.merchantKeyFile)],
    ['merchantSerial', value(WXPAY_ENV.merchantSerial)],
    ['platformPrivateKeyPem', pem(WXPAY_ENV.platformKeyFile)],
    ['platformSerial', value(WXPAY_ENV.platformSerial)],
    ['apiV3Key', value(WXPAY_ENV.apiV3Key)],
    ['notifyUrl', value(WXPAY_ENV.notifyUrl)],
  ];
  for (const [key, given] of entries) if (given !== undefined) options[key] = given;
  return options;
}
