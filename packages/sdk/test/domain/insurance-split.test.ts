import { insuranceSplitLines } from '../../src/domain/insurance-split';

describe('insuranceSplitLines', () => {
  it('lists fund, personal account and self-pay with amounts', () => {
    const lines = insuranceSplitLines({
      mixType: 'CASH_AND_INSURANCE',
      totalFen: 12_850,
      fundFen: 7_000,
      personalAccountFen: 3_000,
      selfPayFen: 2_850,
    });
    expect(lines).toEqual([
      { part: 'fund', name: '医保统筹支付', fen: 7_000, amountText: '¥70.00' },
      { part: 'personalAccount', name: '医保个人账户支付', fen: 3_000, amountText: '¥30.00' },
      { part: 'selfPay', name: '自费支付', fen: 2_850, amountText: '¥28.50' },
    ]);
    expect(lines.reduce((sum, line) => sum + line.fen, 0)).toBe(12_850);
  });

  it('leaves out empty insurance parts but always shows self-pay', () => {
    const cash = {
      mixType: 'CASH_ONLY' as const,
      totalFen: 500,
      fundFen: 0,
      personalAccountFen: 0,
      selfPayFen: 500,
    };
    expect(insuranceSplitLines(cash).map(({ part }) => part)).toEqual(['selfPay']);
    const covered = {
      mixType: 'INSURANCE_ONLY' as const,
      totalFen: 500,
      fundFen: 500,
      personalAccountFen: 0,
      selfPayFen: 0,
    };
    expect(insuranceSplitLines(covered).map(({ part, amountText }) => [part, amountText])).toEqual([
      ['fund', '¥5.00'],
      ['selfPay', '¥0.00'],
    ]);
  });
});
