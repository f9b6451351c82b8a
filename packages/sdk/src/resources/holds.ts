// client.holds: holding (锁号) one time slot for one of the account's cards. A hold takes one place from
// the pools the client's channel may book and lasts the hospital's `holdMinutes` (BookingPolicy); unless it
// is paid and booked in time it expires and the place returns to the pool. Release a hold the resident
// gives up, so the place goes back at once.
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type { Hold, HoldRequest } from '../types';
import { holdPath } from './paths';

export class HoldsResource {
  constructor(private readonly sender: RequestSender) {}

  /**
   * Holds the slot `slotId` for the card `cardRef` (`Card.id`, one of this account's cards). Refusals come
   * as an ApiError: SLOT_UNAVAILABLE (no place left for this channel), SCHEDULE_NOT_OPEN, BOOKING_CLOSED,
   * CARD_SUSPENDED (409) or NOT_FOUND (an unknown slot, or a card not of this account). Pass the same
   * `idempotencyKey` when resubmitting after an app restart, so the slot is never held twice.
   */
  create(request: HoldRequest, options?: RequestOptions): Promise<Hold> {
    const body: HoldRequest = { slotId: request.slotId, cardRef: request.cardRef };
    return this.sender.request<Hold>({ method: 'POST', path: '/v1/holds', body, auth: 'required' }, options);
  }

  /** One hold of this account with its current status (`expired` once `expiresAt` has passed). */
  get(holdId: string, options?: RequestOptions): Promise<Hold> {
    return this.sender.request<Hold>({ method: 'GET', path: holdPath(holdId), auth: 'required' }, options);
  }

  /** Releases the hold; the place returns to the pool at once. A hold no longer held is left as it is. */
  release(holdId: string, options?: RequestOptions): Promise<void> {
    return this.sender.request<void>({ method: 'DELETE', path: holdPath(holdId), auth: 'required' }, options);
  }
}
