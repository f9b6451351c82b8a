// The platform's wire types under friendly names, generated from the contract (src/generated).
import type { components, operations, paths } from './generated/openapi';

/** The whole contract, as generated: for code that needs a shape not named below. */
export type { components, operations, paths };

type Schemas = components['schemas'];

export type Channel = Schemas['Channel'];
export type Session = Schemas['Session'];
export type SmsCodeSent = Schemas['SmsCodeSent'];
export type Account = Schemas['Account'];
export type Jwks = Schemas['Jwks'];
export type Jwk = Schemas['Jwk'];
export type HospitalSummary = Schemas['HospitalSummary'];
export type Hospital = Schemas['Hospital'];
export type HospitalLevel = Schemas['HospitalLevel'];
export type HospitalType = Schemas['HospitalType'];
export type District = Schemas['District'];
export type DistrictRef = Schemas['DistrictRef'];
export type Department = Schemas['Department'];
export type DepartmentKind = Schemas['DepartmentKind'];
export type GeoPoint = Schemas['GeoPoint'];
export type ErrorResponse = Schemas['ErrorResponse'];
export type HospitalPage = Schemas['HospitalPage'];
export type IdType = Schemas['IdType'];
export type Gender = Schemas['Gender'];
export type NationCode = Schemas['NationCode'];
export type Relation = Schemas['Relation'];
export type CardState = Schemas['CardState'];
export type CardAttribute = Schemas['CardAttribute'];
export type GuardianConsent = Schemas['GuardianConsent'];
export type RecordedConsent = Schemas['RecordedConsent'];
export type CardApplication = Schemas['CardApplication'];
export type CardApplicationResult = Schemas['CardApplicationResult'];
export type CardHolder = Schemas['CardHolder'];
export type Card = Schemas['Card'];
export type CardList = Schemas['CardList'];
export type SocialSecurityLink = Schemas['SocialSecurityLink'];
export type DynamicCardCode = Schemas['DynamicCardCode'];
export type CardCodeVerificationRequest = Schemas['CardCodeVerificationRequest'];
export type CardCodeVerification = Schemas['CardCodeVerification'];
export type SmsCodeRequest = Schemas['SmsCodeRequest'];
export type BookingPolicy = Schemas['BookingPolicy'];
export type ChannelQuota = Schemas['ChannelQuota'];
export type TimeRange = Schemas['TimeRange'];
export type DoctorTitle = Schemas['DoctorTitle'];
export type RegistrationType = Schemas['RegistrationType'];
export type DoctorSummary = Schemas['DoctorSummary'];
export type Doctor = Schemas['Doctor'];
export type AvailabilityStatus = Schemas['AvailabilityStatus'];
export type AvailabilityDay = Schemas['AvailabilityDay'];
export type Period = Schemas['Period'];
export type ScheduleStatus = Schemas['ScheduleStatus'];
export type Schedule = Schemas['Schedule'];
export type SlotStatus = Schemas['SlotStatus'];
export type Slot = Schemas['Slot'];
export type ScheduleSlots = Schemas['ScheduleSlots'];
export type HospitalRef = Schemas['HospitalRef'];
export type DepartmentRef = Schemas['DepartmentRef'];
export type SearchHit = Schemas['SearchHit'];
export type DoctorHit = Schemas['DoctorHit'];
export type DepartmentHit = Schemas['DepartmentHit'];
export type SearchPage = Schemas['SearchPage'];
export type EarliestSlot = Schemas['EarliestSlot'];
export type HoldRequest = Schemas['HoldRequest'];
export type HoldStatus = Schemas['HoldStatus'];
export type Hold = Schemas['Hold'];
export type ReportType = Schemas['ReportType'];
export type ReportStatus = Schemas['ReportStatus'];
export type Interpretation = Schemas['Interpretation'];
export type ReportSummary = Schemas['ReportSummary'];
export type ReportPage = Schemas['ReportPage'];
export type Amendment = Schemas['Amendment'];
export type LabResult = Schemas['LabResult'];
export type LabReport = Schemas['LabReport'];
export type ExamModality = Schemas['ExamModality'];
export type ExamReport = Schemas['ExamReport'];
export type Report = Schemas['Report'];
export type TrendItem = Schemas['TrendItem'];
export type TrendItemList = Schemas['TrendItemList'];
export type TrendPoint = Schemas['TrendPoint'];
export type Trend = Schemas['Trend'];
export type WebhookEventType = Schemas['WebhookEventType'];
export type WebhookRequest = Schemas['WebhookRequest'];
export type Webhook = Schemas['Webhook'];
export type WebhookList = Schemas['WebhookList'];
export type BookingRequest = Schemas['BookingRequest'];
export type AppointmentStatus = Schemas['AppointmentStatus'];
export type PaymentSummary = Schemas['PaymentSummary'];
export type Appointment = Schemas['Appointment'];
export type AppointmentPage = Schemas['AppointmentPage'];
export type BookingStanding = Schemas['BookingStanding'];
export type WaitlistRequest = Schemas['WaitlistRequest'];
export type WaitlistStatus = Schemas['WaitlistStatus'];
export type WaitlistEntry = Schemas['WaitlistEntry'];
export type WaitlistList = Schemas['WaitlistList'];
export type EventType = Schemas['EventType'];
/** Something the platform tells the account (clinic stop, refund, waitlist offer...); not the DOM's Event. */
export type AccountEvent = Schemas['Event'];
export type EventPage = Schemas['EventPage'];
export type HospitalBookingRequest = Schemas['HospitalBookingRequest'];
/** A patient's appointments at the calling hospital (kiosk check-in), with its own patient number. */
export type PatientAppointments = Schemas['PatientAppointments'];
/** The token endpoint's form (RFC 6749 / RFC 7523 field names). */
export type ClientCredentialsTokenRequest = Schemas['ClientCredentialsTokenRequest'];
/** The token endpoint's answer (RFC 6749 §5.1 field names). */
export type AppToken = Schemas['AppToken'];
export type ClinicStopRequest = Schemas['ClinicStopRequest'];
export type ClinicStop = Schemas['ClinicStop'];
export type PaymentPurpose = Schemas['PaymentPurpose'];
export type PaymentRequest = Schemas['PaymentRequest'];
export type RegistrationPaymentRequest = Schemas['RegistrationPaymentRequest'];
export type BillPaymentRequest = Schemas['BillPaymentRequest'];
export type PaymentStatus = Schemas['PaymentStatus'];
export type InsuranceMixType = Schemas['InsuranceMixType'];
export type InsuranceSplit = Schemas['InsuranceSplit'];
export type WechatPayParams = Schemas['WechatPayParams'];
export type RefundStatus = Schemas['RefundStatus'];
export type Refund = Schemas['Refund'];
export type RefundRequest = Schemas['RefundRequest'];
export type Payment = Schemas['Payment'];
export type PaymentPage = Schemas['PaymentPage'];
export type BillStatus = Schemas['BillStatus'];
export type BillItemCategory = Schemas['BillItemCategory'];
export type InsuranceClass = Schemas['InsuranceClass'];
export type BillItem = Schemas['BillItem'];
export type Bill = Schemas['Bill'];
export type BillPage = Schemas['BillPage'];
export type WechatPayNotification = Schemas['WechatPayNotification'];

