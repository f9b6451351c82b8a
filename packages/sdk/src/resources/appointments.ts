// client.appointments: bookings (预约) of the account's cards, whichever channel made them, and the
// hospital side (kiosk and window bookings, check-in 签到, clinic stop 停诊), which needs the client's
// `hospitalKey`. A hold with a fee is booked by paying it (`client.payments.create`); `book` is for free
// holds and answers the booking of a hold already paid.
import { followCursor } from '../core/paging';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type {
  Appointment,
  AppointmentListParams,
  AppointmentPage,
  BookingRequest,
  BookingStanding,
  ClinicStop,
  ClinicStopRequest,
  HospitalBookingRequest,
  PatientAppointments,
} from '../types';
import { appointmentPath, cardPath, hospitalAppointmentPath, hospitalSchedulePath } from './paths';

export class AppointmentsResource {
  constructor(private readonly sender: RequestSender) {}

  /**
   * Books the held slot `holdId`. Refusals (ApiError, 409 unless noted): PAYMENT_REQUIRED (the hold has a
   * fee: pay it with `client.payments.create({ purpose: 'registration', holdId })`), HOLD_EXPIRED,
   * BOOKING_LIMIT (`limitNameOf` names it), BANNED_FOR_NO_SHOW (`bannedUntilOf` says until when),
   * SCHEDULE_NOT_OPEN, BOOKING_CLOSED, CARD_SUSPENDED, NOT_FOUND (404: a hold of another account).
   */
  book(holdId: string, options?: RequestOptions): Promise<Appointment> {
    const body: BookingRequest = { holdId };
    return this.sender.request<Appointment>(
      { method: 'POST', path: '/v1/appointments', body, auth: 'required' },
      options,
    );
  }

  /**
   * One page of the account's appointments: `view: 'upcoming'` (default, soonest first) or `'past'`
   * (latest first), optionally for one card. NOT_FOUND (404) for a card not of this account.
   */
  list(params?: AppointmentListParams, options?: RequestOptions): Promise<AppointmentPage> {
    return this.sender.request<AppointmentPage>(
      { method: 'GET', path: '/v1/appointments', query: params, auth: 'required' },
      options,
    );
  }

  /** Every appointment matching `params`, fetching pages only as the loop reads on. */
  iterate(params?: AppointmentListParams, options?: RequestOptions): AsyncIterable<Appointment> {
    return followCursor((query) => this.list(query, options), params);
  }

  /** One appointment of the account's cards; NOT_FOUND (404) otherwise. */
  get(appointmentId: string, options?: RequestOptions): Promise<Appointment> {
    return this.sender.request<Appointment>(
      { method: 'GET', path: appointmentPath(appointmentId), auth: 'required' },
      options,
    );
  }

  /**
   * Cancels before the cut-off (`cancelDeadline`); a paid booking is refunded in full and the place goes
   * to the waitlist first. Cancelling a cancelled appointment answers it as it is. Refusals (409):
   * CANCEL_CUTOFF_PASSED, APPOINTMENT_NOT_CANCELLABLE (checked in, stopped, no-show, visit over);
   * NOT_FOUND (404). `describeCancellation` from `@yika/sdk/domain` explains the rule beforehand.
   */
  cancel(appointmentId: string, options?: RequestOptions): Promise<Appointment> {
    return this.sender.request<Appointment>(
      { method: 'POST', path: `${appointmentPath(appointmentId)}/cancel`, auth: 'required' },
      options,
    );
  }

  /** The card's no-show (爽约) count and any ban, region-wide. NOT_FOUND (404) for another account's card. */
  standing(cardRef: string, options?: RequestOptions): Promise<BookingStanding> {
    return this.sender.request<BookingStanding>(
      { method: 'GET', path: `${cardPath(cardRef)}/booking-standing`, auth: 'required' },
      options,
    );
  }

  /**
   * For hospitals (kiosk, window): books `slotId` for the scanned card code, fee taken on site, on the
   * client's channel. Needs `createClient({ hospitalKey })` or `clientAuth` (else HOSPITAL_KEY_REQUIRED, no
   * request).
   * Refusals: CARD_CODE_MALFORMED / CARD_CODE_EXPIRED / CARD_CODE_INVALID (422), SLOT_UNAVAILABLE,
   * SCHEDULE_NOT_OPEN, BOOKING_CLOSED, BOOKING_LIMIT, BANNED_FOR_NO_SHOW, CARD_SUSPENDED (409), NOT_FOUND.
   */
  bookAtHospital(request: HospitalBookingRequest, options?: RequestOptions): Promise<Appointment> {
    // A scanner may append CR/LF to the code, as for cards.verifyCode.
    const body: HospitalBookingRequest = { cardCode: request.cardCode.trim(), slotId: request.slotId };
    return this.sender.request<Appointment>(
      { method: 'POST', path: '/v1/hospital/appointments', body, auth: 'hospital' },
      options,
    );
  }

  /**
   * For hospitals (kiosk check-in): the appointments at your hospital of the patient with your own
   * `patientNumber` (院内患者号, as `client.cards.verifyCode` answers it), oldest visit first; `date`
   * (`YYYY-MM-DD`) keeps one visit day, e.g. today. Never another hospital's. NOT_FOUND (404) for a number
   * that is not yours.
   */
  listForPatient(
    patientNumber: string,
    params: { date?: string } = {},
    options?: RequestOptions,
  ): Promise<PatientAppointments> {
    return this.sender.request<PatientAppointments>(
      {
        method: 'GET',
        path: `/v1/hospital/patients/${encodeURIComponent(patientNumber)}/appointments`,
        ...(params.date === undefined ? {} : { query: { date: params.date } }),
        auth: 'hospital',
      },
      options,
    );
  }

  /** For hospitals: checks the patient in (签到). CHECK_IN_NOT_ALLOWED (409) unless booked for today. */
  checkIn(appointmentId: string, options?: RequestOptions): Promise<Appointment> {
    return this.sender.request<Appointment>(
      {
        method: 'POST',
        path: `${hospitalAppointmentPath(appointmentId)}/check-in`,
        auth: 'hospital',
      },
      options,
    );
  }

  /**
   * For hospitals: stops the schedule (停诊) with a `reason` shown to patients; every booking is cancelled,
   * refunded and announced, the waitlist closes. Stopping again answers the first stop. NOT_FOUND (404).
   */
  stopSchedule(
    scheduleId: string,
    request: ClinicStopRequest,
    options?: RequestOptions,
  ): Promise<ClinicStop> {
    const body: ClinicStopRequest = { reason: request.reason };
    return this.sender.request<ClinicStop>(
      { method: 'POST', path: `${hospitalSchedulePath(scheduleId)}/stop`, body, auth: 'hospital' },
      options,
    );
  }
}
