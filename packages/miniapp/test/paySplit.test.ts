import {
  billCharge,
  billItemLine,
  insuranceAvailable,
  mixTypeText,
  payButtonText,
  splitLines,
} from '../src/lib/paySplit';
import { billFixture, splitFixture } from './fixtures/pay';

describe('splitLines', () => {
  it('names each part of a mixed split with its amount in yuan, self-pay and total last', () => {
    expect(splitLines(splitFixture()).map((line) => [line.key, line.label, line.amountText])).toEqual([
      ['fund', '医保统筹支付', '¥84.00'],
      ['personalAccount', '医保个人账户支付', '¥30.00'],
      ['selfPay', '自费支付（微信支付）', '¥42.80'],
      ['total', '合计', '¥156.80'],
    ]);
  });

  it('shows the parts exactly as the platform split them: they add up to the total it gave', () => {
    const split = splitFixture({ totalFen: 10001, fundFen: 7000, personalAccountFen: 2, selfPayFen: 2999 });
    const lines = splitLines(split);
    const parts = lines.filter((line) => line.key !== 'total').reduce((sum, line) => sum + line.fen, 0);
    expect(parts).toBe(lines.find((line) => line.key === 'total')?.fen);
    expect(lines.map((line) => line.amountText)).toEqual(['¥70.00', '¥0.02', '¥29.99', '¥100.01']);
  });

  it('leaves out an insurance part of zero but always shows what is self-paid, even ¥0.00', () => {
    const all = splitFixture({
      mixType: 'INSURANCE_ONLY',
      totalFen: 5000,
      fundFen: 5000,
      personalAccountFen: 0,
      selfPayFen: 0,
    });
    expect(splitLines(all).map((line) => `${line.key} ${line.amountText}`)).toEqual([
      'fund ¥50.00',
      'selfPay ¥0.00',
      'total ¥50.00',
    ]);
  });
});

describe('the charge of a bill', () => {
  const bill = billFixture();

  it("is the platform's insurance estimate when the resident uses insurance", () => {
    expect(billCharge(bill, true)).toBe(bill.insuranceEstimate);
    expect(mixTypeText(billCharge(bill, true))).toBe('医保加自费');
  });

  it('is all self-pay without insurance, or when the card is not linked (no estimate)', () => {
    const cash = {
      mixType: 'CASH_ONLY',
      totalFen: 15680,
      fundFen: 0,
      personalAccountFen: 0,
      selfPayFen: 15680,
    };
    expect(billCharge(bill, false)).toEqual(cash);
    const unlinked = billFixture({ insuranceEstimate: null });
    expect(insuranceAvailable(unlinked)).toBe(false);
    expect(billCharge(unlinked, true)).toEqual(cash);
    expect(mixTypeText(billCharge(unlinked, true))).toBe('全自费');
  });

  it('asks to pay the self-pay part, or to confirm when insurance covers everything', () => {
    expect(payButtonText(splitFixture())).toBe('立即支付 ¥42.80');
    expect(payButtonText(splitFixture({ selfPayFen: 0, personalAccountFen: 7280 }))).toBe('确认医保结算');
  });
});

describe('billItemLine', () => {
  it('reads name, category, quantity × unit price and amount', () => {
    expect(billItemLine(billFixture().items[0]!)).toEqual({
      code: 'D001',
      name: '阿司匹林肠溶片',
      categoryText: '药品',
      quantityText: '2盒 × ¥15.90',
      amountText: '¥31.80',
    });
  });
});
