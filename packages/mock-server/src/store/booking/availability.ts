// What a channel sees at a moment: a schedule's status (open / full / not_released / closed / stopped)
// and how many places it can still book, per slot and per schedule. A slot that has begun cannot be
// booked any more, so it counts as nothing left.
import type { Channel, ChannelQuota, ScheduleStatus } from '../../contract/wire';
import type { SlotInventory } from './inventory';
import { remainingFor } from './pools';
import type { ScheduleRecord, SlotRecord } from './records';
import type { BookingWindow } from './window';

/** One channel's view of one hospital at one moment. */
export interface ChannelView {
  channel: Channel;
  window: BookingWindow;
  quotas: readonly ChannelQuota[];
  inventory: SlotInventory;
}

export interface ScheduleState {
  status: ScheduleStatus;
  remaining: number;
  releaseAtMs?: number;
}

/** Not stopped, released, and not over yet. */
export function isBookable(schedule: ScheduleRecord, view: ChannelView): boolean {
  return !schedule.stopped && view.window.released(schedule.date) && schedule.endMs > view.window.nowMs;
}

/** Places this channel can book in the slot now (0 once it has begun or the schedule is not open). */
export function slotFree(schedule: ScheduleRecord, slot: SlotRecord, view: ChannelView): number {
  if (!isBookable(schedule, view) || slot.startMs <= view.window.nowMs) return 0;
  return remainingFor(view.channel, view.inventory.remaining(slot), view.quotas);
}

export function scheduleState(schedule: ScheduleRecord, view: ChannelView): ScheduleState {
  const { window } = view;
  if (schedule.stopped) return { status: 'stopped', remaining: 0 };
  if (schedule.date < window.today || schedule.endMs <= window.nowMs)
    return { status: 'closed', remaining: 0 };
  if (!window.released(schedule.date)) {
    return { status: 'not_released', remaining: 0, releaseAtMs: window.releaseAtMs };
  }
  const remaining = schedule.slots.reduce((sum, slot) => sum + slotFree(schedule, slot, view), 0);
  return { status: remaining > 0 ? 'open' : 'full', remaining };
}
