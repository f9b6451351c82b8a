// The waitlist (候补) of a full schedule: one entry per card per schedule, in the order they joined. When a
// booking of the schedule is cancelled, the freed place is offered to the first waiting entry that may
// take it under every rule of a hold (ban, limits, the channel's pools): a hold is made for it (`offered`;
// pay it like any hold), or on a free schedule it is booked at once (`booked`). An entry that cannot take
// it stays waiting. States move lazily on the platform clock: an offer whose hold lapsed is `closed`, and
// so is every entry still waiting when the waitlist closes at 24:00 the day before the visit.
import { maskName, shanghaiStartOfDay, toShanghaiIso } from '@yika/sdk/domain';
import type { Channel, WaitlistEntry, WaitlistRequest, WaitlistStatus } from '../../contract/wire';
import { cardAndPerson, type CardModel } from '../cards/model';
import { PlatformError } from '../errors';
import type { EventSink } from '../ports';
import { visitTextOf, type AppointmentRecord } from './appointment-book';
import type { FreedPlaces } from './appointments';
import { scheduleState } from './availability';
import type { HoldDesk, HoldRecord } from './holds';
import type { BookingModel } from './model';
import type { ScheduleRecord } from './records';
import { hospitalRef, scheduleView } from './views';

interface WaitlistRecord {
  id: string;
  accountId: string;
  cardId: string;
  cardRef: string;
  patientName: string;
  channel: Channel;
  schedule: ScheduleRecord;
  createdAtMs: number;
  status: WaitlistStatus;
  holdId?: string;
  offerExpiresAtMs?: number;
  appointmentId?: string;
}

export interface WaitlistParts {
  booking: BookingModel;
  cards: CardModel;
  holds: HoldDesk;
  events: EventSink;
  /** Books a free hold at once (the appointments' `book`); undefined if the hold lapsed meanwhile. */
  bookFree: (hold: HoldRecord) => AppointmentRecord | undefined;
  newId: () => string;
}

const OPEN: readonly WaitlistStatus[] = ['waiting', 'offered'];

export class WaitlistDesk implements FreedPlaces {
  private readonly byId = new Map<string, WaitlistRecord>();
  /** Per schedule, in the order the entries joined. */
  private readonly bySchedule = new Map<string, WaitlistRecord[]>();

  constructor(private readonly parts: WaitlistParts) {}

  join(accountId: string, request: WaitlistRequest, channel: Channel): WaitlistEntry {
    const { booking, cards } = this.parts;
    const binding = cards.bindings.get(accountId, request.cardRef);
    const nowMs = booking.clock.now();
    const schedule = booking.schedules.find(request.scheduleId, (hospitalId) =>
      booking.window(hospitalId, nowMs),
    );
    if (!schedule) throw new PlatformError('NOT_FOUND');
    const state = scheduleState(schedule, booking.view(schedule.doctor.hospitalId, channel, nowMs));
    if (state.status === 'stopped' || state.status === 'closed' || nowMs >= closesAtMs(schedule)) {
      throw new PlatformError('WAITLIST_CLOSED');
    }
    if (state.status === 'not_released') throw new PlatformError('SCHEDULE_NOT_OPEN');
    const entries = this.entriesOf(schedule.id);
    if (entries.some((entry) => entry.cardId === binding.cardId && OPEN.includes(entry.status))) {
      throw new PlatformError('ALREADY_WAITLISTED');
    }
    if (state.remaining > 0) throw new PlatformError('WAITLIST_NOT_NEEDED');

    let id = this.parts.newId();
    while (this.byId.has(id)) id = this.parts.newId();
    const { person } = cardAndPerson(cards, binding.cardId);
    const entry: WaitlistRecord = {
      id,
      accountId,
      cardId: binding.cardId,
      cardRef: binding.ref,
      patientName: maskName(person.name),
      channel,
      schedule,
      createdAtMs: nowMs,
      status: 'waiting',
    };
    this.byId.set(id, entry);
    this.bySchedule.set(schedule.id, [...(this.bySchedule.get(schedule.id) ?? []), entry]);
    return this.view(entry);
  }

  /** The account's entries (all its cards, or one), newest first. */
  list(accountId: string, cardRef?: string): WaitlistEntry[] {
    const cardId =
      cardRef === undefined ? undefined : this.parts.cards.bindings.get(accountId, cardRef).cardId;
    return [...this.byId.values()]
      .filter((entry) => entry.accountId === accountId && (cardId === undefined || entry.cardId === cardId))
      .reverse()
      .map((entry) => this.view(this.settle(entry)));
  }

  /** Leaves the queue (an offered place's hold is released); an entry no longer open is left as it is. */
  leave(accountId: string, entryId: string): void {
    const entry = this.byId.get(entryId);
    if (!entry || entry.accountId !== accountId) throw new PlatformError('NOT_FOUND');
    const { status } = this.settle(entry);
    if (status === 'offered' && entry.holdId !== undefined) this.parts.holds.release(accountId, entry.holdId);
    if (OPEN.includes(status)) entry.status = 'cancelled';
  }

