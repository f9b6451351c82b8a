// client.hospitals: the region's hospitals, their departments, and the districts. Public data: no
// sign-in needed.
import type { components } from '../generated/openapi';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type { Department, District, Hospital, HospitalListParams, HospitalSummary, Page } from '../types';

type Schemas = components['schemas'];

function hospitalPath(hospitalId: string): string {
  return `/v1/hospitals/${encodeURIComponent(hospitalId)}`;
}

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
  async *iterate(params?: HospitalListParams, options?: RequestOptions): AsyncIterable<HospitalSummary> {
    let query = params;
    for (;;) {
      const page = await this.list(query, options);
      for (const hospital of page.data) yield hospital;
      if (page.nextCursor === null) return;
      query = { ...params, cursor: page.nextCursor };
    }
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

  /** The region's districts with their hospital counts. */
  async districts(options?: RequestOptions): Promise<District[]> {
    const list = await this.sender.request<Schemas['DistrictList']>(
      { method: 'GET', path: '/v1/districts', auth: 'none' },
      options,
    );
    return list.data;
  }
}
