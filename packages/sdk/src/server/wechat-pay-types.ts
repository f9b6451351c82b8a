// The decrypted resources of WeChat Pay v3 notifications, in WeChat's own snake_case (微信支付 APIv3
// "支付通知" and "退款结果通知"). Optional fields are those WeChat may leave out.

/** `original_type: 'transaction'`: TRANSACTION.SUCCESS (JSAPI and other trade types). */
export interface WechatPayTransaction {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id: string;
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MICROPAY' | 'MWEB' | 'FACEPAY';
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';
  trade_state_desc: string;
  bank_type: string;
  attach?: string;
  success_time: string;
  payer: { openid: string };
  /** In fen. */
  amount: { total: number; payer_total: number; currency: string; payer_currency: string };
  scene_info?: { device_id?: string };
  promotion_detail?: unknown[];
}

/** `original_type: 'refund'`: REFUND.SUCCESS, REFUND.ABNORMAL, REFUND.CLOSED. */
export interface WechatPayRefund {
  mchid: string;
  out_trade_no: string;
  transaction_id: string;
  out_refund_no: string;
  refund_id: string;
  refund_status: 'SUCCESS' | 'CLOSED' | 'ABNORMAL';
  success_time?: string;
  user_received_account: string;
  /** In fen. */
  amount: { total: number; refund: number; payer_total: number; payer_refund: number };
}

interface VerifiedEnvelope {
  /** The notification's id (WeChat retries one id until acknowledged: dedupe on it). */
  id: string;
  /** e.g. `TRANSACTION.SUCCESS`, `REFUND.SUCCESS`. */
  eventType: string;
  createTime: string;
  summary?: string;
}

/**
 * A notification whose signature and timestamp were checked, with its resource decrypted. Branch on
 * `originalType` to get the resource's type.
 */
export type VerifiedWechatPayNotification =
  | (VerifiedEnvelope & { originalType: 'transaction'; resource: WechatPayTransaction })
  | (VerifiedEnvelope & { originalType: 'refund'; resource: WechatPayRefund });
