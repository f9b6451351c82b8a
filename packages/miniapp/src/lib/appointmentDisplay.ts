// How one appointment (预约) reads on screen: its status in words with a tone for the chip (the words
// carry the meaning; the tone only adds to it), the visit's facts, the channel it was booked on, the
// registration fee's payment and refund, and the cancellation rule with its deadline.
import type { Appointment, AppointmentStatus, PaymentSummary } from '@yika/sdk';
import {
  APPOINTMENT_STATUS_NAMES,
  describeCancellation,
  formatSlotTime,
  formatYuan,
  PAYMENT_STATUS_NAMES,
  PERIOD_NAMES,
  REGISTRATION_TYPE_NAMES,
} from '@yika/sdk/domain';
import { visitDateText } from './bookingDates';
import { CHANNEL_NAMES } from './bookingPolicy';
import type { SummaryLine } from './slotChoice';

/** The chip's look: `active` (to come), `done`, `warning` (爽约), `muted` (cancelled, stopped). */
export type StatusTone = 'active' | 'done' | 'warning' | 'muted';

const STATUS_TONES: Readonly<Record<AppointmentStatus, StatusTone>> = {
  booked: 'active',
  checked_in: 'done',
  cancelled: 'muted',
  stopped: 'muted',
  no_show: 'warning',
};

export interface StatusChipModel {
  text: string;
  tone: StatusTone;
}

export function appointmentStatusChip(status: AppointmentStatus): StatusChipModel {
  return { text: APPOINTMENT_STATUS_NAMES[status], tone: STATUS_TONES[status] };
}

/** `11月23日 周一 上午 08:00-08:30`: when to come. */
export function visitTimeText(appointment: Appointment): string {
  const { schedule, slot } = appointment;
  return `${visitDateText(schedule.date)} ${PERIOD_NAMES[schedule.period]} ${formatSlotTime(slot.startTime, slot.endTime)}`;
}

/** The channel (渠道) it was booked on, as residents know it: 微信小程序, 自助机, 医院窗口... */
export function channelName(appointment: Appointment): string {
  return CHANNEL_NAMES[appointment.channel];
}

/**
 * The fee's payment in words: 免费 for a free booking; else its state and amounts, e.g. `已支付 ¥30.00`,
 * `退款中 ¥30.00`, `已全额退款 ¥30.00`; kiosk and window fees (paid on site) say so.
 */
export function paymentText(appointment: Appointment): string {
  const payment = appointment.payment;
  if (payment === null)
    return appointment.feeFen === 0 ? '免费' : `${formatYuan(appointment.feeFen)}（未支付）`;
  const onSite = appointment.channel === 'kiosk' || appointment.channel === 'window';
  const where = onSite && payment.status === 'paid' ? '（现场缴费）' : '';
  return `${PAYMENT_STATUS_NAMES[payment.status]} ${formatYuan(payment.amountFen)}${where}`;
}

/** The refund line once money went back (or is on its way), else null. */
export function refundText(payment: PaymentSummary | null): string | null {
  if (payment === null) return null;
  if (payment.status === 'refunding')
    return `退款中：${formatYuan(payment.amountFen - payment.refundedFen)}将原路退回`;
  if (payment.refundedFen > 0) return `已退款 ${formatYuan(payment.refundedFen)}，原路退回`;
  return null;
}

export interface CancellationRule {
  /** Whether the 取消预约 button shows. */
  canCancel: boolean;
  text: string;
}

/**
 * The cancellation rule as it applies now (the SDK's `describeCancellation`: until when, and the refund),
 * with the hospital's reason added to a clinic stop (停诊).
 */
export function cancellationRule(appointment: Appointment, nowMs: number): CancellationRule {
  const info = describeCancellation(appointment, nowMs);
  const reason =
    appointment.status === 'stopped' && appointment.cancelReason ? `（${appointment.cancelReason}）` : '';
  return { canCancel: info.cancellable, text: `${info.text}${reason}。` };
}

/** 就诊信息: one line per fact, the patient's name masked as the platform sends it. */
export function visitLines(appointment: Appointment): SummaryLine[] {
  const { schedule } = appointment;
  return [
    { label: '就诊人', value: appointment.patientName },
    { label: '医院', value: appointment.hospital.name },
    { label: '科室', value: appointment.department.name },
    { label: '医生', value: `${schedule.doctorName} ${schedule.doctorTitleName}` },
    { label: '就诊时间', value: visitTimeText(appointment) },
    { label: '号别', value: REGISTRATION_TYPE_NAMES[schedule.registrationType] },
    { label: '挂号费', value: paymentText(appointment) },
    { label: '预约渠道', value: channelName(appointment) },
  ];
}

/** Where to go on the day, in words: the hospital (and its address when known) and the department. */
export function whereToGoText(appointment: Appointment, hospitalAddress?: string): string {
  const place = hospitalAddress
    ? `${appointment.hospital.name}（${hospitalAddress}）`
    : appointment.hospital.name;
  return `请于就诊时段前到${place}${appointment.department.name}，出示电子健康卡签到候诊。`;
}

export interface AppointmentRowModel {
  id: string;
  title: string;
  subtitle: string;
  timeText: string;
  patientName: string;
  channelName: string;
  status: StatusChipModel;
  label: string;
}

/** One row of the 预约 tab's lists. */
export function appointmentRow(appointment: Appointment): AppointmentRowModel {
  const status = appointmentStatusChip(appointment.status);
  const title = `${appointment.department.name} · ${appointment.schedule.doctorName}`;
  const subtitle = appointment.hospital.name;
  const timeText = visitTimeText(appointment);
  return {
    id: appointment.id,
    title,
    subtitle,
    timeText,
    patientName: appointment.patientName,
    channelName: channelName(appointment),
    status,
    label: `${status.text}，${appointment.patientName}，${subtitle}，${title}，${timeText}，${channelName(appointment)}预约`,
  };
}
