// The time slots (分时段) of one schedule, the one the resident picked, and the visit it would be.
import type { Schedule, Slot } from '@yika/sdk';
import {
  formatSlotTime,
  formatYuan,
  PERIOD_NAMES,
  REGISTRATION_TYPE_NAMES,
  SCHEDULE_STATUS_NAMES,
} from '@yika/sdk/domain';
import { visitDateText } from './bookingDates';

export interface SlotRowModel {
  id: string;
  timeText: string;
  /** `余3`, 约满 or 已过时 (words, not only a greyed look). */
  stateText: string;
  selectable: boolean;
  label: string;
}

/**
 * A slot can be picked only when free and its schedule open for booking. The platform reports a slot
 * that has begun as full; by the device clock (`nowMs`) such a slot says 已过时 rather than 约满. Only the
 * words change: whether it can be picked is the platform's answer alone.
 */
export function slotRow(slot: Slot, schedule: Schedule, nowMs?: number): SlotRowModel {
  const timeText = formatSlotTime(slot.startTime, slot.endTime);
  const free = slot.status === 'free' && slot.remaining > 0;
  const selectable = free && schedule.status === 'open';
  const begun = nowMs !== undefined && Date.parse(slot.startTime) <= nowMs;
  const stateText = free ? `余${slot.remaining}` : begun ? '已过时' : '约满';
  return {
    id: slot.id,
    timeText,
    stateText,
    selectable,
    label: free ? `${timeText}，剩余${slot.remaining}个号` : `${timeText}，${stateText}`,
  };
}

/** The picked slot while it is still there and free (a refresh may have taken it). */
export function selectedSlot(
  slots: readonly Slot[],
  schedule: Schedule,
  chosenId: string | null,
): Slot | null {
  if (chosenId === null) return null;
  const slot = slots.find((candidate) => candidate.id === chosenId);
  return slot && slotRow(slot, schedule).selectable ? slot : null;
}

/** Why nothing can be picked on a schedule that is not open, or null when it is. */
export function scheduleNotice(schedule: Schedule): string | null {
  switch (schedule.status) {
    case 'open':
      return null;
    case 'full':
      return '这个时段的号已经约满，请选择其他日期或医生。';
    case 'not_released':
      return '这个时段的号还没有放出，请在放号后再来预约。';
    case 'closed':
      return `这个时段${SCHEDULE_STATUS_NAMES.closed}，请选择其他日期。`;
    case 'stopped':
      return '医生这个时段停诊，请选择其他日期或医生。';
  }
}

/**
 * Whether to offer the waitlist (候补): the schedule is full for this channel, or open with no slot left
 * to pick. The platform decides in the end (WAITLIST_NOT_NEEDED, WAITLIST_CLOSED).
 */
export function canJoinWaitlist(schedule: Schedule, slots: readonly Slot[]): boolean {
  if (schedule.status === 'full') return true;
  return (
    schedule.status === 'open' &&
    slots.length > 0 &&
    slots.every((slot) => !slotRow(slot, schedule).selectable)
  );
}

export interface SummaryLine {
  label: string;
  value: string;
}

/**
 * 就诊信息: what the resident is about to book, one line per fact. Without a slot (joining the waitlist of a
 * full schedule) the time is the schedule's half-day.
 */
export function visitSummary(schedule: Schedule, slot: Slot | null, hospitalName: string): SummaryLine[] {
  const time = slot ?? schedule;
  return [
    { label: '医院', value: hospitalName },
    { label: '科室', value: schedule.departmentName },
    { label: '医生', value: `${schedule.doctorName} ${schedule.doctorTitleName}` },
    { label: '就诊日期', value: `${visitDateText(schedule.date)} ${PERIOD_NAMES[schedule.period]}` },
    { label: '就诊时段', value: formatSlotTime(time.startTime, time.endTime) },
    { label: '号别', value: REGISTRATION_TYPE_NAMES[schedule.registrationType] },
    { label: '挂号费', value: formatYuan(schedule.feeFen) },
  ];
}
