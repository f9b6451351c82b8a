// Holds (锁号) through the API: every check before anything is taken, the channel's pools, exact expiry on
// the platform clock, release, idempotency, and concurrent holds that never oversell.
import { addDays, maskName } from '@yika/sdk/domain';
import type { AvailabilityDay, EarliestSlot, Hold, Schedule } from '../src/contract/wire';
import type { ScheduleRecord, SlotRecord } from '../src/store/booking/records';
import { SHARED_POOL } from '../src/store/booking/pools';
import { createApi, errorOf, expectCode, expectNetworkError, jsonOf, type Exchange } from './support/api';
import { findSchedule, hospitalNamed } from './support/booking';
import { hold, on, readHold, remaining, residentsWithCards, type CardHolder } from './support/holds';
import { HOLD_MS, TODAY, TOMORROW, useBookingPlatform } from './support/booking-day';

// The first hospital keeps the default policy (14 days from 07:00, 06:00-22:00, 10 minutes).
const LAST_DAY = addDays(TODAY, 13);
const context = useBookingPlatform();
const api = createApi();

const at = (date: string, time: string) => context.platform.clock.set(`${date}T${time}:00+08:00`);
const firstHospital = () => hospitalNamed(context.platform, '明州市第一人民医院');

/** The first seeded schedule of the first hospital from `from` with a slot that `fits`. */
function seededSlot(
  fits: (slot: SlotRecord, schedule: ScheduleRecord) => boolean,
  from = TOMORROW,
  days = 5,
): { schedule: ScheduleRecord; slot: SlotRecord } {
  const hospitalId = firstHospital().id;
  const schedule = findSchedule(
    context.platform,
    { from, days, doctors: (doctor) => doctor.hospitalId === hospitalId },
    (candidate) => !candidate.stopped && candidate.slots.some((slot) => fits(slot, candidate)),
  );
  return { schedule, slot: schedule.slots.find((slot) => fits(slot, schedule))! };
}

/** A free slot tomorrow with places in the shared pool and one kept for window and kiosk. */
const freeSlot = () =>
  seededSlot((slot) => slot.seededRemaining[SHARED_POOL]! >= 2 && slot.seededRemaining[1]! >= 1);

async function someone(): Promise<CardHolder> {
  return (await residentsWithCards(api, context.platform, 1))[0]!;
}

