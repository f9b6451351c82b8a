// Finding a slot: booking policy, doctors, calendars, schedules, slots, search and the earliest free
// slots. Thin: the rules live in store/booking/*. Every answer is for the caller's X-Yika-Channel.
import { defineOperation } from '../http/operation';

export const bookingOperations = [
  defineOperation('getBookingPolicy', ({ store, params }) => ({
    status: 200,
    body: store.slots.policy(params.hospitalId),
  })),

  defineOperation('listDepartmentDoctors', ({ store, params }) => ({
    status: 200,
    body: { data: store.slots.departmentDoctors(params.departmentId) },
  })),

  defineOperation('getDepartmentCalendar', ({ store, params, query, channel }) => ({
    status: 200,
    body: { data: store.slots.departmentCalendar(params.departmentId, channel, query.from) },
  })),

  defineOperation('listDepartmentSchedules', ({ store, params, query, channel }) => ({
    status: 200,
    body: { data: store.slots.departmentSchedules(params.departmentId, query.date, channel) },
  })),

  defineOperation('getDoctor', ({ store, params }) => ({
    status: 200,
    body: store.slots.doctor(params.doctorId),
  })),

  defineOperation('getDoctorCalendar', ({ store, params, query, channel }) => ({
    status: 200,
    body: { data: store.slots.doctorCalendar(params.doctorId, channel, query.from) },
  })),

  defineOperation('listDoctorSchedules', ({ store, params, query, channel }) => ({
    status: 200,
    body: { data: store.slots.doctorSchedules(params.doctorId, channel, query.from) },
  })),

  defineOperation('listScheduleSlots', ({ store, params, channel }) => ({
    status: 200,
    body: store.slots.scheduleSlots(params.scheduleId, channel),
  })),

  defineOperation('searchRegion', ({ store, query }) => ({
    status: 200,
    body: store.slots.search(query),
  })),

  defineOperation('findEarliestSlots', ({ store, query, channel }) => ({
    status: 200,
    body: { data: store.slots.earliest(query, channel) },
  })),
];
