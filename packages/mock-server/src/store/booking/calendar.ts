// One day of an availability calendar (号源日历) from the states of that day's schedules: `none` when no
// schedule can still take anyone (none at all, all stopped or over), `not_released` before the day's
// release, else `available` with what the channel can book, or `full`.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { AvailabilityDay } from '../../contract/wire';
import type { ScheduleState } from './availability';
import type { BookingWindow } from './window';

export function availabilityDay(
  date: string,
  states: readonly ScheduleState[],
  window: BookingWindow,
): AvailabilityDay {
  const live = states.filter((state) => state.status !== 'closed' && state.status !== 'stopped');
  if (live.length === 0) return { date, status: 'none', remaining: 0 };
  if (!window.released(date)) {
    return { date, status: 'not_released', remaining: 0, releaseAt: toShanghaiIso(window.releaseAtMs) };
  }
  const remaining = live.reduce((sum, state) => sum + state.remaining, 0);
  return { date, status: remaining > 0 ? 'available' : 'full', remaining };
}
