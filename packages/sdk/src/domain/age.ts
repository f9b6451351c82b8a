// Age in full years (周岁), as Chinese law counts it for "under 14" (不满十四周岁): a year older on each
// birthday; someone born on 29 February turns a year older on 1 March in common years.
import { isCalendarDate, shanghaiDate } from './time';

/** Under this age a person's data is a minor's sensitive personal information (PIPL art. 28, 31). */
export const MINOR_AGE_LIMIT = 14;

function calendarDate(value: string | number, what: string): string {
  const date = typeof value === 'number' ? shanghaiDate(value) : value;
  if (!isCalendarDate(date)) throw new RangeError(`${what} is not a YYYY-MM-DD date: ${String(value)}`);
  return date;
}

/**
 * Full years between `birthDate` and `date` (`YYYY-MM-DD`, or epoch ms read in Asia/Shanghai).
 * Negative when `date` is before the birth. Throws RangeError for something that is not a date.
 */
export function ageOn(birthDate: string, date: string | number): number {
  const born = calendarDate(birthDate, 'birthDate');
  const on = calendarDate(date, 'date');
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  // Zero-padded MM-DD compare as dates; '02-28' < '02-29' keeps a leap-day baby younger until 1 March.
  return on.slice(5) < born.slice(5) ? years - 1 : years;
}

/** Whether the person is under 14 on `date` (a birth after `date` counts as a minor too). */
export function isMinorOn(birthDate: string, date: string | number): boolean {
  return ageOn(birthDate, date) < MINOR_AGE_LIMIT;
}
