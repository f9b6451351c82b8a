// The records behind finding a slot. Doctors are seeded; schedules (排班) and their time slots (分时段) are
// generated on demand from (seed, doctor, date), so none of them is stored: only what changes later (the
// inventory's counts) is.
import type { DoctorTitle, Period, RegistrationType } from '../../contract/wire';

/** Half-days in the order of the day. */
export const PERIOD_ORDER: readonly Period[] = ['morning', 'afternoon', 'evening'];

/** A half-day the doctor sees patients every week. */
export interface WeeklySession {
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  period: Period;
}

/** How sought-after a doctor is: decides how booked the seeded schedules are. */
export type Demand = 'hot' | 'busy' | 'normal' | 'quiet';

export interface DoctorRecord {
  id: string;
  /** Position in the seed, mixed into each schedule's random stream. */
  index: number;
  hospitalId: string;
  /** Always a leaf department (one without sub-departments). */
  departmentId: string;
  name: string;
  title: DoctorTitle;
  registrationType: RegistrationType;
  feeFen: number;
  specialty: string;
  introduction: string;
  sessions: readonly WeeklySession[];
  /** Length of one time slot: 30 min for ordinary clinics, 15-20 for experts. */
  slotMinutes: number;
  /** Patients per time slot (1-6). */
  slotCapacity: number;
  demand: Demand;
}

export interface SlotRecord {
  id: string;
  scheduleId: string;
  startMs: number;
  endMs: number;
  capacity: number;
  /** Capacity per pool: [shared, ...one per channel quota of the hospital's policy]. */
  pools: readonly number[];
  /** What the seed left free in each pool (seeded bookings came out of the shared pool). */
  seededRemaining: readonly number[];
}

export interface ScheduleRecord {
  id: string;
  doctor: DoctorRecord;
  date: string;
  period: Period;
  startMs: number;
  endMs: number;
  /** Stopped (停诊) by the hospital in the seed. */
  stopped: boolean;
  slots: readonly SlotRecord[];
}
