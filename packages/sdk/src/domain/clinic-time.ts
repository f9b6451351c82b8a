// Clock times and weekdays of clinic sessions, read in Asia/Shanghai (fixed +08:00, see ./time) with plain
// arithmetic, so the result never depends on the host's time zone.
import { isCalendarDate } from './time';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60_000;
const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 24 * 60;
const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

function epochMsOf(iso: string): number {
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs)) throw new RangeError(`Not a timestamp: ${iso}`);
  return epochMs;
}

function shanghaiClockTime(iso: string): string {
  const minutes = Math.floor((epochMsOf(iso) + SHANGHAI_OFFSET_MS) / MS_PER_MINUTE);
  // Double modulo: `%` keeps the sign, and instants before 1970 give negative minutes.
  const minuteOfDay = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/**
 * `formatSlotTime('2026-11-23T08:00:00+08:00', '2026-11-23T08:30:00+08:00')` -> `'08:00-08:30'`.
 * Timestamps with another offset are shown at their Shanghai clock time. Throws RangeError for a non-timestamp.
 */
export function formatSlotTime(startIso: string, endIso: string): string {
  return `${shanghaiClockTime(startIso)}-${shanghaiClockTime(endIso)}`;
}

/** `weekdayName('2026-11-23')` -> `'周一'`. Throws RangeError for something that is not a `YYYY-MM-DD` date. */
export function weekdayName(date: string): string {
  if (!isCalendarDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAY_NAMES[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/**
 * `formatShanghaiDateTime('2026-11-23T16:00:00+08:00')` -> `'11月23日 16:00'`; with `{ withYear: true }`
 * `'2026年11月23日 16:00'` (for dates that may fall in another year, such as the end of a ban). Shown at
 * Shanghai clock time whatever the offset written. Throws RangeError for a non-timestamp.
 */
export function formatShanghaiDateTime(iso: string, options: { withYear?: boolean } = {}): string {
  // A Date shifted by +08:00 and read in UTC gives Shanghai's calendar fields on any host.
  const shifted = new Date(epochMsOf(iso) + SHANGHAI_OFFSET_MS);
  const year = options.withYear === true ? `${shifted.getUTCFullYear()}年` : '';
  return `${year}${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日 ${shanghaiClockTime(iso)}`;
}
