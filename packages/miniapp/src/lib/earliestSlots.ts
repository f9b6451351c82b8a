// 最早可约: the soonest free slots of a department kind across every hospital, as list rows.
import type { DepartmentKind, EarliestSlot } from '@yika/sdk';
import {
  addDays,
  DEPARTMENT_KIND_NAMES,
  formatSlotTime,
  formatYuan,
  REGISTRATION_TYPE_NAMES,
} from '@yika/sdk/domain';
import { visitDateText } from './bookingDates';

/**
 * The kinds offered as chips: the ones residents look for most first. Emergency (急诊, not booked ahead)
 * and the catch-all `other` are left out.
 */
const KIND_ORDER: readonly DepartmentKind[] = [
  'pediatrics',
  'internal_medicine',
  'obstetrics_gynecology',
  'ophthalmology',
  'stomatology',
  'dermatology',
  'ent',
  'orthopedics',
  'surgery',
  'cardiology',
  'respiratory',
  'gastroenterology',
  'neurology',
  'endocrinology',
  'nephrology',
  'urology',
  'oncology',
  'psychiatry',
  'rehabilitation',
  'tcm',
  'general_practice',
];

export const EARLIEST_KIND_OPTIONS: ReadonlyArray<{ code: DepartmentKind; name: string }> = KIND_ORDER.map(
  (code) => ({ code, name: DEPARTMENT_KIND_NAMES[code] }),
);

/** How many slots the page asks for (the contract allows 1 to 50, default 10). */
export const EARLIEST_LIMIT = 20;

export interface EarliestRow {
  /** The slot's id. */
  id: string;
  scheduleId: string;
  hospitalId: string;
  hospitalName: string;
  levelName: string;
  districtName: string;
  departmentName: string;
  doctorName: string;
  titleName: string;
  registrationTypeName: string;
  /** `11月23日 周一` */
  dateText: string;
  /** `08:00-08:30` */
  timeText: string;
  feeText: string;
  remainingText: string;
  startTime: string;
  label: string;
}

export function toEarliestRow(entry: EarliestSlot): EarliestRow {
  const { hospital, department, doctor, schedule, slot } = entry;
  const dateText = visitDateText(schedule.date);
  const timeText = formatSlotTime(slot.startTime, slot.endTime);
  const feeText = formatYuan(schedule.feeFen);
  const registrationTypeName = REGISTRATION_TYPE_NAMES[schedule.registrationType];
  return {
    id: slot.id,
    scheduleId: schedule.id,
    hospitalId: hospital.id,
    hospitalName: hospital.name,
    levelName: hospital.levelName,
    districtName: hospital.district.name,
    departmentName: department.name,
    doctorName: doctor.name,
    titleName: doctor.titleName,
    registrationTypeName,
    dateText,
    timeText,
    feeText,
    remainingText: `余${slot.remaining}`,
    startTime: slot.startTime,
    label:
      `${dateText} ${timeText}，${hospital.name}，${hospital.levelName}，${hospital.district.name}，` +
      `${department.name}，${doctor.name} ${doctor.titleName}，${registrationTypeName}，挂号费${feeText}，` +
      `剩余${slot.remaining}个号`,
  };
}

/** Rows soonest first (the platform's order, kept for equal times), each slot once. */
export function toEarliestRows(entries: readonly EarliestSlot[]): EarliestRow[] {
  const seen = new Set<string>();
  return entries
    .filter((entry) => {
      if (seen.has(entry.slot.id)) return false;
      seen.add(entry.slot.id);
      return true;
    })
    .map((entry, index) => ({ row: toEarliestRow(entry), index }))
    .sort((a, b) => Date.parse(a.row.startTime) - Date.parse(b.row.startTime) || a.index - b.index)
    .map(({ row }) => row);
}

/** 从哪天起: the soonest slots from today, or from a later day for a resident who cannot go today. */
export type EarliestStart = 'today' | 'tomorrow' | 'day_after';

const DAYS_AHEAD: Record<EarliestStart, number> = { today: 0, tomorrow: 1, day_after: 2 };

export const EARLIEST_START_OPTIONS: ReadonlyArray<{ code: EarliestStart; name: string }> = [
  { code: 'today', name: '今天起' },
  { code: 'tomorrow', name: '明天起' },
  { code: 'day_after', name: '后天起' },
];

/** The `from` day the platform is asked for (`YYYY-MM-DD`, Asia/Shanghai); none from today. */
export function earliestFromDate(start: EarliestStart, today: string): string | undefined {
  return start === 'today' ? undefined : addDays(today, DAYS_AHEAD[start]);
}
