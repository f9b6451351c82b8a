// How an appointment looks on the wire, for one account (its own reference to the card) at the clock's
// now: its schedule and slot as the booking's channel sees them, the cut-off and whether it can still be
// cancelled, and the fee's payment as the payment side reports it.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { Appointment, PaymentSummary } from '../../contract/wire';
import type { AppointmentRecord } from './appointment-book';
import { scheduleState, slotFree } from './availability';
import { cancelDeadlineMs } from './cancel-cutoff';
import type { BookingModel } from './model';
import { departmentRef, hospitalRef, scheduleView, slotView } from './views';

export function appointmentView(
  model: BookingModel,
  record: AppointmentRecord,
  cardRef: string,
  payment: PaymentSummary | null,
): Appointment {
  const nowMs = model.clock.now();
  const hospitalId = record.schedule.doctor.hospitalId;
  const entry = model.departments.require(record.schedule.doctor.departmentId);
  const schedule = model.schedules.stops.apply(record.schedule);
  const view = model.view(hospitalId, record.channel, nowMs);
  const deadlineMs = cancelDeadlineMs(schedule.date, model.policies.rules(hospitalId).cancelCutoff);
  return {
    id: record.id,
    status: record.status,
    cardRef,
    patientName: record.patientName,
    channel: record.channel,
    hospital: hospitalRef(model.hospitals.require(hospitalId)),
    department: departmentRef(entry.department),
    schedule: scheduleView(schedule, entry, scheduleState(schedule, view)),
    slot: slotView(record.slot, slotFree(schedule, record.slot, view)),
    feeFen: record.feeFen,
    payment,
    createdAt: toShanghaiIso(record.createdAtMs),
    cancelDeadline: toShanghaiIso(deadlineMs),
    cancellable: record.status === 'booked' && nowMs < deadlineMs,
    ...(record.cancelledAtMs === undefined ? {} : { cancelledAt: toShanghaiIso(record.cancelledAtMs) }),
    ...(record.cancelReason === undefined ? {} : { cancelReason: record.cancelReason }),
    ...(record.holdId === undefined ? {} : { holdId: record.holdId }),
  };
}
