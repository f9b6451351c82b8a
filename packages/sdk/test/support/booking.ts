// Booking fixtures shaped like the platform's answers (contract tag `booking`), typed by the wire types so
// a contract change breaks them at compile time.
import type {
  AvailabilityDay,
  BookingPolicy,
  DepartmentRef,
  Doctor,
  DoctorSummary,
  EarliestSlot,
  Hold,
  HospitalRef,
  Schedule,
  ScheduleSlots,
  SearchHit,
  Slot,
} from '../../src/types';

export const hospitalRef: HospitalRef = {
  id: 'hos_1',
  name: '明州市第一人民医院',
  levelName: '三级甲等',
  district: { code: '330203', name: '海曙区' },
};

export const departmentRef: DepartmentRef = { id: 'dep_peds', name: '儿科', kind: 'pediatrics' };

export function doctorSummary(index = 1): DoctorSummary {
  return {
    id: `doc_${index}`,
    name: `李${index}明`,
    title: 'chief',
    titleName: '主任医师',
    hospitalId: hospitalRef.id,
    hospitalName: hospitalRef.name,
    departmentId: departmentRef.id,
    departmentName: departmentRef.name,
    specialty: '小儿哮喘、反复呼吸道感染',
    registrationType: 'expert',
    feeFen: 2500,
  };
}

export const doctor: Doctor = { ...doctorSummary(), introduction: '从事儿科临床工作三十年。' };

export const schedule: Schedule = {
  id: 'sch_1',
  hospitalId: hospitalRef.id,
  departmentId: departmentRef.id,
  departmentName: departmentRef.name,
  doctorId: 'doc_1',
  doctorName: '李1明',
  doctorTitleName: '主任医师',
  date: '2026-11-24',
  period: 'morning',
  startTime: '2026-11-24T08:00:00+08:00',
  endTime: '2026-11-24T12:00:00+08:00',
  registrationType: 'expert',
  feeFen: 2500,
  capacity: 24,
  remaining: 5,
  status: 'open',
};

export const slot: Slot = {
  id: 'slot_1',
  scheduleId: schedule.id,
  startTime: '2026-11-24T08:00:00+08:00',
  endTime: '2026-11-24T08:20:00+08:00',
  capacity: 3,
  remaining: 1,
  status: 'free',
};

export const scheduleSlots: ScheduleSlots = { schedule, data: [slot] };

export const calendar: AvailabilityDay[] = [
  { date: '2026-11-23', status: 'available', remaining: 12 },
  { date: '2026-12-06', status: 'not_released', remaining: 0, releaseAt: '2026-11-23T07:00:00+08:00' },
];

export const policy: BookingPolicy = {
  hospitalId: hospitalRef.id,
  bookingWindowDays: 14,
  releaseTime: '07:00',
  bookingHours: { start: '06:00', end: '22:00' },
  holdMinutes: 10,
  cancelCutoff: { daysBefore: 1, time: '16:00' },
  limits: { perPatientPerDepartmentPerDay: 1, perPatientPerHospitalPerDay: 2, perAccountPerMonth: 8 },
  noShowBan: { count: 3, windowDays: 90, banDays: 90 },
  channelQuotas: [{ channels: ['window', 'kiosk'], percent: 20 }],
};

export const earliestSlot: EarliestSlot = {
  hospital: hospitalRef,
  department: departmentRef,
  doctor: doctorSummary(),
  schedule,
  slot,
};

export function doctorHit(index: number): SearchHit {
  return { type: 'doctor', hospital: hospitalRef, department: departmentRef, doctor: doctorSummary(index) };
}

export function departmentHit(name: string): SearchHit {
  return {
    type: 'department',
    hospital: hospitalRef,
    department: { ...departmentRef, id: `dep_${name}`, name },
  };
}

export function hold(overrides: Partial<Hold> = {}): Hold {
  return {
    id: 'hld_1',
    status: 'held',
    cardRef: 'crd_1',
    patientName: '王*明',
    channel: 'wechat-miniapp',
    feeFen: schedule.feeFen,
    schedule,
    slot,
    createdAt: '2026-11-23T08:00:00+08:00',
    expiresAt: '2026-11-23T08:10:00+08:00',
    ...overrides,
  };
}
