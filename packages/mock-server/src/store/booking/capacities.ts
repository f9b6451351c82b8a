// Slot capacities set by the back office (the control API), for tests that need a slot of a known size,
// e.g. 500 concurrent holds on one slot. A slot given a capacity starts with every place free, split into
// the hospital's pools like any other; all other slots stay as the seed made them.
import type { ChannelQuota } from '../../contract/wire';
import { poolCapacities } from './pools';
import type { ScheduleRecord } from './records';

export class SlotCapacities {
  private readonly bySlot = new Map<string, number>();

  set(slotId: string, capacity: number): void {
    this.bySlot.set(slotId, capacity);
  }

  /** The schedule with its slots' capacities as set (the same record when none was). */
  apply(schedule: ScheduleRecord, quotas: readonly ChannelQuota[]): ScheduleRecord {
    if (this.bySlot.size === 0 || !schedule.slots.some((slot) => this.bySlot.has(slot.id))) return schedule;
    return {
      ...schedule,
      slots: schedule.slots.map((slot) => {
        const capacity = this.bySlot.get(slot.id);
        if (capacity === undefined) return slot;
        const pools = poolCapacities(capacity, quotas);
        return { ...slot, capacity, pools, seededRemaining: pools };
      }),
    };
  }
}
