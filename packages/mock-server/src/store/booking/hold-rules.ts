// When a slot may be held (锁号), checked in the contract's order before anything is taken: the schedule
// must be open to this channel (released, not stopped, not over, the slot not begun), then the clock must
// be inside the hospital's booking hours (Asia/Shanghai).
import { shanghaiDate } from '@yika/sdk/domain';
import { PlatformError } from '../errors';
import { isBookable, type ChannelView } from './availability';
import type { PolicyRules } from './policy';
import type { ScheduleRecord, SlotRecord } from './records';
import { atShanghai, MINUTE_MS, minutesOfDay } from './time';

export function requireHoldable(
  schedule: ScheduleRecord,
  slot: SlotRecord,
  view: ChannelView,
  rules: Pick<PolicyRules, 'bookingHours'>,
): void {
  const nowMs = view.window.nowMs;
  if (!isBookable(schedule, view) || slot.startMs <= nowMs) throw new PlatformError('SCHEDULE_NOT_OPEN');
  if (!withinBookingHours(rules.bookingHours, nowMs)) throw new PlatformError('BOOKING_CLOSED');
}

/** From `start` (inclusive) to `end` (exclusive), on the Shanghai clock. */
export function withinBookingHours(hours: PolicyRules['bookingHours'], nowMs: number): boolean {
  const minute = Math.floor((nowMs - atShanghai(shanghaiDate(nowMs), 0)) / MINUTE_MS);
  return minute >= minutesOfDay(hours.start) && minute < minutesOfDay(hours.end);
}
