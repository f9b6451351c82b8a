// The simulated WeChat Pay (微信支付) side of a payment: JSAPI prepay (prepay_id, valid 2 h; the same order
// again before then gets the same prepay_id), the wx.requestPayment parameters with their paySign, the
// payer's confirmation (the money moves at WeChat, then TRANSACTION.SUCCESS is sent), refunds (REFUND.SUCCESS
// sent right after the request) and the delivery of notifications. WeChat retries a notification that is
// not acknowledged; here a failed delivery is retried at once up to MAX_DELIVERY_ATTEMPTS times (no timers:
// tests stay untimed) and `redeliver` sends one again, as WeChat's later retries would.
import { randomInt } from 'node:crypto';
import { toShanghaiIso } from '@yika/sdk/domain';
import type { MockClock } from '../clock';
import type { WechatPayParams } from '../contract/wire';
import type { TestMerchant } from './merchant';
import {
  randomAlphanumeric,
  signedNotification,
  type NotificationEvent,
  type RefundResource,
  type SignedNotification,
  type TransactionResource,
} from './notifications';
import { paySignMessage, signSha256WithRsa } from './signing';

export const PREPAY_TTL_MS = 2 * 60 * 60 * 1000;
export const MAX_DELIVERY_ATTEMPTS = 5;

export interface PrepayRequest {
  outTradeNo: string;
  description: string;
  totalFen: number;
  openid: string;
}

export interface Prepay extends PrepayRequest {
  prepayId: string;
  expiresAtMs: number;
  /** Made once per prepay_id, so every read of the order shows the same parameters. */
  params: WechatPayParams;
}

/** The merchant's side, asked before money moves: is the order still open (it may close lazily)? */
export interface MerchantOrders {
  isOpen(outTradeNo: string): boolean;
}

/** One try to hand a notification over: the receiver's HTTP status, or why it could not be reached. */
export type DeliveryAttempt = { status: number } | { error: string };
export type Deliver = (notification: SignedNotification) => Promise<DeliveryAttempt>;

export interface Delivery {
  notification: SignedNotification;
  outTradeNo: string;
  outRefundNo?: string;
  attempts: DeliveryAttempt[];
  /** Acknowledged with a 2xx. */
  delivered: boolean;
}

export type RefusalReason = 'PREPAY_NOT_FOUND' | 'PREPAY_EXPIRED' | 'ORDER_CLOSED' | 'NOT_PAID';

/** WeChat Pay refuses the request (the simulator's own answer, not a platform error). */
export class WechatPayRefusal extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason);
    this.name = 'WechatPayRefusal';
  }
}

export interface SimulatorDeps {
  clock: MockClock;
  merchant(): TestMerchant;
  orders: MerchantOrders;
  deliver: Deliver;
}

