// Appointments (预约) for residents: booking a hold (a free one at once; a paid one when its payment
// settles, through RegistrationBooking), listing and reading the bookings of the account's cards,
// cancelling before the cut-off (a paid booking is refunded in full and the freed place goes to the
// schedule's waitlist first), and the card's no-show standing. A card bound to two accounts (both parents
// hold their child's card) shows its bookings in both; any other account gets 404, never 403.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { Appointment, BookingStanding, PaymentSummary } from '../../contract/wire';
import type { BindingRecord } from '../cards/bindings';
import { cardAndPerson, type CardModel } from '../cards/model';
import { pageOf, type PageOf, type PageRequest } from '../cursor';
import { PlatformError } from '../errors';
import type { PayableHold, RegistrationBooking, RegistrationPayments } from '../ports';
import type { AppointmentBook, AppointmentRecord } from './appointment-book';
import { appointmentView } from './appointment-view';
import { cancelDeadlineMs } from './cancel-cutoff';
import type { HoldDesk, HoldRecord } from './holds';
import type { BookingModel } from './model';
import { DEFAULT_POLICY } from './policy';
import { noShowsWithin } from './standing';

export interface AppointmentQuery extends PageRequest {
  view?: 'upcoming' | 'past';
  cardRef?: string;
}

/** Where a place freed by a cancellation goes first (the schedule's waitlist, 候补). */
export interface FreedPlaces {
  /** Offers the slot's freed place (already back in its pool) to the first waiting entry that may take it. */
  offer(scheduleId: string, slotId: string): void;
}

export interface AppointmentDeskParts {
  booking: BookingModel;
  cards: CardModel;
  holds: HoldDesk;
  book: AppointmentBook;
  /** Late-bound: the payment side is built after the booking side. */
  payments: () => RegistrationPayments;
  waitlist: () => FreedPlaces;
}

export const RESIDENT_CANCEL_REASON = '就诊人取消预约';

export class AppointmentDesk implements RegistrationBooking {
  constructor(private readonly parts: AppointmentDeskParts) {}

  /** Books the account's hold: a free one at once, a booked one answers its appointment again. */
  bookHold(accountId: string, holdId: string): Appointment {
    const { holds } = this.parts;
    const hold = holds.require(accountId, holdId);
    const status = holds.statusOf(hold);
    if (status === 'expired' || status === 'released') throw new PlatformError('HOLD_EXPIRED');
    if (status === 'held' && hold.feeFen > 0) throw new PlatformError('PAYMENT_REQUIRED');
    const record =
      status === 'booked' ? this.parts.book.get(hold.appointmentId ?? '') : this.book(hold, undefined);
    if (!record) throw new Error('A booked hold lost its appointment');
    return this.view(record, hold.cardRef);
  }

  /** Books a hold still held (a free one, a free waitlist offer, or a paid one); undefined once it lapsed. */
  book(hold: HoldRecord, paymentId: string | undefined): AppointmentRecord | undefined {
    if (this.parts.holds.statusOf(hold) !== 'held') return undefined;
    const record = this.parts.book.open({
      claim: hold.claim,
      channel: hold.channel,
      holdId: hold.id,
      ...(paymentId === undefined ? {} : { paymentId }),
    });
    if (!this.parts.holds.markBooked(hold, record.id, paymentId)) {
      throw new Error('A held hold could not be kept');
    }
    return record;
  }

  payableHold(accountId: string, holdId: string): PayableHold {
    const { holds } = this.parts;
    const hold = holds.require(accountId, holdId);
    const status = holds.statusOf(hold);
    if (status === 'expired' || status === 'released') throw new PlatformError('HOLD_EXPIRED');
    if (status === 'booked' || hold.feeFen === 0) throw new PlatformError('PAYMENT_STATE_INVALID');
    const { schedule } = hold.claim;
    const entry = this.parts.booking.departments.require(schedule.doctor.departmentId);
    return {
      holdId: hold.id,
      accountId: hold.accountId,
      cardRef: hold.cardRef,
      patientName: hold.patientName,
      hospitalId: schedule.doctor.hospitalId,
      feeFen: hold.feeFen,
      expiresAtMs: hold.claim.lease.expiresAtMs,
      description: `挂号费-${entry.department.name}-${hold.patientName}`,
    };
  }

  bookPaidHold(holdId: string, paymentId: string): string | undefined {
    const hold = this.parts.holds.find(holdId);
    if (!hold) return undefined;
    // A repeated settlement of the same payment finds the appointment it made.
    if (hold.appointmentId !== undefined)
      return hold.paymentId === paymentId ? hold.appointmentId : undefined;
    return this.book(hold, paymentId)?.id;
  }

