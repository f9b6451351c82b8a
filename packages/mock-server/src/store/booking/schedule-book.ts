// Where schedules come from: generated on demand from (seed, doctor, date) with the hospital's channel
// quotas, never stored. An id is looked up by parsing it back into its doctor, date and half-day.
import { generateSchedules } from '../seed/schedules';
import { SlotCapacities } from './capacities';
import type { DoctorDirectory } from './doctors';
import { parseScheduleId } from './ids';
import type { BookingPolicies } from './policy';
import type { DoctorRecord, ScheduleRecord } from './records';
import { ScheduleStops } from './schedule-stops';
import type { BookingWindow } from './window';

export class ScheduleBook {
  private generatedCount = 0;
  /** Capacities the back office set (none in the seed). */
  readonly capacities = new SlotCapacities();
  /** Clinic stops the hospitals made (seeded ones are in the generated records). */
  readonly stops = new ScheduleStops();

  constructor(
    private readonly seed: number,
    private readonly policies: BookingPolicies,
    private readonly doctors: () => DoctorDirectory,
  ) {}

  /** The doctor's schedules on a date, morning first. */
  on(doctor: DoctorRecord, date: string): ScheduleRecord[] {
    const quotas = this.policies.rules(doctor.hospitalId).channelQuotas;
    const schedules = generateSchedules(this.seed, doctor, date, quotas).map((schedule) =>
      this.stops.apply(this.capacities.apply(schedule, quotas)),
    );
    this.generatedCount += schedules.length;
    return schedules;
  }

  /**
   * The schedule an id names, if the doctor works that half-day and the date is not beyond the
   * hospital's booking window (past schedules stay readable: bookings refer to them).
   */
  find(scheduleId: string, windowOf: (hospitalId: string) => BookingWindow): ScheduleRecord | undefined {
    const key = parseScheduleId(scheduleId);
    const doctor = key && this.doctors().get(key.doctorId);
    if (!key || !doctor || key.date > windowOf(doctor.hospitalId).lastDate) return undefined;
    return this.on(doctor, key.date).find((schedule) => schedule.period === key.period);
  }

  /** How many schedules have been generated so far (they are cheap to make again, so none is kept). */
  get generated(): number {
    return this.generatedCount;
  }
}
