// What the hospital of an order is told when money moves: the order became paid (WeChat Pay, fully by
// insurance, or a fee taken at its own kiosk or window), or a refund of it completed. Raised by the
// ledger's owners at the moment of the change, beside the account events of the same facts. The patient
// is named by the hospital's own patient number; the order's masked name and description stay here.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { CardModel } from '../cards/model';
import type { HospitalEventSink } from '../webhooks/events';
import { refundedFen, type PaymentRecord, type RefundRecord } from './records';

export class PaymentNotices {
  constructor(
    private readonly cards: CardModel,
    private readonly sink: () => HospitalEventSink,
  ) {}

  succeeded(record: PaymentRecord): void {
    const patientNumber = this.patientNumberOf(record);
    if (patientNumber === undefined || record.state !== 'paid') return;
    this.sink().raise('payment.succeeded', {
      paymentId: record.id,
      hospitalId: record.hospitalId,
      patientNumber,
      purpose: record.purpose,
      appointmentId: record.appointmentId ?? null,
      billId: record.billId ?? null,
      amountFen: record.amountFen,
      split: { ...record.split },
      method: record.method ?? 'wechat',
      paidAt: toShanghaiIso(record.paidAtMs ?? record.createdAtMs),
    });
  }

  refunded(record: PaymentRecord, refund: RefundRecord): void {
    const patientNumber = this.patientNumberOf(record);
    if (patientNumber === undefined || refund.succeededAtMs === undefined) return;
    this.sink().raise('payment.refunded', {
      paymentId: record.id,
      refundId: refund.id,
      hospitalId: record.hospitalId,
      patientNumber,
      appointmentId: record.appointmentId ?? null,
      billId: record.billId ?? null,
      amountFen: refund.amountFen,
      refundedFen: refundedFen(record),
      reason: refund.reason,
      refundedAt: toShanghaiIso(refund.succeededAtMs),
    });
  }

  /** The person paid for: named on the order (bills, on-site fees), or the holder of its card. */
  private patientNumberOf(record: PaymentRecord): string | undefined {
    const personId =
      record.personId ??
      (record.cardId === undefined ? undefined : this.cards.cards.get(record.cardId)?.personId);
    return personId === undefined ? undefined : this.sink().patientNumber(record.hospitalId, personId);
  }
}
