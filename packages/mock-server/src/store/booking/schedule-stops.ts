// Clinic stops (停诊) the hospitals made at run time. Schedules are generated, never stored, so a stop is
// kept here by schedule id and laid over every generated copy of the schedule (as the back office's slot
// capacities are); seeded stops come with the generated record itself.
import type { ClinicStop } from '../../contract/wire';
import type { ScheduleRecord } from './records';

export class ScheduleStops {
  private readonly byId = new Map<string, ClinicStop>();

  /** The first stop of the schedule, if a hospital stopped it. */
  get(scheduleId: string): ClinicStop | undefined {
    return this.byId.get(scheduleId);
  }

  record(stop: ClinicStop): void {
    if (this.byId.has(stop.scheduleId))
      throw new RangeError(`Schedule ${stop.scheduleId} is stopped already`);
    this.byId.set(stop.scheduleId, stop);
  }

  /** The schedule as stopped when a hospital stopped it (the same record otherwise). */
  apply(schedule: ScheduleRecord): ScheduleRecord {
    return !schedule.stopped && this.byId.has(schedule.id) ? { ...schedule, stopped: true } : schedule;
  }
}
