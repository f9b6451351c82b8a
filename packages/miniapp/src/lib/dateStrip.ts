// The 14-day date strip of a department or a doctor: one entry per day with its availability in words
// (有号 / 约满 / 未放号 / 无排班) and what remains, so colour is never the only cue.
import type { AvailabilityDay, AvailabilityStatus } from '@yika/sdk';
import { AVAILABILITY_NAMES, weekdayName } from '@yika/sdk/domain';
import { monthDayText, releaseText, shortDateText } from './bookingDates';

export interface DateStripItem {
  date: string;
  /** 今天, 明天 or 周X. */
  dayName: string;
  weekday: string;
  /** `11-23` */
  shortDate: string;
  status: AvailabilityStatus;
  /** 有号 / 约满 / 未放号 / 无排班 */
  statusText: string;
  /** `余12`, `07:00放号`, or empty. */
  detailText: string;
  /** What a screen reader says: the date, the day, the status and what remains. */
  label: string;
}

function relativeDayName(date: string, today: string | undefined, tomorrow: string | undefined): string {
  if (date === today) return '今天';
  if (date === tomorrow) return '明天';
  return weekdayName(date);
}

function detailOf(day: AvailabilityDay, today: string | undefined): string {
  if (day.status === 'available' || day.status === 'full') return `余${day.remaining}`;
  if (day.status === 'not_released') return releaseText(day.releaseAt, today);
  return '';
}

function labelOf(item: Omit<DateStripItem, 'label'>, remaining: number): string {
  const parts = [`${monthDayText(item.date)} ${item.weekday}`];
  if (item.dayName !== item.weekday) parts.push(item.dayName);
  parts.push(item.statusText);
  if (item.status === 'available') parts.push(`剩余${remaining}个号`);
  else if (item.detailText) parts.push(item.detailText);
  return parts.join('，');
}

/**
 * One item per calendar day, in the platform's order. `today` is the platform's today: the first day of
 * a calendar asked for without `from` (the device clock may be wrong).
 */
export function buildDateStrip(days: readonly AvailabilityDay[], today?: string): DateStripItem[] {
  const tomorrow = days.length > 1 && days[0]?.date === today ? days[1]?.date : undefined;
  return days.map((day) => {
    const weekday = weekdayName(day.date);
    const item = {
      date: day.date,
      dayName: relativeDayName(day.date, today, tomorrow),
      weekday,
      shortDate: shortDateText(day.date),
      status: day.status,
      statusText: AVAILABILITY_NAMES[day.status],
      detailText: detailOf(day, today),
    };
    return { ...item, label: labelOf(item, day.remaining) };
  });
}

/** The day to show first: the first with free slots, else the first day; null for an empty calendar. */
export function initialDate(days: readonly AvailabilityDay[]): string | null {
  const firstAvailable = days.find((day) => day.status === 'available');
  return (firstAvailable ?? days[0])?.date ?? null;
}

/**
 * The day on screen: the resident's choice while the calendar still has it (a refresh the next morning
 * drops yesterday), else the initial day.
 */
export function resolveSelectedDate(
  days: readonly AvailabilityDay[] | undefined,
  chosen: string | null,
): string | null {
  if (!days) return null;
  if (chosen !== null && days.some((day) => day.date === chosen)) return chosen;
  return initialDate(days);
}
