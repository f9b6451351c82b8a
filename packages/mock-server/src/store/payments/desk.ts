// Payment orders (支付订单) for registration fees (from a hold) and outpatient bills: creating them (one open
// order per hold or bill, so a repeat never charges twice), settling them when WeChat Pay's notification
// arrives (once; a registration is booked then, or refunded in full when its hold lapsed), fees taken on
// site, and the resident's views. Everything here is synchronous, so concurrent requests cannot interleave
// between a check and the write it guards.
import { shanghaiDate } from '@yika/sdk/domain';
import type { MockClock } from '../../clock';
import type {
  Channel,
  HospitalRef,
  Payment,
  PaymentPage,
  PaymentRequest,
  PaymentSummary,
  Refund,
} from '../../contract/wire';
import type { TransactionResource } from '../../wxpay/notifications';
import type { WechatPaySimulator } from '../../wxpay/simulator';
import type { AccountRegistry } from '../accounts';
import type { BillDesk } from '../bills/desk';
import { hospitalRef } from '../booking/views';
import type { CardModel } from '../cards/model';
import { pageOf, type PageRequest } from '../cursor';
import { PlatformError, validationFailed } from '../errors';
import type { HospitalDirectory } from '../hospitals';
import type { OnsitePayment, RegistrationBooking, RegistrationPayments } from '../ports';
import type { PaymentLedger } from './ledger';
import type { PersonalAccounts } from './personal-accounts';
import type { PaymentRecord } from './records';
import type { RefundDesk, RefundInput } from './refunds';
import { cashOnly, insuranceSplit } from './split';
import { toPayment, toRefund, toSummary } from './view';

/** An unpaid bill order closes after this long (a registration order closes with its hold). */
export const BILL_ORDER_TTL_MS = 2 * 60 * 60 * 1000;

export interface PaymentDeskDeps {
  clock: MockClock;
  ledger: PaymentLedger;
  refunds: RefundDesk;
  bills: BillDesk;
  cards: CardModel;
  accounts: AccountRegistry;
  hospitals: HospitalDirectory;
  personalAccounts: PersonalAccounts;
  simulator(): WechatPaySimulator;
  booking(): RegistrationBooking;
  newId(): string;
}

export interface PaymentQuery extends PageRequest {
  cardRef?: string;
}

type Draft = Omit<PaymentRecord, 'sequence' | 'id' | 'outTradeNo' | 'createdAtMs' | 'state' | 'refunds'>;

export class PaymentDesk implements RegistrationPayments {
  constructor(private readonly deps: PaymentDeskDeps) {}

  /** Creates the order, or answers the open one for the same hold or bill. */
  create(accountId: string, request: PaymentRequest, channel: Channel, origin: string): Payment {
    void channel; // Both the JSAPI parameters and the cashier page are given; the client picks by runtime.
    const record =
      request.purpose === 'registration'
        ? this.forHold(accountId, request)
        : this.forBill(accountId, request);
    return this.view(record, accountId, origin);
  }

  get(accountId: string, paymentId: string, origin: string): Payment {
    const record = this.deps.ledger.visibleTo(accountId).find((candidate) => candidate.id === paymentId);
    if (!record) throw new PlatformError('NOT_FOUND');
    return this.view(record, accountId, origin);
  }

  list(accountId: string, query: PaymentQuery, origin: string): PaymentPage {
    const cardId =
      query.cardRef === undefined ? undefined : this.deps.cards.bindings.get(accountId, query.cardRef).cardId;
    const matches = this.deps.ledger
      .visibleTo(accountId)
      .filter((record) => cardId === undefined || record.cardId === cardId);
    return pageOf(matches, query, { cardRef: query.cardRef ?? '' }, (record) =>
      this.view(record, accountId, origin),
    );
  }

  /** A hospital refunds one of its own orders (another hospital's order is not found). */
  refund(hospitalId: string, paymentId: string, input: RefundInput): Refund {
    const record = this.deps.ledger.get(paymentId);
    if (!record || record.hospitalId !== hospitalId) throw new PlatformError('NOT_FOUND');
    return toRefund(this.deps.refunds.request(record, input));
  }

