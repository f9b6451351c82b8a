import { useCallback } from 'react';
import type { Department, Hospital } from '@yika/sdk';
import { useRemoteData, type RemoteData } from '../../hooks/useRemoteData';
import { yika } from '../../services/yika';

export interface HospitalDetail {
  hospital: Hospital;
  departments: Department[];
}

/** One hospital and its department tree, fetched together: the page needs both to be useful. */
export function useHospitalDetail(hospitalId: string | undefined): RemoteData<HospitalDetail> {
  const load = useCallback(
    async (signal: AbortSignal | undefined): Promise<HospitalDetail> => {
      if (!hospitalId) throw new Error('missing hospital id');
      const [hospital, departments] = await Promise.all([
        yika.hospitals.get(hospitalId, { signal }),
        yika.hospitals.departments(hospitalId, { signal }),
      ]);
      return { hospital, departments };
    },
    [hospitalId],
  );
  return useRemoteData(load, { isEmpty: () => false });
}
