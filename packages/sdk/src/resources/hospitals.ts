// client.hospitals: the region's hospitals, their departments, booking policies and the districts.
// Public data: no sign-in needed.
import type { components } from '../generated/openapi';
import { followCursor } from '../core/paging';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type {
  BookingPolicy,
  Department,
  District,
  Hospital,
  HospitalListParams,
  HospitalSummary,
  Page,
} from '../types';
import { hospitalPath } from './paths';

type Schemas = components['schemas'];

export class HospitalsResource {
  constructor(private readonly sender: RequestSender) {}

  /** One page of hospitals, highest level first, then by name. `q` searches name, short name, address. */
  list(params?: HospitalListParams, options?: RequestOptions): Promise<Page<HospitalSummary>> {
    return this.sender.request<Schemas['HospitalPage']>(
      { method: 'GET', path: '/v1/hospitals', query: params, auth: 'none' },
      options,
    );
  }

  /**
   * Every hospital matching `params`, page after page, following `nextCursor`. Stops when the loop
   * breaks, so only the pages actually read are fetched.
   */
  iterate(params?: HospitalListParams, options?: RequestOptions): AsyncIterable<HospitalSummary> {
    return followCursor((query) => this.list(query, options), params);
  }

  get(hospitalId: string, options?: RequestOptions): Promise<Hospital> {
    return this.sender.request<Hospital>(
      { method: 'GET', path: hospitalPath(hospitalId), auth: 'none' },
      options,
    );
  }

  /** The hospital's department tree: top-level departments, each with its `children`. */
  async departments(hospitalId: string, options?: RequestOptions): Promise<Department[]> {
    const tree = await this.sender.request<Schemas['DepartmentTree']>(
      { method: 'GET', path: `${hospitalPath(hospitalId)}/departments`, auth: 'none' },
      options,
    );
    return tree.data;
  }

  /**
   * The hospital's booking rules (预约规则): window, daily release time, hold minutes, cancel cut-off,
   * limits, no-show ban and channel quotas, so screens can explain them before the resident books.
   */
  bookingPolicy(hospitalId: string, options?: RequestOptions): Promise<BookingPolicy> {
    return this.sender.request<BookingPolicy>(
      { method: 'GET', path: `${hospitalPath(hospitalId)}/booking-policy`, auth: 'none' },
      options,
    );
  }

  /** The region's districts with their hospital counts. */
  async districts(options?: RequestOptions): Promise<District[]> {
    const list = await this.sender.request<Schemas['DistrictList']>(
      { method: 'GET', path: '/v1/districts', auth: 'none' },
      options,
    );
    return list.data;
  }
}
