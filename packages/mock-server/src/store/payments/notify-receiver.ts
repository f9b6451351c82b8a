// The platform's WeChat Pay notification receiver (支付结果通知): the Wechatpay-Signature is checked against
// the platform certificate named by Wechatpay-Serial over the RAW body, the timestamp must be within 5
// minutes of the clock (a replay guard), the resource is decrypted with the APIv3 key, and then the order or
// refund is settled, idempotently (WeChat Pay repeats notifications until they are acknowledged).
import type { MockClock } from '../../clock';
import type { WechatPayNotification } from '../../contract/wire';
import { decryptResource } from '../../wxpay/aead';
import type { TestMerchant } from '../../wxpay/merchant';
import type { RefundResource, TransactionResource } from '../../wxpay/notifications';
import { notificationMessage, verifySha256WithRsa } from '../../wxpay/signing';
import { PlatformError, validationFailed } from '../errors';
import type { PaymentDesk } from './desk';
import type { RefundDesk } from './refunds';

export const NOTIFY_CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

export interface NotificationHeaders {
  timestamp: string;
  nonce: string;
  signature: string;
  serial: string;
}

export class NotificationReceiver {
  constructor(
    private readonly merchant: () => TestMerchant,
    private readonly clock: MockClock,
    private readonly payments: PaymentDesk,
    private readonly refunds: RefundDesk,
  ) {}

  receive(headers: NotificationHeaders, bodyText: string, body: WechatPayNotification): void {
    const merchant = this.merchant();
    const signed = notificationMessage(headers.timestamp, headers.nonce, bodyText);
    if (headers.serial !== merchant.platform.serial) {
      throw invalidSignature(
        'header.Wechatpay-Serial',
        'names no WeChat Pay platform certificate of this merchant',
      );
    }
    if (!verifySha256WithRsa(merchant.platform.publicKey, signed, headers.signature)) {
      throw invalidSignature('header.Wechatpay-Signature', 'does not verify over timestamp, nonce and body');
    }
    if (Math.abs(this.clock.now() - Number(headers.timestamp) * 1000) > NOTIFY_CLOCK_TOLERANCE_MS) {
      throw invalidSignature(
        'header.Wechatpay-Timestamp',
        'is more than 5 minutes away from the platform clock',
      );
    }
    const { resource } = body;
    const plaintext = decryptResource(
      merchant.apiV3Key,
      resource.ciphertext,
      resource.nonce,
      resource.associated_data ?? '',
    );
    if (plaintext === undefined)
      throw validationFailed('body.resource.ciphertext', 'does not decrypt with the APIv3 key');
    const decrypted = parse(plaintext);
    if (body.event_type === 'TRANSACTION.SUCCESS') {
      if (
        !isTransaction(decrypted) ||
        decrypted.trade_state !== 'SUCCESS' ||
        decrypted.mchid !== merchant.mchid
      ) {
        throw validationFailed('body.resource', 'is not a successful transaction of this merchant');
      }
      this.payments.settle(decrypted);
    } else if (body.event_type === 'REFUND.SUCCESS') {
      if (!isRefund(decrypted)) throw validationFailed('body.resource', 'is not a refund');
      if (this.refunds.settle(decrypted.out_refund_no, Date.parse(decrypted.success_time)) === undefined) {
        throw validationFailed('body.resource.out_refund_no', 'names no refund of this merchant');
      }
    }
    // Other event types (REFUND.ABNORMAL, ...) are acknowledged and ignored: this simulator sends none.
  }
}

function invalidSignature(field: string, issue: string): PlatformError {
  return new PlatformError('INVALID_SIGNATURE', { details: [{ field, issue }] });
}

/** The fields of a transaction this receiver reads, checked (the rest is WeChat's and passed through). */
function isTransaction(
  value: Record<string, unknown>,
): value is Record<string, unknown> & TransactionResource {
  const amount = value.amount as Record<string, unknown> | undefined;
  return (
    typeof value.out_trade_no === 'string' &&
    typeof value.mchid === 'string' &&
    typeof value.trade_state === 'string' &&
    typeof value.success_time === 'string' &&
    typeof amount === 'object' &&
    amount !== null &&
    Number.isSafeInteger(amount.total)
  );
}

function isRefund(value: Record<string, unknown>): value is Record<string, unknown> & RefundResource {
  return typeof value.out_refund_no === 'string' && typeof value.success_time === 'string';
}

function parse(plaintext: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(plaintext);
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  } catch {
    // Falls through to the refusal below.
  }
  throw validationFailed('body.resource.ciphertext', 'does not hold a JSON object');
}