/** Filters and paging for `client.hospitals.list`. */
export type HospitalListParams = NonNullable<operations['listHospitals']['parameters']['query']>;
/** `from` (`YYYY-MM-DD`, Asia/Shanghai, default today) for calendars and a doctor's schedules. */
export type FromDateParams = NonNullable<operations['getDoctorCalendar']['parameters']['query']>;
/** The text, the kind of hit and paging for `client.search.query`. */
export type SearchParams = operations['searchRegion']['parameters']['query'];
/** The department kind, optional district and limit for `client.schedules.earliest`. */
export type EarliestSlotParams = operations['findEarliestSlots']['parameters']['query'];
/** `view` (upcoming or past), one card and paging for `client.appointments.list`. */
export type AppointmentListParams = NonNullable<operations['listAppointments']['parameters']['query']>;
/** One card of the account for `client.waitlist.list`. */
export type WaitlistListParams = NonNullable<operations['listWaitlist']['parameters']['query']>;
/** One card, type, hospital, report dates (`from`..`to`, inclusive) and paging for `client.reports.list`. */
export type ReportListParams = NonNullable<operations['listReports']['parameters']['query']>;
/** Paging for `client.events.list`. */
export type EventListParams = NonNullable<operations['listEvents']['parameters']['query']>;
/** One card and paging for `client.payments.list`. */
export type PaymentListParams = NonNullable<operations['listPayments']['parameters']['query']>;
/** One card, status (default `unpaid`), hospital and paging for `client.bills.list`. */
export type BillListParams = NonNullable<operations['listBills']['parameters']['query']>;
/** How a payment was made: `wechat` 微信支付, `onsite` 现场缴费, `insurance` 医保全额. */
export type PaymentMethod = NonNullable<Payment['method']>;

/** One page of a cursor-paginated list; `nextCursor` is null on the last page. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
