// client.waitlist: the waitlist (候补) of a full schedule. When a booking of the schedule is cancelled, the
// first entry in order that may still book is offered the freed place as a hold (status `offered`, pay it
// by `offerExpiresAt` like any hold; an event tells the resident); a free schedule books it directly.
import type { components } from '../generated/openapi';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type { WaitlistEntry, WaitlistListParams, WaitlistRequest } from '../types';
import { waitlistEntryPath } from './paths';

type Schemas = components['schemas'];

export class WaitlistResource {
  constructor(private readonly sender: RequestSender) {}

  /**
   * Puts the card `cardRef` on the waitlist of `scheduleId`. Refusals (409): WAITLIST_NOT_NEEDED (places
   * left: book one), WAITLIST_CLOSED (after the day before the visit, or stopped), ALREADY_WAITLISTED,
   * BANNED_FOR_NO_SHOW, CARD_SUSPENDED; NOT_FOUND (404) for an unknown schedule or another account's card.
   */
  join(request: WaitlistRequest, options?: RequestOptions): Promise<WaitlistEntry> {
    const body: WaitlistRequest = { scheduleId: request.scheduleId, cardRef: request.cardRef };
    return this.sender.request<WaitlistEntry>(
      { method: 'POST', path: '/v1/waitlist', body, auth: 'required' },
      options,
    );
  }

  /** The account's entries (or one card's), newest first. NOT_FOUND (404) for another account's card. */
  async list(params?: WaitlistListParams, options?: RequestOptions): Promise<WaitlistEntry[]> {
    const list = await this.sender.request<Schemas['WaitlistList']>(
      { method: 'GET', path: '/v1/waitlist', query: params, auth: 'required' },
      options,
    );
    return list.data;
  }

  /** Leaves the waitlist; an entry no longer waiting is left as it is. NOT_FOUND (404). */
  leave(entryId: string, options?: RequestOptions): Promise<void> {
    return this.sender.request<void>(
      { method: 'DELETE', path: waitlistEntryPath(entryId), auth: 'required' },
      options,
    );
  }
}
