// The appointments (预约) themselves, indexed by card, person and schedule, with no-shows (爽约) settled
// lazily like lease expiry: a `booked` appointment whose slot ended more than NO_SHOW_GRACE_MS ago without
// check-in becomes `no_show` the first time anything reads or counts it, and its card's holders and its
// hospital (webhooks) are told once. The grace gives a patient who arrives at the end of the slot time to check in.
import { formatSlotTime, maskName, toShanghaiIso } from '@yika/sdk/domain';
import type { AppointmentStatus, Channel } from '../../contract/wire';
import type { BindingRegistry } from '../cards/bindings';
import { publishToCardHolders } from '../events';
import type { EventSink } from '../ports';
import type { HospitalEventSink } from '../webhooks/events';
import { AppointmentNotices } from './appointment-notices';
import type { Lease } from './inventory';
import type { ActiveReservations } from './limits';
import type { BookingModel } from './model';
import type { ScheduleRecord, SlotRecord } from './records';
import type { Claim } from './slot-claims';
import { bannedUntilMs, type NoShowBanRule } from './standing';
import { MINUTE_MS } from './time';

/** How long after its slot ends a booking may still be checked in before it counts as a no-show. */
export const NO_SHOW_GRACE_MS = 30 * MINUTE_MS;

export interface AppointmentRecord {
  id: string;
  /** The card booked for; every account holding it sees the appointment. */
  cardId: string;
  personId: string;
  /** Masked when booked: the full name is never kept with it. */
  patientName: string;
  /** The channel the hold (or the hospital's booking) was made on. */
  channel: Channel;
  schedule: ScheduleRecord;
  slot: SlotRecord;
  /** `2026-11-26 08:00-08:30 明州市第一人民医院 心内科`, for the texts of events. */
  visitText: string;
  feeFen: number;
  lease: Lease;
  holdId?: string;
  paymentId?: string;
  createdAtMs: number;
  status: AppointmentStatus;
  cancelledAtMs?: number;
  cancelReason?: string;
}

export interface NewAppointment {
  claim: Claim;
  channel: Channel;
  holdId?: string;
  paymentId?: string;
}

export class AppointmentBook {
  /** What the appointment's hospital is told (its webhooks); the desks that change bookings call it too. */
  readonly notices: AppointmentNotices;
  private readonly byId = new Map<string, AppointmentRecord>();
  private readonly byCard = new Map<string, AppointmentRecord[]>();
  private readonly byPerson = new Map<string, AppointmentRecord[]>();
  private readonly bySchedule = new Map<string, AppointmentRecord[]>();

  constructor(
    private readonly booking: BookingModel,
    private readonly bindings: BindingRegistry,
    private readonly reservations: ActiveReservations,
    private readonly events: EventSink,
    private readonly newId: () => string,
    hospitalEvents: HospitalEventSink,
  ) {
    this.notices = new AppointmentNotices(hospitalEvents);
  }

  /**
   * Records a booking of the claimed place, counting towards the limits from now on. The caller keeps
   * the claim's lease (the place stays taken for good).
   */
  open({ claim, channel, holdId, paymentId }: NewAppointment): AppointmentRecord {
    const { schedule, slot } = claim;
    const entry = this.booking.departments.require(schedule.doctor.departmentId);
    let id = this.newId();
    while (this.byId.has(id)) id = this.newId();
    const record: AppointmentRecord = {
      id,
      cardId: claim.card.cardId,
      personId: claim.person.id,
      patientName: maskName(claim.person.name),
      channel,
      schedule,
      slot,
      visitText: visitTextOf(schedule, slot, {
        hospital: entry.hospital.name,
        department: entry.department.name,
      }),
      feeFen: schedule.doctor.feeFen,
      lease: claim.lease,
      createdAtMs: this.booking.clock.now(),
      status: 'booked',
      ...(holdId === undefined ? {} : { holdId }),
      ...(paymentId === undefined ? {} : { paymentId }),
    };
    this.add(record);
    this.reservations.add(claim.reservation, () => this.countsTowardsLimits(record));
    this.notices.booked(record);
    return record;
  }

  private add(record: AppointmentRecord): void {
    this.byId.set(record.id, record);
    for (const [index, key] of [
      [this.byCard, record.cardId],
      [this.byPerson, record.personId],
      [this.bySchedule, record.schedule.id],
    ] as const) {
      index.set(key, [...(index.get(key) ?? []), record]);
    }
  }

  /** The appointment as it stands now, or undefined. */
  get(id: string): AppointmentRecord | undefined {
    const record = this.byId.get(id);
    return record && this.settle(record);
  }

  ofCard(cardId: string): AppointmentRecord[] {
    return (this.byCard.get(cardId) ?? []).map((record) => this.settle(record));
  }

  /** Every appointment of the person, at any hospital (callers filter by hospital). */
  ofPerson(personId: string): AppointmentRecord[] {
    return (this.byPerson.get(personId) ?? []).map((record) => this.settle(record));
  }

  ofSchedule(scheduleId: string): AppointmentRecord[] {
    return (this.bySchedule.get(scheduleId) ?? []).map((record) => this.settle(record));
  }

  /** When the person's no-show ban under `rule` ends, or undefined while the person may book. */
  bannedUntil(personId: string, rule: NoShowBanRule, nowMs: number): number | undefined {
    return bannedUntilMs(this.noShowTimes(personId), rule, nowMs);
  }

  /** When each of the person's no-shows happened (the slot's end plus the grace), region-wide. */
  noShowTimes(personId: string): number[] {
    return (this.byPerson.get(personId) ?? [])
      .map((record) => this.settle(record))
      .filter((record) => record.status === 'no_show')
      .map(noShowAt);
  }

  /** Whether the appointment counts towards the booking limits: every one not cancelled or stopped. */
  countsTowardsLimits(record: AppointmentRecord): boolean {
    const { status } = this.settle(record);
    return status !== 'cancelled' && status !== 'stopped';
  }

  private settle(record: AppointmentRecord): AppointmentRecord {
    if (record.status !== 'booked' || this.booking.clock.now() < noShowAt(record)) return record;
    record.status = 'no_show';
    const rule = this.booking.policies.rules(record.schedule.doctor.hospitalId).noShowBan;
    publishToCardHolders(this.events, this.bindings.holdersOf(record.cardId), {
      type: 'appointment.no_show',
      title: '爽约提醒',
      body:
        `${record.patientName}预约的${record.visitText}未签到就诊，已记爽约1次。` +
        `近${rule.windowDays}天内爽约${rule.count}次将${rule.banDays}天内不能预约挂号。`,
      appointmentId: record.id,
    });
    this.notices.noShow(record, noShowAt(record));
    return record;
  }
}

export function noShowAt(record: Pick<AppointmentRecord, 'slot'>): number {
  return record.slot.endMs + NO_SHOW_GRACE_MS;
}

export function visitTextOf(
  schedule: ScheduleRecord,
  slot: SlotRecord,
  names: { hospital: string; department: string },
): string {
  const time = formatSlotTime(toShanghaiIso(slot.startMs), toShanghaiIso(slot.endMs));
  return `${schedule.date} ${time} ${names.hospital} ${names.department}`;
}
