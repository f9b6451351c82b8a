import { useCallback } from 'react';
import type { Trend } from '@yika/sdk';
import { useRemoteData, type RemoteData } from '../../hooks/useRemoteData';
import { yika } from '../../services/yika';

/** One lab item of a card across reports and hospitals (oldest first); empty without the page's params. */
export function useTrend(
  cardRef: string | undefined,
  itemCode: string | undefined,
): RemoteData<Trend | null> {
  const load = useCallback(
    async (signal: AbortSignal | undefined): Promise<Trend | null> => {
      if (cardRef === undefined || itemCode === undefined) return null;
      return yika.reports.trend(cardRef, itemCode, { signal });
    },
    [cardRef, itemCode],
  );
  return useRemoteData(load, { isEmpty: (trend) => trend === null || trend.points.length === 0 });
}
