// Hospital bookings on the kiosk or window for a scanned card code: the same rules as a hold, the fee
// recorded as paid on site, and the booking visible and cancellable (with a refund) in the mini-program
// of every account holding the card.
import type { Appointment, AppointmentPage } from '../src/contract/wire';
import { createApi, errorOf, expectCode, jsonOf } from './support/api';
import { cancel, fakePayments, hospitalHeaders, slotOn } from './support/appointments';
import { remaining, residentsWithCards } from './support/holds';
import { TODAY, TOMORROW, useBookingPlatform } from './support/booking-day';

const context = useBookingPlatform();
const api = createApi();

describe('booking at the hospital', () => {
  it('books on the kiosk from the kept share, records the fee on site, and shows it in the mini-program', async () => {
    const payments = fakePayments(context.platform);
    const { schedule, slot } = slotOn(
      context.platform,
      TOMORROW,
      (candidate) => candidate.seededRemaining[0]! >= 1 && candidate.seededRemaining[1]! >= 1,
    );
    const hospitalId = schedule.doctor.hospitalId;
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const card = context.platform.store.cards.get(resident!.accountId, resident!.cardRef);
    const [web, kiosk] = [await remaining(api, slot.id), await remaining(api, slot.id, 'kiosk')];

    const answer = await api.post(
      '/v1/hospital/appointments',
      { cardCode: card.staticQrText, slotId: slot.id },
      hospitalHeaders(context.platform, hospitalId, 'kiosk'),
    );
    expect(answer.status).toBe(201);
    const booked = jsonOf<Appointment>(answer);
    expect(booked).toMatchObject({ status: 'booked', channel: 'kiosk', feeFen: schedule.doctor.feeFen });
    expect(booked.holdId).toBeUndefined();
    expect(payments.onsite).toEqual([
      expect.objectContaining({ accountIds: [resident!.accountId], cardRef: resident!.cardRef, hospitalId }),
    ]);
    expect([await remaining(api, slot.id), await remaining(api, slot.id, 'kiosk')]).toEqual([web, kiosk - 1]);

    const mine = jsonOf<AppointmentPage>(await api.get('/v1/appointments', { token: resident!.token }));
    expect(mine.data.map((item) => [item.id, item.channel, item.cardRef])).toEqual([
      [booked.id, 'kiosk', resident!.cardRef],
    ]);
    const cancelled = jsonOf<Appointment>(await cancel(api, resident!, booked.id));
    expect(cancelled).toMatchObject({ status: 'cancelled', payment: { status: 'refunded' } });
    expect(payments.refunds).toHaveLength(1);
    expect(await remaining(api, slot.id, 'kiosk')).toBe(kiosk);
  });

  it('applies the hold rules and refuses other channels, other hospitals’ slots and bad codes', async () => {
    fakePayments(context.platform);
    const { schedule, slot } = slotOn(context.platform, TOMORROW);
    const hospitalId = schedule.doctor.hospitalId;
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const card = context.platform.store.cards.get(resident!.accountId, resident!.cardRef);
    const body = { cardCode: card.staticQrText, slotId: slot.id };
    const refused = await api.post(
      '/v1/hospital/appointments',
      body,
      hospitalHeaders(context.platform, hospitalId, 'web'),
    );
    expectCode(refused, 400, 'VALIDATION_FAILED');
    expect(errorOf(refused).details).toEqual([{ field: 'header.X-Yika-Channel', issue: expect.any(String) }]);
    const other = context.platform.store.hospitals.all().find((item) => item.id !== hospitalId)!;
    expectCode(
      await api.post('/v1/hospital/appointments', body, hospitalHeaders(context.platform, other.id)),
      404,
      'NOT_FOUND',
    );
    const malformed = { ...body, cardCode: 'not a code' };
    expectCode(
      await api.post('/v1/hospital/appointments', malformed, hospitalHeaders(context.platform, hospitalId)),
      422,
      'CARD_CODE_MALFORMED',
    );

    const window = hospitalHeaders(context.platform, hospitalId, 'window');
    expect((await api.post('/v1/hospital/appointments', body, window)).status).toBe(201);
    // One booking per patient per department per day, on the window as online.
    const limited = await api.post('/v1/hospital/appointments', body, window);
    expect([limited.status, errorOf(limited).details]).toEqual([
      409,
      [{ field: 'limit', issue: 'perPatientPerDepartmentPerDay' }],
    ]);
    context.platform.clock.set(`${TODAY}T23:00:00+08:00`);
    expectCode(await api.post('/v1/hospital/appointments', body, window), 409, 'BOOKING_CLOSED');
  });
});
