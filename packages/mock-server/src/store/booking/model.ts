// The booking side of the platform's model in one bundle: policies, departments, doctors, schedules and
// the slot inventory, on the platform clock. Departments and doctors are built on first use, so creating
// a platform (which tests do hundreds of times) costs nothing here.
import type { MockClock } from '../../clock';
import type { Channel } from '../../contract/wire';
import type { HospitalDirectory } from '../hospitals';
import { PlatformError } from '../errors';
import { Lazy } from '../lazy';
import { buildSeedDoctors } from '../seed/doctors';
import { policyOverrideFor } from '../seed/policies';
import type { ChannelView } from './availability';
import { DepartmentIndex } from './departments';
import { DoctorDirectory } from './doctors';
import { SlotInventory } from './inventory';
import { parseSlotId } from './ids';
import { BookingPolicies } from './policy';
import type { ScheduleRecord, SlotRecord } from './records';
import { ScheduleBook } from './schedule-book';
import { bookingWindow, type BookingWindow } from './window';

export interface SlotInSchedule {
  schedule: ScheduleRecord;
  slot: SlotRecord;
}

export interface BookingModelOptions {
  seed: number;
  clock: MockClock;
  hospitals: HospitalDirectory;
}

export interface Materialised {
  departments: boolean;
  doctors: boolean;
  /** Schedules generated so far (each on demand; none kept). */
  schedulesGenerated: number;
  /** Slots whose counts differ from the seed (the only ones stored). */
  changedSlots: number;
}

export class BookingModel {
  readonly clock: MockClock;
  readonly hospitals: HospitalDirectory;
  readonly policies: BookingPolicies;
  readonly schedules: ScheduleBook;
  readonly inventory: SlotInventory;
  private readonly departmentIndex: Lazy<DepartmentIndex>;
  private readonly doctorDirectory: Lazy<DoctorDirectory>;

  constructor({ seed, clock, hospitals }: BookingModelOptions) {
    this.clock = clock;
    this.hospitals = hospitals;
    this.inventory = new SlotInventory(() => clock.now());
    const records = hospitals.all();
    this.policies = new BookingPolicies(
      records.map((hospital) => hospital.id),
      new Map(records.map((hospital) => [hospital.id, policyOverrideFor(hospital)])),
    );
    this.departmentIndex = new Lazy(() => new DepartmentIndex(hospitals.all()));
    this.doctorDirectory = new Lazy(
      () => new DoctorDirectory(buildSeedDoctors(seed, hospitals.all()), this.departments),
    );
    this.schedules = new ScheduleBook(seed, this.policies, () => this.doctors);
  }

  get departments(): DepartmentIndex {
    return this.departmentIndex.value;
  }

  get doctors(): DoctorDirectory {
    return this.doctorDirectory.value;
  }

  /** The hospital's booking window at `nowMs` (default: the clock's now). */
  window(hospitalId: string, nowMs: number = this.clock.now()): BookingWindow {
    return bookingWindow(this.policies.rules(hospitalId), nowMs);
  }

  /** What `channel` sees of the hospital at `nowMs`. */
  view(hospitalId: string, channel: Channel, nowMs: number = this.clock.now()): ChannelView {
    return {
      channel,
      window: this.window(hospitalId, nowMs),
      quotas: this.policies.rules(hospitalId).channelQuotas,
      inventory: this.inventory,
    };
  }

  /** The slot an id names and its schedule, or undefined when the platform never gave it out. */
  findSlot(slotId: string, nowMs: number = this.clock.now()): SlotInSchedule | undefined {
    const key = parseSlotId(slotId);
    const schedule =
      key && this.schedules.find(key.scheduleId, (hospitalId) => this.window(hospitalId, nowMs));
    const slot = schedule?.slots[key?.index ?? -1];
    return schedule && slot?.id === slotId ? { schedule, slot } : undefined;
  }

  /**
   * Back office: gives a slot `capacity` places, all free (tests of contended holds need a known size).
   * Refused once anything of the slot is taken, so no hold can lose its place.
   */
  setSlotCapacity(slotId: string, capacity: number): SlotInSchedule {
    if (!Number.isSafeInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a whole number from 1');
    if (!this.findSlot(slotId)) throw new PlatformError('NOT_FOUND');
    if (this.inventory.isTouched(slotId)) throw new RangeError('places of this slot are taken already');
    this.inventory.resetSlot(slotId);
    this.schedules.capacities.set(slotId, capacity);
    const found = this.findSlot(slotId);
    if (!found) throw new Error('The slot vanished while its capacity was set');
    return found;
  }

  /** What has been built or stored so far (tests check that the model stays lazy). */
  materialised(): Materialised {
    return {
      departments: this.departmentIndex.isBuilt,
      doctors: this.doctorDirectory.isBuilt,
      schedulesGenerated: this.schedules.generated,
      changedSlots: this.inventory.changedSlots,
    };
  }
}
