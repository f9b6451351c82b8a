// What `platform.wechatPay` offers tests and the standalone server: the payer's confirmation, the merchant's
// public parts, and the notifications sent so far.
import type { MerchantPublicParts } from './merchant';
import type { Delivery } from './simulator';

export interface WechatPayControls {
  /** The payer confirms the prepay (after wx.requestPayment, or 确认支付 on the cashier page). */
  confirm(prepayId: string): Promise<Delivery>;
  /** Everything a WeChat Pay v3 library needs to verify and decrypt what the simulator sends. */
  merchant(): MerchantPublicParts;
  /** Every notification sent since the last reset, oldest first, with each delivery attempt. */
  deliveries(): readonly Delivery[];
  /** Sends the last notification again, byte for byte (WeChat Pay's retry). */
  redeliverLast(): Promise<Delivery>;
  /** Resolves once every notification under way (refunds are sent in the background) has been handled. */
  idle(): Promise<void>;
}
