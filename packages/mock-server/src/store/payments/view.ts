// How a payment order looks on the wire: the account's card reference, the WeChat Pay parameters and the
// cashier page while it is unpaid, and the e-invoice once a bill is paid.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { HospitalRef, Payment, PaymentSummary, Refund } from '../../contract/wire';
import { cashierUrl, invoiceUrl, withPaymentId } from '../../wxpay/urls';
import { paymentStatus, refundedFen, type PaymentRecord, type RefundRecord } from './records';

export function toPayment(
  record: PaymentRecord,
  cardRef: string,
  hospital: HospitalRef,
  origin: string,
): Payment {
  const status = paymentStatus(record);
  const payable = status === 'unpaid' && record.prepay !== undefined;
  return {
    id: record.id,
    purpose: record.purpose,
    status,
    cardRef,
    patientName: record.patientName,
    hospital,
    description: record.description,
    amountFen: record.amountFen,
    split: { ...record.split },
    refundedFen: refundedFen(record),
    refunds: record.refunds.map(toRefund),
    outTradeNo: record.outTradeNo,
    ...(record.method === undefined ? {} : { method: record.method }),
    ...(record.holdId === undefined ? {} : { holdId: record.holdId }),
    ...(record.billId === undefined ? {} : { billId: record.billId }),
    ...(record.appointmentId === undefined ? {} : { appointmentId: record.appointmentId }),
    ...(payable && record.prepay
      ? {
          wechat: { ...record.prepay.params },
          h5Url: cashierUrl(
            origin,
            record.prepay.prepayId,
            record.returnUrl === undefined ? undefined : withPaymentId(record.returnUrl, record.id),
          ),
        }
      : {}),
    createdAt: toShanghaiIso(record.createdAtMs),
    expiresAt: toShanghaiIso(record.expiresAtMs),
    ...(record.paidAtMs === undefined ? {} : { paidAt: toShanghaiIso(record.paidAtMs) }),
    ...(record.closedAtMs === undefined ? {} : { closedAt: toShanghaiIso(record.closedAtMs) }),
    ...(record.purpose === 'bill' && record.paidAtMs !== undefined
      ? { invoiceUrl: invoiceUrl(origin, record.id) }
      : {}),
  };
}

export function toSummary(record: PaymentRecord): PaymentSummary {
  return {
    id: record.id,
    status: paymentStatus(record),
    amountFen: record.amountFen,
    refundedFen: refundedFen(record),
  };
}

export function toRefund(refund: RefundRecord): Refund {
  return {
    id: refund.id,
    paymentId: refund.paymentId,
    outRefundNo: refund.outRefundNo,
    amountFen: refund.amountFen,
    status: refund.succeededAtMs === undefined ? 'processing' : 'success',
    reason: refund.reason,
    createdAt: toShanghaiIso(refund.createdAtMs),
    ...(refund.succeededAtMs === undefined ? {} : { succeededAt: toShanghaiIso(refund.succeededAtMs) }),
  };
}
