// `@yika/sdk/server`: for hospitals' own servers (Node 20, Deno, workers, anything with WebCrypto). Verifies
// and decrypts WeChat Pay v3 notifications. Its own entry, so the main and mini-program entries never
// carry it. Usage (see docs/wechat-pay.md):
//   const { originalType, resource } = await verifyWechatPayNotification({ headers, body,
//     platformCertificates: [{ serial, publicKeyPem }], apiV3Key });
export {
  verifyWechatPayNotification,
  type NotificationHeaders,
  type VerifyWechatPayNotificationOptions,
  type WechatPayPlatformKey,
  type WechatPayPlatformKeyResolver,
} from '../server/wechat-pay-notification';
export type {
  VerifiedWechatPayNotification,
  WechatPayRefund,
  WechatPayTransaction,
} from '../server/wechat-pay-types';
export { isYikaError, YikaError } from '../errors';