  /** The account's appointments (all its cards, or one), upcoming soonest first or past latest first. */
  list(accountId: string, query: AppointmentQuery): PageOf<Appointment> {
    const { cards, booking } = this.parts;
    const bindings =
      query.cardRef === undefined
        ? cards.bindings.forAccount(accountId)
        : [cards.bindings.get(accountId, query.cardRef)];
    const view = query.view ?? 'upcoming';
    const nowMs = booking.clock.now();
    const matches = bindings
      .flatMap((binding) => this.parts.book.ofCard(binding.cardId).map((record) => ({ record, binding })))
      .filter(({ record }) => isUpcoming(record, nowMs) === (view === 'upcoming'))
      .sort((a, b) => {
        const soonestFirst =
          a.record.slot.startMs - b.record.slot.startMs || a.record.createdAtMs - b.record.createdAtMs;
        return view === 'upcoming' ? soonestFirst : -soonestFirst;
      });
    return pageOf(matches, query, { accountId, view, cardRef: query.cardRef }, ({ record, binding }) =>
      this.view(record, binding.ref),
    );
  }

  get(accountId: string, appointmentId: string): Appointment {
    const { record, binding } = this.require(accountId, appointmentId);
    return this.view(record, binding.ref);
  }

  /**
   * Cancels before the cut-off; a paid booking is refunded in full and the place offered to the waitlist
   * first. A cancelled one answers as it is.
   */
  cancel(accountId: string, appointmentId: string): Appointment {
    const { record, binding } = this.require(accountId, appointmentId);
    if (record.status === 'cancelled') return this.view(record, binding.ref);
    if (record.status !== 'booked') throw new PlatformError('APPOINTMENT_NOT_CANCELLABLE');
    const { booking } = this.parts;
    const nowMs = booking.clock.now();
    const cutoff = booking.policies.rules(record.schedule.doctor.hospitalId).cancelCutoff;
    if (nowMs >= cancelDeadlineMs(record.schedule.date, cutoff))
      throw new PlatformError('CANCEL_CUTOFF_PASSED');

    record.status = 'cancelled';
    record.cancelledAtMs = nowMs;
    record.cancelReason = RESIDENT_CANCEL_REASON;
    const refundedFen =
      record.paymentId === undefined
        ? 0
        : this.parts.payments().refundInFull(record.paymentId, '取消预约退款');
    booking.inventory.returnLease(record.lease);
    this.parts.book.notices.cancelled(
      record,
      nowMs,
      record.paymentId !== undefined && refundedFen > 0
        ? { paymentId: record.paymentId, amountFen: refundedFen }
        : null,
    );
    // After the hospital is told of the cancellation, so a waitlist booking of the freed place follows it.
    this.parts.waitlist().offer(record.schedule.id, record.slot.id);
    return this.view(record, binding.ref);
  }

  /** The card holder's no-shows (region-wide) against the platform's default `noShowBan`. */
  standing(accountId: string, cardRef: string): BookingStanding {
    const { cards, booking, book } = this.parts;
    const binding = cards.bindings.get(accountId, cardRef);
    const { person } = cardAndPerson(cards, binding.cardId);
    const rule = DEFAULT_POLICY.noShowBan;
    const nowMs = booking.clock.now();
    const bannedUntil = book.bannedUntil(person.id, rule, nowMs);
    return {
      cardRef: binding.ref,
      noShows: noShowsWithin(book.noShowTimes(person.id), rule, nowMs),
      windowDays: rule.windowDays,
      banThreshold: rule.count,
      bannedUntil: bannedUntil === undefined ? null : toShanghaiIso(bannedUntil),
    };
  }

  /** The appointment as `cardRef`'s account sees it. */
  view(record: AppointmentRecord, cardRef: string): Appointment {
    return appointmentView(this.parts.booking, record, cardRef, this.paymentOf(record));
  }

  private paymentOf(record: AppointmentRecord): PaymentSummary | null {
    return record.paymentId === undefined ? null : this.parts.payments().summaryOf(record.paymentId);
  }

  /** The appointment of one of the account's cards; NOT_FOUND otherwise. */
  private require(
    accountId: string,
    appointmentId: string,
  ): { record: AppointmentRecord; binding: BindingRecord } {
    const record = this.parts.book.get(appointmentId);
    const binding = record && this.parts.cards.bindings.findCard(accountId, record.cardId);
    if (!record || !binding) throw new PlatformError('NOT_FOUND');
    return { record, binding };
  }
}

/** Booked or checked in, and the slot not over yet. */
function isUpcoming(record: AppointmentRecord, nowMs: number): boolean {
  return (record.status === 'booked' || record.status === 'checked_in') && nowMs < record.slot.endMs;
}
