// The medical-insurance split (医保结算) of an outpatient bill, in integer fen. Per item: class A (甲类) is
// fully eligible, class B (乙类) 90% eligible (the patient pays 10% first, 先行自付), class C (丙类) not at
// all. The insurance fund (统筹) pays FUND_PERCENT of the eligible amount (floored to the fen); the personal
// account (个人账户) pays the rest of the eligible amount up to its balance; self-pay (自费) is what remains.
// The three parts always add up to the total.
import type { BillItem, InsuranceMixType, InsuranceSplit } from '../../contract/wire';

/** Share of the eligible amount the fund pays: a simplified flat outpatient pooling ratio (门诊统筹). */
export const FUND_PERCENT = 70;
/** Share of a class B item that counts as eligible. */
export const CLASS_B_ELIGIBLE_PERCENT = 90;

type SplitItem = Pick<BillItem, 'amountFen' | 'insuranceClass'>;

/** The part of an item insurance may cover. */
export function eligibleFen(item: SplitItem): number {
  if (item.insuranceClass === 'A') return item.amountFen;
  if (item.insuranceClass === 'B') return Math.floor((item.amountFen * CLASS_B_ELIGIBLE_PERCENT) / 100);
  return 0;
}

export function insuranceSplit(items: readonly SplitItem[], personalBalanceFen: number): InsuranceSplit {
  const totalFen = items.reduce((sum, item) => sum + item.amountFen, 0);
  const eligible = items.reduce((sum, item) => sum + eligibleFen(item), 0);
  const fundFen = Math.floor((eligible * FUND_PERCENT) / 100);
  const personalAccountFen = Math.min(eligible - fundFen, Math.max(0, personalBalanceFen));
  return splitOf(totalFen, fundFen, personalAccountFen);
}

/** Everything self-paid (no insurance): a registration fee, or a bill paid without 医保. */
export function cashOnly(totalFen: number): InsuranceSplit {
  return splitOf(totalFen, 0, 0);
}

function splitOf(totalFen: number, fundFen: number, personalAccountFen: number): InsuranceSplit {
  const selfPayFen = totalFen - fundFen - personalAccountFen;
  return {
    mixType: mixTypeOf(fundFen + personalAccountFen, selfPayFen),
    totalFen,
    fundFen,
    personalAccountFen,
    selfPayFen,
  };
}

function mixTypeOf(insuredFen: number, selfPayFen: number): InsuranceMixType {
  if (insuredFen === 0) return 'CASH_ONLY';
  return selfPayFen === 0 ? 'INSURANCE_ONLY' : 'CASH_AND_INSURANCE';
}
