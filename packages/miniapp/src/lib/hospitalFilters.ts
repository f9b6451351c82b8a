import type { HospitalLevel } from '@yika/sdk';

export interface HospitalFilters {
  q: string;
  district: string | null;
  level: HospitalLevel | null;
}

export const NO_HOSPITAL_FILTERS: HospitalFilters = { q: '', district: null, level: null };

/** The contract allows 1 to 50 characters for `q`. */
export const MAX_QUERY_LENGTH = 50;

export interface HospitalListParams {
  q?: string;
  district?: string;
  level?: HospitalLevel;
}

/** Turns the screen's filters into list parameters, leaving out what is not set. */
export function toHospitalListParams(filters: HospitalFilters): HospitalListParams {
  const params: HospitalListParams = {};
  const q = filters.q.trim().slice(0, MAX_QUERY_LENGTH);
  if (q) params.q = q;
  if (filters.district) params.district = filters.district;
  if (filters.level) params.level = filters.level;
  return params;
}

export function hasActiveFilters(filters: HospitalFilters): boolean {
  return Object.keys(toHospitalListParams(filters)).length > 0;
}
