// The waitlist (候补) of a full schedule: joining only when nothing is left, one entry per card, places freed
// by cancellations offered first come first served to entries that may take them (a hold to pay, or a
// free booking at once), lapsed offers closed, and the queue closed at 24:00 the day before the visit.
import { addDays } from '@yika/sdk/domain';
import type { AccountEvent, Appointment, EventPage, WaitlistEntry, WaitlistList } from '../src/contract/wire';
import type { ScheduleRecord } from '../src/store/booking/records';
import { SHARED_POOL } from '../src/store/booking/pools';
import { createApi, expectCode, jsonOf } from './support/api';
import { bookFree, cancel, fakePayments, holdOf, makeFree, type FakePayments } from './support/appointments';
import { findSchedule, hospitalNamed } from './support/booking';
import { readHold, residentsWithCards, type CardHolder } from './support/holds';
import { HOLD_MS, TODAY, useBookingPlatform } from './support/booking-day';

const VISIT = addDays(TODAY, 2);
const context = useBookingPlatform();
const api = createApi();

/** A schedule on VISIT with a few places left for the web. */
function smallSchedule(): ScheduleRecord {
  const hospitalId = hospitalNamed(context.platform, '明州市第一人民医院').id;
  return findSchedule(
    context.platform,
    { from: VISIT, days: 1, doctors: (doctor) => doctor.hospitalId === hospitalId },
    (schedule) => {
      const left = schedule.slots.reduce((sum, slot) => sum + slot.seededRemaining[SHARED_POOL]!, 0);
      return !schedule.stopped && left >= 1 && left <= 4;
    },
  );
}

/** Books every place the web has left, one patient each; the bookings. */
async function fill(schedule: ScheduleRecord, payments?: FakePayments): Promise<[CardHolder, Appointment][]> {
  const slotIds = schedule.slots.flatMap((slot) =>
    Array.from({ length: slot.seededRemaining[SHARED_POOL]! }, () => slot.id),
  );
  const holders = await residentsWithCards(api, context.platform, slotIds.length);
  const booked: [CardHolder, Appointment][] = [];
  for (const [index, holder] of holders.entries()) {
    const slotId = slotIds[index]!;
    if (!payments) {
      booked.push([holder, await bookFree(api, holder, slotId)]);
      continue;
    }
    const held = await holdOf(api, holder, slotId);
    const { appointmentId } = payments.payHold(holder.accountId, held.id);
    const path = `/v1/appointments/${appointmentId}`;
    booked.push([holder, jsonOf<Appointment>(await api.get(path, { token: holder.token }))]);
  }
  return booked;
}

const join = (holder: CardHolder, scheduleId: string) =>
  api.post('/v1/waitlist', { scheduleId, cardRef: holder.cardRef }, { token: holder.token });

async function entries(holder: CardHolder): Promise<WaitlistEntry[]> {
  return jsonOf<WaitlistList>(await api.get('/v1/waitlist', { token: holder.token })).data;
}

async function events(holder: CardHolder): Promise<AccountEvent[]> {
  return jsonOf<EventPage>(await api.get('/v1/events', { token: holder.token })).data;
}

describe('joining the waitlist', () => {
  it('joins only a full schedule, once per card, in order', async () => {
    const schedule = smallSchedule();
    makeFree(schedule);
    const [first, second] = await residentsWithCards(api, context.platform, 2);
    expectCode(await join(first!, schedule.id), 409, 'WAITLIST_NOT_NEEDED');
    await fill(schedule);

    const joined = await join(first!, schedule.id);
    expect(joined.status).toBe(201);
    expect(jsonOf<WaitlistEntry>(joined)).toMatchObject({
      status: 'waiting',
      cardRef: first!.cardRef,
      position: 1,
      schedule: { id: schedule.id, status: 'full', remaining: 0 },
    });
    expect(jsonOf<WaitlistEntry>(await join(second!, schedule.id)).position).toBe(2);
    expectCode(await join(first!, schedule.id), 409, 'ALREADY_WAITLISTED');
    expectCode(await join(first!, 'sch_zzzzzzzz_20261127m'), 404, 'NOT_FOUND');

    // Leaving moves the next one up.
    const [mine] = await entries(first!);
    expect(
      (await api.send('DELETE', `/v1/waitlist/${mine!.id}`, undefined, { token: first!.token })).status,
    ).toBe(204);
    expect((await entries(first!))[0]).toMatchObject({ status: 'cancelled', position: null });
    expect((await entries(second!))[0]!.position).toBe(1);
    expectCode(
      await api.send('DELETE', `/v1/waitlist/${mine!.id}`, undefined, { token: second!.token }),
      404,
      'NOT_FOUND',
    );
  });

  it('closes at 24:00 the day before the visit: no joining, and waiting entries are closed', async () => {
    const schedule = smallSchedule();
    makeFree(schedule);
    await fill(schedule);
    const [early, late] = await residentsWithCards(api, context.platform, 2);
    expect((await join(early!, schedule.id)).status).toBe(201);
    context.platform.clock.set(`${addDays(VISIT, -1)}T23:59:59+08:00`);
    expect((await entries(early!))[0]!.status).toBe('waiting');
    context.platform.clock.set(`${VISIT}T00:00:00+08:00`);
    expectCode(await join(late!, schedule.id), 409, 'WAITLIST_CLOSED');
    expect((await entries(early!))[0]).toMatchObject({ status: 'closed', position: null });
  });
});

