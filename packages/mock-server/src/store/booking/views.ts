// How hospitals, departments, doctors, schedules and slots look on the wire.
import type {
  Department,
  DepartmentRef,
  Doctor,
  DoctorSummary,
  HospitalRef,
  Schedule,
  Slot,
} from '../../contract/wire';
import type { HospitalRecord } from '../seed/build';
import type { ScheduleState } from './availability';
import type { DepartmentEntry } from './departments';
import type { DoctorRecord, ScheduleRecord, SlotRecord } from './records';
import { shanghaiIso } from './time';
import { TITLE_NAMES } from './titles';

export function hospitalRef(hospital: HospitalRecord): HospitalRef {
  return {
    id: hospital.id,
    name: hospital.name,
    levelName: hospital.levelName,
    district: { ...hospital.district },
  };
}

export function departmentRef(department: Department): DepartmentRef {
  return { id: department.id, name: department.name, kind: department.kind };
}

export function doctorSummary(doctor: DoctorRecord, entry: DepartmentEntry): DoctorSummary {
  return {
    id: doctor.id,
    name: doctor.name,
    title: doctor.title,
    titleName: TITLE_NAMES[doctor.title],
    hospitalId: entry.hospital.id,
    hospitalName: entry.hospital.name,
    departmentId: entry.department.id,
    departmentName: entry.department.name,
    specialty: doctor.specialty,
    registrationType: doctor.registrationType,
    feeFen: doctor.feeFen,
  };
}

export function doctorView(doctor: DoctorRecord, entry: DepartmentEntry): Doctor {
  return { ...doctorSummary(doctor, entry), introduction: doctor.introduction };
}

export function scheduleView(
  schedule: ScheduleRecord,
  entry: DepartmentEntry,
  state: ScheduleState,
): Schedule {
  const { doctor } = schedule;
  return {
    id: schedule.id,
    hospitalId: entry.hospital.id,
    departmentId: entry.department.id,
    departmentName: entry.department.name,
    doctorId: doctor.id,
    doctorName: doctor.name,
    doctorTitleName: TITLE_NAMES[doctor.title],
    date: schedule.date,
    period: schedule.period,
    startTime: shanghaiIso(schedule.startMs),
    endTime: shanghaiIso(schedule.endMs),
    registrationType: doctor.registrationType,
    feeFen: doctor.feeFen,
    capacity: schedule.slots.reduce((sum, slot) => sum + slot.capacity, 0),
    remaining: state.remaining,
    status: state.status,
    ...(state.releaseAtMs === undefined ? {} : { releaseAt: shanghaiIso(state.releaseAtMs) }),
  };
}

export function slotView(slot: SlotRecord, free: number): Slot {
  return {
    id: slot.id,
    scheduleId: slot.scheduleId,
    startTime: shanghaiIso(slot.startMs),
    endTime: shanghaiIso(slot.endMs),
    capacity: slot.capacity,
    remaining: free,
    status: free > 0 ? 'free' : 'full',
  };
}
