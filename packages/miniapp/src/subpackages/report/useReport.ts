import { useCallback } from 'react';
import type { Report } from '@yika/sdk';
import { useRemoteData, type RemoteData } from '../../hooks/useRemoteData';
import { trendCodesOf } from '../../lib/labResults';
import { yika } from '../../services/yika';

export interface ReportWithTrends {
  report: Report;
  /** Codes of the lab items the card has two or more results of (empty for an exam report). */
  trendCodes: ReadonlySet<string>;
}

/**
 * One report, and for a lab report the card's items with a trend, so its rows can link to them. The
 * trend list is a help, not the report: if it fails, the report still shows, without links.
 */
export function useReport(reportId: string | undefined): RemoteData<ReportWithTrends | null> {
  const load = useCallback(
    async (signal: AbortSignal | undefined): Promise<ReportWithTrends | null> => {
      if (reportId === undefined) return null;
      const report = await yika.reports.get(reportId, { signal });
      if (report.type !== 'lab') return { report, trendCodes: new Set() };
      const items = await yika.reports.trendItems(report.cardRef, { signal }).catch(() => []);
      return { report, trendCodes: trendCodesOf(items) };
    },
    [reportId],
  );
  return useRemoteData(load, { isEmpty: (data) => data === null });
}
