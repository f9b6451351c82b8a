// One sample `data` per webhook event type, as the platform would send it (ids and the hospital's own
// patient number only). Typed against the contract, so a changed schema breaks this file first.
import type { WebhookEventDataMap, WebhookEventType } from '../../src/entries/server';

const HOSPITAL = 'hos_1';
const PATIENT = 'H0112345678';

export const SAMPLE_DATA: { [T in WebhookEventType]: WebhookEventDataMap[T] } = {
  'card.linked': { hospitalId: HOSPITAL, patientNumber: PATIENT, linkedAt: '2026-11-23T07:50:00+08:00' },
  'appointment.booked': {
    appointmentId: 'apt_1',
    hospitalId: HOSPITAL,
    patientNumber: PATIENT,
    departmentId: 'dep_1',
    doctorId: 'doc_1',
    scheduleId: 'sch_1',
    slotId: 'slt_1',
    date: '2026-11-25',
    period: 'morning',
    startsAt: '2026-11-25T08:00:00+08:00',
    endsAt: '2026-11-25T08:30:00+08:00',
    channel: 'wechat-miniapp',
    feeFen: 1200,
    bookedAt: '2026-11-23T07:58:00+08:00',
  },
  'appointment.cancelled': {
    appointmentId: 'apt_1',
    hospitalId: HOSPITAL,
    patientNumber: PATIENT,
    scheduleId: 'sch_1',
    slotId: 'slt_1',
    cancelledBy: 'resident',
    cancelledAt: '2026-11-23T07:59:00+08:00',
    refund: { paymentId: 'pay_1', amountFen: 1200 },
  },
  'appointment.checked_in': {
    appointmentId: 'apt_1',
    hospitalId: HOSPITAL,
    patientNumber: PATIENT,
    scheduleId: 'sch_1',
    checkedInAt: '2026-11-25T07:45:00+08:00',
  },
  'appointment.no_show': {
    appointmentId: 'apt_1',
    hospitalId: HOSPITAL,
    patientNumber: PATIENT,
    scheduleId: 'sch_1',
    slotId: 'slt_1',
    noShowAt: '2026-11-25T09:00:00+08:00',
  },
  'schedule.stopped': {
    scheduleId: 'sch_1',
    hospitalId: HOSPITAL,
    departmentId: 'dep_1',
    doctorId: 'doc_1',
    date: '2026-11-25',
    period: 'morning',
    reason: '医生临时外出会诊',
    stoppedAt: '2026-11-24T16:00:00+08:00',
    refundedFen: 1200,
    closedWaitlistEntries: 0,
    appointments: [{ appointmentId: 'apt_1', patientNumber: PATIENT, refundFen: 1200 }],
  },
  'payment.succeeded': {
    paymentId: 'pay_1',
    hospitalId: HOSPITAL,
    patientNumber: PATIENT,
    purpose: 'registration',
    appointmentId: 'apt_1',
    billId: null,
    amountFen: 1200,
    split: { mixType: 'CASH_ONLY', totalFen: 1200, fundFen: 0, personalAccountFen: 0, selfPayFen: 1200 },
    method: 'wechat',
    paidAt: '2026-11-23T07:58:00+08:00',
  },
  'payment.refunded': {
    paymentId: 'pay_1',
    refundId: 'rfd_1',
    hospitalId: HOSPITAL,
    patientNumber: PATIENT,
    appointmentId: 'apt_1',
    billId: null,
    amountFen: 1200,
    refundedFen: 1200,
    reason: '取消预约退款',
    refundedAt: '2026-11-23T08:00:00+08:00',
  },
  'report.ready': {
    reportId: 'rpt_1',
    hospitalId: HOSPITAL,
    patientNumber: PATIENT,
    reportType: 'lab',
    reportedAt: '2026-11-23T07:58:00+08:00',
  },
};

export const EVENT_TYPES = Object.keys(SAMPLE_DATA) as WebhookEventType[];
