// Holds (锁号): one place of a slot kept for one of the account's cards for the hospital's `holdMinutes`,
// while the resident pays. Every check runs before the place is taken, so a refused hold writes nothing;
// the place comes from the inventory's atomic lease (the channel's kept share first, then the shared
// pool), so concurrent holds never take more than there is. Expiry is the lease's: lazy and exact on the
// platform clock. A hold counts towards the policy's limits while it is `held` (see limits.ts). (Paying turns a hold into a booking in the next part: the lease then stops expiring.)
import { maskName, toShanghaiIso } from '@yika/sdk/domain';
import type { Channel, Hold, HoldRequest, HoldStatus } from '../../contract/wire';
import { cardAndPerson, type CardModel } from '../cards/model';
import { PlatformError } from '../errors';
import { scheduleState, slotFree } from './availability';
import { requireHoldable } from './hold-rules';
import type { Lease, LeaseState } from './inventory';
import type { ActiveReservations, Reservation } from './limits';
import type { BookingModel } from './model';
import { poolsOf } from './pools';
import type { ScheduleRecord, SlotRecord } from './records';
import { MINUTE_MS } from './time';
import { scheduleView, slotView } from './views';

interface HoldRecord {
  id: string;
  accountId: string;
  cardRef: string;
  /** Masked when the hold is made: the full name is never kept with it. */
  patientName: string;
  channel: Channel;
  feeFen: number;
  schedule: ScheduleRecord;
  slot: SlotRecord;
  lease: Lease;
  createdAtMs: number;
}

const STATUS_OF_LEASE: Record<LeaseState, HoldStatus> = {
  out: 'held',
  returned: 'released',
  expired: 'expired',
};

export class HoldDesk {
  private readonly byId = new Map<string, HoldRecord>();

  constructor(
    private readonly booking: BookingModel,
    private readonly cards: CardModel,
    private readonly reservations: ActiveReservations,
    private readonly newId: () => string,
  ) {}

  /** Holds the slot for the card, or throws (404, 409) having changed nothing. */
  create(accountId: string, request: HoldRequest, channel: Channel): Hold {
    const nowMs = this.booking.clock.now();
    const binding = this.cards.bindings.get(accountId, request.cardRef);
    const found = this.booking.findSlot(request.slotId, nowMs);
    if (!found) throw new PlatformError('NOT_FOUND');
    const { schedule, slot } = found;
    const { card, person } = cardAndPerson(this.cards, binding.cardId);
    if (card.state === 'suspended') throw new PlatformError('CARD_SUSPENDED');
    const hospitalId = schedule.doctor.hospitalId;
    const rules = this.booking.policies.rules(hospitalId);
    const view = this.booking.view(hospitalId, channel, nowMs);
    requireHoldable(schedule, slot, view, rules);
    const reservation: Reservation = {
      accountId,
      personId: card.personId,
      hospitalId,
      departmentId: schedule.doctor.departmentId,
      date: schedule.date,
    };
    this.reservations.requireWithin(reservation, rules.limits);

    const lease = this.booking.inventory.lease(
      slot,
      poolsOf(channel, rules.channelQuotas),
      nowMs + rules.holdMinutes * MINUTE_MS,
    );
    if (!lease) throw new PlatformError('SLOT_UNAVAILABLE');
    let id = this.newId();
    while (this.byId.has(id)) id = this.newId();
    const hold: HoldRecord = {
      id,
      accountId,
      cardRef: binding.ref,
      patientName: maskName(person.name),
      channel,
      feeFen: schedule.doctor.feeFen,
      schedule,
      slot,
      lease,
      createdAtMs: nowMs,
    };
    this.byId.set(id, hold);
    this.reservations.add(reservation, () => this.booking.inventory.stateOf(lease) === 'out');
    return this.toHold(hold, channel);
  }

  /** The account's hold as `channel` sees it now; another account's hold is not found (404). */
  get(accountId: string, holdId: string, channel: Channel): Hold {
    return this.toHold(this.require(accountId, holdId), channel);
  }

  /** Gives the place back at once; a hold already expired or released is left as it is. */
  release(accountId: string, holdId: string): void {
    this.booking.inventory.returnLease(this.require(accountId, holdId).lease);
  }

  /** How many holds were ever made (tests check that refused requests wrote none). */
  get size(): number {
    return this.byId.size;
  }

  private require(accountId: string, holdId: string): HoldRecord {
    const hold = this.byId.get(holdId);
    if (!hold || hold.accountId !== accountId) throw new PlatformError('NOT_FOUND');
    return hold;
  }

  private toHold(hold: HoldRecord, channel: Channel): Hold {
    const { schedule, slot } = hold;
    const status = STATUS_OF_LEASE[this.booking.inventory.stateOf(hold.lease)];
    const view = this.booking.view(schedule.doctor.hospitalId, channel);
    return {
      id: hold.id,
      status,
      cardRef: hold.cardRef,
      patientName: hold.patientName,
      channel: hold.channel,
      feeFen: hold.feeFen,
      schedule: scheduleView(
        schedule,
        this.booking.departments.require(schedule.doctor.departmentId),
        scheduleState(schedule, view),
      ),
      slot: slotView(slot, slotFree(schedule, slot, view)),
      createdAt: toShanghaiIso(hold.createdAtMs),
      expiresAt: toShanghaiIso(hold.lease.expiresAtMs),
    };
  }
}