describe('a freed place goes to the waitlist', () => {
  it('books the first waiting entry of a free schedule at once', async () => {
    const schedule = smallSchedule();
    makeFree(schedule);
    const [owner, booking] = (await fill(schedule))[0]!;
    const [first, second] = await residentsWithCards(api, context.platform, 2);
    await join(first!, schedule.id);
    await join(second!, schedule.id);

    await cancel(api, owner, booking.id);
    const [entry] = await entries(first!);
    expect(entry).toMatchObject({ status: 'booked', position: null });
    const appointment = jsonOf<Appointment>(
      await api.get(`/v1/appointments/${entry!.appointmentId}`, { token: first!.token }),
    );
    expect(appointment).toMatchObject({
      status: 'booked',
      slot: { id: booking.slot.id },
      cardRef: first!.cardRef,
    });
    expect((await events(first!))[0]).toMatchObject({
      type: 'waitlist.booked',
      waitlistEntryId: entry!.id,
      appointmentId: appointment.id,
    });
    expect((await entries(second!))[0]).toMatchObject({ status: 'waiting', position: 1 });
  });

  it('offers a paid place as a hold in order, and closes a lapsed offer', async () => {
    const payments = fakePayments(context.platform);
    const schedule = smallSchedule();
    const [owner, booking] = (await fill(schedule, payments))[0]!;
    const [first, second] = await residentsWithCards(api, context.platform, 2);
    await join(first!, schedule.id);
    await join(second!, schedule.id);

    await cancel(api, owner, booking.id);
    expect(payments.refunds).toHaveLength(1);
    const [offered] = await entries(first!);
    expect(offered).toMatchObject({ status: 'offered', position: null });
    expect((await readHold(api, first!, offered!.holdId!)).status).toBe('held');
    expect(offered!.offerExpiresAt).toBe((await readHold(api, first!, offered!.holdId!)).expiresAt);
    expect((await events(first!))[0]).toMatchObject({
      type: 'waitlist.offered',
      waitlistEntryId: offered!.id,
    });
    expect((await entries(second!))[0]!.position).toBe(1);

    context.platform.clock.advance(HOLD_MS);
    expect((await entries(first!))[0]!.status).toBe('closed');
    expect((await entries(second!))[0]!.status).toBe('waiting');
  });

  it('passes over an entry whose patient may not take the place, which keeps waiting', async () => {
    const schedule = smallSchedule();
    makeFree(schedule);
    const [owner, booking] = (await fill(schedule))[0]!;
    const [busy, next] = await residentsWithCards(api, context.platform, 2);
    await join(busy!, schedule.id);
    await join(next!, schedule.id);
    // Now `busy` books elsewhere in the same department that day: one booking per department per day.
    const sibling = findSchedule(
      context.platform,
      { from: VISIT, days: 1, doctors: (doctor) => doctor.departmentId === schedule.doctor.departmentId },
      (candidate) =>
        candidate.id !== schedule.id &&
        !candidate.stopped &&
        candidate.slots.some((slot) => slot.seededRemaining[SHARED_POOL]! > 0),
    );
    makeFree(sibling);
    await bookFree(api, busy!, sibling.slots.find((slot) => slot.seededRemaining[SHARED_POOL]! > 0)!.id);

    await cancel(api, owner, booking.id);
    expect((await entries(busy!))[0]).toMatchObject({ status: 'waiting', position: 1 });
    expect((await entries(next!))[0]!.status).toBe('booked');
  });
});
