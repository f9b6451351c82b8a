// Helpers for the booking tests: find seeded hospitals, departments and schedules with some property
// through the model (the seed decides which exist), then look at them through the API.
import { addDays } from '@yika/sdk/domain';
import type { Platform } from '../../src';
import type { Department } from '../../src/contract/wire';
import type { DoctorRecord, ScheduleRecord } from '../../src/store/booking/records';
import type { HospitalRecord } from '../../src/store/seed/build';

export function flattenDepartments(departments: readonly Department[]): Department[] {
  return departments.flatMap((department) => [department, ...flattenDepartments(department.children)]);
}

export function hospitalNamed(platform: Platform, name: string): HospitalRecord {
  const hospital = platform.store.hospitals.all().find((candidate) => candidate.name === name);
  if (!hospital) throw new Error(`No seeded hospital ${name}`);
  return hospital;
}

export function departmentNamed(hospital: HospitalRecord, name: string): Department {
  const department = flattenDepartments(hospital.departments).find((candidate) => candidate.name === name);
  if (!department) throw new Error(`${hospital.name} has no ${name}`);
  return department;
}

export interface ScheduleSearch {
  /** First date to look at. */
  from: string;
  days: number;
  doctors?: (doctor: DoctorRecord) => boolean;
}

/** The first seeded schedule (by doctor, then date) that satisfies `matches`. */
export function findSchedule(
  platform: Platform,
  search: ScheduleSearch,
  matches: (schedule: ScheduleRecord) => boolean,
): ScheduleRecord {
  const model = platform.store.bookingModel;
  for (const doctor of model.doctors.all()) {
    if (search.doctors && !search.doctors(doctor)) continue;
    for (let day = 0; day < search.days; day++) {
      const found = model.schedules.on(doctor, addDays(search.from, day)).find(matches);
      if (found) return found;
    }
  }
  throw new Error('No seeded schedule matches');
}

/** Every seeded schedule on the dates, for the doctors. */
export function schedulesOn(
  platform: Platform,
  doctors: readonly DoctorRecord[],
  dates: readonly string[],
): ScheduleRecord[] {
  const model = platform.store.bookingModel;
  return doctors.flatMap((doctor) => dates.flatMap((date) => model.schedules.on(doctor, date)));
}

export const query = (params: Record<string, string | number | undefined>): string =>
  Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
