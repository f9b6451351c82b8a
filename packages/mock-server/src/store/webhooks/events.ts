// The events the platform sends hospitals, typed from the contract (the `webhooks` section and its
// `*EventData` schemas): one `data` shape per type, ids and the hospital's own patient number only.
import type { components, WebhookEventType } from '../../contract/wire';

type Schemas = components['schemas'];

export interface WebhookEventDataMap {
  'card.linked': Schemas['CardLinkedEventData'];
  'appointment.booked': Schemas['AppointmentBookedEventData'];
  'appointment.cancelled': Schemas['AppointmentCancelledEventData'];
  'appointment.checked_in': Schemas['AppointmentCheckedInEventData'];
  'appointment.no_show': Schemas['AppointmentNoShowEventData'];
  'schedule.stopped': Schemas['ScheduleStoppedEventData'];
  'payment.succeeded': Schemas['PaymentSucceededEventData'];
  'payment.refunded': Schemas['PaymentRefundedEventData'];
  'report.ready': Schemas['ReportReadyEventData'];
}

/** One event for one hospital, before it is signed for each subscription. */
export type WebhookEvent = {
  [T in WebhookEventType]: { id: string; type: T; hospitalId: string; data: WebhookEventDataMap[T] };
}[WebhookEventType];

/**
 * Where the model raises hospital events (store/webhooks/hospital-events.ts). Every `data` names its
 * hospital, and the event goes to that hospital's subscriptions only.
 */
export interface HospitalEventSink {
  raise<T extends WebhookEventType>(type: T, data: WebhookEventDataMap[T]): void;
  /** The hospital's own patient number for the person (made on first use, which raises `card.linked`). */
  patientNumber(hospitalId: string, personId: string): string;
}
