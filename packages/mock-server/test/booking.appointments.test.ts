// Booking a hold (预约): free holds at once, paid ones when the fee settles, lapsed ones refused; the
// account's appointments listed upcoming and past, shared between the accounts holding one card; and
// bookings counting towards the limits.
import { addDays } from '@yika/sdk/domain';
import type { Appointment, AppointmentPage, Hold } from '../src/contract/wire';
import { createApi, errorOf, expectCode, jsonOf } from './support/api';
import {
  bookFree,
  bookHold,
  fakePayments,
  holdOf,
  makeFree,
  readAppointment,
  slotOn,
} from './support/appointments';
import { hold, readHold, remaining, residentsWithCards, shareCard, type CardHolder } from './support/holds';
import { HOLD_MS, TODAY, TOMORROW, useBookingPlatform } from './support/booking-day';

const context = useBookingPlatform();
const api = createApi();

async function people(count: number): Promise<CardHolder[]> {
  return residentsWithCards(api, context.platform, count);
}

describe('booking a hold', () => {
  it('books a free hold at once: the hold turns booked and its place stops expiring', async () => {
    const { schedule, slot } = slotOn(context.platform, TOMORROW);
    makeFree(schedule);
    const [resident] = await people(1);
    const web = await remaining(api, slot.id);
    const held = await holdOf(api, resident!, slot.id);

    const created = await bookHold(api, resident!, held.id);
    expect(created.status).toBe(201);
    const booked = jsonOf<Appointment>(created);
    expect(booked).toMatchObject({
      status: 'booked',
      cardRef: resident!.cardRef,
      patientName: held.patientName,
      channel: 'wechat-miniapp',
      feeFen: 0,
      payment: null,
      holdId: held.id,
      schedule: { id: schedule.id },
      slot: { id: slot.id },
      cancelDeadline: `${TODAY}T16:00:00+08:00`,
      cancellable: true,
    });
    expect(await readHold(api, resident!, held.id)).toMatchObject({
      status: 'booked',
      appointmentId: booked.id,
    });

    context.platform.clock.advance(HOLD_MS + 60_000);
    expect(await remaining(api, slot.id)).toBe(web - 1);
    expect((await readHold(api, resident!, held.id)).status).toBe('booked');
    // Booking the same hold again answers the same appointment.
    const again = await bookHold(api, resident!, held.id);
    expect([again.status, jsonOf<Appointment>(again).id]).toEqual([201, booked.id]);
    expect(await readAppointment(api, resident!, booked.id)).toEqual(booked);
  });

  it('records the channel the hold was made on, not the one booking it', async () => {
    const { schedule, slot } = slotOn(context.platform, TOMORROW);
    makeFree(schedule);
    const [resident] = await people(1);
    const held = jsonOf<Hold>(await hold(api, resident!, slot.id, { headers: { 'X-Yika-Channel': 'web' } }));
    const booked = jsonOf<Appointment>(await bookHold(api, resident!, held.id));
    expect(booked.channel).toBe('web');
  });

  it('asks for payment of a hold with a fee, and books it once the payment settles', async () => {
    const payments = fakePayments(context.platform);
    const { schedule, slot } = slotOn(context.platform, TOMORROW);
    const [resident] = await people(1);
    const held = await holdOf(api, resident!, slot.id);
    expect(held.feeFen).toBe(schedule.doctor.feeFen);
    expectCode(await bookHold(api, resident!, held.id), 409, 'PAYMENT_REQUIRED');

    const payable = context.platform.store.appointments.payableHold(resident!.accountId, held.id);
    expect(payable).toMatchObject({ holdId: held.id, feeFen: held.feeFen, cardRef: resident!.cardRef });
    expect(payable.description).toMatch(/^挂号费-.+-.\*/);
    const { paymentId, appointmentId } = payments.payHold(resident!.accountId, held.id);
    expect(appointmentId).toBeDefined();
    // A repeated settlement finds the same appointment; paying a booked hold is refused.
    expect(context.platform.store.appointments.bookPaidHold(held.id, paymentId)).toBe(appointmentId);
    expect(() => context.platform.store.appointments.payableHold(resident!.accountId, held.id)).toThrow(
      'PAYMENT_STATE_INVALID',
    );
    expect(await readHold(api, resident!, held.id)).toMatchObject({
      status: 'booked',
      appointmentId,
      paymentId,
    });
    const booked = jsonOf<Appointment>(await bookHold(api, resident!, held.id));
    expect(booked).toMatchObject({
      id: appointmentId,
      feeFen: held.feeFen,
      payment: { id: paymentId, status: 'paid', amountFen: held.feeFen, refundedFen: 0 },
    });
  });

  it('refuses a lapsed or released hold (HOLD_EXPIRED) and another account’s hold (404)', async () => {
    fakePayments(context.platform);
    const { schedule, slot } = slotOn(context.platform, TOMORROW);
    makeFree(schedule);
    const [resident, other] = await people(2);
    const held = await holdOf(api, resident!, slot.id);
    expectCode(await bookHold(api, other!, held.id), 404, 'NOT_FOUND');
    context.platform.clock.advance(HOLD_MS);
    expectCode(await bookHold(api, resident!, held.id), 409, 'HOLD_EXPIRED');
    expect(() => context.platform.store.appointments.payableHold(resident!.accountId, held.id)).toThrow(
      'HOLD_EXPIRED',
    );

    const released = await holdOf(api, other!, slot.id);
    await api.send('DELETE', `/v1/holds/${released.id}`, undefined, { token: other!.token });
    expectCode(await bookHold(api, other!, released.id), 409, 'HOLD_EXPIRED');
  });

  it('books nothing when the money arrives after the hold lapsed (the payment side refunds)', async () => {
    const { slot } = slotOn(context.platform, TOMORROW);
    const [resident] = await people(1);
    const held = await holdOf(api, resident!, slot.id);
    context.platform.clock.advance(HOLD_MS);
    expect(context.platform.store.appointments.bookPaidHold(held.id, 'pay_late0001')).toBeUndefined();
    expect((await readHold(api, resident!, held.id)).status).toBe('expired');
  });
});

