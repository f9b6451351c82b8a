import { useCallback, useState } from 'react';
import type { District, HospitalSummary } from '@yika/sdk';
import { NO_HOSPITAL_FILTERS, toHospitalListParams, type HospitalFilters } from '../lib/hospitalFilters';
import { yika } from '../services/yika';
import { usePagedList, type PagedList } from './usePagedList';
import { useRemoteData, type RemoteData } from './useRemoteData';

const PAGE_SIZE = 20;

export interface HospitalSearch {
  filters: HospitalFilters;
  setFilters: (change: Partial<HospitalFilters>) => void;
  hospitals: PagedList<HospitalSummary>;
  districts: RemoteData<District[]>;
}

/** The home screen's data: the region's hospitals under the chosen filters, and the district choices. */
export function useHospitalSearch(): HospitalSearch {
  const [filters, setFilterState] = useState<HospitalFilters>(NO_HOSPITAL_FILTERS);

  const fetchPage = useCallback(
    (cursor: string | undefined, signal: AbortSignal | undefined) =>
      yika.hospitals.list({ ...toHospitalListParams(filters), cursor, limit: PAGE_SIZE }, { signal }),
    [filters],
  );
  const hospitals = usePagedList(fetchPage);

  const loadDistricts = useCallback(
    (signal: AbortSignal | undefined) => yika.hospitals.districts({ signal }),
    [],
  );
  const districts = useRemoteData(loadDistricts);

  const setFilters = useCallback(
    (change: Partial<HospitalFilters>) => setFilterState((current) => ({ ...current, ...change })),
    [],
  );

  return { filters, setFilters, hospitals, districts };
}
