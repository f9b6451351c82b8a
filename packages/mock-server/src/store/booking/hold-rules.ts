// When a slot may be held (锁号), checked in the contract's order before anything is taken: the schedule
// must be open to this channel (released, not stopped, not over, the slot not begun), then the clock must
// be inside the hospital's booking hours (Asia/Shanghai), and the patient must not be banned for
// no-shows (爽约). Holds, waitlist offers and hospital bookings all pass through these checks.
import { shanghaiDate, toShanghaiIso } from '@yika/sdk/domain';
import { PlatformError } from '../errors';
import { isBookable, type ChannelView } from './availability';
import type { PolicyRules } from './policy';
import type { NoShowBanRule } from './standing';
import type { ScheduleRecord, SlotRecord } from './records';
import { minutesOfDay, shanghaiMinuteOfDay } from './time';

export function requireHoldable(
  schedule: ScheduleRecord,
  slot: SlotRecord,
  view: ChannelView,
  rules: Pick<PolicyRules, 'bookingHours'>,
  /** The platform's own offers (a freed place for the waitlist) are made at any hour. */
  options: { anyHour?: boolean } = {},
): void {
  const nowMs = view.window.nowMs;
  if (!isBookable(schedule, view) || slot.startMs <= nowMs) throw new PlatformError('SCHEDULE_NOT_OPEN');
  if (!options.anyHour && !withinBookingHours(rules.bookingHours, nowMs))
    throw new PlatformError('BOOKING_CLOSED');
}

/** From `start` (inclusive) to `end` (exclusive), on the Shanghai clock. */
export function withinBookingHours(hours: PolicyRules['bookingHours'], nowMs: number): boolean {
  const minute = shanghaiMinuteOfDay(nowMs);
  return minute >= minutesOfDay(hours.start) && minute < minutesOfDay(hours.end);
}

/** Throws 409 BANNED_FOR_NO_SHOW, naming the day the ban ends, while the patient is banned. */
export function requireNotBanned(bannedUntilMs: number | undefined, rule: NoShowBanRule): void {
  if (bannedUntilMs === undefined) return;
  const [year, month, day] = shanghaiDate(bannedUntilMs).split('-').map(Number);
  throw new PlatformError('BANNED_FOR_NO_SHOW', {
    details: [{ field: 'bannedUntil', issue: toShanghaiIso(bannedUntilMs) }],
    message: `因近${rule.windowDays}天内爽约${rule.count}次，${year}年${month}月${day}日前不能预约挂号`,
  });
}
