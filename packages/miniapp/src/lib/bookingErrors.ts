// Every refusal of the booking flow (锁号, 预约, 候补, 取消) as a resident should meet it: a short title, a plain
// message that says what happened in this case (until when a ban lasts, which limit, when booking opens)
// and the one next step that helps (pick another slot, see my appointments, call the hospital, retry).
// Pure, so every code's wording and next step is tested; the pages only render it.
import { isApiError, isYikaError, type BookingPolicy } from '@yika/sdk';
import { bannedUntilOf, formatShanghaiDateTime, limitNameOf } from '@yika/sdk/domain';
import { errorMessageOf, isSignedOutError, isTransientError } from './errors';

export type NextStepKind =
  /** Back to the slots page, reloaded (the slot is gone, or the schedule still has places). */
  | 'pickAnotherSlot'
  /** Back to the slots page to start over (the hold lapsed). */
  | 'reselect'
  /** Back from the slots, to another day or doctor. */
  | 'pickAnotherDay'
  /** The 预约 tab. */
  | 'myAppointments'
  /** The 预约 tab's 候补 segment. */
  | 'myWaitlist'
  /** Stay, and choose another family card. */
  | 'chooseCard'
  /** The checkout page of the hold. */
  | 'pay'
  /** Call the hospital (its switchboard number rides along). */
  | 'callHospital'
  /** Load the appointment again: its state changed. */
  | 'reload'
  /** The same request again (the network, a busy platform). */
  | 'retry'
  | 'signIn';

export interface NextStep {
  kind: NextStepKind;
  label: string;
  /** For `callHospital`. */
  phone?: string;
}

export interface BookingProblem {
  /** The error code, for tests and `data-code` on screen; '' for something not from the SDK. */
  code: string;
  title: string;
  message: string;
  next: NextStep | null;
}

export interface BookingProblemContext {
  /** The hospital's rules, to say when booking opens. */
  policy?: BookingPolicy;
  /** The patient's masked name, to say whose card or ban it is. */
  patientName?: string;
  /** The hospital's switchboard (Hospital.phone), to call when cancelling online is no longer possible. */
  hospitalPhone?: string;
}

const LIMIT_RULES: Readonly<Record<string, (limits: BookingPolicy['limits']) => string>> = {
  perPatientPerDepartmentPerDay: (limits) =>
    `同一就诊人在同一科室每天限约${limits.perPatientPerDepartmentPerDay}个号`,
  perPatientPerHospitalPerDay: (limits) =>
    `同一就诊人在同一医院每天最多约${limits.perPatientPerHospitalPerDay}个号`,
  perAccountPerMonth: (limits) => `每个账号每月最多预约${limits.perAccountPerMonth}次`,
};

function limitMessage(error: unknown, context: BookingProblemContext): string {
  // The platform's message names the limit in Chinese; with the policy at hand, the number is added.
  const limit = limitNameOf(error);
  const rule = limit && context.policy ? LIMIT_RULES[limit]?.(context.policy.limits) : undefined;
  const base = errorMessageOf(error);
  return rule ? `${base}（${rule}）。可以先查看或取消已有的预约。` : `${base}。可以先查看或取消已有的预约。`;
}

function bannedMessage(error: unknown, context: BookingProblemContext): string {
  const who = context.patientName ?? '该就诊人';
  const until = bannedUntilOf(error);
  // A 90-day ban may end next year: the year is said.
  const untilText = until ? formatShanghaiDateTime(until, { withYear: true }) : '';
  const ban = context.policy?.noShowBan;
  const why = ban ? `${ban.windowDays}天内爽约${ban.count}次，` : '因多次爽约，';
  return untilText
    ? `${why}${who}在${untilText}前不能在全市任何医院预约挂号。可以为其他家人预约。`
    : `${why}${who}暂时不能预约挂号。可以为其他家人预约。`;
}

function notOpenMessage(context: BookingProblemContext): string {
  const policy = context.policy;
  if (!policy) return '这个排班现在不能预约（还没有放号、已停止预约或医生停诊），请选择其他时段。';
  return (
    `这个排班现在不能预约（还没有放号、已停止预约或医生停诊）。` +
    `这家医院每天${policy.releaseTime}放出新一天的号，可预约${policy.bookingWindowDays}天内的号。`
  );
}

function closedMessage(context: BookingProblemContext): string {
  const hours = context.policy?.bookingHours;
  return hours
    ? `现在不在预约时间内。这家医院每天${hours.start}-${hours.end}可以预约，请到时再来。`
    : '现在不在预约时间内，请在医院规定的预约时间内再试。';
}

