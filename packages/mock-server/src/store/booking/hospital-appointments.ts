// What hospitals do with appointments, authenticated by their key: book on a kiosk or window for a scanned
// card code (the fee taken on site and recorded as a paid order, so a cancellation in the mini-program
// refunds it), and check a patient in (签到) on the visit day. Every rule of a hold applies to a hospital
// booking (the shared slot claim), and the booking shows up in every account holding the card.
import type { Appointment, Channel, HospitalBookingRequest, PatientAppointments } from '../../contract/wire';
import type { CardCodeDesk } from '../cards/card-code-desk';
import type { CardModel } from '../cards/model';
import { shanghaiDate } from '@yika/sdk/domain';
import { PlatformError, validationFailed } from '../errors';
import type { RegistrationPayments } from '../ports';
import type { AppointmentBook, AppointmentRecord } from './appointment-book';
import type { AppointmentDesk } from './appointments';
import type { BookingModel } from './model';
import type { SlotClaims } from './slot-claims';

/** The channels a hospital books on for a patient in front of it. */
export const HOSPITAL_CHANNELS: readonly Channel[] = ['kiosk', 'window', 'hospital-app'];

export interface HospitalAppointmentParts {
  booking: BookingModel;
  cards: CardModel;
  cardCodes: CardCodeDesk;
  claims: SlotClaims;
  book: AppointmentBook;
  appointments: AppointmentDesk;
  payments: () => RegistrationPayments;
}

export class HospitalAppointments {
  constructor(private readonly parts: HospitalAppointmentParts) {}

  async bookAtHospital(
    hospitalId: string,
    request: HospitalBookingRequest,
    channel: Channel,
  ): Promise<Appointment> {
    if (!HOSPITAL_CHANNELS.includes(channel)) {
      throw validationFailed('header.X-Yika-Channel', `must be one of ${HOSPITAL_CHANNELS.join(', ')}`);
    }
    const { booking, cards, claims, book } = this.parts;
    const found = booking.findSlot(request.slotId);
    if (found?.schedule.doctor.hospitalId !== hospitalId) throw new PlatformError('NOT_FOUND');
    const { cardId } = await this.parts.cardCodes.verify(hospitalId, request.cardCode);
    // Kiosk bookings belong to no account: the monthly limit per account does not count them.
    const claim = claims.claim({
      accountId: `hospital:${hospitalId}`,
      cardId,
      slotId: request.slotId,
      channel,
    });
    const holders = cards.bindings.holdersOf(cardId);
    const record = book.open({ claim, channel });
    booking.inventory.keep(claim.lease);
    if (record.feeFen > 0) {
      const entry = booking.departments.require(claim.schedule.doctor.departmentId);
      record.paymentId = this.parts.payments().recordOnsitePayment({
        accountIds: holders.map((binding) => binding.accountId),
        cardRef: holders[0]?.ref ?? '',
        personId: record.personId,
        appointmentId: record.id,
        patientName: record.patientName,
        hospitalId,
        amountFen: record.feeFen,
        description: `挂号费-${entry.department.name}-${record.patientName}`,
      }).id;
    }
    return this.hospitalView(record);
  }

  /** Checks a booked patient in on the visit day, at the hospital of the appointment. */
  checkIn(hospitalId: string, appointmentId: string): Appointment {
    const record = this.parts.book.get(appointmentId);
    if (!record || record.schedule.doctor.hospitalId !== hospitalId) throw new PlatformError('NOT_FOUND');
    const today = shanghaiDate(this.parts.booking.clock.now());
    if (record.status !== 'booked' || record.schedule.date !== today) {
      throw new PlatformError('CHECK_IN_NOT_ALLOWED');
    }
    record.status = 'checked_in';
    this.parts.book.notices.checkedIn(record, this.parts.booking.clock.now());
    return this.hospitalView(record);
  }

  /**
   * The patient's appointments at this hospital, by the hospital's own patient number (as a kiosk has it
   * after verifying the card code), oldest visit first. Another hospital's number is NOT_FOUND, and no
   * other hospital's appointment of the same person is ever listed.
   */
  ofPatient(hospitalId: string, patientNumber: string, date?: string): PatientAppointments {
    const personId = this.parts.cards.patients.personFor(hospitalId, patientNumber);
    if (personId === undefined) throw new PlatformError('NOT_FOUND');
    const records = this.parts.book
      .ofPerson(personId)
      .filter((record) => record.schedule.doctor.hospitalId === hospitalId)
      .filter((record) => date === undefined || record.schedule.date === date)
      .sort((a, b) => a.slot.startMs - b.slot.startMs || a.id.localeCompare(b.id));
    return { hospitalId, patientNumber, data: records.map((record) => this.hospitalView(record)) };
  }

  /** A hospital has no account, so no reference to the card: it is left empty. */
  private hospitalView(record: AppointmentRecord): Appointment {
    return this.parts.appointments.view(record, '');
  }
}
