// Cancelling (退号) until the cut-off, exactly at 16:00 the day before on the platform clock: a paid
// booking refunded in full, the place back in the pool, and what can no longer be cancelled.
import type { Appointment } from '../src/contract/wire';
import { createApi, errorOf, expectCode, jsonOf } from './support/api';
import {
  bookFree,
  cancel,
  fakePayments,
  holdOf,
  hospitalHeaders,
  makeFree,
  slotOn,
} from './support/appointments';
import { findSchedule } from './support/booking';
import { remaining, residentsWithCards } from './support/holds';
import { TODAY, TOMORROW, useBookingPlatform } from './support/booking-day';

const context = useBookingPlatform();
const api = createApi();

describe('cancelling an appointment', () => {
  it('cancels until 15:59:59 the day before and refuses from 16:00:00 (CANCEL_CUTOFF_PASSED)', async () => {
    const { schedule, slot } = slotOn(context.platform, TOMORROW);
    makeFree(schedule);
    const [early, late] = await residentsWithCards(api, context.platform, 2);
    const first = await bookFree(api, early!, slot.id);
    const second = await bookFree(api, late!, slot.id);
    const web = await remaining(api, slot.id);

    context.platform.clock.set(`${TODAY}T15:59:59+08:00`);
    const cancelled = jsonOf<Appointment>(await cancel(api, early!, first.id));
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancellable: false,
      cancelReason: '就诊人取消预约',
    });
    expect(cancelled.cancelledAt).toBe(`${TODAY}T15:59:59+08:00`);
    expect(await remaining(api, slot.id)).toBe(web + 1);
    // Cancelling again answers it as it is, and gives nothing back twice.
    expect(jsonOf<Appointment>(await cancel(api, early!, first.id))).toEqual(cancelled);
    expect(await remaining(api, slot.id)).toBe(web + 1);

    context.platform.clock.set(`${TODAY}T16:00:00+08:00`);
    const refused = await cancel(api, late!, second.id);
    expectCode(refused, 409, 'CANCEL_CUTOFF_PASSED');
    expect(errorOf(refused).message).toMatch(/取消截止时间/);
    expect(
      jsonOf<Appointment>(await api.get(`/v1/appointments/${second.id}`, { token: late!.token })),
    ).toMatchObject({ status: 'booked', cancellable: false });
  });

  it('refunds a paid booking in full when it is cancelled in time', async () => {
    const payments = fakePayments(context.platform);
    const { slot } = slotOn(context.platform, TOMORROW);
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const held = await holdOf(api, resident!, slot.id);
    const { paymentId, appointmentId } = payments.payHold(resident!.accountId, held.id);
    const cancelled = jsonOf<Appointment>(await cancel(api, resident!, appointmentId!));
    expect(payments.refunds).toEqual([{ paymentId, reason: '取消预约退款', fen: held.feeFen }]);
    expect(cancelled.payment).toEqual({
      id: paymentId,
      status: 'refunded',
      amountFen: held.feeFen,
      refundedFen: held.feeFen,
    });
    await cancel(api, resident!, appointmentId!);
    expect(payments.refunds).toHaveLength(1);
  });

  it('refuses what is checked in or a no-show (APPOINTMENT_NOT_CANCELLABLE) and others’ bookings (404)', async () => {
    const community = context.platform.store.hospitals
      .all()
      .find((hospital) => hospital.type === 'community')!;
    // A community centre lets patients cancel until 07:00 on the visit day; check-in is on the visit day.
    const schedule = findSchedule(
      context.platform,
      { from: TOMORROW, days: 3, doctors: (doctor) => doctor.hospitalId === community.id },
      (candidate) => !candidate.stopped && candidate.slots.some((slot) => slot.seededRemaining[0]! >= 1),
    );
    makeFree(schedule);
    const slot = schedule.slots.find((candidate) => candidate.seededRemaining[0]! >= 1)!;
    const [resident, stranger] = await residentsWithCards(api, context.platform, 2);
    const booked = await bookFree(api, resident!, slot.id);
    expectCode(await cancel(api, stranger!, booked.id), 404, 'NOT_FOUND');

    context.platform.clock.set(`${schedule.date}T06:30:00+08:00`);
    const checkIn = await api.post(
      `/v1/hospital/appointments/${booked.id}/check-in`,
      undefined,
      hospitalHeaders(context.platform, community.id, 'window'),
    );
    expect(jsonOf<Appointment>(checkIn).status).toBe('checked_in');
    expectCode(await cancel(api, resident!, booked.id), 409, 'APPOINTMENT_NOT_CANCELLABLE');
  });
});