describe('the account’s appointments', () => {
  async function page(holder: CardHolder, query: string): Promise<AppointmentPage> {
    return jsonOf<AppointmentPage>(await api.get(`/v1/appointments?${query}`, { token: holder.token }));
  }

  it('lists upcoming soonest first and past latest first, page by page', async () => {
    const [resident] = await people(1);
    // Three days, three departments: no limit stands in the way.
    const visits: Appointment[] = [];
    for (const day of [3, 1, 2]) {
      const { schedule, slot } = slotOn(context.platform, addDays(TODAY, day));
      makeFree(schedule);
      visits.push(await bookFree(api, resident!, slot.id));
    }
    const bySlot = [...visits].sort((a, b) => a.slot.startTime.localeCompare(b.slot.startTime));
    const first = await page(resident!, 'limit=2');
    expect(first.data.map((item) => item.id)).toEqual(bySlot.slice(0, 2).map((item) => item.id));
    const second = await page(resident!, `limit=2&cursor=${first.nextCursor}`);
    expect([second.data.map((item) => item.id), second.nextCursor]).toEqual([[bySlot[2]!.id], null]);
    expect((await page(resident!, 'view=past')).data).toEqual([]);

    context.platform.clock.set(`${addDays(TODAY, 4)}T10:00:00+08:00`);
    const past = await page(resident!, 'view=past');
    expect(past.data.map((item) => item.id)).toEqual([...bySlot].reverse().map((item) => item.id));
    expect(past.data.every((item) => item.status === 'no_show' && !item.cancellable)).toBe(true);
    expect((await page(resident!, 'view=upcoming')).data).toEqual([]);
  });

  it('shows a card’s booking to every account holding it, filters by card, and hides it from others', async () => {
    const { schedule, slot } = slotOn(context.platform, TOMORROW);
    makeFree(schedule);
    const [parent, otherParent, stranger] = await people(3);
    const sharedRef = shareCard(context.platform, parent!, otherParent!.accountId);
    const booked = await bookFree(api, parent!, slot.id);

    const seen = await page(otherParent!, `cardRef=${sharedRef}`);
    expect(seen.data.map((item) => [item.id, item.cardRef])).toEqual([[booked.id, sharedRef]]);
    expect((await page(otherParent!, `cardRef=${otherParent!.cardRef}`)).data).toEqual([]);
    expect((await page(otherParent!, '')).data.map((item) => item.id)).toEqual([booked.id]);
    expect((await page(stranger!, '')).data).toEqual([]);
    expectCode(await api.get(`/v1/appointments/${booked.id}`, { token: stranger!.token }), 404, 'NOT_FOUND');
    expectCode(
      await api.get(`/v1/appointments?cardRef=${parent!.cardRef}`, { token: stranger!.token }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('bookings count towards the limits', () => {
  it('refuses a second booking in the department that day, until the first is cancelled', async () => {
    const { schedule, slot } = slotOn(context.platform, TOMORROW);
    makeFree(schedule);
    const [resident] = await people(1);
    const booked = await bookFree(api, resident!, slot.id);
    // Long after the hold would have lapsed, the booking still counts.
    context.platform.clock.advance(HOLD_MS * 3);
    const limited = await hold(api, resident!, schedule.slots.find((other) => other.id !== slot.id)!.id);
    expect([limited.status, errorOf(limited).details]).toEqual([
      409,
      [{ field: 'limit', issue: 'perPatientPerDepartmentPerDay' }],
    ]);
    await api.post(`/v1/appointments/${booked.id}/cancel`, undefined, { token: resident!.token });
    expect((await hold(api, resident!, slot.id)).status).toBe(201);
  });
});
