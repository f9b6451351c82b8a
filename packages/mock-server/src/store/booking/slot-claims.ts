// Claiming a place of a slot for a card: the one path holds (锁号), waitlist offers and hospital bookings
// share, so every rule applies to all of them alike. Every check runs before the place is taken, so a
// refused claim writes nothing; the place comes from the inventory's atomic lease (the channel's kept
// share first, then the shared pool), so concurrent claims never take more than there is.
import type { Channel } from '../../contract/wire';
import { cardAndPerson, type CardModel } from '../cards/model';
import type { CardRecord } from '../cards/cards';
import type { PersonRecord } from '../cards/persons';
import { PlatformError } from '../errors';
import { requireHoldable, requireNotBanned } from './hold-rules';
import type { Lease } from './inventory';
import type { ActiveReservations, Reservation } from './limits';
import type { BookingModel } from './model';
import type { PolicyRules } from './policy';
import { poolsOf } from './pools';
import type { ScheduleRecord, SlotRecord } from './records';
import type { NoShowBanRule } from './standing';
import { MINUTE_MS } from './time';

/** Where the no-show bans come from (the appointments). */
export interface NoShowBans {
  bannedUntil(personId: string, rule: NoShowBanRule, nowMs: number): number | undefined;
}

export interface ClaimRequest {
  /** The account whose monthly limit the claim counts against. */
  accountId: string;
  cardId: string;
  slotId: string;
  channel: Channel;
  /** The platform's own offers (waitlist) are made outside the booking hours too. */
  anyHour?: boolean;
}

export interface Claim {
  schedule: ScheduleRecord;
  slot: SlotRecord;
  card: CardRecord;
  person: PersonRecord;
  rules: Readonly<PolicyRules>;
  /** Out until the hospital's `holdMinutes` have passed (keep it to book). */
  lease: Lease;
  /** Not yet counted: the claimant adds it with its own test of being active. */
  reservation: Reservation;
  nowMs: number;
}

export class SlotClaims {
  constructor(
    private readonly booking: BookingModel,
    private readonly cards: CardModel,
    private readonly reservations: ActiveReservations,
    private readonly bans: NoShowBans,
  ) {}

  /** Takes a place of the slot for the card, or throws (404, 409) having changed nothing. */
  claim(request: ClaimRequest): Claim {
    const nowMs = this.booking.clock.now();
    const found = this.booking.findSlot(request.slotId, nowMs);
    if (!found) throw new PlatformError('NOT_FOUND');
    const { schedule, slot } = found;
    const { card, person } = cardAndPerson(this.cards, request.cardId);
    if (card.state === 'suspended') throw new PlatformError('CARD_SUSPENDED');
    const hospitalId = schedule.doctor.hospitalId;
    const rules = this.booking.policies.rules(hospitalId);
    const view = this.booking.view(hospitalId, request.channel, nowMs);
    requireHoldable(schedule, slot, view, rules, { anyHour: request.anyHour });
    requireNotBanned(this.bans.bannedUntil(person.id, rules.noShowBan, nowMs), rules.noShowBan);
    const reservation: Reservation = {
      accountId: request.accountId,
      personId: card.personId,
      hospitalId,
      departmentId: schedule.doctor.departmentId,
      date: schedule.date,
    };
    this.reservations.requireWithin(reservation, rules.limits);

    const lease = this.booking.inventory.lease(
      slot,
      poolsOf(request.channel, rules.channelQuotas),
      nowMs + rules.holdMinutes * MINUTE_MS,
    );
    if (!lease) throw new PlatformError('SLOT_UNAVAILABLE');
    return { schedule, slot, card, person, rules, lease, reservation, nowMs };
  }
}
