import Taro from '@tarojs/taro';
import { urlWithQuery } from '../lib/routeParams';

// Page paths, as declared in app.config.ts.
export const ROUTES = {
  home: '/pages/home/index',
  appointments: '/pages/appointments/index',
  reports: '/pages/reports/index',
  me: '/pages/me/index',
  signIn: '/subpackages/account/pages/sign-in/index',
  hospitalDetail: '/subpackages/hospital/pages/detail/index',
  cardApply: '/subpackages/card/pages/apply/index',
  cardCode: '/subpackages/card/pages/code/index',
  cardFamily: '/subpackages/card/pages/family/index',
  cardSocialSecurity: '/subpackages/card/pages/social-security/index',
  bookingDepartment: '/subpackages/booking/pages/department/index',
  bookingDoctor: '/subpackages/booking/pages/doctor/index',
  bookingSlots: '/subpackages/booking/pages/slots/index',
  bookingEarliest: '/subpackages/booking/pages/earliest/index',
  bookingSearch: '/subpackages/booking/pages/search/index',
  payBills: '/subpackages/pay/pages/bills/index',
  payBill: '/subpackages/pay/pages/bill/index',
  payCheckout: '/subpackages/pay/pages/checkout/index',
  payResult: '/subpackages/pay/pages/result/index',
  payRecords: '/subpackages/pay/pages/records/index',
  payRecord: '/subpackages/pay/pages/record/index',
  bookingConfirm: '/subpackages/booking/pages/confirm/index',
  bookingSuccess: '/subpackages/booking/pages/success/index',
  appointmentDetail: '/subpackages/booking/pages/appointment/index',
  accountEvents: '/subpackages/booking/pages/events/index',
  reportDetail: '/subpackages/report/pages/detail/index',
  reportTrend: '/subpackages/report/pages/trend/index',
} as const;

export function hospitalDetailUrl(hospitalId: string): string {
  return `${ROUTES.hospitalDetail}?id=${encodeURIComponent(hospitalId)}`;
}

/** The code page (出示健康卡) on a card of this account, or on the default card without a reference. */
export function cardCodeUrl(cardRef?: string): string {
  return cardRef ? `${ROUTES.cardCode}?ref=${encodeURIComponent(cardRef)}` : ROUTES.cardCode;
}

/** The application form; `relation` preselects 本人 for the account's first card. */
export function cardApplyUrl(relation?: 'self'): string {
  return relation ? `${ROUTES.cardApply}?relation=${relation}` : ROUTES.cardApply;
}

/** The form that links a social-security card (社保卡) number to this account's card `cardRef`. */
export function socialSecurityUrl(cardRef: string): string {
  return `${ROUTES.cardSocialSecurity}?card=${encodeURIComponent(cardRef)}`;
}

/**
 * A department's date strip and schedules. There is no department endpoint, so the names come along
 * (for the title) and the hospital id (for its booking policy).
 */
export function bookingDepartmentUrl(department: {
  departmentId: string;
  hospitalId: string;
  departmentName?: string;
  hospitalName?: string;
}): string {
  return urlWithQuery(ROUTES.bookingDepartment, {
    id: department.departmentId,
    hospital: department.hospitalId,
    name: department.departmentName,
    hospitalName: department.hospitalName,
  });
}

export function bookingDoctorUrl(doctorId: string): string {
  return urlWithQuery(ROUTES.bookingDoctor, { id: doctorId });
}

/** A schedule's time slots; with the hospital id the page loads the hospital and its rules at once. */
export function bookingSlotsUrl(scheduleId: string, hospitalId?: string): string {
  return urlWithQuery(ROUTES.bookingSlots, { schedule: scheduleId, hospital: hospitalId });
}

