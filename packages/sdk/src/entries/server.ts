// `@yika/sdk/server`: for hospitals' own servers (Node 20, Deno, workers, anything with WebCrypto). Verifies
// and decrypts WeChat Pay v3 notifications (WebCrypto only) and verifies the platform's webhook events
// (jose). Its own entry, so the main and mini-program entries never carry it. Usage (docs/wechat-pay.md,
// docs/webhooks.md):
//   const { originalType, resource } = await verifyWechatPayNotification({ headers, body,
//     platformCertificates: [{ serial, publicKeyPem }], apiV3Key });
//   const event = await verifyWebhookEvent(body, { jwksUrl, audience: webhook.id });
//   if (event.type === 'appointment.booked') event.data.patientNumber; // data narrows on type
// Hospitals' tests sign their own deliveries with createWebhookTestSigner() and verify with its jwks.
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
export {
  verifyWebhookEvent,
  WEBHOOK_EVENT_JWT_TYPE,
  WEBHOOK_EVENT_TTL_SECONDS,
  DEFAULT_WEBHOOK_CLOCK_TOLERANCE_SECONDS,
  MAX_WEBHOOK_CLOCK_TOLERANCE_SECONDS,
  type VerifyWebhookEventOptions,
} from '../server/webhook-event';
export type {
  AppointmentBookedData,
  AppointmentBookedEvent,
  AppointmentCancelledData,
  AppointmentCancelledEvent,
  AppointmentCheckedInData,
  AppointmentCheckedInEvent,
  AppointmentNoShowData,
  AppointmentNoShowEvent,
  CardLinkedData,
  CardLinkedEvent,
  PaymentRefundedData,
  PaymentRefundedEvent,
  PaymentSucceededData,
  PaymentSucceededEvent,
  ReportReadyData,
  ReportReadyEvent,
  ScheduleStoppedData,
  ScheduleStoppedEvent,
  StoppedAppointment,
  WebhookEvent,
  WebhookEventDataMap,
  WebhookEventOf,
  WebhookEventType,
} from '../server/webhook-event-types';
// Test signatures for a hospital's own unit tests (a fresh key; never verifies against the platform).
export {
  createWebhookTestSigner,
  type WebhookTestEvent,
  type WebhookTestSigner,
  type WebhookTestSignerOptions,
  type WebhookTestSignOptions,
} from '../server/webhook-test-signer';
// Client credentials (private_key_jwt): the signer for createClient({ clientAuth }) (docs/server-auth.md).
export {
  privateKeyJwt,
  type ClientAssertionAlgorithm,
  type PrivateKeyJwtOptions,
} from '../server/private-key-jwt';
export type { ClientAuth, ClientAssertionRequest } from '../core/client-auth';
export { PLATFORM_ISSUER } from '../verify/platform-keys';
export type { JWTVerifyGetKey } from 'jose';
export { isYikaError, YikaError, NetworkError } from '../errors';
