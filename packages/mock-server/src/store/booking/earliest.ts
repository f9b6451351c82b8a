// "Earliest available" (最早可约) across the region: for a department kind (and optionally a district),
// the soonest slots any hospital still has free for this channel, soonest first, at most one per schedule
// so one doctor cannot fill the list. Walks the days in order and stops after the first day that brings
// the list to `limit`: no later day can hold an earlier slot. `from` skips the days before it.
import { addDays } from '@yika/sdk/domain';
import type { Channel, DepartmentKind, EarliestSlot } from '../../contract/wire';
import { validationFailed } from '../errors';
import { isBookable, scheduleState, slotFree, type ChannelView } from './availability';
import type { BookingModel } from './model';
import type { ScheduleRecord, SlotRecord } from './records';
import { isRealCalendarDate } from './time';
import { departmentRef, doctorSummary, hospitalRef, scheduleView, slotView } from './views';

export const DEFAULT_EARLIEST_LIMIT = 10;

export interface EarliestQuery {
  departmentKind: DepartmentKind;
  district?: string;
  /** First day to look at; before today means today. */
  from?: string;
  limit?: number;
}

interface Candidate {
  schedule: ScheduleRecord;
  slot: SlotRecord;
  view: ChannelView;
}

export function findEarliest(model: BookingModel, query: EarliestQuery, channel: Channel): EarliestSlot[] {
  const limit = query.limit ?? DEFAULT_EARLIEST_LIMIT;
  if (query.from !== undefined && !isRealCalendarDate(query.from)) {
    throw validationFailed('query.from', 'is not a real calendar date');
  }
  const nowMs = model.clock.now();
  const doctors = model.doctors.ofKind(query.departmentKind, query.district);
  const views = new Map<string, ChannelView>();
  const viewOf = (hospitalId: string): ChannelView => {
    let view = views.get(hospitalId);
    if (!view) views.set(hospitalId, (view = model.view(hospitalId, channel, nowMs)));
    return view;
  };
  const windows = doctors.map((doctor) => viewOf(doctor.hospitalId).window);
  const today = windows[0]?.today;
  const start = today !== undefined && query.from !== undefined && query.from > today ? query.from : today;
  const horizon = windows.reduce((last, window) => (window.lastDate > last ? window.lastDate : last), '');

  const found: Candidate[] = [];
  for (
    let date = start;
    date !== undefined && date <= horizon && found.length < limit;
    date = addDays(date, 1)
  ) {
    for (const doctor of doctors) {
      const view = viewOf(doctor.hospitalId);
      if (!view.window.released(date)) continue;
      for (const schedule of model.schedules.on(doctor, date)) {
        if (!isBookable(schedule, view)) continue;
        const slot = schedule.slots.find((candidate) => slotFree(schedule, candidate, view) > 0);
        if (slot) found.push({ schedule, slot, view });
      }
    }
  }
  return found
    .sort((a, b) => a.slot.startMs - b.slot.startMs || (a.schedule.id < b.schedule.id ? -1 : 1))
    .slice(0, limit)
    .map(({ schedule, slot, view }) => {
      const entry = model.departments.require(schedule.doctor.departmentId);
      return {
        hospital: hospitalRef(entry.hospital),
        department: departmentRef(entry.department),
        doctor: doctorSummary(schedule.doctor, entry),
        schedule: scheduleView(schedule, entry, scheduleState(schedule, view)),
        slot: slotView(slot, slotFree(schedule, slot, view)),
      };
    });
}
