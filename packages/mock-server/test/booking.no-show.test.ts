// No-shows (爽约) on the platform clock: a booking never checked in becomes a no-show 30 minutes after its
// slot ends, told once; three within 90 days ban the person from booking for 90 days from the latest,
// region-wide and on every channel; check-in only on the visit day at the visit's hospital.
import { addDays, toShanghaiIso } from '@yika/sdk/domain';
import type { AccountEvent, Appointment, BookingStanding, EventPage } from '../src/contract/wire';
import { NO_SHOW_GRACE_MS } from '../src/store/booking/appointment-book';
import { createApi, errorOf, expectCode, jsonOf } from './support/api';
import { bookFree, hospitalHeaders, makeFree, readAppointment, slotOn } from './support/appointments';
import { findSchedule } from './support/booking';
import { hold, residentsWithCards, type CardHolder } from './support/holds';
import { TODAY, useBookingPlatform } from './support/booking-day';

// Sessions outlive the 90-day ban the clock is moved across.
const context = useBookingPlatform(200);
const api = createApi();
const DAY_MS = 86_400_000;

async function standing(holder: CardHolder): Promise<BookingStanding> {
  return jsonOf<BookingStanding>(
    await api.get(`/v1/cards/${holder.cardRef}/booking-standing`, { token: holder.token }),
  );
}

async function events(holder: CardHolder): Promise<AccountEvent[]> {
  return jsonOf<EventPage>(await api.get('/v1/events?limit=50', { token: holder.token })).data;
}

/** Books a free slot on each of the days ahead for the holder. */
async function bookDays(holder: CardHolder, days: readonly number[]): Promise<Appointment[]> {
  const booked: Appointment[] = [];
  for (const day of days) {
    const { schedule, slot } = slotOn(context.platform, addDays(TODAY, day));
    makeFree(schedule);
    booked.push(await bookFree(api, holder, slot.id));
  }
  return booked;
}

describe('no-shows', () => {
  it('turns a booking never checked in into a no-show exactly 30 minutes after its slot, told once', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const [booked] = await bookDays(resident!, [1]);
    const slotEnd = Date.parse(booked!.slot.endTime);
    context.platform.clock.set(slotEnd + NO_SHOW_GRACE_MS - 1_000);
    expect((await readAppointment(api, resident!, booked!.id)).status).toBe('booked');
    context.platform.clock.set(slotEnd + NO_SHOW_GRACE_MS);
    expect((await readAppointment(api, resident!, booked!.id)).status).toBe('no_show');
    await readAppointment(api, resident!, booked!.id);
    const told = (await events(resident!)).filter((event) => event.type === 'appointment.no_show');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      appointmentId: booked!.id,
      cardRef: resident!.cardRef,
      title: '爽约提醒',
    });
    expect(told[0]!.body).toContain(booked!.patientName);
    expect(await standing(resident!)).toEqual({
      cardRef: resident!.cardRef,
      noShows: 1,
      windowDays: 90,
      banThreshold: 3,
      bannedUntil: null,
    });
  });

  it('bans after 3 no-shows in 90 days, everywhere, until 90 days after the latest', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const booked = await bookDays(resident!, [1, 2, 3]);
    const latestEnd = Date.parse(booked[2]!.slot.endTime) + NO_SHOW_GRACE_MS;
    context.platform.clock.set(`${addDays(TODAY, 4)}T10:00:00+08:00`);
    const bannedUntil = toShanghaiIso(latestEnd + 90 * DAY_MS);
    expect(await standing(resident!)).toMatchObject({ noShows: 3, bannedUntil });

    // Another hospital, on the kiosk channel too.
    const other = context.platform.store.hospitals.all()[3]!;
    const elsewhere = findSchedule(
      context.platform,
      { from: addDays(TODAY, 5), days: 3, doctors: (doctor) => doctor.hospitalId === other.id },
      (schedule) => !schedule.stopped && schedule.slots.some((slot) => slot.seededRemaining[0]! > 0),
    );
    const slotId = elsewhere.slots.find((slot) => slot.seededRemaining[0]! > 0)!.id;
    const refused = await hold(api, resident!, slotId);
    expectCode(refused, 409, 'BANNED_FOR_NO_SHOW');
    const until = new Date(latestEnd + 90 * DAY_MS + 8 * 3_600_000);
    expect(errorOf(refused)).toMatchObject({
      details: [{ field: 'bannedUntil', issue: bannedUntil }],
      message: `因近90天内爽约3次，${until.getUTCFullYear()}年${until.getUTCMonth() + 1}月${until.getUTCDate()}日前不能预约挂号`,
    });
    const card = context.platform.store.cards.get(resident!.accountId, resident!.cardRef);
    const kiosk = await api.post(
      '/v1/hospital/appointments',
      { cardCode: card.staticQrText, slotId },
      hospitalHeaders(context.platform, other.id),
    );
    expectCode(kiosk, 409, 'BANNED_FOR_NO_SHOW');

    // The day the ban ends, the patient may book again.
    context.platform.clock.set(latestEnd + 90 * DAY_MS);
    expect((await standing(resident!)).bannedUntil).toBeNull();
    const { slot } = slotOn(
      context.platform,
      addDays(toShanghaiIso(latestEnd + 90 * DAY_MS).slice(0, 10), 1),
    );
    expect((await hold(api, resident!, slot.id)).status).toBe(201);
  });

  it('does not ban for 2 no-shows, nor for 3 spread over more than 90 days', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    await bookDays(resident!, [1, 2]);
    context.platform.clock.set(`${addDays(TODAY, 90)}T10:00:00+08:00`);
    expect(await standing(resident!)).toMatchObject({ noShows: 2, bannedUntil: null });
    await bookDays(resident!, [95]);
    context.platform.clock.set(`${addDays(TODAY, 96)}T10:00:00+08:00`);
    // 94 days from the first to the third: the first two have left the window.
    expect(await standing(resident!)).toMatchObject({ noShows: 1, bannedUntil: null });
  });
});

describe('check-in (签到)', () => {
  it('checks in only on the visit day, at the visit’s hospital, while booked', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const [booked] = await bookDays(resident!, [1]);
    const path = `/v1/hospital/appointments/${booked!.id}/check-in`;
    const own = hospitalHeaders(context.platform, booked!.hospital.id, 'window');
    const other = context.platform.store.hospitals
      .all()
      .find((hospital) => hospital.id !== booked!.hospital.id)!;
    expectCode(await api.post(path, undefined, own), 409, 'CHECK_IN_NOT_ALLOWED');
    context.platform.clock.set(`${booked!.schedule.date}T07:30:00+08:00`);
    expectCode(
      await api.post(path, undefined, hospitalHeaders(context.platform, other.id)),
      404,
      'NOT_FOUND',
    );
    expect(jsonOf<Appointment>(await api.post(path, undefined, own)).status).toBe('checked_in');
    expectCode(await api.post(path, undefined, own), 409, 'CHECK_IN_NOT_ALLOWED');
    // Checked in, it never becomes a no-show.
    context.platform.clock.set(`${addDays(TODAY, 3)}T10:00:00+08:00`);
    expect((await readAppointment(api, resident!, booked!.id)).status).toBe('checked_in');
    expect((await standing(resident!)).noShows).toBe(0);
  });
});
