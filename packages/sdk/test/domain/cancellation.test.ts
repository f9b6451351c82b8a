import { describeCancellation } from '../../src/domain/cancellation';
import { appointment } from '../support/payments';

// The fixture's cut-off is 2026-11-23 16:00 in Shanghai.
const BEFORE = Date.parse('2026-11-23T15:59:59+08:00');
const AT = Date.parse('2026-11-23T16:00:00+08:00');

describe('describeCancellation', () => {
  it('before the cut-off: cancellable, with the paid fee refunded in full', () => {
    expect(describeCancellation(appointment(), BEFORE)).toEqual({
      cancellable: true,
      deadlineText: '11月23日 16:00',
      refundFen: 2500,
      text: '可在11月23日 16:00前取消，挂号费¥25.00将原路全额退还',
    });
  });

  it('a free booking, or one whose fee is not paid, refunds nothing', () => {
    const free = describeCancellation(appointment({ feeFen: 0, payment: null }), BEFORE);
    expect(free).toMatchObject({ cancellable: true, refundFen: 0, text: '可在11月23日 16:00前取消' });
    const unpaid = appointment({
      payment: { id: 'pay_1', status: 'unpaid', amountFen: 2500, refundedFen: 0 },
    });
    expect(describeCancellation(unpaid, BEFORE).refundFen).toBe(0);
  });

  it('refunds what is left of a partly refunded fee', () => {
    const partly = appointment({
      payment: { id: 'pay_1', status: 'partially_refunded', amountFen: 2500, refundedFen: 1000 },
    });
    expect(describeCancellation(partly, BEFORE)).toMatchObject({ refundFen: 1500 });
  });

  it('from the cut-off on: not cancellable, says until when and what to do', () => {
    // Even when the appointment was fetched before the cut-off and still says `cancellable`.
    expect(describeCancellation(appointment(), AT)).toEqual({
      cancellable: false,
      deadlineText: '11月23日 16:00',
      refundFen: 0,
      text: '已过取消截止时间（11月23日 16:00），无法在线取消，如需帮助请联系医院',
    });
  });

  it('trusts the platform when it says a booked appointment cannot be cancelled', () => {
    expect(describeCancellation(appointment({ cancellable: false }), BEFORE)).toMatchObject({
      cancellable: false,
      text: '该预约当前无法取消',
    });
  });

  it.each([
    ['checked_in', '已签到，无法取消预约'],
    ['cancelled', '预约已取消'],
    ['stopped', '医生停诊，预约已取消，已支付的挂号费将全额退还'],
    ['no_show', '已过就诊时间且未签到，无法取消预约'],
  ] as const)('%s: never cancellable (%s)', (status, text) => {
    expect(describeCancellation(appointment({ status, cancellable: false }), BEFORE)).toMatchObject({
      cancellable: false,
      refundFen: 0,
      text,
    });
  });

  it('shows the cut-off at Shanghai time whatever offset it is written with', () => {
    const utc = appointment({ cancelDeadline: '2026-11-23T08:00:00Z' });
    expect(describeCancellation(utc, BEFORE).deadlineText).toBe('11月23日 16:00');
  });
});
