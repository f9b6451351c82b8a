import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { Appointment, Card, WaitlistEntry } from '@yika/sdk';
import { ALL_CARDS, cardRefFilter, sortWaitlist, type AppointmentSegment } from '../lib/appointmentSegments';
import { errorMessageOf } from '../lib/errors';
import { yika } from '../services/yika';
import { useCards } from './useCards';
import { usePagedList, type PagedList } from './usePagedList';
import { useRemoteData, type RemoteData } from './useRemoteData';

const PAGE_SIZE = 20;

export interface MyAppointments {
  cards: RemoteData<Card[] | null>;
  segment: AppointmentSegment;
  setSegment: (segment: AppointmentSegment) => void;
  cardFilter: string;
  setCardFilter: (cardRef: string) => void;
  /** 即将就诊 or 历史预约, whichever segment is chosen (the waitlist segment keeps the last). */
  appointments: PagedList<Appointment>;
  waitlist: RemoteData<WaitlistEntry[]>;
  leavingId: string | null;
  leave: (entry: WaitlistEntry) => void;
  /** The chosen segment's list again (the tab shown again after a cancel on the detail page). */
  reloadList: () => void;
  /** Cards and the list again (pull to refresh). */
  refresh: () => void;
}

/**
 * The 预约 tab's data: the account's cards (for the filter chips), one page-by-page list per view
 * (`upcoming`, `past`) for the chosen card, and the waitlist entries. Only the chosen segment loads.
 */
export function useMyAppointments(): MyAppointments {
  const cards = useCards();
  const [segment, setSegment] = useState<AppointmentSegment>('upcoming');
  const [cardFilter, setCardFilter] = useState<string>(ALL_CARDS);
  const [leavingId, setLeavingId] = useState<string | null>(null);
  const signedIn = cards.data !== null && cards.data !== undefined;
  const cardRef = cardRefFilter(cardFilter, cards.data ?? []);
  const view = segment === 'past' ? 'past' : 'upcoming';

  const fetchPage = useCallback(
    async (cursor: string | undefined, signal: AbortSignal | undefined) => {
      if (!signedIn) return { data: [], nextCursor: null };
      return yika.appointments.list({ view, cardRef, cursor, limit: PAGE_SIZE }, { signal });
    },
    [signedIn, view, cardRef],
  );
  const appointments = usePagedList(fetchPage);

  const loadWaitlist = useCallback(
    async (signal: AbortSignal | undefined): Promise<WaitlistEntry[]> => {
      if (!signedIn || segment !== 'waitlist') return [];
      return sortWaitlist(await yika.waitlist.list({ cardRef }, { signal }));
    },
    [signedIn, segment, cardRef],
  );
  const waitlist = useRemoteData(loadWaitlist);

  const leave = useCallback(
    (entry: WaitlistEntry) => {
      void Taro.showModal({
        title: '退出候补',
        content: `退出后，${entry.patientName}不再排队等待这个排班的号源，已为您锁定的号也会释放。`,
        confirmText: '确认退出',
        cancelText: '再想想',
      }).then(async ({ confirm }) => {
        if (!confirm) return;
        setLeavingId(entry.id);
        try {
          await yika.waitlist.leave(entry.id);
          void Taro.showToast({ title: '已退出候补', icon: 'none' });
          waitlist.reload();
        } catch (error) {
          void Taro.showToast({ title: errorMessageOf(error), icon: 'none' });
        } finally {
          setLeavingId(null);
        }
      });
    },
    [waitlist],
  );

  const reloadList = useCallback(() => {
    if (segment === 'waitlist') waitlist.reload();
    else void appointments.refresh();
  }, [segment, waitlist, appointments]);

  const refresh = useCallback(() => {
    cards.reload();
    reloadList();
  }, [cards, reloadList]);

  return {
    cards,
    segment,
    setSegment,
    cardFilter,
    setCardFilter,
    appointments,
    waitlist,
    leavingId,
    leave,
    reloadList,
    refresh,
  };
}
