// The booking window (预约周期) on the platform clock: today and the days after it, `bookingWindowDays` in
// all. The window's last day is released (放号) at `releaseTime` today; until then it shows, but as
// `not_released`. When the clock passes midnight the whole window moves on by a day.
import { addDays, isCalendarDate, shanghaiDate } from '@yika/sdk/domain';
import { validationFailed } from '../errors';
import type { PolicyRules } from './policy';
import { atShanghai, minutesOfDay } from './time';

export interface BookingWindow {
  readonly nowMs: number;
  readonly today: string;
  readonly lastDate: string;
  /** When the last day opens (today at the release time). */
  readonly releaseAtMs: number;
  contains(date: string): boolean;
  released(date: string): boolean;
  /** Every date from `from` to the last day. */
  datesFrom(from: string): string[];
}

export function bookingWindow(
  rules: Pick<PolicyRules, 'bookingWindowDays' | 'releaseTime'>,
  nowMs: number,
): BookingWindow {
  const today = shanghaiDate(nowMs);
  const lastDate = addDays(today, rules.bookingWindowDays - 1);
  const releaseAtMs = atShanghai(today, minutesOfDay(rules.releaseTime));
  const contains = (date: string) => date >= today && date <= lastDate;
  return {
    nowMs,
    today,
    lastDate,
    releaseAtMs,
    contains,
    released: (date) => contains(date) && (date < lastDate || nowMs >= releaseAtMs),
    datesFrom: (from) => {
      const dates: string[] = [];
      for (let date = from; date <= lastDate; date = addDays(date, 1)) dates.push(date);
      return dates;
    },
  };
}

/** A date the caller asked for (`query.from`, `query.date`): it must be real and inside the window. */
export function requireDateInWindow(window: BookingWindow, date: string, field: string): string {
  if (!isCalendarDate(date)) throw validationFailed(field, 'is not a real calendar date');
  if (!window.contains(date)) {
    throw validationFailed(
      field,
      `must lie within the booking window, ${window.today} to ${window.lastDate}`,
    );
  }
  return date;
}