describe('holding a slot', () => {
  it('holds a place for the card for holdMinutes and takes it from what the channel sees', async () => {
    const { schedule, slot } = freeSlot();
    const resident = await someone();
    const [web, kiosk] = [await remaining(api, slot.id), await remaining(api, slot.id, 'kiosk')];

    const created = await hold(api, resident, slot.id);
    expect(created.status).toBe(201);
    const held = jsonOf<Hold>(created);
    const person = context.platform.store.cardModel.persons.all().at(-1)!;
    expect(held).toMatchObject({
      status: 'held',
      cardRef: resident.cardRef,
      patientName: maskName(person.name),
      channel: 'wechat-miniapp',
      feeFen: schedule.doctor.feeFen,
      createdAt: `${TODAY}T10:00:00+08:00`,
      expiresAt: `${TODAY}T10:10:00+08:00`,
      schedule: { id: schedule.id },
      slot: { id: slot.id, remaining: web - 1 },
    });
    expect(held.patientName).not.toBe(person.name);
    // The web's place came from the shared pool: the kiosk, which also books from it, has one fewer too.
    expect(await remaining(api, slot.id)).toBe(web - 1);
    expect(await remaining(api, slot.id, 'kiosk')).toBe(kiosk - 1);
    expect(await readHold(api, resident, held.id)).toEqual(held);
  });

  it('takes a kiosk hold from the share kept for kiosks first, leaving the web what it had', async () => {
    const { slot } = freeSlot();
    const resident = await someone();
    const [web, kiosk] = [await remaining(api, slot.id), await remaining(api, slot.id, 'kiosk')];
    expect(jsonOf<Hold>(await hold(api, resident, slot.id, on('kiosk'))).channel).toBe('kiosk');
    expect(await remaining(api, slot.id)).toBe(web);
    expect(await remaining(api, slot.id, 'kiosk')).toBe(kiosk - 1);
  });

  it('refuses the web once the shared pool is empty, while a kiosk can still take the kept share', async () => {
    const { slot } = freeSlot();
    const web = await remaining(api, slot.id);
    const kept = (await remaining(api, slot.id, 'kiosk')) - web;
    expect(kept).toBeGreaterThan(0);
    const holders = await residentsWithCards(api, context.platform, web + kept + 2);
    for (const holder of holders.slice(0, web)) expect((await hold(api, holder, slot.id)).status).toBe(201);
    expectCode(await hold(api, holders[web]!, slot.id), 409, 'SLOT_UNAVAILABLE');
    expect(await remaining(api, slot.id)).toBe(0);
    expect(await remaining(api, slot.id, 'kiosk')).toBe(kept);
    for (const holder of holders.slice(web, web + kept))
      expect((await hold(api, holder, slot.id, on('kiosk'))).status).toBe(201);
    expectCode(await hold(api, holders.at(-1)!, slot.id, on('kiosk')), 409, 'SLOT_UNAVAILABLE');
    expect(await remaining(api, slot.id, 'kiosk')).toBe(0);
  });

  it('shows held places in schedules, calendars and the earliest slots', async () => {
    const { schedule, slot } = seededSlot((candidate) => candidate.seededRemaining[SHARED_POOL]! >= 1);
    const doctorId = schedule.doctor.id;
    const scheduleRemaining = async () =>
      jsonOf<{ data: Schedule[] }>(
        await api.get(`/v1/doctors/${doctorId}/schedules?from=${schedule.date}`),
      ).data.find((item) => item.id === schedule.id)!.remaining;
    const dayRemaining = async () =>
      jsonOf<{ data: AvailabilityDay[] }>(
        await api.get(`/v1/doctors/${doctorId}/calendar?from=${schedule.date}`),
      ).data[0]!.remaining;
    const [before, dayBefore] = [await scheduleRemaining(), await dayRemaining()];
    expect((await hold(api, await someone(), slot.id)).status).toBe(201);
    expect(await scheduleRemaining()).toBe(before - 1);
    expect(await dayRemaining()).toBe(dayBefore - 1);

    // The soonest free pediatric slot of the region: once all of it is held, it is offered no more.
    const earliest = async () =>
      jsonOf<{ data: EarliestSlot[] }>(await api.get('/v1/earliest-slots?departmentKind=pediatrics&limit=50'))
        .data;
    const soonest = (await earliest())[0]!;
    const holders = await residentsWithCards(api, context.platform, soonest.slot.remaining);
    for (const holder of holders) expect((await hold(api, holder, soonest.slot.id)).status).toBe(201);
    expect((await earliest()).map((item) => item.slot.id)).not.toContain(soonest.slot.id);
  });
});