  offer(scheduleId: string, slotId: string): void {
    for (const entry of this.entriesOf(scheduleId)) {
      if (entry.status !== 'waiting') continue;
      let hold: HoldRecord;
      try {
        hold = this.parts.holds.place(entry.accountId, { slotId, cardRef: entry.cardRef }, entry.channel, {
          anyHour: true,
        });
      } catch (error) {
        // This entry may not take the place (ban, limit, pool, card gone): it keeps waiting.
        if (error instanceof PlatformError) continue;
        throw error;
      }
      this.promote(entry, hold);
      return;
    }
  }

  /** Closes every open entry of a stopped schedule; returns how many. */
  closeAll(scheduleId: string): number {
    let closed = 0;
    for (const entry of this.entriesOf(scheduleId)) {
      if (!OPEN.includes(entry.status)) continue;
      entry.status = 'closed';
      closed++;
    }
    return closed;
  }

  private promote(entry: WaitlistRecord, hold: HoldRecord): void {
    const { schedule, slot } = hold.claim;
    const department = this.parts.booking.departments.require(schedule.doctor.departmentId);
    const visit = visitTextOf(schedule, slot, {
      hospital: department.hospital.name,
      department: department.department.name,
    });
    const booked = hold.feeFen === 0 ? this.parts.bookFree(hold) : undefined;
    entry.holdId = hold.id;
    if (booked) {
      entry.status = 'booked';
      entry.appointmentId = booked.id;
      this.parts.events.publish(entry.accountId, {
        type: 'waitlist.booked',
        title: '候补成功',
        body: `${entry.patientName}候补的${visit}已为您预约成功。`,
        cardRef: entry.cardRef,
        appointmentId: booked.id,
        waitlistEntryId: entry.id,
      });
      return;
    }
    entry.status = 'offered';
    entry.offerExpiresAtMs = hold.claim.lease.expiresAtMs;
    this.parts.events.publish(entry.accountId, {
      type: 'waitlist.offered',
      title: '候补有号，已为您锁号',
      body: `${entry.patientName}候补的${visit}有号了，已为您锁号，请在${toShanghaiIso(entry.offerExpiresAtMs).slice(11, 16)}前支付挂号费完成预约。`,
      cardRef: entry.cardRef,
      waitlistEntryId: entry.id,
    });
  }

  private entriesOf(scheduleId: string): WaitlistRecord[] {
    return (this.bySchedule.get(scheduleId) ?? []).map((entry) => this.settle(entry));
  }

  /** Moves the entry on as the clock and its offer's hold say. */
  private settle(entry: WaitlistRecord): WaitlistRecord {
    const nowMs = this.parts.booking.clock.now();
    if (entry.status === 'waiting') {
      const stopped = this.parts.booking.schedules.stops.apply(entry.schedule).stopped;
      if (stopped || nowMs >= closesAtMs(entry.schedule)) entry.status = 'closed';
    } else if (entry.status === 'offered' && entry.holdId !== undefined) {
      const hold = this.parts.holds.find(entry.holdId);
      const status = hold && this.parts.holds.statusOf(hold);
      if (status === 'booked') {
        entry.status = 'booked';
        if (hold?.appointmentId !== undefined) entry.appointmentId = hold.appointmentId;
      } else if (status !== 'held') entry.status = 'closed';
    }
    return entry;
  }

  private view(entry: WaitlistRecord): WaitlistEntry {
    const { booking } = this.parts;
    const schedule = booking.schedules.stops.apply(entry.schedule);
    const department = booking.departments.require(schedule.doctor.departmentId);
    const waiting = this.entriesOf(schedule.id).filter((other) => other.status === 'waiting');
    const position = entry.status === 'waiting' ? waiting.indexOf(entry) + 1 : null;
    return {
      id: entry.id,
      status: entry.status,
      cardRef: entry.cardRef,
      patientName: entry.patientName,
      hospital: hospitalRef(department.hospital),
      schedule: scheduleView(
        schedule,
        department,
        scheduleState(schedule, booking.view(schedule.doctor.hospitalId, entry.channel)),
      ),
      position,
      createdAt: toShanghaiIso(entry.createdAtMs),
      ...(entry.holdId === undefined ? {} : { holdId: entry.holdId }),
      ...(entry.offerExpiresAtMs === undefined
        ? {}
        : { offerExpiresAt: toShanghaiIso(entry.offerExpiresAtMs) }),
      ...(entry.appointmentId === undefined ? {} : { appointmentId: entry.appointmentId }),
    };
  }
}

/** The waitlist closes at 24:00 the day before the visit (Asia/Shanghai). */
function closesAtMs(schedule: ScheduleRecord): number {
  return shanghaiStartOfDay(schedule.date);
}
