// Clinic stops (停诊) by a hospital: the schedule takes no more holds, every booking of it becomes `stopped`
// and is refunded in full, open holds on it are released, its waitlist closes, and every account holding
// an affected card is told; the hospital's webhooks get one `schedule.stopped` naming every cancelled
// booking. Stopping a schedule twice answers the first stop.
import { formatYuan, toShanghaiIso } from '@yika/sdk/domain';
import type { ClinicStop } from '../../contract/wire';
import type { BindingRegistry } from '../cards/bindings';
import { PlatformError } from '../errors';
import { publishToCardHolders } from '../events';
import type { EventSink, RegistrationPayments } from '../ports';
import type { AppointmentBook } from './appointment-book';
import type { StoppedBooking } from './appointment-notices';
import type { HoldDesk } from './holds';
import type { BookingModel } from './model';
import type { WaitlistDesk } from './waitlist';

export interface ClinicStopParts {
  booking: BookingModel;
  bindings: BindingRegistry;
  book: AppointmentBook;
  holds: HoldDesk;
  waitlist: WaitlistDesk;
  events: EventSink;
  payments: () => RegistrationPayments;
}

export class ClinicStops {
  constructor(private readonly parts: ClinicStopParts) {}

  /**
   * Stops the hospital's schedule. Another hospital's schedule is not found (404); one already over, or
   * stopped in the seed (no bookings to cancel), is not open (409 SCHEDULE_NOT_OPEN).
   */
  stop(hospitalId: string, scheduleId: string, reason: string): ClinicStop {
    const { booking, book, holds, waitlist, events } = this.parts;
    const nowMs = booking.clock.now();
    const schedule = booking.schedules.find(scheduleId, (id) => booking.window(id, nowMs));
    if (!schedule || schedule.doctor.hospitalId !== hospitalId) throw new PlatformError('NOT_FOUND');
    const first = booking.schedules.stops.get(scheduleId);
    if (first) return { ...first };
    if (schedule.stopped || schedule.endMs <= nowMs) throw new PlatformError('SCHEDULE_NOT_OPEN');

    const stop: ClinicStop = {
      scheduleId,
      stoppedAt: toShanghaiIso(nowMs),
      reason,
      cancelledAppointments: 0,
      refundedFen: 0,
      closedWaitlistEntries: waitlist.closeAll(scheduleId),
    };
    booking.schedules.stops.record(stop);
    holds.releaseAllOn(scheduleId);
    const cancelled: StoppedBooking[] = [];
    for (const record of book.ofSchedule(scheduleId)) {
      if (record.status !== 'booked') continue;
      record.status = 'stopped';
      record.cancelledAtMs = nowMs;
      record.cancelReason = reason;
      booking.inventory.returnLease(record.lease);
      const refunded =
        record.paymentId === undefined
          ? 0
          : this.parts.payments().refundInFull(record.paymentId, `停诊退款：${reason}`);
      stop.cancelledAppointments += 1;
      stop.refundedFen += refunded;
      cancelled.push({ record, refundFen: refunded });
      publishToCardHolders(events, this.parts.bindings.holdersOf(record.cardId), {
        type: 'appointment.stopped',
        title: '停诊通知',
        body:
          `${record.patientName}预约的${record.visitText}因${reason}停诊，预约已取消` +
          (refunded > 0 ? `，挂号费${formatYuan(refunded)}将原路退还。` : '。'),
        appointmentId: record.id,
      });
    }
    book.notices.stopped(schedule, stop, cancelled);
    return { ...stop };
  }
}