/** 确认预约 of a picked slot (`mode: 'waitlist'` joins the full schedule's waitlist instead, no slot). */
export function bookingConfirmUrl(target: {
  scheduleId: string;
  hospitalId?: string;
  slotId?: string;
  mode?: 'waitlist';
}): string {
  return urlWithQuery(ROUTES.bookingConfirm, {
    schedule: target.scheduleId,
    hospital: target.hospitalId,
    slot: target.slotId,
    mode: target.mode,
  });
}

/** 预约成功 with the visit's details (after a free booking, or after the fee was paid). */
export function bookingSuccessUrl(appointmentId: string): string {
  return urlWithQuery(ROUTES.bookingSuccess, { id: appointmentId });
}

/** One appointment: details, payment and refund, the cancellation rule and 取消预约. */
export function appointmentDetailUrl(appointmentId: string): string {
  return urlWithQuery(ROUTES.appointmentDetail, { id: appointmentId });
}

/** 门诊缴费: the bills of the account's cards, optionally opened on one card. */
export function billsUrl(cardRef?: string): string {
  return urlWithQuery(ROUTES.payBills, { card: cardRef });
}

export function billDetailUrl(billId: string): string {
  return urlWithQuery(ROUTES.payBill, { id: billId });
}

/**
 * The checkout page: a held slot's registration fee (`{ hold }`) or a bill (`{ bill }`, `insurance` when
 * the resident chose 使用医保).
 */
export function payCheckoutUrl(target: { hold: string } | { bill: string; insurance?: boolean }): string {
  if ('hold' in target) return urlWithQuery(ROUTES.payCheckout, { hold: target.hold });
  return urlWithQuery(ROUTES.payCheckout, {
    bill: target.bill,
    insurance: target.insurance ? '1' : undefined,
  });
}

/** The page that waits for a payment to settle and tells the outcome. */
export function payResultUrl(paymentId: string): string {
  return urlWithQuery(ROUTES.payResult, { paymentId });
}

/** 缴费记录, optionally opened on one card. */
export function paymentRecordsUrl(cardRef?: string): string {
  return urlWithQuery(ROUTES.payRecords, { card: cardRef });
}

export function paymentRecordUrl(paymentId: string): string {
  return urlWithQuery(ROUTES.payRecord, { id: paymentId });
}

/** One report (报告详情): a lab report's items or an exam report's findings and impression. */
export function reportDetailUrl(reportId: string): string {
  return urlWithQuery(ROUTES.reportDetail, { id: reportId });
}

/** One lab item of a card over time (趋势), e.g. `GLU`. */
export function reportTrendUrl(cardRef: string, itemCode: string): string {
  return urlWithQuery(ROUTES.reportTrend, { card: cardRef, item: itemCode });
}

function routeOf(page: { route?: string } | undefined): string {
  return `/${(page?.route ?? '').replace(/^\//, '').split('?')[0]}`;
}

function currentRoute(): string {
  const pages = Taro.getCurrentPages();
  return routeOf(pages[pages.length - 1]);
}

/**
 * Back to `route` when it is the page underneath (it reloads when shown again), else onto it in place of
 * this page (opened from a shared link or after a reload, with nothing underneath to return to), at
 * `url` when that page needs its parameters.
 */
export function returnTo(route: string, url: string = route): void {
  const pages = Taro.getCurrentPages();
  if (pages.length > 1 && routeOf(pages[pages.length - 2]) === route) void Taro.navigateBack();
  else void Taro.redirectTo({ url });
}

/** Opens the sign-in page, unless it is already the page on top (several 401s arrive together). */
export function goToSignIn(): void {
  if (currentRoute() === ROUTES.signIn) return;
  void Taro.navigateTo({ url: ROUTES.signIn });
}

/** To the home tab (首页), e.g. 返回首页 on a result page. */
export function goHome(): void {
  void Taro.switchTab({ url: ROUTES.home });
}

/** After signing in: back to where the resident came from, or to 我的 when sign-in was the first page. */
export function leaveSignIn(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: ROUTES.me });
}
