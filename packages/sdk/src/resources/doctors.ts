// client.doctors: who sees patients in a department, one doctor's details, and their availability over
// the booking window. Public data: no sign-in needed. Availability answers for the client's channel.
import type { components } from '../generated/openapi';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type { AvailabilityDay, Doctor, DoctorSummary, FromDateParams, Schedule } from '../types';
import { departmentPath, doctorPath } from './paths';

type Schemas = components['schemas'];

export class DoctorsResource {
  constructor(private readonly sender: RequestSender) {}

  /** The department's doctors, its sub-departments' included: chief physicians first, then by name. */
  async list(departmentId: string, options?: RequestOptions): Promise<DoctorSummary[]> {
    const list = await this.sender.request<Schemas['DoctorList']>(
      { method: 'GET', path: `${departmentPath(departmentId)}/doctors`, auth: 'none' },
      options,
    );
    return list.data;
  }

  /** One doctor, with the introduction (简介). */
  get(doctorId: string, options?: RequestOptions): Promise<Doctor> {
    return this.sender.request<Doctor>({ method: 'GET', path: doctorPath(doctorId), auth: 'none' }, options);
  }

  /** One entry per day from `from` (default today, Asia/Shanghai) to the end of the booking window. */
  async calendar(
    doctorId: string,
    params?: FromDateParams,
    options?: RequestOptions,
  ): Promise<AvailabilityDay[]> {
    const calendar = await this.sender.request<Schemas['AvailabilityCalendar']>(
      { method: 'GET', path: `${doctorPath(doctorId)}/calendar`, query: params, auth: 'none' },
      options,
    );
    return calendar.data;
  }

  /** The doctor's schedules (排班) from `from` (default today) over the booking window, by date and period. */
  async schedules(doctorId: string, params?: FromDateParams, options?: RequestOptions): Promise<Schedule[]> {
    const list = await this.sender.request<Schemas['ScheduleList']>(
      { method: 'GET', path: `${doctorPath(doctorId)}/schedules`, query: params, auth: 'none' },
      options,
    );
    return list.data;
  }
}
