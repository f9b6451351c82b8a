// Chinese names of the booking enums, for screens. Each table `satisfies` a Record over the contract's
// generated enum, so a value added to or removed from the contract fails the typecheck until named here.
import type { components } from '../generated/openapi';

type Schemas = components['schemas'];

/** Region-wide department kind (科室类别) -> the name residents look for, e.g. `pediatrics` -> 儿科. */
export const DEPARTMENT_KIND_NAMES = Object.freeze({
  internal_medicine: '内科',
  surgery: '外科',
  pediatrics: '儿科',
  obstetrics_gynecology: '妇产科',
  ophthalmology: '眼科',
  ent: '耳鼻喉科',
  stomatology: '口腔科',
  dermatology: '皮肤科',
  neurology: '神经内科',
  cardiology: '心血管内科',
  respiratory: '呼吸内科',
  gastroenterology: '消化内科',
  endocrinology: '内分泌科',
  nephrology: '肾内科',
  orthopedics: '骨科',
  urology: '泌尿外科',
  oncology: '肿瘤科',
  psychiatry: '精神心理科',
  rehabilitation: '康复医学科',
  tcm: '中医科',
  emergency: '急诊科',
  general_practice: '全科医学科',
  other: '其他科室',
} satisfies Record<Schemas['DepartmentKind'], string>);

/** Half-day of a schedule (时段). */
export const PERIOD_NAMES = Object.freeze({
  morning: '上午',
  afternoon: '下午',
  evening: '夜间',
} satisfies Record<Schemas['Period'], string>);

/** A calendar day's availability for the caller's channel. */
export const AVAILABILITY_NAMES = Object.freeze({
  available: '有号',
  full: '约满',
  not_released: '未放号',
  none: '无排班',
} satisfies Record<Schemas['AvailabilityStatus'], string>);

/** A schedule's state; `stopped` is a clinic stop (停诊). */
export const SCHEDULE_STATUS_NAMES = Object.freeze({
  open: '可预约',
  full: '约满',
  not_released: '未放号',
  closed: '已停止预约',
  stopped: '停诊',
} satisfies Record<Schemas['ScheduleStatus'], string>);

/** Registration type (号别), which sets the fee. */
export const REGISTRATION_TYPE_NAMES = Object.freeze({
  ordinary: '普通号',
  expert: '专家号',
  special: '特需号',
} satisfies Record<Schemas['RegistrationType'], string>);

/** A doctor's professional title (职称). */
export const DOCTOR_TITLE_NAMES = Object.freeze({
  chief: '主任医师',
  associate_chief: '副主任医师',
  attending: '主治医师',
  resident: '住院医师',
} satisfies Record<Schemas['DoctorTitle'], string>);

/** A hold's state (锁号); `expired` means the place went back to the pool. */
export const HOLD_STATUS_NAMES = Object.freeze({
  held: '锁号中',
  booked: '已预约',
  released: '已释放',
  expired: '已过期',
} satisfies Record<Schemas['HoldStatus'], string>);

/** An appointment's state; `stopped` is cancelled by the hospital's clinic stop, `no_show` is 爽约. */
export const APPOINTMENT_STATUS_NAMES = Object.freeze({
  booked: '已预约',
  checked_in: '已签到',
  cancelled: '已取消',
  stopped: '已停诊',
  no_show: '已爽约',
} satisfies Record<Schemas['AppointmentStatus'], string>);

/** A waitlist (候补) entry's state; `offered` means a place is held for it and waits to be paid. */
export const WAITLIST_STATUS_NAMES = Object.freeze({
  waiting: '候补中',
  offered: '候补成功待支付',
  booked: '候补成功',
  cancelled: '已取消候补',
  closed: '候补结束',
} satisfies Record<Schemas['WaitlistStatus'], string>);

/** What an account event is about, for a notification list's filter or badge. */
export const EVENT_TYPE_NAMES = Object.freeze({
  'appointment.stopped': '停诊通知',
  'appointment.no_show': '爽约提醒',
  'waitlist.offered': '候补待支付',
  'waitlist.booked': '候补成功',
  'payment.refunded': '退款到账',
  'payment.closed': '订单关闭',
  'report.ready': '报告已出',
} satisfies Record<Schemas['EventType'], string>);

/** A booking limit (限号) of the policy, as BOOKING_LIMIT names it (`limitNameOf`). */
export const BOOKING_LIMIT_NAMES = Object.freeze({
  perPatientPerDepartmentPerDay: '同一就诊人同一科室每天的预约数',
  perPatientPerHospitalPerDay: '同一就诊人在同一医院每天的预约数',
  perAccountPerMonth: '每个账号每月的预约数',
} satisfies Record<keyof Schemas['BookingPolicy']['limits'], string>);
