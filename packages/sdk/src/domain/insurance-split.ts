// The lines a payment screen shows for a medical-insurance split (医保结算): the fund (统筹), the personal
// account (个账) and self-pay (自费, the only part paid through WeChat Pay), each with its amount.
import type { components } from '../generated/openapi';
import { formatYuan } from './money';

type InsuranceSplit = components['schemas']['InsuranceSplit'];

export type InsuranceSplitPart = 'fund' | 'personalAccount' | 'selfPay';

export const INSURANCE_SPLIT_PART_NAMES = Object.freeze({
  fund: '医保统筹支付',
  personalAccount: '医保个人账户支付',
  selfPay: '自费支付',
} satisfies Record<InsuranceSplitPart, string>);

export interface InsuranceSplitLine {
  part: InsuranceSplitPart;
  name: string;
  fen: number;
  /** e.g. `¥12.50` */
  amountText: string;
}

/**
 * The parts of `split` that carry an amount, in the order above; the self-pay line is always there (it is
 * what the payer is asked for, `¥0.00` when insurance covers everything).
 */
export function insuranceSplitLines(split: InsuranceSplit): InsuranceSplitLine[] {
  const amounts: Record<InsuranceSplitPart, number> = {
    fund: split.fundFen,
    personalAccount: split.personalAccountFen,
    selfPay: split.selfPayFen,
  };
  return (Object.keys(amounts) as InsuranceSplitPart[])
    .filter((part) => part === 'selfPay' || amounts[part] !== 0)
    .map((part) => ({
      part,
      name: INSURANCE_SPLIT_PART_NAMES[part],
      fen: amounts[part],
      amountText: formatYuan(amounts[part]),
    }));
}
