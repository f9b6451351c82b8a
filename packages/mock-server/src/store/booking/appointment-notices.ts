// What the hospital of an appointment is told when the appointment's facts change: booked (any channel),
// cancelled by the resident, checked in, a no-show, or its schedule stopped (停诊). Called by the model at
// the moment each fact changes, next to the account events of the same facts. Only ids and the hospital's
// own patient number leave here: never the (masked) name the record keeps for residents' texts.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { ClinicStop } from '../../contract/wire';
import type { HospitalEventSink } from '../webhooks/events';
import type { AppointmentRecord } from './appointment-book';
import type { ScheduleRecord } from './records';

/** A booking a clinic stop cancelled, with what was refunded of it. */
export interface StoppedBooking {
  record: AppointmentRecord;
  refundFen: number;
}

export class AppointmentNotices {
  constructor(private readonly sink: HospitalEventSink) {}

  booked(record: AppointmentRecord): void {
    const { schedule, slot } = record;
    this.sink.raise('appointment.booked', {
      ...this.subject(record),
      departmentId: schedule.doctor.departmentId,
      doctorId: schedule.doctor.id,
      scheduleId: schedule.id,
      slotId: slot.id,
      date: schedule.date,
      period: schedule.period,
      startsAt: toShanghaiIso(slot.startMs),
      endsAt: toShanghaiIso(slot.endMs),
      channel: record.channel,
      feeFen: record.feeFen,
      bookedAt: toShanghaiIso(record.createdAtMs),
    });
  }

  /** The resident cancelled; `refund` is what is given back of a paid fee (none: null). */
  cancelled(
    record: AppointmentRecord,
    atMs: number,
    refund: { paymentId: string; amountFen: number } | null,
  ): void {
    this.sink.raise('appointment.cancelled', {
      ...this.subject(record),
      scheduleId: record.schedule.id,
      slotId: record.slot.id,
      cancelledBy: 'resident',
      cancelledAt: toShanghaiIso(atMs),
      refund,
    });
  }

  checkedIn(record: AppointmentRecord, atMs: number): void {
    this.sink.raise('appointment.checked_in', {
      ...this.subject(record),
      scheduleId: record.schedule.id,
      checkedInAt: toShanghaiIso(atMs),
    });
  }

  noShow(record: AppointmentRecord, noShowAtMs: number): void {
    this.sink.raise('appointment.no_show', {
      ...this.subject(record),
      scheduleId: record.schedule.id,
      slotId: record.slot.id,
      noShowAt: toShanghaiIso(noShowAtMs),
    });
  }

  /** One event per stopped schedule, naming every booking it cancelled. */
  stopped(schedule: ScheduleRecord, stop: ClinicStop, cancelled: readonly StoppedBooking[]): void {
    const hospitalId = schedule.doctor.hospitalId;
    this.sink.raise('schedule.stopped', {
      scheduleId: schedule.id,
      hospitalId,
      departmentId: schedule.doctor.departmentId,
      doctorId: schedule.doctor.id,
      date: schedule.date,
      period: schedule.period,
      reason: stop.reason,
      stoppedAt: stop.stoppedAt,
      refundedFen: stop.refundedFen,
      closedWaitlistEntries: stop.closedWaitlistEntries,
      appointments: cancelled.map(({ record, refundFen }) => ({
        appointmentId: record.id,
        patientNumber: this.sink.patientNumber(hospitalId, record.personId),
        refundFen,
      })),
    });
  }

  private subject(record: AppointmentRecord): {
    appointmentId: string;
    hospitalId: string;
    patientNumber: string;
  } {
    const hospitalId = record.schedule.doctor.hospitalId;
    return {
      appointmentId: record.id,
      hospitalId,
      patientNumber: this.sink.patientNumber(hospitalId, record.personId),
    };
  }
}
