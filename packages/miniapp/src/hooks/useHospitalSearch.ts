import { useCallback, useState } from 'react';
import type { HospitalSummary } from '@yika/sdk';
import { NO_HOSPITAL_FILTERS, toHospitalListParams, type HospitalFilters } from '../lib/hospitalFilters';
import { yika } from '../services/yika';
import { usePagedList, type PagedList } from './usePagedList';

const PAGE_SIZE = 20;

export interface HospitalSearch {
  filters: HospitalFilters;
  setFilters: (change: Partial<HospitalFilters>) => void;
  hospitals: PagedList<HospitalSummary>;
}

/**
 * The region's hospitals under the chosen filters: one request per page. The district choices are not
 * here: they load when the resident opens that filter (components/hospital/DistrictFilter), which keeps
 * home within two requests (lib/homePlan.ts).
 */
export function useHospitalSearch(): HospitalSearch {
  const [filters, setFilterState] = useState<HospitalFilters>(NO_HOSPITAL_FILTERS);

  const fetchPage = useCallback(
    (cursor: string | undefined, signal: AbortSignal | undefined) =>
      yika.hospitals.list({ ...toHospitalListParams(filters), cursor, limit: PAGE_SIZE }, { signal }),
    [filters],
  );
  const hospitals = usePagedList(fetchPage);

  const setFilters = useCallback(
    (change: Partial<HospitalFilters>) => setFilterState((current) => ({ ...current, ...change })),
    [],
  );

  return { filters, setFilters, hospitals };
}
