// A day's schedules (排班) as the screens list them: grouped by half-day (上午 / 下午 / 夜间), each row
// with doctor, title, registration type, fee and its state in words.
import type { Period, Schedule } from '@yika/sdk';
import {
  formatSlotTime,
  formatYuan,
  PERIOD_NAMES,
  REGISTRATION_TYPE_NAMES,
  SCHEDULE_STATUS_NAMES,
} from '@yika/sdk/domain';
import { releaseText } from './bookingDates';

const PERIOD_ORDER: readonly Period[] = ['morning', 'afternoon', 'evening'];

export interface PeriodGroup {
  period: Period;
  /** 上午 / 下午 / 夜间 */
  name: string;
  schedules: Schedule[];
}

/** Groups in the order of the day, empty periods left out; within one, by start time then as given. */
export function groupByPeriod(schedules: readonly Schedule[]): PeriodGroup[] {
  return PERIOD_ORDER.map((period) => ({
    period,
    name: PERIOD_NAMES[period],
    schedules: schedules
      .map((schedule, index) => ({ schedule, index }))
      .filter(({ schedule }) => schedule.period === period)
      .sort(
        (a, b) => Date.parse(a.schedule.startTime) - Date.parse(b.schedule.startTime) || a.index - b.index,
      )
      .map(({ schedule }) => schedule),
  })).filter((group) => group.schedules.length > 0);
}

/** The schedules of one day, from a doctor's whole window. */
export function schedulesOn(schedules: readonly Schedule[], date: string | null): Schedule[] {
  return date === null ? [] : schedules.filter((schedule) => schedule.date === date);
}

/** Whether the schedule's time slots are worth opening: bookable now, or full (to see it is full). */
export function canOpenSchedule(schedule: Schedule): boolean {
  return schedule.status === 'open' || schedule.status === 'full';
}

export interface ScheduleRowModel {
  id: string;
  doctorName: string;
  titleName: string;
  /** 普通号 / 专家号 / 特需号 */
  registrationTypeName: string;
  feeText: string;
  /** `08:00-12:00` */
  timeText: string;
  /** 可预约 / 约满 / 未放号 / 已停止预约 / 停诊 */
  statusText: string;
  /** `余5`, `07:00放号`, or empty. */
  remainingText: string;
  canOpen: boolean;
  label: string;
}

function remainingTextOf(schedule: Schedule, today: string | undefined): string {
  if (schedule.status === 'open' || schedule.status === 'full') return `余${schedule.remaining}`;
  if (schedule.status === 'not_released') return releaseText(schedule.releaseAt, today);
  return '';
}

export function scheduleRow(schedule: Schedule, today?: string): ScheduleRowModel {
  const registrationTypeName = REGISTRATION_TYPE_NAMES[schedule.registrationType];
  const feeText = formatYuan(schedule.feeFen);
  const statusText = SCHEDULE_STATUS_NAMES[schedule.status];
  const remainingText = remainingTextOf(schedule, today);
  const timeText = formatSlotTime(schedule.startTime, schedule.endTime);
  const label = [
    `${schedule.doctorName} ${schedule.doctorTitleName}`,
    registrationTypeName,
    `挂号费${feeText}`,
    timeText,
    statusText,
    schedule.status === 'open' ? `剩余${schedule.remaining}个号` : remainingText,
  ]
    .filter((part) => part.length > 0)
    .join('，');
  return {
    id: schedule.id,
    doctorName: schedule.doctorName,
    titleName: schedule.doctorTitleName,
    registrationTypeName,
    feeText,
    timeText,
    statusText,
    remainingText,
    canOpen: canOpenSchedule(schedule),
    label,
  };
}
