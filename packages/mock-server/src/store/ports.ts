// The seams between the booking side (appointments, waitlist, clinic stops) and the payment side
// (payment orders, WeChat Pay, refunds) of the model. Each side is built without the other and they are
// connected once in store.ts, so neither constructor needs the other and each can be tested alone.
import type { AccountEvent, PaymentSummary } from '../contract/wire';

/** A hold as the payment side needs it to charge its registration fee (挂号费). */
export interface PayableHold {
  holdId: string;
  accountId: string;
  /** The account's reference for the card (`Card.id`). */
  cardRef: string;
  /** Masked, as the hold shows it. */
  patientName: string;
  hospitalId: string;
  feeFen: number;
  /** The order closes when the hold would expire. */
  expiresAtMs: number;
  /** Chinese, for the order (e.g. `挂号费-心内科-王*明`). */
  description: string;
}

/** Implemented by the booking side; the payment side calls it. */
export interface RegistrationBooking {
  /**
   * The account's held hold with a fee, ready to be charged. Throws NOT_FOUND (not the account's),
   * HOLD_EXPIRED (expired or released) or PAYMENT_STATE_INVALID (already booked, or free: book it instead).
   */
  payableHold(accountId: string, holdId: string): PayableHold;
  /**
   * Called once, when the hold's payment settles: books the hold and returns the appointment id. Returns
   * undefined when the hold lapsed before the money arrived; the payment side then refunds in full.
   */
  bookPaidHold(holdId: string, paymentId: string): string | undefined;
}

/** Implemented by the payment side; the booking side calls it. */
export interface RegistrationPayments {
  /**
   * Refunds whatever is left of a paid order, in full (a cancellation in time, a clinic stop); returns the
   * fen refunded (0 when nothing was left to refund).
   */
  refundInFull(paymentId: string, reason: string): number;
  /** Records a fee taken on site (kiosk, window) as a paid order, so it can be refunded later. */
  recordOnsitePayment(input: OnsitePayment): PaymentSummary;
  /** The order as an appointment shows it. */
  summaryOf(paymentId: string): PaymentSummary;
}

export interface OnsitePayment {
  /** The account the booking shows up in, if the card is bound to any (the refund is told there). */
  accountIds: readonly string[];
  cardRef: string;
  /** The patient (the card may be bound to no account); the hospital's events name their patient number. */
  personId: string;
  /** The appointment the fee is for. */
  appointmentId: string;
  patientName: string;
  hospitalId: string;
  amountFen: number;
  description: string;
}

/** Something to tell an account; the event store adds the id and the time. */
export type NewAccountEvent = Omit<AccountEvent, 'id' | 'occurredAt'>;

/** Implemented by the event store (store/events.ts); both sides publish through it. */
export interface EventSink {
  publish(accountId: string, event: NewAccountEvent): void;
}
