// Schedule and slot ids carry what they were generated from (doctor, date, period, position), so any id
// can be turned back into its record without storing it: `sch_k3v9x0q2_20261123m`, `..._03` for a slot.
import type { Period } from '../../contract/wire';
import { isRealCalendarDate } from './time';

const PERIOD_LETTERS: Record<Period, string> = { morning: 'm', afternoon: 'a', evening: 'e' };
const PERIODS_BY_LETTER: Record<string, Period> = { m: 'morning', a: 'afternoon', e: 'evening' };
const SCHEDULE_ID = /^sch_([0-9a-z]{8})_(\d{4})(\d{2})(\d{2})([mae])$/;
const SLOT_ID = /^(sch_[0-9a-z]{8}_\d{8}[mae])_(\d{2})$/;
const DOCTOR_PREFIX = 'doc_';

export interface ScheduleKey {
  doctorId: string;
  date: string;
  period: Period;
}

export function scheduleIdOf(doctorId: string, date: string, period: Period): string {
  return `sch_${doctorId.slice(DOCTOR_PREFIX.length)}_${date.replace(/-/g, '')}${PERIOD_LETTERS[period]}`;
}

export function slotIdOf(scheduleId: string, index: number): string {
  return `${scheduleId}_${String(index).padStart(2, '0')}`;
}

/** What a schedule id names, or undefined when it is not one the platform could have given out. */
export function parseScheduleId(scheduleId: string): ScheduleKey | undefined {
  const match = SCHEDULE_ID.exec(scheduleId);
  if (!match) return undefined;
  const [, key, year, month, day, letter] = match;
  const date = `${year}-${month}-${day}`;
  const period = PERIODS_BY_LETTER[letter ?? ''];
  if (!period || !isRealCalendarDate(date)) return undefined;
  return { doctorId: `${DOCTOR_PREFIX}${key}`, date, period };
}

/** The schedule id and position a slot id names, or undefined. */
export function parseSlotId(slotId: string): { scheduleId: string; index: number } | undefined {
  const match = SLOT_ID.exec(slotId);
  if (!match?.[1] || !match[2]) return undefined;
  return { scheduleId: match[1], index: Number(match[2]) };
}
