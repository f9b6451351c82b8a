// The 预约 tab: three segments (即将就诊 / 历史预约 / 候补), a filter by family card, and the waitlist
// entries (候补) as rows that say where they stand and what to do (pay an offered place, or leave).
import type { Card, WaitlistEntry, WaitlistStatus } from '@yika/sdk';
import {
  formatShanghaiDateTime,
  formatSlotTime,
  PERIOD_NAMES,
  WAITLIST_STATUS_NAMES,
} from '@yika/sdk/domain';
import { visitDateText } from './bookingDates';
import { cardLabel } from './cardDisplay';
import type { StatusTone } from './appointmentDisplay';

export type AppointmentSegment = 'upcoming' | 'past' | 'waitlist';

export const SEGMENT_OPTIONS: ReadonlyArray<{ code: AppointmentSegment; name: string }> = [
  { code: 'upcoming', name: '即将就诊' },
  { code: 'past', name: '历史预约' },
  { code: 'waitlist', name: '候补' },
];

/** The chip that lists every card's appointments. */
export const ALL_CARDS = 'all';

/** 全部就诊人 first, then each card by its masked holder name and relation; none for a single card. */
export function cardFilterOptions(cards: readonly Card[]): Array<{ code: string; name: string }> {
  if (cards.length < 2) return [];
  return [
    { code: ALL_CARDS, name: '全部就诊人' },
    ...cards.map((card) => ({ code: card.id, name: cardLabel(card) })),
  ];
}

/** The `cardRef` query for the chosen chip: none for 全部, and none for a card no longer in the account. */
export function cardRefFilter(chosen: string, cards: readonly Card[]): string | undefined {
  if (chosen === ALL_CARDS) return undefined;
  return cards.some((card) => card.id === chosen) ? chosen : undefined;
}

/** A segment's empty state, in words that say what would appear there. */
export function segmentEmptyText(segment: AppointmentSegment): { title: string; hint: string } {
  switch (segment) {
    case 'upcoming':
      return { title: '暂无即将就诊的预约', hint: '在首页选择医院或科室，为自己和家人预约挂号。' };
    case 'past':
      return { title: '暂无历史预约', hint: '已就诊、已取消和停诊的预约会显示在这里。' };
    case 'waitlist':
      return { title: '暂无候补', hint: '号源约满时，可以在选择时段的页面加入候补。' };
  }
}

const WAITLIST_TONES: Readonly<Record<WaitlistStatus, StatusTone>> = {
  waiting: 'active',
  offered: 'warning',
  booked: 'done',
  cancelled: 'muted',
  closed: 'muted',
};

export interface WaitlistRowModel {
  id: string;
  title: string;
  subtitle: string;
  timeText: string;
  patientName: string;
  status: { text: string; tone: StatusTone };
  /** `排在第2位`, `请在11月22日 10:10前支付` ... */
  detail: string;
  /** An offered place to pay: the hold to take to the checkout page. */
  payHoldId: string | null;
  canLeave: boolean;
  label: string;
}

function waitlistDetail(entry: WaitlistEntry): string {
  switch (entry.status) {
    case 'waiting':
      return entry.position === null ? '候补中，有号时会通知您' : `排在第${entry.position}位，有号时会通知您`;
    case 'offered':
      return entry.offerExpiresAt
        ? `已为您锁号，请在${formatShanghaiDateTime(entry.offerExpiresAt)}前支付，超时号源将让给下一位`
        : '已为您锁号，请尽快支付';
    case 'booked':
      return '候补成功，已为您预约';
    case 'cancelled':
      return '您已退出候补';
    case 'closed':
      return '候补已结束，没有等到号源';
  }
}

export function waitlistRow(entry: WaitlistEntry): WaitlistRowModel {
  const { schedule } = entry;
  const title = `${schedule.departmentName} · ${schedule.doctorName}`;
  const timeText = `${visitDateText(schedule.date)} ${PERIOD_NAMES[schedule.period]} ${formatSlotTime(schedule.startTime, schedule.endTime)}`;
  const status = { text: WAITLIST_STATUS_NAMES[entry.status], tone: WAITLIST_TONES[entry.status] };
  const detail = waitlistDetail(entry);
  return {
    id: entry.id,
    title,
    subtitle: entry.hospital.name,
    timeText,
    patientName: entry.patientName,
    status,
    detail,
    payHoldId: entry.status === 'offered' && entry.holdId ? entry.holdId : null,
    canLeave: entry.status === 'waiting' || entry.status === 'offered',
    label: `候补，${status.text}，${entry.patientName}，${entry.hospital.name}，${title}，${timeText}，${detail}`,
  };
}

/** Entries that need the resident first (an offer to pay), then the waiting ones, then the finished. */
export function sortWaitlist(entries: readonly WaitlistEntry[]): WaitlistEntry[] {
  const rank: Record<WaitlistStatus, number> = { offered: 0, waiting: 1, booked: 2, cancelled: 3, closed: 3 };
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank[a.entry.status] - rank[b.entry.status] || a.index - b.index)
    .map(({ entry }) => entry);
}
