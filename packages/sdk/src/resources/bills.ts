// client.bills: outpatient bills (门诊待缴费) of the account's cards, with their items (drugs, tests,
// fees) in fen and, for a card linked to social security, the medical-insurance estimate. Pay one with
// `client.payments.create({ purpose: 'bill', billId, useInsurance })`.
import { followCursor } from '../core/paging';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type { Bill, BillListParams, BillPage } from '../types';
import { billPath } from './paths';

export class BillsResource {
  constructor(private readonly sender: RequestSender) {}

  /**
   * One page of bills, newest first: `status` `unpaid` (default) or `paid`, optionally one card or
   * hospital. NOT_FOUND (404) for a card not of this account.
   */
  list(params?: BillListParams, options?: RequestOptions): Promise<BillPage> {
    return this.sender.request<BillPage>(
      { method: 'GET', path: '/v1/bills', query: params, auth: 'required' },
      options,
    );
  }

  /** Every bill matching `params`, fetching pages only as the loop reads on. */
  iterate(params?: BillListParams, options?: RequestOptions): AsyncIterable<Bill> {
    return followCursor((query) => this.list(query, options), params);
  }

  /** One bill with its items; NOT_FOUND (404) for another account's bill (its existence stays hidden). */
  get(billId: string, options?: RequestOptions): Promise<Bill> {
    return this.sender.request<Bill>({ method: 'GET', path: billPath(billId), auth: 'required' }, options);
  }
}