  /**
   * TRANSACTION.SUCCESS: the order is paid (once). A registration is booked now; when its hold lapsed, or a
   * bill was paid meanwhile by another order, the money goes back in full.
   */
  settle(transaction: TransactionResource): void {
    const record = this.deps.ledger.byTradeNo(transaction.out_trade_no);
    if (!record) throw validationFailed('body.resource.out_trade_no', 'names no order of this merchant');
    if (transaction.amount.total !== record.split.selfPayFen) {
      throw validationFailed('body.resource.amount.total', 'differs from the order');
    }
    if (record.state === 'paid') return;
    const arrivedAfterClosing = record.state === 'closed';
    record.state = 'paid';
    record.method = 'wechat';
    record.paidAtMs = Date.parse(transaction.success_time);
    // The hospital hears of the payment before any refund of it, and of a registration's booking first.
    if (arrivedAfterClosing) {
      this.deps.ledger.notices.succeeded(record);
      this.deps.refunds.inFull(record, '订单已关闭，款项原路退回');
    } else if (record.holdId !== undefined) {
      const appointmentId = this.deps.booking().bookPaidHold(record.holdId, record.id);
      if (appointmentId !== undefined) record.appointmentId = appointmentId;
      this.deps.ledger.notices.succeeded(record);
      if (appointmentId === undefined) this.deps.refunds.inFull(record, '号源已释放，挂号费原路退回');
    } else {
      this.deps.ledger.notices.succeeded(record);
      if (record.billId !== undefined) this.payBill(record);
    }
  }

  // RegistrationPayments, for the booking side.

  refundInFull(paymentId: string, reason: string): number {
    const record = this.deps.ledger.get(paymentId);
    if (!record) throw new Error(`No payment ${paymentId}`);
    return this.deps.refunds.inFull(record, reason);
  }

  recordOnsitePayment(input: OnsitePayment): PaymentSummary {
    const nowMs = this.deps.clock.now();
    const cardId = input.accountIds
      .map((accountId) => {
        try {
          return this.deps.cards.bindings.get(accountId, input.cardRef).cardId;
        } catch {
          return undefined;
        }
      })
      .find((found) => found !== undefined);
    const record = this.insert(
      {
        purpose: 'registration',
        cardId,
        accountIds: [...input.accountIds],
        cardRef: input.cardRef,
        patientName: input.patientName,
        hospitalId: input.hospitalId,
        description: input.description,
        amountFen: input.amountFen,
        split: cashOnly(input.amountFen),
        openid: '',
        personId: input.personId,
        appointmentId: input.appointmentId,
        method: 'onsite',
        useInsurance: false,
        expiresAtMs: nowMs,
        paidAtMs: nowMs,
      },
      'paid',
    );
    this.deps.ledger.notices.succeeded(record);
    return toSummary(record);
  }

  summaryOf(paymentId: string): PaymentSummary {
    const record = this.deps.ledger.get(paymentId);
    if (!record) throw new Error(`No payment ${paymentId}`);
    return toSummary(record);
  }

  /** For the simulator: may money still move for this order? */
  isOpen(outTradeNo: string): boolean {
    return this.deps.ledger.byTradeNo(outTradeNo)?.state === 'unpaid';
  }

  private forHold(
    accountId: string,
    request: Extract<PaymentRequest, { purpose: 'registration' }>,
  ): PaymentRecord {
    const hold = this.deps.booking().payableHold(accountId, request.holdId);
    const target = `hold:${hold.holdId}`;
    const open = this.deps.ledger.latest(target);
    if (open?.state === 'paid') throw new PlatformError('PAYMENT_STATE_INVALID');
    if (open?.state === 'unpaid') return this.withPrepay(open);
    const binding = this.deps.cards.bindings.get(accountId, hold.cardRef);
    return this.withPrepay(
      this.insert(
        {
          purpose: 'registration',
          cardId: binding.cardId,
          accountIds: [accountId],
          cardRef: hold.cardRef,
          patientName: hold.patientName,
          hospitalId: hold.hospitalId,
          description: hold.description,
          amountFen: hold.feeFen,
          split: cashOnly(hold.feeFen),
          openid: this.openidOf(accountId),
          holdId: hold.holdId,
          useInsurance: false,
          expiresAtMs: hold.expiresAtMs,
          ...(request.returnUrl === undefined ? {} : { returnUrl: request.returnUrl }),
        },
        'unpaid',
        target,
      ),
    );
  }

