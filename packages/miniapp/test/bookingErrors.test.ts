import { ApiError, NetworkError, TimeoutError, AuthError } from '@yika/sdk';
import { bookingProblemOf } from '../src/lib/bookingErrors';
import { policyFixture } from './fixtures/booking';

function refusal(code: ApiError['code'], details?: ApiError['details'], message?: string): ApiError {
  return new ApiError({ status: 409, code, requestId: 'req-1', details, message });
}

describe('bookingProblemOf', () => {
  const policy = policyFixture();

  it('a taken slot: says so and goes back to pick another', () => {
    const problem = bookingProblemOf(refusal('SLOT_UNAVAILABLE'));
    expect(problem.title).toBe('该时段已被约满');
    expect(problem.next).toEqual({ kind: 'pickAnotherSlot', label: '选择其他时段' });
  });

  it('a lapsed hold: 重新选择', () => {
    expect(bookingProblemOf(refusal('HOLD_EXPIRED')).next).toEqual({ kind: 'reselect', label: '重新选择' });
  });

  it('a no-show ban: until when (Shanghai time, with the year), whose, and booking for someone else', () => {
    const problem = bookingProblemOf(
      refusal('BANNED_FOR_NO_SHOW', [{ field: 'bannedUntil', issue: '2027-02-20T02:00:00Z' }]),
      { policy, patientName: '王*' },
    );
    expect(problem.message).toContain('王*在2027年2月20日 10:00前不能在全市任何医院预约挂号');
    expect(problem.message).toContain('90天内爽约3次');
    expect(problem.next?.kind).toBe('chooseCard');
  });

  it('a ban without a readable end still explains itself', () => {
    const problem = bookingProblemOf(
      refusal('BANNED_FOR_NO_SHOW', [{ field: 'bannedUntil', issue: 'soon' }]),
    );
    expect(problem.message).toContain('该就诊人暂时不能预约挂号');
    expect(problem.message).not.toContain('前不能');
  });

  it('a booking limit: the platform names it, the policy adds the number, next my appointments', () => {
    const problem = bookingProblemOf(
      refusal(
        'BOOKING_LIMIT',
        [{ field: 'limit', issue: 'perPatientPerHospitalPerDay' }],
        '同一就诊人在同一医院每天的预约数已达上限',
      ),
      {
        policy: policyFixture({
          limits: { perPatientPerDepartmentPerDay: 1, perPatientPerHospitalPerDay: 3, perAccountPerMonth: 8 },
        }),
      },
    );
    expect(problem.message).toContain('同一就诊人在同一医院每天的预约数已达上限');
    expect(problem.message).toContain('每天最多约3个号');
    expect(problem.next).toEqual({ kind: 'myAppointments', label: '查看我的预约' });
  });

  it('not open or closed: when booking opens, from the policy', () => {
    const notOpen = bookingProblemOf(refusal('SCHEDULE_NOT_OPEN'), {
      policy: policyFixture({ releaseTime: '15:00' }),
    });
    expect(notOpen.message).toContain('每天15:00放出新一天的号');
    const closed = bookingProblemOf(refusal('BOOKING_CLOSED'), { policy });
    expect(closed.message).toContain('每天06:00-22:00可以预约');
    expect(closed.next).toBeNull();
  });

  it('a suspended card names the patient; after the cut-off the hospital is called', () => {
    expect(bookingProblemOf(refusal('CARD_SUSPENDED'), { patientName: '李**' }).message).toContain(
      '李**的健康卡已被冻结',
    );
    const cutoff = bookingProblemOf(refusal('CANCEL_CUTOFF_PASSED'), { hospitalPhone: '0574-87085588' });
    expect(cutoff.message).toContain('0574-87085588');
    expect(cutoff.next).toEqual({ kind: 'callHospital', label: '拨打医院电话', phone: '0574-87085588' });
    expect(bookingProblemOf(refusal('CANCEL_CUTOFF_PASSED')).next).toBeNull();
  });

  it('every code of the flow has its own next step', () => {
    const expected: Array<[ApiError['code'], string | null]> = [
      ['PAYMENT_REQUIRED', 'pay'],
      ['APPOINTMENT_NOT_CANCELLABLE', 'reload'],
      ['WAITLIST_NOT_NEEDED', 'pickAnotherSlot'],
      ['WAITLIST_CLOSED', 'pickAnotherDay'],
      ['ALREADY_WAITLISTED', 'myWaitlist'],
    ];
    for (const [code, kind] of expected) {
      const problem = bookingProblemOf(refusal(code));
      expect([code, problem.next?.kind ?? null]).toEqual([code, kind]);
      expect(problem.code).toBe(code);
    }
  });

  it('a lost answer or a failing platform: retry, and it says the retry will not book twice', () => {
    for (const error of [
      new NetworkError(),
      new TimeoutError(15_000),
      new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE', requestId: 'r' }),
    ]) {
      const problem = bookingProblemOf(error);
      expect(problem.next).toEqual({ kind: 'retry', label: '重试' });
      expect(problem.message).toContain('不会重复提交');
    }
  });

  it('signed out: sign in; anything else: the message without a next step', () => {
    expect(bookingProblemOf(new AuthError('SIGNED_OUT')).next?.kind).toBe('signIn');
    const other = bookingProblemOf(new ApiError({ status: 400, code: 'VALIDATION_FAILED', requestId: 'r' }));
    expect(other.next).toBeNull();
    expect(bookingProblemOf(new Error('boom')).message).not.toContain('boom');
  });
});