describe('refused holds change nothing', () => {
  /** Asserts the refusal and that no hold was made and no place taken. */
  async function expectRefused(
    attempt: () => Promise<Exchange>,
    status: number,
    code: string,
  ): Promise<void> {
    const { holds, bookingModel } = context.platform.store;
    const [before, touched] = [holds.size, bookingModel.materialised().changedSlots];
    expectCode(await attempt(), status, code);
    expect([holds.size, bookingModel.materialised().changedSlots]).toEqual([before, touched]);
  }

  it('does not find another account’s card, an unknown card or an unknown slot (404)', async () => {
    const { slot } = freeSlot();
    const [resident, other] = await residentsWithCards(api, context.platform, 2);
    await expectRefused(
      () => hold(api, { ...resident!, cardRef: other!.cardRef }, slot.id),
      404,
      'NOT_FOUND',
    );
    await expectRefused(
      () => hold(api, { ...resident!, cardRef: 'crd_missing1' }, slot.id),
      404,
      'NOT_FOUND',
    );
    await expectRefused(() => hold(api, resident!, slot.id.replace(/_\d{2}$/, '_99')), 404, 'NOT_FOUND');
    await expectRefused(() => hold(api, resident!, 'sch_zzzzzzzz_20261126m_00'), 404, 'NOT_FOUND');
    // Beyond the booking window: not a slot the platform has given out.
    await expectRefused(
      () =>
        hold(
          api,
          resident!,
          slot.id.replace(/_(\d{8})([mae])_/, `_${addDays(LAST_DAY, 7).replace(/-/g, '')}$2_`),
        ),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses a suspended card (409 CARD_SUSPENDED)', async () => {
    const { slot } = freeSlot();
    const resident = await someone();
    const card = context.platform.store.cards.get(resident.accountId, resident.cardRef);
    context.platform.store.cards.setState(card.cardId, 'suspended');
    await expectRefused(() => hold(api, resident, slot.id), 409, 'CARD_SUSPENDED');
  });

  it('refuses schedules that are not open: not released, stopped, closed, or a slot already begun', async () => {
    const resident = await someone();
    const lastDay = seededSlot((slot) => slot.seededRemaining[SHARED_POOL]! >= 1, LAST_DAY, 1).slot;
    at(TODAY, '06:59');
    await expectRefused(() => hold(api, resident, lastDay.id), 409, 'SCHEDULE_NOT_OPEN');
    at(TODAY, '07:00');
    expect((await hold(api, resident, lastDay.id)).status).toBe(201);

    const hospitalId = firstHospital().id;
    const stopped = findSchedule(
      context.platform,
      { from: TOMORROW, days: 13, doctors: (doctor) => doctor.hospitalId === hospitalId },
      (schedule) => schedule.stopped,
    );
    await expectRefused(() => hold(api, resident, stopped.slots[0]!.id), 409, 'SCHEDULE_NOT_OPEN');

    const morning = findSchedule(
      context.platform,
      { from: TODAY, days: 1, doctors: (doctor) => doctor.hospitalId === hospitalId },
      (schedule) => !schedule.stopped && schedule.period === 'morning',
    );
    at(TODAY, '10:00'); // the morning clinic runs till 12:00, but its 08:00 slot has begun
    await expectRefused(() => hold(api, resident, morning.slots[0]!.id), 409, 'SCHEDULE_NOT_OPEN');
    at(TOMORROW, '10:00'); // yesterday's clinic is closed
    await expectRefused(() => hold(api, resident, morning.slots.at(-1)!.id), 409, 'SCHEDULE_NOT_OPEN');
  });

  it('refuses outside the hospital’s booking hours (409 BOOKING_CLOSED), 06:00 to 22:00', async () => {
    const { slot } = freeSlot();
    const resident = await someone();
    for (const time of ['23:00', '22:00', '05:59']) {
      at(TODAY, time);
      await expectRefused(() => hold(api, resident, slot.id), 409, 'BOOKING_CLOSED');
    }
    at(TODAY, '21:59');
    expect((await hold(api, resident, slot.id)).status).toBe(201);
  });
});

describe('expiry and release', () => {
  it('expires exactly holdMinutes after it was made, giving the place back on the next read', async () => {
    const { slot } = freeSlot();
    const resident = await someone();
    const web = await remaining(api, slot.id);
    const held = jsonOf<Hold>(await hold(api, resident, slot.id));
    const madeAt = context.platform.clock.now();

    context.platform.clock.set(madeAt + HOLD_MS - 1);
    expect((await readHold(api, resident, held.id)).status).toBe('held');
    expect(await remaining(api, slot.id)).toBe(web - 1);

    // The slot is read first: it already counts the place as free.
    context.platform.clock.set(madeAt + HOLD_MS);
    expect(await remaining(api, slot.id)).toBe(web);
    expect(await readHold(api, resident, held.id)).toMatchObject({
      status: 'expired',
      slot: { remaining: web },
    });
    context.platform.clock.set(madeAt + HOLD_MS + 60_000);
    expect((await readHold(api, resident, held.id)).status).toBe('expired');

    // Releasing it now changes nothing: the place is not given back twice.
    expect(
      (await api.send('DELETE', `/v1/holds/${held.id}`, undefined, { token: resident.token })).status,
    ).toBe(204);
    expect(await remaining(api, slot.id)).toBe(web);
  });

  it('expires on a read of the hold alone too', async () => {
    const { slot } = freeSlot();
    const resident = await someone();
    const held = jsonOf<Hold>(await hold(api, resident, slot.id));
    context.platform.clock.advance(HOLD_MS);
    expect((await readHold(api, resident, held.id)).status).toBe('expired');
  });

  it('gives the place back at once on release; a second release is a no-op (204)', async () => {
    const { slot } = freeSlot();
    const [resident, other] = await residentsWithCards(api, context.platform, 2);
    const web = await remaining(api, slot.id);
    const held = jsonOf<Hold>(await hold(api, resident!, slot.id));
    const path = `/v1/holds/${held.id}`;

    expectCode(await api.get(path, { token: other!.token }), 404, 'NOT_FOUND');
    expectCode(await api.send('DELETE', path, undefined, { token: other!.token }), 404, 'NOT_FOUND');
    expect(await remaining(api, slot.id)).toBe(web - 1);

    expect((await api.send('DELETE', path, undefined, { token: resident!.token })).status).toBe(204);
    expect(await remaining(api, slot.id)).toBe(web);
    expect((await readHold(api, resident!, held.id)).status).toBe('released');
    expect((await api.send('DELETE', path, undefined, { token: resident!.token })).status).toBe(204);
    expect(await remaining(api, slot.id)).toBe(web);
    context.platform.clock.advance(HOLD_MS);
    expect((await readHold(api, resident!, held.id)).status).toBe('released');
    expect(await remaining(api, slot.id)).toBe(web);
  });
});

describe('idempotent holds', () => {
  it('replays a retried hold with the same key: one hold, one place', async () => {
    const { slot } = freeSlot();
    const resident = await someone();
    const web = await remaining(api, slot.id);
    const first = jsonOf<Hold>(await hold(api, resident, slot.id, { idempotencyKey: 'hold-once' }));
    const again = await hold(api, resident, slot.id, { idempotencyKey: 'hold-once' });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(jsonOf<Hold>(again).id).toBe(first.id);
    expect(await remaining(api, slot.id)).toBe(web - 1);
    expect(context.platform.store.holds.size).toBe(1);
  });

  it('has one effect when the answer is lost after the commit and the hold is retried', async () => {
    const { slot } = freeSlot();
    const resident = await someone();
    const web = await remaining(api, slot.id);
    context.platform.faults.inject({ kind: 'commit-then-drop', method: 'POST', path: '/v1/holds' });
    await expectNetworkError(hold(api, resident, slot.id, { idempotencyKey: 'hold-dropped' }));
    expect(await remaining(api, slot.id)).toBe(web - 1);
    const retried = await hold(api, resident, slot.id, { idempotencyKey: 'hold-dropped' });
    expect([retried.status, retried.headers.get('Idempotent-Replayed')]).toEqual([201, 'true']);
    expect(await remaining(api, slot.id)).toBe(web - 1);
  });
});

describe('concurrent holds on one slot', () => {
  it('gives exactly N of 200 concurrent holds on a slot with N places, and no more', async () => {
    // The seeded slot with the most places the web can book tomorrow.
    const hospitalId = firstHospital().id;
    const candidates = context.platform.store.bookingModel.doctors
      .all()
      .filter((doctor) => doctor.hospitalId === hospitalId)
      .flatMap((doctor) => context.platform.store.bookingModel.schedules.on(doctor, TOMORROW))
      .filter((schedule) => !schedule.stopped)
      .flatMap((schedule) => schedule.slots);
    const slot = candidates.reduce((best, item) =>
      item.seededRemaining[SHARED_POOL]! > best.seededRemaining[SHARED_POOL]! ? item : best,
    );
    const places = await remaining(api, slot.id);
    expect(places).toBe(slot.seededRemaining[SHARED_POOL]);
    expect(places).toBeGreaterThan(1);

    const holders = await residentsWithCards(api, context.platform, 200);
    const answers = await Promise.all(holders.map((holder) => hold(api, holder, slot.id)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(places);
    expect(answers.filter((answer) => answer.status === 409).map((answer) => errorOf(answer).code)).toEqual(
      Array.from({ length: 200 - places }, () => 'SLOT_UNAVAILABLE'),
    );
    expect(await remaining(api, slot.id)).toBe(0);
    expect(context.platform.store.holds.size).toBe(places);
  });

  it('gives exactly the shared places of a slot the back office made large (150: 120 web + 30 kept)', async () => {
    const { slot } = freeSlot();
    context.platform.store.bookingModel.setSlotCapacity(slot.id, 150);
    expect([await remaining(api, slot.id), await remaining(api, slot.id, 'window')]).toEqual([120, 150]);
    const holders = await residentsWithCards(api, context.platform, 200);
    const answers = await Promise.all(holders.map((holder) => hold(api, holder, slot.id)));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(120);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(80);
    expect([await remaining(api, slot.id), await remaining(api, slot.id, 'window')]).toEqual([0, 30]);
    expect(() => context.platform.store.bookingModel.setSlotCapacity(slot.id, 10)).toThrow(RangeError);
  });
});
