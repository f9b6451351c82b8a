import { useCallback, useState } from 'react';
import type { DepartmentKind, District } from '@yika/sdk';
import { shanghaiDate } from '@yika/sdk/domain';
import { useRemoteData, type RemoteData } from '../../hooks/useRemoteData';
import {
  EARLIEST_LIMIT,
  earliestFromDate,
  toEarliestRows,
  type EarliestRow,
  type EarliestStart,
} from '../../lib/earliestSlots';
import { yika } from '../../services/yika';

export interface EarliestAnswer {
  /** The choice the rows answer, so rows of a previous choice are never shown under a new one. */
  kind: DepartmentKind;
  district: string | null;
  start: EarliestStart;
  rows: EarliestRow[];
}

export interface EarliestSlots {
  kind: DepartmentKind | null;
  setKind: (kind: DepartmentKind) => void;
  district: string | null;
  setDistrict: (district: string | null) => void;
  start: EarliestStart;
  setStart: (start: EarliestStart) => void;
  districts: RemoteData<District[]>;
  /** Null data until a kind is picked (nothing is asked for before). */
  slots: RemoteData<EarliestAnswer | null>;
}

/**
 * 最早可约: the soonest free slots of the chosen department kind, optionally in one district and from a
 * later day than today.
 */
export function useEarliestSlots(initialKind: DepartmentKind | null): EarliestSlots {
  const [kind, setKind] = useState<DepartmentKind | null>(initialKind);
  const [district, setDistrict] = useState<string | null>(null);
  const [start, setStart] = useState<EarliestStart>('today');

  const loadDistricts = useCallback(
    (signal: AbortSignal | undefined) => yika.hospitals.districts({ signal }),
    [],
  );
  const districts = useRemoteData(loadDistricts);

  const loadSlots = useCallback(
    async (signal: AbortSignal | undefined): Promise<EarliestAnswer | null> => {
      if (kind === null) return null;
      const slots = await yika.schedules.earliest(
        {
          departmentKind: kind,
          district: district ?? undefined,
          from: earliestFromDate(start, shanghaiDate(Date.now())),
          limit: EARLIEST_LIMIT,
        },
        { signal },
      );
      return { kind, district, start, rows: toEarliestRows(slots) };
    },
    [kind, district, start],
  );
  const slots = useRemoteData(loadSlots, { isEmpty: (data) => data !== null && data.rows.length === 0 });

  return { kind, setKind, district, setDistrict, start, setStart, districts, slots };
}
