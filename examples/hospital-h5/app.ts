// A hospital's own H5 app (a page in its WeChat official account or app web view) using Yika: the resident
// signs in with an SMS code once, stays signed in across reloads, and sees their family's bookings at
// this hospital, made on any channel (guide: ./README.md). Browser code: bundle it with any bundler.
import {
  createClient,
  isYikaError,
  webStorageTokenStore,
  type Appointment,
  type YikaClient,
} from '@yika/sdk';
import { APPOINTMENT_STATUS_NAMES, formatSlotTime, formatYuan, messageForCode } from '@yika/sdk/domain';

/** One client for the page: the hospital-app channel, the session in localStorage under our own key. */
export function createHospitalYika(baseURL: string, storage: Storage, onSignedOut: () => void): YikaClient {
  return createClient({
    baseURL,
    channel: 'hospital-app',
    tokenStore: webStorageTokenStore(storage, 'his-h5.yika'),
    // The refresh token lapsed or was revoked: show the sign-in form again.
    onUnauthenticated: onSignedOut,
  });
}

/** What a resident may be shown for any failure: the platform's plain Chinese message. */
export function residentMessage(error: unknown): string {
  return isYikaError(error) ? error.message : messageForCode('NETWORK_ERROR');
}

/** The family's upcoming bookings at this hospital, soonest first, whichever channel made them. */
export async function upcomingAtHospital(yika: YikaClient, hospitalId: string): Promise<Appointment[]> {
  const found: Appointment[] = [];
  for await (const appointment of yika.appointments.iterate({ view: 'upcoming' })) {
    if (appointment.hospital.id === hospitalId) found.push(appointment);
  }
  return found;
}

/** One line per booking; the patient's name comes masked from the platform (王*明). */
export function appointmentLine(appointment: Appointment): string {
  return [
    appointment.schedule.date,
    formatSlotTime(appointment.slot.startTime, appointment.slot.endTime),
    appointment.department.name,
    appointment.patientName,
    APPOINTMENT_STATUS_NAMES[appointment.status],
    formatYuan(appointment.feeFen),
  ].join(' ');
}
