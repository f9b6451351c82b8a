// Clinic stops (停诊): the hospital stops a schedule; bookings are stopped and refunded in full, holds
// released, the waitlist closed, every account holding an affected card told, and a second stop answers
// the first.
import type { Appointment, ClinicStop, EventPage, Hold, WaitlistList } from '../src/contract/wire';
import { createApi, expectCode, jsonOf } from './support/api';
import { FIRST_HOSPITAL, fakePayments, holdOf, hospitalHeaders, slotOn } from './support/appointments';
import { findSchedule, hospitalNamed } from './support/booking';
import { hold, readHold, residentsWithCards, shareCard } from './support/holds';
import { TOMORROW, useBookingPlatform } from './support/booking-day';

const context = useBookingPlatform();
const api = createApi();

describe('stopping a clinic', () => {
  it('stops, refunds and tells every holder of the card; holds released; a second stop answers the first', async () => {
    const payments = fakePayments(context.platform);
    const { schedule, slot } = slotOn(
      context.platform,
      TOMORROW,
      (candidate) => candidate.seededRemaining[0]! >= 3,
    );
    const hospitalId = schedule.doctor.hospitalId;
    const [patient, spouse, holder] = await residentsWithCards(api, context.platform, 3);
    const sharedRef = shareCard(context.platform, patient!, spouse!.accountId);
    const paid = await holdOf(api, patient!, slot.id);
    const { paymentId, appointmentId } = payments.payHold(patient!.accountId, paid.id);
    const open = jsonOf<Hold>(await hold(api, holder!, slot.id));

    const path = `/v1/hospital/schedules/${schedule.id}/stop`;
    const own = hospitalHeaders(context.platform, hospitalId, 'window');
    const other = context.platform.store.hospitals.all().find((item) => item.id !== hospitalId)!;
    expectCode(
      await api.post(path, { reason: '医生临时外出会诊' }, hospitalHeaders(context.platform, other.id)),
      404,
      'NOT_FOUND',
    );

    const stopped = jsonOf<ClinicStop>(await api.post(path, { reason: '医生临时外出会诊' }, own));
    expect(stopped).toEqual({
      scheduleId: schedule.id,
      stoppedAt: expect.stringMatching(/^2026-11-25T10:00/),
      reason: '医生临时外出会诊',
      cancelledAppointments: 1,
      refundedFen: paid.feeFen,
      closedWaitlistEntries: 0,
    });
    expect(payments.refunds).toEqual([{ paymentId, reason: '停诊退款：医生临时外出会诊', fen: paid.feeFen }]);
    const appointment = jsonOf<Appointment>(
      await api.get(`/v1/appointments/${appointmentId}`, { token: spouse!.token }),
    );
    expect(appointment).toMatchObject({
      status: 'stopped',
      cancelReason: '医生临时外出会诊',
      cancellable: false,
      cardRef: sharedRef,
      schedule: { status: 'stopped' },
    });
    for (const [account, ref] of [
      [patient!, patient!.cardRef],
      [spouse!, sharedRef],
    ] as const) {
      const [event] = jsonOf<EventPage>(await api.get('/v1/events', { token: account.token })).data;
      expect(event).toMatchObject({
        type: 'appointment.stopped',
        title: '停诊通知',
        cardRef: ref,
        appointmentId,
      });
      expect(event!.body).toContain('医生临时外出会诊');
    }
    expect((await readHold(api, holder!, open.id)).status).toBe('released');
    expectCode(await hold(api, holder!, slot.id), 409, 'SCHEDULE_NOT_OPEN');

    const again = await api.post(path, { reason: '另一个原因' }, own);
    expect(jsonOf<ClinicStop>(again)).toEqual(stopped);
    expect(payments.refunds).toHaveLength(1);
  });

  it('closes the waitlist of the stopped schedule', async () => {
    const hospitalId = hospitalNamed(context.platform, FIRST_HOSPITAL).id;
    const full = findSchedule(
      context.platform,
      { from: TOMORROW, days: 5, doctors: (doctor) => doctor.hospitalId === hospitalId },
      (schedule) => !schedule.stopped && schedule.slots.every((slot) => slot.seededRemaining[0] === 0),
    );
    const [waiting] = await residentsWithCards(api, context.platform, 1);
    const joined = await api.post(
      '/v1/waitlist',
      { scheduleId: full.id, cardRef: waiting!.cardRef },
      { token: waiting!.token },
    );
    expect(joined.status).toBe(201);
    const stop = jsonOf<ClinicStop>(
      await api.post(
        `/v1/hospital/schedules/${full.id}/stop`,
        { reason: '设备检修' },
        hospitalHeaders(context.platform, hospitalId),
      ),
    );
    expect(stop).toMatchObject({ cancelledAppointments: 0, closedWaitlistEntries: 1 });
    const list = jsonOf<WaitlistList>(await api.get('/v1/waitlist', { token: waiting!.token }));
    expect(list.data[0]).toMatchObject({ status: 'closed', schedule: { status: 'stopped' } });
  });
});
