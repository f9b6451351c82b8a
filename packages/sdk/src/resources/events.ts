// client.events: what the platform tells the account (`AccountEvent`): clinic stops (停诊), no-shows
// (爽约), waitlist offers, refunds and closed orders, newest first, with a Chinese title and text to show.
import { followCursor } from '../core/paging';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type { AccountEvent, EventListParams, EventPage } from '../types';

export class EventsResource {
  constructor(private readonly sender: RequestSender) {}

  /** One page of the account's events, newest first. */
  list(params?: EventListParams, options?: RequestOptions): Promise<EventPage> {
    return this.sender.request<EventPage>(
      { method: 'GET', path: '/v1/events', query: params, auth: 'required' },
      options,
    );
  }

  /** Every event, newest first, fetching pages only as the loop reads on. */
  iterate(params?: EventListParams, options?: RequestOptions): AsyncIterable<AccountEvent> {
    return followCursor((query) => this.list(query, options), params);
  }
}
