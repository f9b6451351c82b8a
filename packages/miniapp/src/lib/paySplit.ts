// How an amount is paid (医保结算): the insurance fund (统筹基金), the personal account (个人账户) and
// self-pay (自费, the only part that goes through WeChat Pay). Amounts are integer fen from the platform;
// nothing here adds or divides money, it only names and formats the platform's parts.
import type { Bill, BillItem, InsuranceSplit } from '@yika/sdk';
import {
  BILL_ITEM_CATEGORY_NAMES,
  formatYuan,
  INSURANCE_MIX_TYPE_NAMES,
  insuranceSplitLines,
} from '@yika/sdk/domain';

export interface AmountLine {
  key: 'fund' | 'personalAccount' | 'selfPay' | 'total';
  label: string;
  amountText: string;
  fen: number;
}

/**
 * 统筹 / 个账 / 自费 (the SDK's lines: insurance parts only when non-zero, self-pay always), then 合计.
 */
export function splitLines(split: InsuranceSplit): AmountLine[] {
  const parts: AmountLine[] = insuranceSplitLines(split).map((line) => ({
    key: line.part,
    label: line.part === 'selfPay' ? `${line.name}（微信支付）` : line.name,
    amountText: line.amountText,
    fen: line.fen,
  }));
  return [
    ...parts,
    { key: 'total', label: '合计', amountText: formatYuan(split.totalFen), fen: split.totalFen },
  ];
}

/** The mix in words: 全自费 / 全医保 / 医保加自费. */
export function mixTypeText(split: InsuranceSplit): string {
  return INSURANCE_MIX_TYPE_NAMES[split.mixType];
}

/** A bill paid without insurance: the whole total is self-pay. */
export function cashOnlySplit(totalFen: number): InsuranceSplit {
  return { mixType: 'CASH_ONLY', totalFen, fundFen: 0, personalAccountFen: 0, selfPayFen: totalFen };
}

/**
 * What paying `bill` would cost with or without insurance (使用医保): the platform's estimate when the card
 * is linked and the resident chose it, else all self-pay.
 */
export function billCharge(bill: Bill, useInsurance: boolean): InsuranceSplit {
  if (useInsurance && bill.insuranceEstimate) return bill.insuranceEstimate;
  return cashOnlySplit(bill.totalFen);
}

/** Insurance is offered (and on by default) only where the platform could estimate it: a linked card. */
export function insuranceAvailable(bill: Bill): boolean {
  return bill.insuranceEstimate !== null && bill.insuranceEstimate !== undefined;
}

/** The button of a charge: 立即支付 ¥12.50, or 确认医保结算 when insurance pays everything. */
export function payButtonText(split: InsuranceSplit): string {
  return split.selfPayFen === 0 ? '确认医保结算' : `立即支付 ${formatYuan(split.selfPayFen)}`;
}

export interface BillItemLine {
  code: string;
  name: string;
  categoryText: string;
  /** `2盒 × ¥12.50` */
  quantityText: string;
  amountText: string;
}

export function billItemLine(item: BillItem): BillItemLine {
  return {
    code: item.code,
    name: item.name,
    categoryText: BILL_ITEM_CATEGORY_NAMES[item.category],
    quantityText: `${item.quantity}${item.unit} × ${formatYuan(item.unitPriceFen)}`,
    amountText: formatYuan(item.amountFen),
  };
}
