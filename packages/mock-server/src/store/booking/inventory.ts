// The slot inventory (号源): free places per slot and pool. Seeded counts come from the generated slot
// records; only slots whose counts changed are stored. `take` and `giveBack` are synchronous, so under
// Node's single thread each is atomic: however many holds arrive at once, a pool never goes below zero
// (the next part builds holds, 锁号, and bookings on exactly these two calls).
import type { SlotRecord } from './records';

export class SlotInventory {
  private readonly changed = new Map<string, number[]>();

  /** Free places per pool ([shared, ...quotas]). */
  remaining(slot: SlotRecord): readonly number[] {
    return this.changed.get(slot.id) ?? slot.seededRemaining;
  }

  /**
   * Takes one place from the first of `pools` (in order) that has one; returns that pool, or undefined
   * when all of them are empty.
   */
  take(slot: SlotRecord, pools: readonly number[]): number | undefined {
    const current = this.changed.get(slot.id) ?? [...slot.seededRemaining];
    const pool = pools.find((candidate) => (current[candidate] ?? 0) > 0);
    if (pool === undefined) return undefined;
    current[pool] = (current[pool] ?? 0) - 1;
    this.store(slot, current);
    return pool;
  }

  /** Returns one place to the pool it was taken from (an expired hold, a cancellation). */
  giveBack(slot: SlotRecord, pool: number): void {
    const current = this.changed.get(slot.id) ?? [...slot.seededRemaining];
    const free = current[pool];
    if (free === undefined || free >= (slot.pools[pool] ?? 0)) {
      throw new RangeError(`Slot ${slot.id} pool ${pool} has nothing out to give back`);
    }
    current[pool] = free + 1;
    this.store(slot, current);
  }

  /** How many slots differ from the seed (the only ones kept in memory). */
  get changedSlots(): number {
    return this.changed.size;
  }

  private store(slot: SlotRecord, current: number[]): void {
    if (current.every((free, pool) => free === slot.seededRemaining[pool])) this.changed.delete(slot.id);
    else this.changed.set(slot.id, current);
  }
}
