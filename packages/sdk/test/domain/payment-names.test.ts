import {
  BILL_ITEM_CATEGORY_NAMES,
  BILL_STATUS_NAMES,
  INSURANCE_CLASS_NAMES,
  INSURANCE_MIX_TYPE_NAMES,
  PAYMENT_METHOD_NAMES,
  PAYMENT_PURPOSE_NAMES,
  PAYMENT_STATUS_NAMES,
  REFUND_STATUS_NAMES,
} from '../../src/domain/payment-names';
import { contractEnum } from '../support/contract-enum';

describe.each([
  ['PaymentStatus', PAYMENT_STATUS_NAMES],
  ['RefundStatus', REFUND_STATUS_NAMES],
  ['PaymentPurpose', PAYMENT_PURPOSE_NAMES],
  ['BillStatus', BILL_STATUS_NAMES],
  ['InsuranceMixType', INSURANCE_MIX_TYPE_NAMES],
  ['BillItemCategory', BILL_ITEM_CATEGORY_NAMES],
  ['InsuranceClass', INSURANCE_CLASS_NAMES],
])('names of %s', (schema, names) => {
  it('has exactly the contract values, each with a distinct Chinese name, frozen', () => {
    const values = contractEnum(schema);
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(names).sort()).toEqual([...values].sort());
    for (const name of Object.values(names)) expect(name).toMatch(/^[\u4e00-\u9fa5]+$/);
    expect(new Set(Object.values(names)).size).toBe(values.length);
    expect(Object.isFrozen(names)).toBe(true);
  });
});

describe('names a payment screen shows', () => {
  it.each([
    [PAYMENT_STATUS_NAMES.partially_refunded, '已部分退款'],
    [PAYMENT_STATUS_NAMES.closed, '已关闭'],
    [REFUND_STATUS_NAMES.processing, '退款处理中'],
    [PAYMENT_PURPOSE_NAMES.registration, '挂号费'],
    [PAYMENT_METHOD_NAMES.onsite, '现场缴费'],
    [INSURANCE_MIX_TYPE_NAMES.CASH_AND_INSURANCE, '医保加自费'],
    [BILL_ITEM_CATEGORY_NAMES.lab, '检验'],
    [INSURANCE_CLASS_NAMES.B, '乙类'],
  ])('%s is %s', (actual, expected) => expect(actual).toBe(expected));

  it("names every payment method of the contract's Payment.method", () => {
    expect(Object.keys(PAYMENT_METHOD_NAMES).sort()).toEqual(['insurance', 'onsite', 'wechat']);
  });
});
