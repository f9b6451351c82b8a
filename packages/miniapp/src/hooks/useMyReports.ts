import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Card, HospitalRef, ReportSummary } from '@yika/sdk';
import { shanghaiDate } from '@yika/sdk/domain';
import { ALL_CARDS } from '../lib/appointmentSegments';
import { ALL_HOSPITALS, rememberHospitals, reportListQuery, type ReportFilters } from '../lib/reportFilters';
import { yika } from '../services/yika';
import { useCards } from './useCards';
import { usePagedList, type PagedList } from './usePagedList';
import type { RemoteData } from './useRemoteData';

const PAGE_SIZE = 20;

const INITIAL_FILTERS: ReportFilters = {
  card: ALL_CARDS,
  type: 'all',
  hospital: ALL_HOSPITALS,
  // Everything by default: the list is newest first anyway, and a resident looking for an old report
  // should not have to guess that a range hides it.
  range: 'all',
};

export interface MyReports {
  cards: RemoteData<Card[] | null>;
  filters: ReportFilters;
  setFilter: <Key extends keyof ReportFilters>(key: Key, value: ReportFilters[Key]) => void;
  /** Hospitals seen in the lists so far, for the hospital chips. */
  hospitals: HospitalRef[];
  reports: PagedList<ReportSummary>;
  /** Cards and the list again (pull to refresh). */
  refresh: () => void;
}

/**
 * The 报告 tab's data: the account's cards (for the card chips) and one page-by-page list of report
 * summaries for the chosen filters, newest first. A new filter starts the list over.
 */
export function useMyReports(): MyReports {
  const cards = useCards();
  const [filters, setFilters] = useState<ReportFilters>(INITIAL_FILTERS);
  const [hospitals, setHospitals] = useState<HospitalRef[]>([]);
  const signedIn = cards.data !== null && cards.data !== undefined;
  const cardList = useMemo(() => cards.data ?? [], [cards.data]);
  const query = reportListQuery(filters, cardList, shanghaiDate(Date.now()));
  const { cardRef, type, hospitalId, from } = query;

  const fetchPage = useCallback(
    async (cursor: string | undefined, signal: AbortSignal | undefined) => {
      if (!signedIn) return { data: [], nextCursor: null };
      return yika.reports.list({ cardRef, type, hospitalId, from, cursor, limit: PAGE_SIZE }, { signal });
    },
    [signedIn, cardRef, type, hospitalId, from],
  );
  const reports = usePagedList(fetchPage);

  const { items } = reports;
  useEffect(() => {
    setHospitals((known) => rememberHospitals(known, items));
  }, [items]);

  const setFilter = useCallback(
    <Key extends keyof ReportFilters>(key: Key, value: ReportFilters[Key]) =>
      setFilters((current) => ({ ...current, [key]: value })),
    [],
  );

  const refresh = useCallback(() => {
    cards.reload();
    void reports.refresh();
  }, [cards, reports]);

  return { cards, filters, setFilter, hospitals, reports, refresh };
}