export class WechatPaySimulator {
  private readonly prepays = new Map<string, Prepay>();
  private readonly latestPrepay = new Map<string, Prepay>();
  private readonly transactions = new Map<string, TransactionResource>();
  private readonly refunds = new Map<string, RefundResource>();
  private readonly closed = new Set<string>();
  private readonly sent: Delivery[] = [];
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly deps: SimulatorDeps) {}

  /** `POST /v3/pay/transactions/jsapi`: the latest prepay of the order while it is valid, else a new one. */
  prepay(request: PrepayRequest): Prepay {
    const nowMs = this.deps.clock.now();
    const latest = this.latestPrepay.get(request.outTradeNo);
    if (latest && latest.expiresAtMs > nowMs && latest.totalFen === request.totalFen) return latest;
    const merchant = this.deps.merchant();
    const prepayId = `wx${randomDigits(28)}`;
    const pkg = `prepay_id=${prepayId}`;
    const timeStamp = String(Math.floor(nowMs / 1000));
    const nonceStr = randomAlphanumeric(32);
    const prepay: Prepay = {
      ...request,
      prepayId,
      expiresAtMs: nowMs + PREPAY_TTL_MS,
      params: {
        appId: merchant.appId,
        timeStamp,
        nonceStr,
        package: pkg,
        signType: 'RSA',
        paySign: signSha256WithRsa(
          merchant.merchant.privateKey,
          paySignMessage(merchant.appId, timeStamp, nonceStr, pkg),
        ),
      },
    };
    this.prepays.set(prepayId, prepay);
    this.latestPrepay.set(request.outTradeNo, prepay);
    return prepay;
  }

  prepayOf(prepayId: string): Prepay | undefined {
    return this.prepays.get(prepayId);
  }

  /**
   * The payer confirms (wx.requestPayment succeeded, or 确认支付 on the cashier page): the money moves and
   * TRANSACTION.SUCCESS is delivered. Confirming a paid order again sends the same transaction again (a
   * retry), never a second charge. Refused for an unknown or expired prepay and for a closed order.
   */
  async confirm(prepayId: string): Promise<Delivery> {
    const prepay = this.prepays.get(prepayId);
    if (!prepay) throw new WechatPayRefusal('PREPAY_NOT_FOUND');
    const nowMs = this.deps.clock.now();
    let transaction = this.transactions.get(prepay.outTradeNo);
    if (!transaction) {
      if (prepay.expiresAtMs <= nowMs) throw new WechatPayRefusal('PREPAY_EXPIRED');
      if (this.closed.has(prepay.outTradeNo) || !this.deps.orders.isOpen(prepay.outTradeNo)) {
        this.closed.add(prepay.outTradeNo);
        throw new WechatPayRefusal('ORDER_CLOSED');
      }
      transaction = this.charge(prepay, nowMs);
    }
    return this.send({ eventType: 'TRANSACTION.SUCCESS', resource: transaction }, prepay.outTradeNo);
  }

  /** `POST .../{out_trade_no}/close`: false when the money already moved (the order cannot close). */
  close(outTradeNo: string): boolean {
    if (this.transactions.has(outTradeNo)) return false;
    this.closed.add(outTradeNo);
    return true;
  }

  isPaid(outTradeNo: string): boolean {
    return this.transactions.has(outTradeNo);
  }

  /**
   * `POST /v3/refund/domestic/refunds`: accepted at once (PROCESSING) and REFUND.SUCCESS delivered right
   * after, without the caller waiting (see `idle`). The same out_refund_no again answers the first refund.
   */
  refund(input: { outTradeNo: string; outRefundNo: string; amountFen: number }): RefundResource {
    const existing = this.refunds.get(input.outRefundNo);
    if (existing) return existing;
    const transaction = this.transactions.get(input.outTradeNo);
    if (!transaction) throw new WechatPayRefusal('NOT_PAID');
    const refund: RefundResource = {
      mchid: transaction.mchid,
      out_trade_no: input.outTradeNo,
      transaction_id: transaction.transaction_id,
      out_refund_no: input.outRefundNo,
      refund_id: `50${randomDigits(30)}`,
      refund_status: 'SUCCESS',
      success_time: toShanghaiIso(this.deps.clock.now()),
      user_received_account: '支付用户零钱',
      amount: {
        total: transaction.amount.total,
        refund: input.amountFen,
        payer_total: transaction.amount.payer_total,
        payer_refund: input.amountFen,
      },
    };
    this.refunds.set(input.outRefundNo, refund);
    this.track(
      this.send({ eventType: 'REFUND.SUCCESS', resource: refund }, input.outTradeNo, input.outRefundNo),
    );
    return refund;
  }

  /** Every notification sent so far, oldest first. */
  deliveries(): readonly Delivery[] {
    return this.sent;
  }

  /** Sends the last notification again, byte for byte (WeChat's retry). */
  async redeliverLast(): Promise<Delivery> {
    const last = this.sent[this.sent.length - 1];
    if (!last) throw new Error('No notification has been sent yet');
    await this.attempt(last);
    return last;
  }

  /** Resolves once every notification under way (refunds are sent in the background) is settled. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private charge(prepay: Prepay, nowMs: number): TransactionResource {
    const merchant = this.deps.merchant();
    const transaction: TransactionResource = {
      appid: merchant.appId,
      mchid: merchant.mchid,
      out_trade_no: prepay.outTradeNo,
      transaction_id: `4200${randomDigits(24)}`,
      trade_type: 'JSAPI',
      trade_state: 'SUCCESS',
      trade_state_desc: '支付成功',
      bank_type: 'OTHERS',
      success_time: toShanghaiIso(nowMs),
      payer: { openid: prepay.openid },
      amount: {
        total: prepay.totalFen,
        payer_total: prepay.totalFen,
        currency: 'CNY',
        payer_currency: 'CNY',
      },
    };
    this.transactions.set(prepay.outTradeNo, transaction);
    return transaction;
  }

  private async send(event: NotificationEvent, outTradeNo: string, outRefundNo?: string): Promise<Delivery> {
    const delivery: Delivery = {
      notification: signedNotification(this.deps.merchant(), event, this.deps.clock.now()),
      outTradeNo,
      ...(outRefundNo === undefined ? {} : { outRefundNo }),
      attempts: [],
      delivered: false,
    };
    this.sent.push(delivery);
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS && !delivery.delivered; i++) await this.attempt(delivery);
    return delivery;
  }

  private async attempt(delivery: Delivery): Promise<void> {
    let outcome: DeliveryAttempt;
    try {
      outcome = await this.deps.deliver(delivery.notification);
    } catch (error) {
      outcome = { error: error instanceof Error ? error.message : String(error) };
    }
    delivery.attempts.push(outcome);
    if ('status' in outcome && outcome.status >= 200 && outcome.status < 300) delivery.delivered = true;
  }

  private track(work: Promise<unknown>): void {
    const done: Promise<void> = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(done);
    void done.then(() => this.pending.delete(done));
  }
}

function randomDigits(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(randomInt(10));
  return out;
}
