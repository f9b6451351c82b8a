// Refunds (退款): each refund number (out_refund_no) refunds once, on one order, for one amount; refunds never
// add up to more than was paid through WeChat Pay or on site; only a paid order can be refunded, at most
// MAX_REFUNDS_PER_ORDER times (WeChat Pay's limit). A WeChat refund is `processing` until REFUND.SUCCESS
// arrives; a fee taken on site is given back at the till at once.
import { formatYuan } from '@yika/sdk/domain';
import type { MockClock } from '../../clock';
import type { WechatPaySimulator } from '../../wxpay/simulator';
import { PlatformError } from '../errors';
import type { PaymentLedger } from './ledger';
import { committedRefundFen, refundableFen, type PaymentRecord, type RefundRecord } from './records';

export const MAX_REFUNDS_PER_ORDER = 50;

export interface RefundInput {
  outRefundNo: string;
  amountFen: number;
  reason: string;
}

export class RefundDesk {
  constructor(
    private readonly ledger: PaymentLedger,
    private readonly simulator: () => WechatPaySimulator,
    private readonly clock: MockClock,
    private readonly newId: () => string,
  ) {}

  /** Refunds part or all of a paid order; the same number and amount again answers the first refund. */
  request(record: PaymentRecord, input: RefundInput): RefundRecord {
    const existing = this.ledger.refundsByNo.get(input.outRefundNo);
    if (existing) {
      if (existing.paymentId !== record.id || existing.amountFen !== input.amountFen) {
        throw new PlatformError('REFUND_CONFLICT');
      }
      return existing;
    }
    if (record.state !== 'paid') throw new PlatformError('PAYMENT_STATE_INVALID');
    if (record.refunds.length >= MAX_REFUNDS_PER_ORDER) {
      throw new PlatformError('PAYMENT_STATE_INVALID', {
        details: [{ field: 'refunds', issue: `an order is refunded at most ${MAX_REFUNDS_PER_ORDER} times` }],
      });
    }
    if (committedRefundFen(record) + input.amountFen > refundableFen(record)) {
      throw new PlatformError('REFUND_EXCEEDS_PAID');
    }
    const refund: RefundRecord = {
      id: this.newId(),
      paymentId: record.id,
      outRefundNo: input.outRefundNo,
      amountFen: input.amountFen,
      reason: input.reason,
      createdAtMs: this.clock.now(),
    };
    record.refunds.push(refund);
    this.ledger.refundsByNo.set(refund.outRefundNo, refund);
    if (record.method === 'wechat') {
      this.simulator().refund({
        outTradeNo: record.outTradeNo,
        outRefundNo: refund.outRefundNo,
        amountFen: refund.amountFen,
      });
    } else {
      this.succeed(record, refund, refund.createdAtMs);
    }
    return refund;
  }

  /** Refunds what is left of a paid order; the fen refunded (0 when nothing was left, or it was never paid). */
  inFull(record: PaymentRecord, reason: string): number {
    const left = refundableFen(record) - committedRefundFen(record);
    if (left <= 0) return 0;
    let number = record.refunds.length + 1;
    while (this.ledger.refundsByNo.has(fullRefundNo(record, number))) number += 1;
    this.request(record, { outRefundNo: fullRefundNo(record, number), amountFen: left, reason });
    return left;
  }

  /** REFUND.SUCCESS arrived: the refund is done (a repeat changes nothing). */
  settle(outRefundNo: string, succeededAtMs: number): RefundRecord | undefined {
    const refund = this.ledger.refundsByNo.get(outRefundNo);
    const record = refund && this.ledger.get(refund.paymentId);
    if (!refund || !record) return undefined;
    if (refund.succeededAtMs === undefined) this.succeed(record, refund, succeededAtMs);
    return refund;
  }

  private succeed(record: PaymentRecord, refund: RefundRecord, atMs: number): void {
    refund.succeededAtMs = atMs;
    this.ledger.publish(record, {
      type: 'payment.refunded',
      title: '退款成功',
      body: `${record.description}已退款${formatYuan(refund.amountFen)}，原路退回。`,
    });
    this.ledger.notices.refunded(record, refund);
  }
}

function fullRefundNo(record: PaymentRecord, number: number): string {
  return `RF${record.outTradeNo}_${number}`;
}
