import { ApiError, NetworkError, TimeoutError, YikaError, type ErrorCode } from '@yika/sdk';
import { payErrorOutcome, unpayableOutcome } from '../src/lib/payErrors';
import { holdFixture } from './fixtures/booking';
import { billFixture } from './fixtures/pay';

const apiError = (status: number, code: ErrorCode, message = '平台的说明') =>
  new ApiError({ status, code, message, requestId: 'r1' });

describe('payErrorOutcome', () => {
  it.each([
    [409, 'HOLD_EXPIRED', 'chooseSlot', '重新选择时段'],
    [409, 'PAYMENT_CLOSED', 'reorder', '重新下单'],
    [409, 'BILL_ALREADY_PAID', 'viewRecord', '查看缴费记录'],
    [409, 'PAYMENT_STATE_INVALID', 'viewRecord', '查看缴费记录'],
    [409, 'INSURANCE_NOT_LINKED', 'linkInsurance', '去关联社保卡'],
    [404, 'NOT_FOUND', 'back', '返回'],
  ] as const)('%s %s -> %s (%s)', (status, code, next, actionText) => {
    const outcome = payErrorOutcome(apiError(status, code));
    expect([outcome.next, outcome.actionText]).toEqual([next, actionText]);
    // The platform's own Chinese message is what the resident reads.
    expect(outcome.message).toBe('平台的说明');
  });

  it('gives each code of the flow its own title', () => {
    const codes: ErrorCode[] = [
      'HOLD_EXPIRED',
      'PAYMENT_CLOSED',
      'BILL_ALREADY_PAID',
      'INSURANCE_NOT_LINKED',
    ];
    const titles = codes.map((code) => payErrorOutcome(apiError(409, code)).title);
    expect(new Set(titles).size).toBe(codes.length);
  });

  it('retries a lost connection, a timeout or a failing platform', () => {
    for (const error of [
      new NetworkError(),
      new TimeoutError(10_000),
      apiError(503, 'SERVICE_UNAVAILABLE'),
    ]) {
      expect(payErrorOutcome(error)).toMatchObject({ next: 'retry', actionText: '重试' });
    }
  });

  it('offers to pay again when WeChat Pay failed, and to sign in when the session ended', () => {
    expect(payErrorOutcome(new YikaError('PAYMENT_FAILED'))).toMatchObject({
      next: 'retry',
      actionText: '重新支付',
    });
    expect(payErrorOutcome(apiError(401, 'UNAUTHENTICATED'))).toMatchObject({ next: 'signIn' });
  });

  it('goes back on a refusal it has no special step for, never retrying it', () => {
    expect(payErrorOutcome(apiError(409, 'IDEMPOTENCY_CONFLICT')).next).toBe('back');
  });
});

describe('unpayableOutcome', () => {
  const held = holdFixture();
  const beforeExpiry = Date.parse(held.expiresAt) - 1_000;

  it('lets a held hold before its expiry and an unpaid bill be paid', () => {
    expect(unpayableOutcome({ kind: 'hold', hold: held }, beforeExpiry)).toBeNull();
    expect(unpayableOutcome({ kind: 'bill', bill: billFixture() }, beforeExpiry)).toBeNull();
  });

  it('sends a hold past its expiry (by the device clock), released or expired back to choose a slot', () => {
    expect(unpayableOutcome({ kind: 'hold', hold: held }, Date.parse(held.expiresAt))?.next).toBe(
      'chooseSlot',
    );
    expect(
      unpayableOutcome({ kind: 'hold', hold: holdFixture({ status: 'released' }) }, beforeExpiry)?.next,
    ).toBe('chooseSlot');
    expect(
      unpayableOutcome({ kind: 'hold', hold: holdFixture({ status: 'expired' }) }, beforeExpiry)?.next,
    ).toBe('chooseSlot');
  });

  it('shows the appointment of a hold already booked, and the record of a bill already paid', () => {
    const booked = holdFixture({ status: 'booked', appointmentId: 'apt-1' });
    expect(unpayableOutcome({ kind: 'hold', hold: booked }, beforeExpiry)).toMatchObject({
      next: 'viewAppointment',
      actionText: '查看预约',
    });
    expect(unpayableOutcome({ kind: 'bill', bill: billFixture({ status: 'paid' }) }, 0)?.next).toBe(
      'viewRecord',
    );
  });
});
