// Clinic times and dates are Asia/Shanghai. China has had no daylight saving time since 1991, so a fixed
// +08:00 offset is exact for every date the platform deals with, and it needs no time-zone database
// (dayjs's timezone plugin relies on Intl time-zone data that mini-program runtimes may lack).
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function inShanghai(epochMs: number): dayjs.Dayjs {
  if (!Number.isFinite(epochMs)) throw new RangeError(`Not a point in time: ${String(epochMs)}`);
  return dayjs.utc(epochMs).utcOffset(SHANGHAI_OFFSET_MINUTES);
}

/** `1795392000000` -> `'2026-11-23T08:00:00+08:00'`: the contract's timestamp form. */
export function toShanghaiIso(epochMs: number): string {
  return inShanghai(epochMs).format('YYYY-MM-DDTHH:mm:ssZ');
}

/** The calendar date (`YYYY-MM-DD`) in Asia/Shanghai at `epochMs`. */
export function shanghaiDate(epochMs: number): string {
  return inShanghai(epochMs).format('YYYY-MM-DD');
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return CALENDAR_DATE.test(value) && dayjs.utc(value).format('YYYY-MM-DD') === value;
}

/** `addDays('2026-02-27', 2)` -> `'2026-03-01'`. Calendar arithmetic on `YYYY-MM-DD`, no clock involved. */
export function addDays(date: string, days: number): string {
  if (!isCalendarDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer, got ${String(days)}`);
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Epoch ms of 00:00 Asia/Shanghai on a `YYYY-MM-DD` date. */
export function shanghaiStartOfDay(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return dayjs.utc(date).valueOf() - SHANGHAI_OFFSET_MINUTES * 60_000;
}
