import { checkoutTargetOf, paymentRequestOf } from '../src/lib/checkoutTarget';
import { h5PageUrl, paymentIdFromReturn, prepayIdOf } from '../src/lib/payReturn';

describe('checkoutTargetOf', () => {
  it('pays a hold, or a bill with or without insurance', () => {
    expect(checkoutTargetOf({ hold: 'hold-1' })).toEqual({ kind: 'hold', holdId: 'hold-1' });
    expect(checkoutTargetOf({ bill: 'bill%2F1', insurance: '1' })).toEqual({
      kind: 'bill',
      billId: 'bill/1',
      useInsurance: true,
    });
    expect(checkoutTargetOf({ bill: 'bill-1' })).toMatchObject({ useInsurance: false });
    expect(checkoutTargetOf({ hold: ' ' })).toBeNull();
  });

  it('builds the payment request, with a return address only when given (H5)', () => {
    expect(paymentRequestOf({ kind: 'hold', holdId: 'h1' }, undefined)).toEqual({
      purpose: 'registration',
      holdId: 'h1',
    });
    expect(paymentRequestOf({ kind: 'bill', billId: 'b1', useInsurance: true }, 'http://x/#/r')).toEqual({
      purpose: 'bill',
      billId: 'b1',
      useInsurance: true,
      returnUrl: 'http://x/#/r',
    });
  });

  it('gives the same request for the same attempt, so the idempotency key can be reused', () => {
    const target = { kind: 'bill', billId: 'b1', useInsurance: false } as const;
    expect(JSON.stringify(paymentRequestOf(target, 'http://x/'))).toBe(
      JSON.stringify(paymentRequestOf(target, 'http://x/')),
    );
  });
});

describe('the way back from the cashier', () => {
  it('points at the result page through the hash router', () => {
    expect(
      h5PageUrl({ origin: 'http://127.0.0.1:4317', pathname: '/' }, '/subpackages/pay/pages/result/index'),
    ).toBe('http://127.0.0.1:4317/#/subpackages/pay/pages/result/index');
  });

  it("reads paymentId from the page's parameters or from the address's own query", () => {
    expect(paymentIdFromReturn({ paymentId: 'pay-1' }, '?paymentId=pay-2')).toBe('pay-1');
    expect(paymentIdFromReturn({}, '?paymentId=pay-2&x=1')).toBe('pay-2');
    expect(paymentIdFromReturn({}, '')).toBeUndefined();
    expect(paymentIdFromReturn({}, undefined)).toBeUndefined();
  });

  it('names the prepay of the test confirmation without its prefix', () => {
    expect(prepayIdOf({ package: 'prepay_id=wx22093000abc' })).toBe('wx22093000abc');
  });
});