  private forBill(accountId: string, request: Extract<PaymentRequest, { purpose: 'bill' }>): PaymentRecord {
    const { bill, binding, personId, patientName, insured } = this.deps.bills.requireForAccount(
      accountId,
      request.billId,
    );
    if (bill.paymentId !== undefined) throw new PlatformError('BILL_ALREADY_PAID');
    const useInsurance = request.useInsurance ?? false;
    if (useInsurance && !insured) throw new PlatformError('INSURANCE_NOT_LINKED');
    const target = `bill:${bill.id}`;
    const open = this.deps.ledger.latest(target);
    if (open?.state === 'unpaid') {
      // The payer changed their mind about insurance: the old order is closed first, unless its money moved.
      if (open.useInsurance === useInsurance || !this.deps.ledger.close(open, this.deps.clock.now(), false)) {
        return this.withPrepay(open);
      }
    }
    const split = useInsurance
      ? insuranceSplit(bill.items, this.deps.personalAccounts.balanceFen(personId))
      : cashOnly(bill.totalFen);
    if (split.personalAccountFen > 0) this.deps.personalAccounts.take(personId, split.personalAccountFen);
    const hospital = this.deps.hospitals.require(bill.hospitalId);
    const nowMs = this.deps.clock.now();
    const paidByInsurance = split.selfPayFen === 0;
    const record = this.insert(
      {
        purpose: 'bill',
        cardId: binding.cardId,
        accountIds: [accountId],
        cardRef: binding.ref,
        patientName,
        hospitalId: hospital.id,
        description: `门诊缴费-${hospital.shortName ?? hospital.name}-${bill.departmentName}`,
        amountFen: bill.totalFen,
        split,
        openid: this.openidOf(accountId),
        personId,
        billId: bill.id,
        useInsurance,
        expiresAtMs: nowMs + BILL_ORDER_TTL_MS,
        ...(paidByInsurance ? { method: 'insurance' as const, paidAtMs: nowMs } : {}),
        ...(request.returnUrl === undefined ? {} : { returnUrl: request.returnUrl }),
      },
      paidByInsurance ? 'paid' : 'unpaid',
      target,
    );
    if (paidByInsurance) {
      this.deps.ledger.notices.succeeded(record);
      this.payBill(record);
    }
    return this.withPrepay(record);
  }

  private payBill(record: PaymentRecord): void {
    const bill = record.billId === undefined ? undefined : this.deps.bills.book.get(record.billId);
    if (!bill || bill.paymentId !== undefined) {
      this.deps.refunds.inFull(record, '账单已缴清，款项原路退回');
      return;
    }
    this.deps.bills.book.markPaid(bill.id, record.id, record.paidAtMs ?? this.deps.clock.now());
  }

  private insert(draft: Draft, state: PaymentRecord['state'], target?: string): PaymentRecord {
    const nowMs = this.deps.clock.now();
    let id = this.deps.newId();
    while (this.deps.ledger.has(id)) id = this.deps.newId();
    const outTradeNo = `YK${shanghaiDate(nowMs).replace(/-/g, '')}${id.replace(/^[a-z]+_/, '')}`;
    return this.deps.ledger.add({ ...draft, id, outTradeNo, createdAtMs: nowMs, state, refunds: [] }, target);
  }

  /** An unpaid order with self-pay has a valid prepay (a new one once the last expired). */
  private withPrepay(record: PaymentRecord): PaymentRecord {
    if (record.state !== 'unpaid' || record.split.selfPayFen === 0) return record;
    record.prepay = this.deps.simulator().prepay({
      outTradeNo: record.outTradeNo,
      description: record.description,
      totalFen: record.split.selfPayFen,
      openid: record.openid,
    });
    return record;
  }

  private openidOf(accountId: string): string {
    // An account signed in by SMS (H5) has no openid; the simulator still needs a payer.
    return this.deps.accounts.get(accountId)?.openid ?? `o_h5_${accountId}`;
  }

  private view(record: PaymentRecord, accountId: string, origin: string): Payment {
    return toPayment(record, this.deps.ledger.cardRefFor(record, accountId), this.hospitalOf(record), origin);
  }

  private hospitalOf(record: PaymentRecord): HospitalRef {
    return hospitalRef(this.deps.hospitals.require(record.hospitalId));
  }
}
