import {
  afterHold,
  confirmButtonText,
  confirmReducer,
  confirmRules,
  initialConfirmState,
  initialPatient,
  shouldReleaseHold,
} from '../src/lib/bookingConfirm';
import { bookingProblemOf } from '../src/lib/bookingErrors';
import { ApiError, NetworkError } from '@yika/sdk';
import { holdFixture, policyFixture } from './fixtures/booking';
import { cardFixture } from './fixtures/cards';

describe('initialPatient', () => {
  const own = cardFixture({ id: 'card-1' });
  const mother = cardFixture({ id: 'card-2', relation: 'parent', isDefault: true });
  const frozen = cardFixture({ id: 'card-3', relation: 'child', state: 'suspended' });

  it('preselects the default card, or the one asked for, never a suspended one', () => {
    expect(initialPatient([own, mother])).toBe('card-2');
    expect(initialPatient([own, mother], 'card-1')).toBe('card-1');
    expect(initialPatient([own, mother], 'card-3')).toBe('card-2');
    expect(initialPatient([{ ...frozen, isDefault: true }, own])).toBe('card-1');
    expect(initialPatient([frozen])).toBeNull();
  });
});

describe('afterHold', () => {
  it('a free hold is booked here, a fee is paid on the checkout, a retried hold already booked goes to success', () => {
    expect(afterHold(holdFixture({ feeFen: 0 }))).toEqual({ kind: 'book', holdId: 'hold-1' });
    expect(afterHold(holdFixture())).toEqual({ kind: 'pay', holdId: 'hold-1' });
    expect(afterHold(holdFixture({ status: 'booked', appointmentId: 'apt-1' }))).toEqual({
      kind: 'booked',
      appointmentId: 'apt-1',
    });
  });
});

describe('confirmReducer', () => {
  it('runs hold then book; a failure keeps the card and shows the problem; another card clears it', () => {
    const problem = bookingProblemOf(new ApiError({ status: 409, code: 'CARD_SUSPENDED', requestId: 'r' }));
    let state = initialConfirmState('card-1');
    state = confirmReducer(state, { type: 'stepStarted', step: 'hold' });
    // No other card while a request runs.
    expect(confirmReducer(state, { type: 'chooseCard', cardRef: 'card-2' }).cardRef).toBe('card-1');
    state = confirmReducer(state, { type: 'stepStarted', step: 'book' });
    state = confirmReducer(state, { type: 'failed', problem });
    expect(state).toEqual({ cardRef: 'card-1', step: null, problem });
    expect(confirmReducer(state, { type: 'chooseCard', cardRef: 'card-2' })).toEqual({
      cardRef: 'card-2',
      step: null,
      problem: null,
    });
  });
});

describe('shouldReleaseHold', () => {
  it('gives a hold back after a definite refusal, keeps it when a retry may still complete', () => {
    expect(
      shouldReleaseHold(
        bookingProblemOf(new ApiError({ status: 409, code: 'BOOKING_LIMIT', requestId: 'r' })),
      ),
    ).toBe(true);
    expect(shouldReleaseHold(bookingProblemOf(new NetworkError()))).toBe(false);
    expect(
      shouldReleaseHold(
        bookingProblemOf(new ApiError({ status: 409, code: 'PAYMENT_REQUIRED', requestId: 'r' })),
      ),
    ).toBe(false);
  });
});

describe('button and rules', () => {
  it('says what the tap does and what is running', () => {
    expect(confirmButtonText('book', 0, null)).toBe('确认预约');
    expect(confirmButtonText('book', 3000, null)).toBe('确认预约并支付 ¥30.00');
    expect(confirmButtonText('waitlist', 3000, null)).toBe('确认候补');
    expect(confirmButtonText('book', 3000, 'hold')).toBe('正在锁号…');
  });

  it('names hold minutes, the cut-off and the refund for a paid slot; a free one has no hold or refund rule', () => {
    const policy = policyFixture({ holdMinutes: 15 });
    const paid = confirmRules(policy, 'book', 3000);
    expect(paid.map((rule) => rule.key)).toEqual(['hold', 'cancel', 'refund', 'noShow']);
    expect(paid[0]?.text).toContain('15分钟');
    expect(paid[1]?.text).toContain('就诊前一天16:00前');
    expect(confirmRules(policy, 'book', 0).map((rule) => rule.key)).toEqual(['cancel', 'noShow']);
    expect(confirmRules(policy, 'waitlist', 3000)[0]?.key).toBe('waitlist');
  });
});
