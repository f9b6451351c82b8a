// The booking window (预约周期) on the platform clock: today and the days after it, `bookingWindowDays` in
// all. The window's last day is released (放号) at `releaseTime` today; until then it shows, but as
// `not_released`. When the clock passes midnight the whole window moves on by a day.
import { addDays, shanghaiDate } from '@yika/sdk/domain';
import { validationFailed } from '../errors';
import { memoise } from '../memo';
import type { PolicyRules } from './policy';
import { atShanghai, DAY_MS, isRealCalendarDate, minutesOfDay, shanghaiDayNumber } from './time';

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

type WindowRules = Pick<PolicyRules, 'bookingWindowDays' | 'releaseTime'>;

interface WindowDays {
  today: string;
  lastDate: string;
  releaseAtMs: number;
}

// The same for the whole Shanghai day: worked out once per day and rules, not on every request.
const windowDays = memoise((key: string): WindowDays => {
  const [dayInstantMs, bookingWindowDays, releaseTime] = key.split('|');
  const today = shanghaiDate(Number(dayInstantMs));
  return {
    today,
    lastDate: addDays(today, Number(bookingWindowDays) - 1),
    releaseAtMs: atShanghai(today, minutesOfDay(releaseTime ?? '')),
  };
});

function windowDaysAt(rules: WindowRules, nowMs: number): WindowDays {
  // Any instant of the Shanghai day names it; its UTC midnight (08:00 in Shanghai) is such an instant.
  const dayMs = shanghaiDayNumber(nowMs) * DAY_MS;
  return windowDays(`${dayMs}|${rules.bookingWindowDays}|${rules.releaseTime}`);
}

export function bookingWindow(rules: WindowRules, nowMs: number): BookingWindow {
  const { today, lastDate, releaseAtMs } = windowDaysAt(rules, nowMs);
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
  if (!isRealCalendarDate(date)) throw validationFailed(field, 'is not a real calendar date');
  if (!window.contains(date)) {
    throw validationFailed(
      field,
      `must lie within the booking window, ${window.today} to ${window.lastDate}`,
    );
  }
  return date;
}
