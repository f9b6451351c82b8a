// Clock arithmetic for schedules: calendar dates (`YYYY-MM-DD`, Asia/Shanghai) and minutes of the day.
// Shanghai has a fixed +08:00 offset (no daylight saving since 1991), so this needs no time-zone data.
import { shanghaiStartOfDay } from '@yika/sdk/domain';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** `'07:30'` -> 450. */
export function minutesOfDay(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Epoch ms of `minutes` after midnight on `date` in Asia/Shanghai. */
export function atShanghai(date: string, minutes: number): number {
  return shanghaiStartOfDay(date) + minutes * MINUTE_MS;
}

/** Days since 1970-01-01 (a stable integer per date, for seeding and arithmetic). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(date: string): number {
  return (dayNumber(date) + 4) % 7;
}
