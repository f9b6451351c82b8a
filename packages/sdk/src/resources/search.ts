// client.search: doctors (by name or specialty) and departments (by name) in every hospital of the
// region, doctors first. Public data: no sign-in needed.
import { followCursor } from '../core/paging';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type { Page, SearchHit, SearchParams } from '../types';

export class SearchResource {
  constructor(private readonly sender: RequestSender) {}

  /** One page of hits for `q` (case-insensitive); `type` keeps only doctors or only departments. */
  query(params: SearchParams, options?: RequestOptions): Promise<Page<SearchHit>> {
    return this.sender.request<Page<SearchHit>>(
      { method: 'GET', path: '/v1/search', query: params, auth: 'none' },
      options,
    );
  }

  /** Every hit for `params`, page after page, following `nextCursor`; only the pages read are fetched. */
  iterate(params: SearchParams, options?: RequestOptions): AsyncIterable<SearchHit> {
    return followCursor((query) => this.query(query, options), params);
  }
}
