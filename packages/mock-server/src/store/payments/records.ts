// A payment order (支付订单) as the platform keeps it, and the state it is in. The stored state is only
// unpaid / paid / closed; refunding, refunded and partially refunded follow from its refunds, so the two can
// never disagree.
import type { InsuranceSplit, PaymentPurpose, PaymentStatus } from '../../contract/wire';
import type { Prepay } from '../../wxpay/simulator';

export type PaymentMethod = 'wechat' | 'onsite' | 'insurance';

export interface RefundRecord {
  id: string;
  paymentId: string;
  outRefundNo: string;
  amountFen: number;
  reason: string;
  createdAtMs: number;
  /** Set when WeChat Pay (or the hospital's till, on site) confirms it. */
  succeededAtMs?: number;
}

export interface PaymentRecord {
  id: string;
  purpose: PaymentPurpose;
  /** The card paid for; every account holding it sees the order. Unknown for a card bound to no account. */
  cardId: string | undefined;
  /** Accounts told about the order besides the card's holders (a kiosk booking names them). */
  accountIds: readonly string[];
  /** The reference shown to an account that has no binding of the card. */
  cardRef: string;
  patientName: string;
  hospitalId: string;
  description: string;
  amountFen: number;
  split: InsuranceSplit;
  outTradeNo: string;
  /** Payer openid for the JSAPI prepay. */
  openid: string;
  personId?: string;
  method?: PaymentMethod;
  holdId?: string;
  billId?: string;
  /** The choice the order was made with (a bill asked again with the other choice gets a new order). */
  useInsurance: boolean;
  appointmentId?: string;
  returnUrl?: string;
  prepay?: Prepay;
  createdAtMs: number;
  expiresAtMs: number;
  paidAtMs?: number;
  closedAtMs?: number;
  state: 'unpaid' | 'paid' | 'closed';
  refunds: RefundRecord[];
  /** Creation order, to keep lists stable within one millisecond. */
  sequence: number;
}

/** What was paid through WeChat Pay or on site: the only part a refund can give back. */
export function refundableFen(record: PaymentRecord): number {
  return record.state === 'paid' ? record.split.selfPayFen : 0;
}

export function refundedFen(record: PaymentRecord): number {
  return record.refunds.reduce(
    (sum, refund) => sum + (refund.succeededAtMs === undefined ? 0 : refund.amountFen),
    0,
  );
}

/** Refunds asked for, confirmed or not: what the next refund must fit beside. */
export function committedRefundFen(record: PaymentRecord): number {
  return record.refunds.reduce((sum, refund) => sum + refund.amountFen, 0);
}

export function paymentStatus(record: PaymentRecord): PaymentStatus {
  if (record.state !== 'paid') return record.state;
  if (record.refunds.some((refund) => refund.succeededAtMs === undefined)) return 'refunding';
  const refunded = refundedFen(record);
  if (refunded === 0) return 'paid';
  return refunded >= record.split.selfPayFen ? 'refunded' : 'partially_refunded';
}
