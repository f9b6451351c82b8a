// Appointments (预约), the waitlist (候补), no-show standing, events, and what hospitals do with bookings
// (kiosk and window bookings, check-in, clinic stops). Thin: the rules live in store/booking/*.
import { defineOperation } from '../http/operation';

/** The pipeline authenticates before a handler runs; a missing caller here is a wiring bug. */
function required(value: string | undefined, who: string): string {
  if (value === undefined) throw new Error(`An appointment operation ran without ${who}`);
  return value;
}

export const appointmentOperations = [
  defineOperation('bookAppointment', ({ store, accountId, body }) => ({
    status: 201,
    body: store.appointments.bookHold(required(accountId, 'an account'), body.holdId),
  })),

  defineOperation('listAppointments', ({ store, accountId, query }) => ({
    status: 200,
    body: store.appointments.list(required(accountId, 'an account'), query),
  })),

  defineOperation('getAppointment', ({ store, accountId, params }) => ({
    status: 200,
    body: store.appointments.get(required(accountId, 'an account'), params.appointmentId),
  })),

  defineOperation('cancelAppointment', ({ store, accountId, params }) => ({
    status: 200,
    body: store.appointments.cancel(required(accountId, 'an account'), params.appointmentId),
  })),

  defineOperation('getBookingStanding', ({ store, accountId, params }) => ({
    status: 200,
    body: store.appointments.standing(required(accountId, 'an account'), params.cardRef),
  })),

  defineOperation('joinWaitlist', ({ store, accountId, body, channel }) => ({
    status: 201,
    body: store.waitlist.join(required(accountId, 'an account'), body, channel),
  })),

  defineOperation('listWaitlist', ({ store, accountId, query }) => ({
    status: 200,
    body: { data: store.waitlist.list(required(accountId, 'an account'), query.cardRef) },
  })),

  defineOperation('leaveWaitlist', ({ store, accountId, params }) => {
    store.waitlist.leave(required(accountId, 'an account'), params.entryId);
    return { status: 204 };
  }),

  defineOperation('listEvents', ({ store, accountId, query }) => ({
    status: 200,
    body: store.events.page(required(accountId, 'an account'), query),
  })),

  defineOperation('bookAtHospital', async ({ store, hospitalId, body, channel }) => ({
    status: 201,
    body: await store.hospitalAppointments.bookAtHospital(required(hospitalId, 'a hospital'), body, channel),
  })),

  defineOperation('listPatientAppointments', ({ store, hospitalId, params, query }) => ({
    status: 200,
    body: store.hospitalAppointments.ofPatient(
      required(hospitalId, 'a hospital'),
      params.patientNumber,
      query.date,
    ),
  })),

  defineOperation('checkInAppointment', ({ store, hospitalId, params }) => ({
    status: 200,
    body: store.hospitalAppointments.checkIn(required(hospitalId, 'a hospital'), params.appointmentId),
  })),

  defineOperation('stopSchedule', ({ store, hospitalId, params, body }) => ({
    status: 200,
    body: store.clinicStops.stop(required(hospitalId, 'a hospital'), params.scheduleId, body.reason),
  })),
];
