// Clock arithmetic for schedules: calendar dates (`YYYY-MM-DD`, Asia/Shanghai) and minutes of the day.
// Shanghai has a fixed +08:00 offset (no daylight saving since 1991), so this needs no time-zone data.
// Every request of the booking side asks these questions several times over (the window, booking hours,
// slot times as text), so the SDK's answers are remembered (../memo.ts): same results, no date parsing.
import { isCalendarDate, shanghaiStartOfDay, toShanghaiIso } from '@yika/sdk/domain';
import { memoise } from '../memo';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const SECOND_MS = 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * MINUTE_MS;

/** `'07:30'` -> 450. */
export const minutesOfDay = memoise((hhmm: string): number => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
});

const shanghaiMidnight = memoise(shanghaiStartOfDay);

/** The SDK's isCalendarDate, remembered: every schedule and slot id carries a date to check. */
export const isRealCalendarDate = memoise(isCalendarDate);

/** Epoch ms of `minutes` after midnight on `date` in Asia/Shanghai. */
export function atShanghai(date: string, minutes: number): number {
  return shanghaiMidnight(date) + minutes * MINUTE_MS;
}

/** Whole minutes since midnight in Asia/Shanghai at `epochMs` (0 to 1439). */
export function shanghaiMinuteOfDay(epochMs: number): number {
  const msOfDay = (((epochMs + SHANGHAI_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return Math.floor(msOfDay / MINUTE_MS);
}

/** Days since 1970-01-01 of the Shanghai calendar date at `epochMs` (changes at Shanghai midnight). */
export function shanghaiDayNumber(epochMs: number): number {
  return Math.floor((epochMs + SHANGHAI_OFFSET_MS) / DAY_MS);
}

const isoOfSecond = memoise((second: number) => toShanghaiIso(second * SECOND_MS));

/**
 * The SDK's toShanghaiIso, remembered per whole second (the text has no milliseconds): slot and schedule
 * times repeat on every listing, and holds made in the same second share their createdAt text.
 */
export function shanghaiIso(epochMs: number): string {
  if (!Number.isFinite(epochMs)) return toShanghaiIso(epochMs);
  return isoOfSecond(Math.floor(epochMs / SECOND_MS));
}

/** Days since 1970-01-01 (a stable integer per date, for seeding and arithmetic). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(date: string): number {
  return (dayNumber(date) + 4) % 7;
}
