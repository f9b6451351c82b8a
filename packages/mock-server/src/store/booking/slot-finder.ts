// Finding a slot (查号): the read side of booking, as the API answers it. Every answer is for the caller's
// channel (its quotas) at the clock's now; dates asked for must lie in the hospital's booking window.
import type {
  AvailabilityDay,
  BookingPolicy,
  Channel,
  Doctor,
  DoctorSummary,
  EarliestSlot,
  Schedule,
  ScheduleSlots,
  SearchPage,
} from '../../contract/wire';
import { PlatformError } from '../errors';
import { scheduleState, slotFree, type ChannelView } from './availability';
import { availabilityDay } from './calendar';
import type { DepartmentEntry } from './departments';
import { compareDoctors } from './doctors';
import { findEarliest, type EarliestQuery } from './earliest';
import type { BookingModel } from './model';
import { PERIOD_ORDER, type DoctorRecord, type ScheduleRecord } from './records';
import { searchRegion, type SearchQuery } from './search';
import { doctorSummary, doctorView, scheduleView, slotView } from './views';
import { requireDateInWindow } from './window';

export class SlotFinder {
  constructor(private readonly model: BookingModel) {}

  policy(hospitalId: string): BookingPolicy {
    return this.model.policies.get(hospitalId);
  }

  departmentDoctors(departmentId: string): DoctorSummary[] {
    return this.model.doctors
      .inDepartment(departmentId)
      .map((doctor) => doctorSummary(doctor, this.entryOf(doctor)));
  }

  /** One day per date from `from` (default today) to the end of the window, sub-departments included. */
  departmentCalendar(departmentId: string, channel: Channel, from?: string): AvailabilityDay[] {
    const { hospital } = this.model.departments.require(departmentId);
    return this.calendar(hospital.id, this.model.doctors.inDepartment(departmentId), channel, from);
  }

  /** Every schedule of the department (and its sub-departments) on `date`: by half-day, then chiefs first. */
  departmentSchedules(departmentId: string, date: string, channel: Channel): Schedule[] {
    const { hospital } = this.model.departments.require(departmentId);
    const view = this.model.view(hospital.id, channel);
    requireDateInWindow(view.window, date, 'query.date');
    return this.model.doctors
      .inDepartment(departmentId)
      .flatMap((doctor) => this.model.schedules.on(doctor, date))
      .sort(
        (a, b) =>
          PERIOD_ORDER.indexOf(a.period) - PERIOD_ORDER.indexOf(b.period) ||
          compareDoctors(a.doctor, b.doctor),
      )
      .map((schedule) => this.scheduleOf(schedule, view));
  }

  doctor(doctorId: string): Doctor {
    const doctor = this.model.doctors.require(doctorId);
    return doctorView(doctor, this.entryOf(doctor));
  }

  doctorCalendar(doctorId: string, channel: Channel, from?: string): AvailabilityDay[] {
    const doctor = this.model.doctors.require(doctorId);
    return this.calendar(doctor.hospitalId, [doctor], channel, from);
  }

  /** The doctor's schedules from `from` (default today) to the end of the window, by date and half-day. */
  doctorSchedules(doctorId: string, channel: Channel, from?: string): Schedule[] {
    const doctor = this.model.doctors.require(doctorId);
    const view = this.model.view(doctor.hospitalId, channel);
    const first =
      from === undefined ? view.window.today : requireDateInWindow(view.window, from, 'query.from');
    return view.window
      .datesFrom(first)
      .flatMap((date) => this.model.schedules.on(doctor, date))
      .map((schedule) => this.scheduleOf(schedule, view));
  }

  scheduleSlots(scheduleId: string, channel: Channel): ScheduleSlots {
    const nowMs = this.model.clock.now();
    const schedule = this.model.schedules.find(scheduleId, (hospitalId) =>
      this.model.window(hospitalId, nowMs),
    );
    if (!schedule) throw new PlatformError('NOT_FOUND');
    const view = this.model.view(schedule.doctor.hospitalId, channel, nowMs);
    return {
      schedule: this.scheduleOf(schedule, view),
      data: schedule.slots.map((slot) => slotView(slot, slotFree(schedule, slot, view))),
    };
  }

  search(query: SearchQuery): SearchPage {
    return searchRegion(this.model, query);
  }

  earliest(query: EarliestQuery, channel: Channel): EarliestSlot[] {
    return findEarliest(this.model, query, channel);
  }

  private calendar(
    hospitalId: string,
    doctors: readonly DoctorRecord[],
    channel: Channel,
    from: string | undefined,
  ): AvailabilityDay[] {
    const view = this.model.view(hospitalId, channel);
    const first =
      from === undefined ? view.window.today : requireDateInWindow(view.window, from, 'query.from');
    return view.window.datesFrom(first).map((date) =>
      availabilityDay(
        date,
        doctors.flatMap((doctor) =>
          this.model.schedules.on(doctor, date).map((schedule) => scheduleState(schedule, view)),
        ),
        view.window,
      ),
    );
  }

  private scheduleOf(schedule: ScheduleRecord, view: ChannelView): Schedule {
    return scheduleView(schedule, this.entryOf(schedule.doctor), scheduleState(schedule, view));
  }

  private entryOf(doctor: DoctorRecord): DepartmentEntry {
    return this.model.departments.require(doctor.departmentId);
  }
}
