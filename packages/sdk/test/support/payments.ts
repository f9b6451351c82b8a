// Appointment and payment fixtures shaped like the platform's answers (contract tags `appointments` and
// `payments`), typed by the wire types so a contract change breaks them at compile time.
import type {
  AccountEvent,
  Appointment,
  Bill,
  Payment,
  Refund,
  WaitlistEntry,
  WechatPayParams,
} from '../../src/types';
import { departmentRef, hospitalRef, schedule, slot } from './booking';

export function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: 'apt_1',
    status: 'booked',
    cardRef: 'crd_1',
    patientName: '王*明',
    channel: 'wechat-miniapp',
    hospital: hospitalRef,
    department: departmentRef,
    schedule,
    slot,
    feeFen: 2500,
    payment: { id: 'pay_1', status: 'paid', amountFen: 2500, refundedFen: 0 },
    createdAt: '2026-11-23T08:00:00+08:00',
    cancelDeadline: '2026-11-23T16:00:00+08:00',
    cancellable: true,
    holdId: 'hld_1',
    ...overrides,
  };
}

export const wechatParams: WechatPayParams = {
  appId: 'wx8888888888888888',
  timeStamp: '1795392000',
  nonceStr: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
  package: 'prepay_id=wx201410272009395522657a690389285100',
  signType: 'RSA',
  paySign: 'c2lnbmF0dXJlLW9mLXRoZS1tZXJjaGFudA==',
};

export function payment(overrides: Partial<Payment> = {}): Payment {
  return {
    id: 'pay_1',
    purpose: 'registration',
    status: 'unpaid',
    cardRef: 'crd_1',
    patientName: '王*明',
    hospital: hospitalRef,
    description: '挂号费-儿科-王*明',
    amountFen: 2500,
    split: { mixType: 'CASH_ONLY', totalFen: 2500, fundFen: 0, personalAccountFen: 0, selfPayFen: 2500 },
    refundedFen: 0,
    refunds: [],
    outTradeNo: 'YK20261123080000000001',
    method: 'wechat',
    holdId: 'hld_1',
    wechat: wechatParams,
    h5Url: 'http://platform.test/__wxpay/cashier/wx2014',
    createdAt: '2026-11-23T08:00:00+08:00',
    expiresAt: '2026-11-23T08:10:00+08:00',
    ...overrides,
  };
}

/** The same order once settled: paid, booked, without the prepay fields. */
export function paidPayment(overrides: Partial<Payment> = {}): Payment {
  const { wechat: _wechat, h5Url: _h5Url, ...unpaid } = payment();
  return {
    ...unpaid,
    status: 'paid',
    paidAt: '2026-11-23T08:01:02+08:00',
    appointmentId: 'apt_1',
    ...overrides,
  };
}

export const refund: Refund = {
  id: 'rfd_1',
  paymentId: 'pay_1',
  outRefundNo: 'HOSP-RF-0001',
  amountFen: 1000,
  status: 'processing',
  reason: '检查项目取消',
  createdAt: '2026-11-23T09:00:00+08:00',
};

export function bill(overrides: Partial<Bill> = {}): Bill {
  return {
    id: 'bil_1',
    status: 'unpaid',
    cardRef: 'crd_1',
    patientName: '王*明',
    hospital: hospitalRef,
    departmentName: '儿科',
    doctorName: '李1明',
    issuedAt: '2026-11-23T10:00:00+08:00',
    totalFen: 12_850,
    items: [
      {
        code: 'D0001',
        name: '布地奈德混悬液',
        category: 'drug',
        quantity: 2,
        unit: '支',
        unitPriceFen: 3_200,
        amountFen: 6_400,
        insuranceClass: 'B',
      },
      {
        code: 'L0001',
        name: '血常规',
        category: 'lab',
        quantity: 1,
        unit: '次',
        unitPriceFen: 6_450,
        amountFen: 6_450,
        insuranceClass: 'A',
      },
    ],
    insuranceEstimate: {
      mixType: 'CASH_AND_INSURANCE',
      totalFen: 12_850,
      fundFen: 7_000,
      personalAccountFen: 3_000,
      selfPayFen: 2_850,
    },
    ...overrides,
  };
}

export function waitlistEntry(overrides: Partial<WaitlistEntry> = {}): WaitlistEntry {
  return {
    id: 'wl_1',
    status: 'waiting',
    cardRef: 'crd_1',
    patientName: '王*明',
    hospital: hospitalRef,
    schedule: { ...schedule, remaining: 0, status: 'full' },
    position: 3,
    createdAt: '2026-11-23T08:00:00+08:00',
    ...overrides,
  };
}

export function accountEvent(index: number): AccountEvent {
  return {
    id: `evt_${index}`,
    type: 'appointment.stopped',
    occurredAt: '2026-11-23T12:00:00+08:00',
    title: '停诊通知',
    body: '王*明预约的11月24日上午儿科因医生临时外出会诊停诊，挂号费将全额退还。',
    cardRef: 'crd_1',
    appointmentId: `apt_${index}`,
  };
}
