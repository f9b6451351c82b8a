// Where payment orders are kept: by id, by merchant order number (out_trade_no), the open order of each hold
// or bill (so a second create answers it instead of charging twice), and refunds by refund number. Expiry is
// lazy and exact on the platform clock, like holds: any look at an unpaid order at or after `expiresAtMs`
// closes it (the WeChat Pay order is closed too, unless the money already moved there) and tells the
// accounts with a `payment.closed` event.
import { formatYuan } from '@yika/sdk/domain';
import type { MockClock } from '../../clock';
import type { WechatPaySimulator } from '../../wxpay/simulator';
import type { CardModel } from '../cards/model';
import type { EventSink, NewAccountEvent } from '../ports';
import type { HospitalEventSink } from '../webhooks/events';
import { PaymentNotices } from './notices';
import type { PersonalAccounts } from './personal-accounts';
import type { PaymentRecord, RefundRecord } from './records';

export interface LedgerDeps {
  clock: MockClock;
  cards: CardModel;
  personalAccounts: PersonalAccounts;
  simulator(): WechatPaySimulator;
  events(): EventSink;
  hospitalEvents(): HospitalEventSink;
}

export class PaymentLedger {
  private readonly byId = new Map<string, PaymentRecord>();
  private readonly byOutTradeNo = new Map<string, PaymentRecord>();
  /** `hold:<id>` / `bill:<id>` -> the latest order made for it. */
  private readonly latestFor = new Map<string, PaymentRecord>();
  readonly refundsByNo = new Map<string, RefundRecord>();
  private sequence = 0;
  /** What the order's hospital is told (its webhooks) when the order is paid or a refund completes. */
  readonly notices: PaymentNotices;

  constructor(private readonly deps: LedgerDeps) {
    this.notices = new PaymentNotices(deps.cards, deps.hospitalEvents);
  }

  add(record: Omit<PaymentRecord, 'sequence'>, target?: string): PaymentRecord {
    const stored: PaymentRecord = { ...record, sequence: this.sequence++ };
    this.byId.set(stored.id, stored);
    this.byOutTradeNo.set(stored.outTradeNo, stored);
    if (target !== undefined) this.latestFor.set(target, stored);
    return stored;
  }

  has(paymentId: string): boolean {
    return this.byId.has(paymentId);
  }

  /** The order, brought up to date with the clock. */
  get(paymentId: string): PaymentRecord | undefined {
    return this.refreshed(this.byId.get(paymentId));
  }

  byTradeNo(outTradeNo: string): PaymentRecord | undefined {
    return this.refreshed(this.byOutTradeNo.get(outTradeNo));
  }

  latest(target: string): PaymentRecord | undefined {
    return this.refreshed(this.latestFor.get(target));
  }

  /** Every order the account may see (its cards' orders and those naming it), newest first. */
  visibleTo(accountId: string): PaymentRecord[] {
    const cardIds = new Set(this.deps.cards.bindings.forAccount(accountId).map((binding) => binding.cardId));
    return [...this.byId.values()]
      .filter(
        (record) =>
          (record.cardId !== undefined && cardIds.has(record.cardId)) ||
          record.accountIds.includes(accountId),
      )
      .map((record) => this.refreshed(record)!)
      .sort((a, b) => b.createdAtMs - a.createdAtMs || b.sequence - a.sequence);
  }

  /** The accounts to tell about the order: the card's holders and any named. */
  audience(record: PaymentRecord): string[] {
    const holders =
      record.cardId === undefined
        ? []
        : this.deps.cards.bindings.holdersOf(record.cardId).map((binding) => binding.accountId);
    return [...new Set([...holders, ...record.accountIds])];
  }

  /** The account's reference for the order's card (the stored one when it holds no binding of it). */
  cardRefFor(record: PaymentRecord, accountId: string | undefined): string {
    if (accountId === undefined || record.cardId === undefined) return record.cardRef;
    return this.deps.cards.bindings.findCard(accountId, record.cardId)?.ref ?? record.cardRef;
  }

  publish(record: PaymentRecord, event: Omit<NewAccountEvent, 'paymentId' | 'cardRef'>): void {
    for (const accountId of this.audience(record)) {
      this.deps
        .events()
        .publish(accountId, { ...event, paymentId: record.id, cardRef: this.cardRefFor(record, accountId) });
    }
  }

  /** Closes an unpaid order now (expiry, or replaced by a new order); false when the money already moved. */
  close(record: PaymentRecord, atMs: number, announce: boolean): boolean {
    if (record.state !== 'unpaid') return false;
    if (!this.deps.simulator().close(record.outTradeNo)) return false;
    record.state = 'closed';
    record.closedAtMs = atMs;
    if (record.personId !== undefined && record.split.personalAccountFen > 0) {
      this.deps.personalAccounts.giveBack(record.personId, record.split.personalAccountFen);
    }
    if (announce) {
      this.publish(record, {
        type: 'payment.closed',
        title: '订单已关闭',
        body: `${record.description}（${formatYuan(record.amountFen)}）超时未支付，订单已关闭。`,
      });
    }
    return true;
  }

  private refreshed(record: PaymentRecord | undefined): PaymentRecord | undefined {
    if (record && record.state === 'unpaid' && this.deps.clock.now() >= record.expiresAtMs) {
      this.close(record, record.expiresAtMs, true);
    }
    return record;
  }
}