function cutoffMessage(context: BookingProblemContext): string {
  const phone = context.hospitalPhone;
  return phone
    ? `已过取消截止时间，不能在线取消。如需取消或改约，请拨打医院电话 ${phone}。`
    : '已过取消截止时间，不能在线取消。如需取消或改约，请联系医院。';
}

type Describe = (error: unknown, context: BookingProblemContext) => Omit<BookingProblem, 'code'>;

const BY_CODE: Readonly<Record<string, Describe>> = {
  SLOT_UNAVAILABLE: () => ({
    title: '该时段已被约满',
    message: '这个时段的号刚刚被约完了，请选择其他时段。',
    next: { kind: 'pickAnotherSlot', label: '选择其他时段' },
  }),
  HOLD_EXPIRED: () => ({
    title: '锁号已超时',
    message: '没有在规定时间内完成预约，号已经释放，请重新选择时段。',
    next: { kind: 'reselect', label: '重新选择' },
  }),
  BANNED_FOR_NO_SHOW: (error, context) => ({
    title: '暂时不能预约',
    message: bannedMessage(error, context),
    next: { kind: 'chooseCard', label: '更换就诊人' },
  }),
  BOOKING_LIMIT: (error, context) => ({
    title: '已达到预约上限',
    message: limitMessage(error, context),
    next: { kind: 'myAppointments', label: '查看我的预约' },
  }),
  SCHEDULE_NOT_OPEN: (_error, context) => ({
    title: '暂不能预约',
    message: notOpenMessage(context),
    next: { kind: 'pickAnotherDay', label: '选择其他日期' },
  }),
  BOOKING_CLOSED: (_error, context) => ({
    title: '不在预约时间内',
    message: closedMessage(context),
    next: null,
  }),
  CARD_SUSPENDED: (_error, context) => ({
    title: '健康卡已冻结',
    message: `${context.patientName ?? '该就诊人'}的健康卡已被冻结，不能预约。请联系医院或客服处理，或为其他家人预约。`,
    next: { kind: 'chooseCard', label: '更换就诊人' },
  }),
  PAYMENT_REQUIRED: () => ({
    title: '请支付挂号费',
    message: '这个号需要支付挂号费，支付成功后即预约成功。',
    next: { kind: 'pay', label: '去支付' },
  }),
  CANCEL_CUTOFF_PASSED: (_error, context) => ({
    title: '已过取消时间',
    message: cutoffMessage(context),
    next: context.hospitalPhone
      ? { kind: 'callHospital', label: '拨打医院电话', phone: context.hospitalPhone }
      : null,
  }),
  APPOINTMENT_NOT_CANCELLABLE: () => ({
    title: '不能取消',
    message: '这个预约已签到、停诊或已过就诊时间，不能再取消。',
    next: { kind: 'reload', label: '刷新预约状态' },
  }),
  WAITLIST_NOT_NEEDED: () => ({
    title: '现在还有号',
    message: '这个排班还有号，不用候补，请直接选择时段预约。',
    next: { kind: 'pickAnotherSlot', label: '去选时段' },
  }),
  WAITLIST_CLOSED: () => ({
    title: '候补已截止',
    message: '这个排班的候补已经截止（就诊前一天结束，或医生停诊），请选择其他日期或医生。',
    next: { kind: 'pickAnotherDay', label: '选择其他日期' },
  }),
  ALREADY_WAITLISTED: (_error, context) => ({
    title: '已在候补中',
    message: `${context.patientName ?? '该就诊人'}已经在这个排班的候补队列里，有号时会通知您。`,
    next: { kind: 'myWaitlist', label: '查看候补' },
  }),
  NOT_FOUND: () => ({
    title: '没有找到',
    message: '这个号源或预约已不存在，请重新选择。',
    next: { kind: 'reselect', label: '重新选择' },
  }),
};

/** What to show when a step of the booking flow fails, and what the resident can do next. */
export function bookingProblemOf(error: unknown, context: BookingProblemContext = {}): BookingProblem {
  const code = isYikaError(error) ? error.code : '';
  if (isSignedOutError(error)) {
    return {
      code,
      title: '请先登录',
      message: '登录已失效，请重新登录后再预约。',
      next: { kind: 'signIn', label: '去登录' },
    };
  }
  const describe = BY_CODE[code];
  if (describe) return { code, ...describe(error, context) };
  if (isTransientError(error) || code === 'IDEMPOTENCY_IN_PROGRESS') {
    return {
      code,
      title: isApiError(error) ? '系统繁忙' : '网络不给力',
      message: `${errorMessageOf(error)}。您的操作不会重复提交。`,
      next: { kind: 'retry', label: '重试' },
    };
  }
  return { code, title: '没有成功', message: errorMessageOf(error), next: null };
}
