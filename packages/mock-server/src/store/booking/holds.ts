// Holds (锁号): one place of a slot kept for one of the account's cards for the hospital's `holdMinutes`,
// while the resident pays. The checks and the atomic lease are the shared slot claim's (slot-claims.ts).
// Expiry is the lease's: lazy and exact on the platform clock. A hold counts towards the policy's limits
// while it is `held` (see limits.ts). Booking it (free, or paid) keeps the lease for good: the hold is then
// `booked` and the appointment counts instead.
import { maskName } from '@yika/sdk/domain';
import type { Channel, Hold, HoldRequest, HoldStatus } from '../../contract/wire';
import type { CardModel } from '../cards/model';
import { PlatformError } from '../errors';
import { scheduleState, slotFree } from './availability';
import type { LeaseState } from './inventory';
import type { ActiveReservations } from './limits';
import type { BookingModel } from './model';
import type { Claim, SlotClaims } from './slot-claims';
import { shanghaiIso } from './time';
import { scheduleView, slotView } from './views';

export interface HoldRecord {
  id: string;
  accountId: string;
  cardId: string;
  cardRef: string;
  /** Masked when the hold is made: the full name is never kept with it. */
  patientName: string;
  channel: Channel;
  feeFen: number;
  claim: Claim;
  createdAtMs: number;
  appointmentId?: string;
  paymentId?: string;
}

const STATUS_OF_LEASE: Record<LeaseState, HoldStatus> = {
  out: 'held',
  kept: 'booked',
  returned: 'released',
  expired: 'expired',
};

export class HoldDesk {
  private readonly byId = new Map<string, HoldRecord>();
  private readonly bySchedule = new Map<string, Set<HoldRecord>>();

  constructor(
    private readonly booking: BookingModel,
    private readonly cards: CardModel,
    private readonly reservations: ActiveReservations,
    private readonly claims: SlotClaims,
    private readonly newId: () => string,
  ) {}

  /** Holds the slot for the card, or throws (404, 409) having changed nothing. */
  create(accountId: string, request: HoldRequest, channel: Channel): Hold {
    return this.toHold(this.place(accountId, request, channel), channel);
  }

  /**
   * Holds the slot like `create` and returns the record (the waitlist's offers use it; `anyHour` lets
   * the platform offer a freed place outside the booking hours).
   */
  place(
    accountId: string,
    request: HoldRequest,
    channel: Channel,
    options: { anyHour?: boolean } = {},
  ): HoldRecord {
    const binding = this.cards.bindings.get(accountId, request.cardRef);
    const claim = this.claims.claim({
      accountId,
      cardId: binding.cardId,
      slotId: request.slotId,
      channel,
      anyHour: options.anyHour,
    });
    let id = this.newId();
    while (this.byId.has(id)) id = this.newId();
    const hold: HoldRecord = {
      id,
      accountId,
      cardId: binding.cardId,
      cardRef: binding.ref,
      patientName: maskName(claim.person.name),
      channel,
      feeFen: claim.schedule.doctor.feeFen,
      claim,
      createdAtMs: claim.nowMs,
    };
    this.byId.set(id, hold);
    const onSchedule = this.bySchedule.get(claim.schedule.id) ?? new Set<HoldRecord>();
    onSchedule.add(hold);
    this.bySchedule.set(claim.schedule.id, onSchedule);
    this.reservations.add(claim.reservation, () => this.booking.inventory.stateOf(claim.lease) === 'out');
    return hold;
  }

  /** The account's hold as `channel` sees it now; another account's hold is not found (404). */
  get(accountId: string, holdId: string, channel: Channel): Hold {
    return this.toHold(this.require(accountId, holdId), channel);
  }

  /** Gives the place back at once; a hold already expired, released or booked is left as it is. */
  release(accountId: string, holdId: string): void {
    const hold = this.require(accountId, holdId);
    if (this.statusOf(hold) === 'held') this.booking.inventory.returnLease(hold.claim.lease);
  }

  /** Releases every hold still held on the schedule (a clinic stop); returns how many. */
  releaseAllOn(scheduleId: string): number {
    let released = 0;
    for (const hold of this.bySchedule.get(scheduleId) ?? []) {
      if (this.statusOf(hold) === 'held' && this.booking.inventory.returnLease(hold.claim.lease)) released++;
    }
    return released;
  }

  /** The account's hold, or NOT_FOUND for an unknown hold and another account's alike. */
  require(accountId: string, holdId: string): HoldRecord {
    const hold = this.byId.get(holdId);
    if (!hold || hold.accountId !== accountId) throw new PlatformError('NOT_FOUND');
    return hold;
  }

  find(holdId: string): HoldRecord | undefined {
    return this.byId.get(holdId);
  }

  /** `booked` once an appointment was made from it, whatever became of the appointment later. */
  statusOf(hold: HoldRecord): HoldStatus {
    if (hold.appointmentId !== undefined) return 'booked';
    return STATUS_OF_LEASE[this.booking.inventory.stateOf(hold.claim.lease)];
  }

  /**
   * Keeps the hold's place for good for the appointment; false (and nothing changes) when the hold is no
   * longer held (expired, released or booked already).
   */
  markBooked(hold: HoldRecord, appointmentId: string, paymentId?: string): boolean {
    if (hold.appointmentId !== undefined || !this.booking.inventory.keep(hold.claim.lease)) return false;
    hold.appointmentId = appointmentId;
    if (paymentId !== undefined) hold.paymentId = paymentId;
    return true;
  }

  /** How many holds were ever made (tests check that refused requests wrote none). */
  get size(): number {
    return this.byId.size;
  }

  toHold(hold: HoldRecord, channel: Channel): Hold {
    const { schedule, slot, lease } = hold.claim;
    const status = this.statusOf(hold);
    const current = this.booking.schedules.stops.apply(schedule);
    const view = this.booking.view(schedule.doctor.hospitalId, channel);
    return {
      id: hold.id,
      status,
      cardRef: hold.cardRef,
      patientName: hold.patientName,
      channel: hold.channel,
      feeFen: hold.feeFen,
      schedule: scheduleView(
        current,
        this.booking.departments.require(schedule.doctor.departmentId),
        scheduleState(current, view),
      ),
      slot: slotView(slot, slotFree(current, slot, view)),
      createdAt: shanghaiIso(hold.createdAtMs),
      expiresAt: shanghaiIso(lease.expiresAtMs),
      ...(hold.appointmentId === undefined ? {} : { appointmentId: hold.appointmentId }),
      ...(hold.paymentId === undefined ? {} : { paymentId: hold.paymentId }),
    };
  }
}
