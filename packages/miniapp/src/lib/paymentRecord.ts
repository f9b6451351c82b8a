// Payment records (缴费记录): a row per payment and the facts of one, with its refunds. Status words come
// from the SDK's name tables (PAYMENT_STATUS_NAMES, REFUND_STATUS_NAMES), so a new contract status fails
// the typecheck there rather than showing a raw code here.
import type { Payment, Refund } from '@yika/sdk';
import {
  formatYuan,
  PAYMENT_METHOD_NAMES,
  PAYMENT_PURPOSE_NAMES,
  PAYMENT_STATUS_NAMES,
  REFUND_STATUS_NAMES,
} from '@yika/sdk/domain';
import { amountRow, type AmountRowModel } from './amountRow';
import { dateTimeText } from './billList';

export function paymentRow(payment: Payment): AmountRowModel {
  return amountRow({
    id: payment.id,
    title: payment.description,
    subtitle: `${payment.hospital.name} · ${dateTimeText(payment.createdAt)}`,
    amountFen: payment.amountFen,
    statusText: PAYMENT_STATUS_NAMES[payment.status],
  });
}

export interface FactLine {
  label: string;
  value: string;
}

/** The facts of one payment, for its record page. */
export function paymentFacts(payment: Payment): FactLine[] {
  const lines: FactLine[] = [
    { label: '类型', value: PAYMENT_PURPOSE_NAMES[payment.purpose] },
    { label: '就诊人', value: payment.patientName },
    { label: '医院', value: payment.hospital.name },
    { label: '订单金额', value: formatYuan(payment.amountFen) },
    { label: '订单状态', value: PAYMENT_STATUS_NAMES[payment.status] },
  ];
  if (payment.method) lines.push({ label: '支付方式', value: PAYMENT_METHOD_NAMES[payment.method] });
  lines.push({ label: '下单时间', value: dateTimeText(payment.createdAt) });
  if (payment.paidAt) lines.push({ label: '支付时间', value: dateTimeText(payment.paidAt) });
  if (payment.closedAt) lines.push({ label: '关闭时间', value: dateTimeText(payment.closedAt) });
  if (payment.refundedFen > 0) lines.push({ label: '已退款', value: formatYuan(payment.refundedFen) });
  lines.push({ label: '订单号', value: payment.outTradeNo });
  return lines;
}

export interface RefundLine {
  id: string;
  amountText: string;
  statusText: string;
  reason: string;
  timeText: string;
}

export function refundLine(refund: Refund): RefundLine {
  return {
    id: refund.id,
    amountText: formatYuan(refund.amountFen),
    statusText: REFUND_STATUS_NAMES[refund.status],
    reason: refund.reason,
    timeText: dateTimeText(refund.succeededAt ?? refund.createdAt),
  };
}

/** The e-invoice (电子发票) is offered for a paid bill that has one. */
export function invoiceUrlOf(payment: Payment): string | null {
  if (payment.purpose !== 'bill' || !payment.invoiceUrl) return null;
  return payment.status === 'paid' || payment.status === 'partially_refunded' ? payment.invoiceUrl : null;
}
