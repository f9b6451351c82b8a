// WeChat Pay v3 notifications (支付/退款结果通知) as WeChat sends them: a JSON envelope whose `resource` is the
// AEAD_AES_256_GCM-encrypted transaction or refund, signed over `timestamp\nnonce\nbody\n` with the platform
// key and sent with the Wechatpay-Timestamp / -Nonce / -Serial / -Signature headers.
import { randomBytes, randomUUID } from 'node:crypto';
import { toShanghaiIso } from '@yika/sdk/domain';
import type { WechatPayNotification } from '../contract/wire';
import { encryptResource } from './aead';
import type { TestMerchant } from './merchant';
import { notificationMessage, signSha256WithRsa } from './signing';

/** The decrypted resource of TRANSACTION.SUCCESS (the fields of WeChat's transaction this platform reads). */
export interface TransactionResource {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id: string;
  trade_type: 'JSAPI';
  trade_state: 'SUCCESS';
  trade_state_desc: string;
  bank_type: string;
  success_time: string;
  payer: { openid: string };
  amount: { total: number; payer_total: number; currency: 'CNY'; payer_currency: 'CNY' };
}

/** The decrypted resource of REFUND.SUCCESS. */
export interface RefundResource {
  mchid: string;
  out_trade_no: string;
  transaction_id: string;
  out_refund_no: string;
  refund_id: string;
  refund_status: 'SUCCESS';
  success_time: string;
  user_received_account: string;
  amount: { total: number; refund: number; payer_total: number; payer_refund: number };
}

export type NotificationEvent =
  | { eventType: 'TRANSACTION.SUCCESS'; resource: TransactionResource }
  | { eventType: 'REFUND.SUCCESS'; resource: RefundResource };

export const NOTIFY_HEADERS = {
  timestamp: 'Wechatpay-Timestamp',
  nonce: 'Wechatpay-Nonce',
  signature: 'Wechatpay-Signature',
  serial: 'Wechatpay-Serial',
} as const;

/** A notification ready to send: the exact body text and its signed headers. */
export interface SignedNotification {
  id: string;
  eventType: NotificationEvent['eventType'];
  headers: Record<string, string>;
  body: string;
}

const SUMMARY = { 'TRANSACTION.SUCCESS': '支付成功', 'REFUND.SUCCESS': '退款成功' } as const;
const ORIGINAL_TYPE = { 'TRANSACTION.SUCCESS': 'transaction', 'REFUND.SUCCESS': 'refund' } as const;
const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function signedNotification(
  merchant: TestMerchant,
  event: NotificationEvent,
  nowMs: number,
): SignedNotification {
  const originalType = ORIGINAL_TYPE[event.eventType];
  const resourceNonce = randomAlphanumeric(12);
  const envelope: WechatPayNotification = {
    id: randomUUID(),
    create_time: toShanghaiIso(nowMs),
    event_type: event.eventType,
    resource_type: 'encrypt-resource',
    summary: SUMMARY[event.eventType],
    resource: {
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext: encryptResource(
        merchant.apiV3Key,
        JSON.stringify(event.resource),
        resourceNonce,
        originalType,
      ),
      nonce: resourceNonce,
      associated_data: originalType,
      original_type: originalType,
    },
  };
  const body = JSON.stringify(envelope);
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = randomAlphanumeric(32);
  return {
    id: envelope.id,
    eventType: event.eventType,
    body,
    headers: {
      'Content-Type': 'application/json',
      [NOTIFY_HEADERS.timestamp]: timestamp,
      [NOTIFY_HEADERS.nonce]: nonce,
      [NOTIFY_HEADERS.serial]: merchant.platform.serial,
      [NOTIFY_HEADERS.signature]: signSha256WithRsa(
        merchant.platform.privateKey,
        notificationMessage(timestamp, nonce, body),
      ),
    },
  };
}

export function randomAlphanumeric(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += NONCE_ALPHABET[byte % NONCE_ALPHABET.length];
  return out;
}
