// The slot inventory (号源): free places per slot and pool. Seeded counts come from the generated slot
// records; only slots whose counts changed are stored. `take`, `lease` and `giveBack` are synchronous, so
// under Node's single thread each is atomic: however many holds arrive at once, a pool never goes below
// zero.
//
// A lease is a place taken until a deadline (a hold, 锁号). Expiry is lazy and exact on the platform clock:
// every read or write of a slot first returns the places of its leases whose deadline has come (now >=
// expiresAtMs), so no timer runs and no reader can see a place that is already free again as taken.
// A booking keeps its lease (`keep`): the place stays taken with no deadline until it is given back
// (a cancellation, a clinic stop).
import type { SlotRecord } from './records';

/**
 * `out`: the place is taken until the deadline; `kept`: taken for good (booked); `returned`: given back
 * (released, cancelled); `expired`: its deadline came.
 */
export type LeaseState = 'out' | 'kept' | 'returned' | 'expired';

export interface Lease {
  readonly slot: SlotRecord;
  /** The pool the place came from, and goes back to. */
  readonly pool: number;
  readonly expiresAtMs: number;
}

interface LeaseEntry extends Lease {
  state: LeaseState;
}

export class SlotInventory {
  private readonly changed = new Map<string, number[]>();
  /** Leases still out, by slot id (only slots that have any). */
  private readonly outstanding = new Map<string, Set<LeaseEntry>>();
  private readonly states = new WeakMap<Lease, LeaseEntry>();

  constructor(private readonly now: () => number) {}

  /** Free places per pool ([shared, ...quotas]). */
  remaining(slot: SlotRecord): readonly number[] {
    this.expireDue(slot.id);
    return this.changed.get(slot.id) ?? slot.seededRemaining;
  }

  /**
   * Takes one place from the first of `pools` (in order) that has one; returns that pool, or undefined
   * when all of them are empty.
   */
  take(slot: SlotRecord, pools: readonly number[]): number | undefined {
    this.expireDue(slot.id);
    const current = this.changed.get(slot.id) ?? [...slot.seededRemaining];
    const pool = pools.find((candidate) => (current[candidate] ?? 0) > 0);
    if (pool === undefined) return undefined;
    current[pool] = (current[pool] ?? 0) - 1;
    this.store(slot, current);
    return pool;
  }

  /** Takes one place like `take`, until `expiresAtMs`; undefined when the pools are empty. */
  lease(slot: SlotRecord, pools: readonly number[], expiresAtMs: number): Lease | undefined {
    const pool = this.take(slot, pools);
    if (pool === undefined) return undefined;
    const entry: LeaseEntry = { slot, pool, expiresAtMs, state: 'out' };
    const out = this.outstanding.get(slot.id) ?? new Set<LeaseEntry>();
    out.add(entry);
    this.outstanding.set(slot.id, out);
    this.states.set(entry, entry);
    return entry;
  }

  /** The lease's state now (expiring it first if its deadline has come). */
  stateOf(lease: Lease): LeaseState {
    this.expireDue(lease.slot.id);
    return this.entryOf(lease).state;
  }

  /**
   * Gives the place back (a lease still out, or a kept one); false (and nothing changes) when it is
   * already back or expired.
   */
  returnLease(lease: Lease): boolean {
    this.expireDue(lease.slot.id);
    const entry = this.entryOf(lease);
    if (entry.state !== 'out' && entry.state !== 'kept') return false;
    entry.state = 'returned';
    this.forget(entry);
    this.giveBack(entry.slot, entry.pool);
    return true;
  }

  /** Keeps a lease still out for good (it stops expiring); false (and nothing changes) when it is not out. */
  keep(lease: Lease): boolean {
    this.expireDue(lease.slot.id);
    const entry = this.entryOf(lease);
    if (entry.state !== 'out') return false;
    entry.state = 'kept';
    this.forget(entry);
    return true;
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

  /** Whether anything of the slot is taken beyond the seed (leases or bookings). */
  isTouched(slotId: string): boolean {
    this.expireDue(slotId);
    return this.changed.has(slotId) || this.outstanding.has(slotId);
  }

  /**
   * Forgets what was taken of an untouched slot's counts, for a slot whose capacity the back office
   * changed (its new record starts from its own seeded counts).
   */
  resetSlot(slotId: string): void {
    if (this.outstanding.has(slotId)) throw new RangeError(`Slot ${slotId} has places on hold`);
    this.changed.delete(slotId);
  }

  /** How many slots differ from the seed (the only ones kept in memory). */
  get changedSlots(): number {
    return this.changed.size;
  }

  private expireDue(slotId: string): void {
    const out = this.outstanding.get(slotId);
    if (!out) return;
    const now = this.now();
    for (const entry of out) {
      if (entry.expiresAtMs > now) continue;
      entry.state = 'expired';
      this.forget(entry);
      this.giveBack(entry.slot, entry.pool);
    }
  }

  private forget(entry: LeaseEntry): void {
    const out = this.outstanding.get(entry.slot.id);
    out?.delete(entry);
    if (out?.size === 0) this.outstanding.delete(entry.slot.id);
  }

  private entryOf(lease: Lease): LeaseEntry {
    const entry = this.states.get(lease);
    if (!entry) throw new Error('A lease this inventory did not give out');
    return entry;
  }

  private store(slot: SlotRecord, current: number[]): void {
    if (current.every((free, pool) => free === slot.seededRemaining[pool])) this.changed.delete(slot.id);
    else this.changed.set(slot.id, current);
  }
}
