// What a verified platform webhook event holds: one member per event type, each with its own `data`, so
// `switch (event.type)` narrows `event.data`. The shapes are the contract's (the `webhooks` section and
// the `*EventData` schemas): a hospital gets ids and its own patient number (院内患者号), never names, ID
// numbers, phones or card IDs.
import type { components } from '../generated/openapi';

type Schemas = components['schemas'];

/** `card.linked` (首次建档): the card's holder got a patient number at this hospital (first use there). */
export type CardLinkedData = Schemas['CardLinkedEventData'];
/** `appointment.booked` (预约成功), on any channel. */
export type AppointmentBookedData = Schemas['AppointmentBookedEventData'];
/** `appointment.cancelled` (取消预约) by the resident, with what is refunded of a paid fee. */
export type AppointmentCancelledData = Schemas['AppointmentCancelledEventData'];
/** `appointment.checked_in` (已签到). */
export type AppointmentCheckedInData = Schemas['AppointmentCheckedInEventData'];
/** `appointment.no_show` (爽约). */
export type AppointmentNoShowData = Schemas['AppointmentNoShowEventData'];
/** `schedule.stopped` (停诊), with every booking it cancelled. */
export type ScheduleStoppedData = Schemas['ScheduleStoppedEventData'];
/** One booking a clinic stop cancelled. */
export type StoppedAppointment = Schemas['StoppedAppointment'];
/** `payment.succeeded` (支付成功): a registration fee or bill of this hospital. */
export type PaymentSucceededData = Schemas['PaymentSucceededEventData'];
/** `payment.refunded` (退款成功): one completed refund. */
export type PaymentRefundedData = Schemas['PaymentRefundedEventData'];
/** `report.ready` (报告已出): fetch the report itself through the hospital's own systems. */
export type ReportReadyData = Schemas['ReportReadyEventData'];

/** Each event type and its `data`. */
export interface WebhookEventDataMap {
  'card.linked': CardLinkedData;
  'appointment.booked': AppointmentBookedData;
  'appointment.cancelled': AppointmentCancelledData;
  'appointment.checked_in': AppointmentCheckedInData;
  'appointment.no_show': AppointmentNoShowData;
  'schedule.stopped': ScheduleStoppedData;
  'payment.succeeded': PaymentSucceededData;
  'payment.refunded': PaymentRefundedData;
  'report.ready': ReportReadyData;
}

/** Every event type a webhook can subscribe to and receive (the contract's `WebhookEventType`). */
export type WebhookEventType = keyof WebhookEventDataMap;

// Compile-time guard: the map above names exactly the contract's event types, no more, no fewer.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractTypesCovered: Same<WebhookEventType, Schemas['WebhookEventType']> = true;
void contractTypesCovered;

interface VerifiedEventEnvelope {
  /** The event id (`jti`): a delivery can repeat (retries), so handle each id once. */
  id: string;
  /** `iat` and `exp` in the contract's timestamp form. */
  issuedAt: string;
  expiresAt: string;
}

/** An event of type `T` whose signature, issuer, audience, type, times and data were checked. */
export type WebhookEventOf<T extends WebhookEventType> = VerifiedEventEnvelope & {
  type: T;
  data: WebhookEventDataMap[T];
};

export type CardLinkedEvent = WebhookEventOf<'card.linked'>;
export type AppointmentBookedEvent = WebhookEventOf<'appointment.booked'>;
export type AppointmentCancelledEvent = WebhookEventOf<'appointment.cancelled'>;
export type AppointmentCheckedInEvent = WebhookEventOf<'appointment.checked_in'>;
export type AppointmentNoShowEvent = WebhookEventOf<'appointment.no_show'>;
export type ScheduleStoppedEvent = WebhookEventOf<'schedule.stopped'>;
export type PaymentSucceededEvent = WebhookEventOf<'payment.succeeded'>;
export type PaymentRefundedEvent = WebhookEventOf<'payment.refunded'>;
export type ReportReadyEvent = WebhookEventOf<'report.ready'>;

/** Every event a webhook can receive; branch on `type` and `data` narrows with it. */
export type WebhookEvent = { [T in WebhookEventType]: WebhookEventOf<T> }[WebhookEventType];
