// Whether an appointment can still be cancelled, until when, and what happens to its fee, in the words a
// resident reads, so the detail page explains the rule before the button is pressed. The platform decides
// (CANCEL_CUTOFF_PASSED after `cancelDeadline`); this only reads the appointment against a clock.
import type { components } from '../generated/openapi';
import { formatShanghaiDateTime } from './clinic-time';
import { formatYuan } from './money';

type Appointment = components['schemas']['Appointment'];

export interface CancellationInfo {
  /** Whether cancelling now should be accepted. */
  cancellable: boolean;
  /** The cut-off as shown, e.g. `11月23日 16:00` (Asia/Shanghai). */
  deadlineText: string;
  /** What cancelling now gives back, in fen (0 for a free or unpaid booking). */
  refundFen: number;
  /** One plain Chinese sentence for the screen. */
  text: string;
}

/** Why an appointment that is no longer `booked` cannot be cancelled. */
const NOT_BOOKED_TEXT = Object.freeze({
  checked_in: '已签到，无法取消预约',
  cancelled: '预约已取消',
  stopped: '医生停诊，预约已取消，已支付的挂号费将全额退还',
  no_show: '已过就诊时间且未签到，无法取消预约',
} satisfies Record<Exclude<Appointment['status'], 'booked'>, string>);

/** The fee paid for the booking and not yet refunded (registration fees are all self-pay). */
function paidFen(appointment: Appointment): number {
  const payment = appointment.payment;
  if (payment === null) return 0;
  if (payment.status !== 'paid' && payment.status !== 'partially_refunded') return 0;
  return Math.max(0, payment.amountFen - payment.refundedFen);
}

/**
 * `describeCancellation(appointment, Date.now())`: e.g. `{ cancellable: true, text: '可在11月23日 16:00前
 * 取消，挂号费¥25.00将原路全额退还' }`, or after the cut-off `'已过取消截止时间（11月23日 16:00），无法在线
 * 取消，如需帮助请联系医院'`. Throws RangeError when `cancelDeadline` is not a timestamp.
 */
export function describeCancellation(appointment: Appointment, nowMs: number): CancellationInfo {
  const deadlineText = formatShanghaiDateTime(appointment.cancelDeadline);
  if (appointment.status !== 'booked') {
    return { cancellable: false, deadlineText, refundFen: 0, text: NOT_BOOKED_TEXT[appointment.status] };
  }
  if (nowMs >= Date.parse(appointment.cancelDeadline)) {
    return {
      cancellable: false,
      deadlineText,
      refundFen: 0,
      text: `已过取消截止时间（${deadlineText}），无法在线取消，如需帮助请联系医院`,
    };
  }
  if (!appointment.cancellable) {
    // The platform knows more (e.g. the visit is already over): trust it.
    return { cancellable: false, deadlineText, refundFen: 0, text: '该预约当前无法取消' };
  }
  const refundFen = paidFen(appointment);
  const refund = refundFen > 0 ? `，挂号费${formatYuan(refundFen)}将原路全额退还` : '';
  return { cancellable: true, deadlineText, refundFen, text: `可在${deadlineText}前取消${refund}` };
}
