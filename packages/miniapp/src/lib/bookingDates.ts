// How dates and clock times of clinic sessions read on screen. Dates are the contract's `YYYY-MM-DD`
// (Asia/Shanghai); timestamps carry their offset, and are shown at their Shanghai clock time.
import { toShanghaiIso, weekdayName } from '@yika/sdk/domain';

function dateParts(date: string): { month: number; day: number } {
  const [, month, day] = date.split('-');
  return { month: Number(month), day: Number(day) };
}

/** `'2026-11-23'` -> `'11月23日'`. */
export function monthDayText(date: string): string {
  const { month, day } = dateParts(date);
  return `${month}月${day}日`;
}

/** `'2026-11-23'` -> `'11-23'`: the short form for the date strip, where room is scarce. */
export function shortDateText(date: string): string {
  return date.slice(5);
}

/** `'2026-11-23'` -> `'11月23日 周一'`: a visit day as residents say it. */
export function visitDateText(date: string): string {
  return `${monthDayText(date)} ${weekdayName(date)}`;
}

/** `'2026-11-23T07:00:00+08:00'` -> `'07:00'` (Shanghai clock time, whatever the offset written). */
export function clockTimeText(iso: string): string {
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs)) return '';
  return toShanghaiIso(epochMs).slice(11, 16);
}

/** `'2026-11-23T07:00:00+08:00'` -> `'2026-11-23'` (the Shanghai date). */
export function shanghaiDateOf(iso: string): string {
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs)) return '';
  return toShanghaiIso(epochMs).slice(0, 10);
}

/**
 * When a not yet released day opens, relative to `today`: `'07:00放号'` today, else with its date
 * (`'11月24日 07:00放号'`). Empty when the platform did not say.
 */
export function releaseText(releaseAt: string | undefined, today: string | undefined): string {
  if (!releaseAt) return '';
  const time = clockTimeText(releaseAt);
  if (!time) return '';
  const day = shanghaiDateOf(releaseAt);
  return day === today ? `${time}放号` : `${monthDayText(day)} ${time}放号`;
}
