// client.schedules: a department's day of schedules (排班) and its calendar, the time slots (分时段) of
// one schedule, and the region-wide "earliest free slot" for a kind of department. Public data: no
// sign-in needed. `remaining` and statuses answer for the client's channel (some capacity is kept for
// the hospital window and kiosks).
import type { components } from '../generated/openapi';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type {
  AvailabilityDay,
  EarliestSlot,
  EarliestSlotParams,
  FromDateParams,
  Schedule,
  ScheduleSlots,
} from '../types';
import { departmentPath, schedulePath } from './paths';

type Schemas = components['schemas'];

export class SchedulesResource {
  constructor(private readonly sender: RequestSender) {}

  /** Every doctor's schedule in the department on `date` (`YYYY-MM-DD`): morning first, then by title. */
  async forDepartment(departmentId: string, date: string, options?: RequestOptions): Promise<Schedule[]> {
    const list = await this.sender.request<Schemas['ScheduleList']>(
      { method: 'GET', path: `${departmentPath(departmentId)}/schedules`, query: { date }, auth: 'none' },
      options,
    );
    return list.data;
  }

  /** The department's availability, one entry per day from `from` (default today) to the window's end. */
  async departmentCalendar(
    departmentId: string,
    params?: FromDateParams,
    options?: RequestOptions,
  ): Promise<AvailabilityDay[]> {
    const calendar = await this.sender.request<Schemas['AvailabilityCalendar']>(
      { method: 'GET', path: `${departmentPath(departmentId)}/calendar`, query: params, auth: 'none' },
      options,
    );
    return calendar.data;
  }

  /** The schedule and its time slots in time order, with what remains of each. */
  slots(scheduleId: string, options?: RequestOptions): Promise<ScheduleSlots> {
    return this.sender.request<ScheduleSlots>(
      { method: 'GET', path: `${schedulePath(scheduleId)}/slots`, auth: 'none' },
      options,
    );
  }

  /**
   * The soonest free, released slots for a department kind (e.g. `pediatrics` 儿科) in any hospital of the
   * region (or one `district`), soonest first, at most one per schedule; `limit` defaults to 10.
   */
  async earliest(params: EarliestSlotParams, options?: RequestOptions): Promise<EarliestSlot[]> {
    const list = await this.sender.request<Schemas['EarliestSlotList']>(
      { method: 'GET', path: '/v1/earliest-slots', query: params, auth: 'none' },
      options,
    );
    return list.data;
  }
}
