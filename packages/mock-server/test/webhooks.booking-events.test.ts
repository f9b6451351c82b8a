// Hospital webhook events of cards and bookings, raised by the model where the facts change and delivered
// only to the subscriptions of the hospital concerned: card.linked (a patient number made at the hospital,
// whatever used the card there first), appointment.booked (any channel), appointment.cancelled (with the
// refund), appointment.checked_in, appointment.no_show and schedule.stopped (停诊). Every delivery verifies
// with @yika/sdk/server against the platform's JWKS, fits the contract and names nobody.
import { addDays, toShanghaiIso } from '@yika/sdk/domain';
import type { Appointment, CardCodeVerification, Payment } from '../src/contract/wire';
import { createWebhookTestSigner, verifyWebhookEvent } from '@yika/sdk/server';
import { NO_SHOW_GRACE_MS } from '../src/store/booking/appointment-book';
import { jsonOf } from './support/api';
import {
  bookFree,
  cancel,
  holdOf,
  hospitalHeaders,
  makeFree,
  readAppointment,
  slotOn,
} from './support/appointments';
import { findSchedule, hospitalNamed } from './support/booking';
import { residentsWithCards, type CardHolder } from './support/holds';
import { SHARED_POOL } from '../src/store/booking/pools';
import { TODAY, TOMORROW } from './support/booking-day';
import { prepayIdOf } from './payments.support';
import {
  api,
  eventsOf,
  expectNoPersonalData,
  ofType,
  subscribe,
  useWebhookPlatform,
} from './webhooks.support';

const context = useWebhookPlatform();

function personOf(holder: CardHolder): { personId: string; cardId: string } {
  const { cardModel } = context.platform.store;
  const { cardId } = cardModel.bindings.get(holder.accountId, holder.cardRef);
  return { personId: cardModel.cards.get(cardId)!.personId, cardId };
}

function patientNumberOf(holder: CardHolder, hospitalId: string): string {
  return context.platform.store.cardModel.patients.forPerson(personOf(holder).personId)[hospitalId]!;
}

/** Another hospital than `hospitalId`, subscribed too: it must hear nothing of the other's patients. */
async function otherHospitalSubscribed(hospitalId: string) {
  const other = context.platform.store.hospitals.all().find((hospital) => hospital.id !== hospitalId)!;
  return subscribe(context.platform, other.id);
}

describe('card.linked', () => {
  it("is raised once per person and hospital, when the card's first use there makes the patient number", async () => {
    const { platform } = context;
    const [first, second] = platform.store.hospitals.all();
    const [mine, elsewhere] = [await subscribe(platform, first!.id), await subscribe(platform, second!.id)];
    const [resident] = await residentsWithCards(api, platform, 1);
    const card = platform.store.cards.get(resident!.accountId, resident!.cardRef);
    const verify = async (hospitalId: string) =>
      jsonOf<CardCodeVerification>(
        await api.post(
          '/v1/card-codes/verify',
          { qrText: card.staticQrText },
          hospitalHeaders(platform, hospitalId),
        ),
      );

    const atFirst = await verify(first!.id);
    expect(atFirst.patientNumberCreated).toBe(true);
    await verify(first!.id); // the same number again: nothing new to tell
    const linked = ofType(await eventsOf(platform, mine), 'card.linked');
    expect(linked.map((event) => event.data)).toEqual([
      { hospitalId: first!.id, patientNumber: atFirst.patientNumber, linkedAt: `${TODAY}T10:00:00+08:00` },
    ]);
    expect(await eventsOf(platform, elsewhere)).toEqual([]);

    const atSecond = await verify(second!.id);
    expect(ofType(await eventsOf(platform, elsewhere), 'card.linked').map((event) => event.data)).toEqual([
      expect.objectContaining({ hospitalId: second!.id, patientNumber: atSecond.patientNumber }),
    ]);
    expect(await eventsOf(platform, mine)).toHaveLength(1);
    expectNoPersonalData(platform, [personOf(resident!).personId]);
  });
});

describe('appointment.booked', () => {
  it('tells the hospital of a booking made in the mini-program, after linking the patient there', async () => {
    const { platform } = context;
    const { schedule, slot } = slotOn(platform, TOMORROW);
    makeFree(schedule);
    const hospitalId = schedule.doctor.hospitalId;
    const [mine, other] = [await subscribe(platform, hospitalId), await otherHospitalSubscribed(hospitalId)];
    const [resident] = await residentsWithCards(api, platform, 1);
    const booked = await bookFree(api, resident!, slot.id);

    const events = await eventsOf(platform, mine);
    expect(events.map((event) => event.type)).toEqual(['card.linked', 'appointment.booked']);
    const patientNumber = patientNumberOf(resident!, hospitalId);
    expect(ofType(events, 'appointment.booked')[0]!.data).toEqual({
      appointmentId: booked.id,
      hospitalId,
      patientNumber,
      departmentId: schedule.doctor.departmentId,
      doctorId: schedule.doctor.id,
      scheduleId: schedule.id,
      slotId: slot.id,
      date: TOMORROW,
      period: schedule.period,
      startsAt: booked.slot.startTime,
      endsAt: booked.slot.endTime,
      channel: 'wechat-miniapp',
      feeFen: 0,
      bookedAt: `${TODAY}T10:00:00+08:00`,
    });
    expect(ofType(events, 'card.linked')[0]!.data.patientNumber).toBe(patientNumber);
    expect(await eventsOf(platform, other)).toEqual([]);
    expectNoPersonalData(platform, [personOf(resident!).personId]);
  });

  it('tells the hospital of a kiosk booking (channel kiosk), with its on-site fee as payment.succeeded', async () => {
    const { platform } = context;
    const { schedule, slot } = slotOn(platform, TOMORROW);
    const hospitalId = schedule.doctor.hospitalId;
    const mine = await subscribe(platform, hospitalId, ['appointment.booked', 'payment.succeeded']);
    const [resident] = await residentsWithCards(api, platform, 1);
    const card = platform.store.cards.get(resident!.accountId, resident!.cardRef);
    const booked = jsonOf<Appointment>(
      await api.post(
        '/v1/hospital/appointments',
        { cardCode: card.staticQrText, slotId: slot.id },
        hospitalHeaders(platform, hospitalId, 'kiosk'),
      ),
    );

    const events = await eventsOf(platform, mine);
    // Subscribed to two types: the card.linked of the code's scan is not sent to this subscription.
    expect(events.map((event) => event.type)).toEqual(['appointment.booked', 'payment.succeeded']);
    const patientNumber = patientNumberOf(resident!, hospitalId);
    expect(ofType(events, 'appointment.booked')[0]!.data).toMatchObject({
      appointmentId: booked.id,
      patientNumber,
      channel: 'kiosk',
      feeFen: schedule.doctor.feeFen,
    });
    expect(ofType(events, 'payment.succeeded')[0]!.data).toEqual({
      paymentId: booked.payment!.id,
      hospitalId,
      patientNumber,
      purpose: 'registration',
      appointmentId: booked.id,
      billId: null,
      amountFen: schedule.doctor.feeFen,
      split: {
        mixType: 'CASH_ONLY',
        totalFen: schedule.doctor.feeFen,
        fundFen: 0,
        personalAccountFen: 0,
        selfPayFen: schedule.doctor.feeFen,
      },
      method: 'onsite',
      paidAt: `${TODAY}T10:00:00+08:00`,
    });
    expectNoPersonalData(platform, [personOf(resident!).personId]);
  });
});

describe('appointment.cancelled', () => {
  it('tells the hospital of a paid booking cancelled by the resident, with the refund, then the refund done', async () => {
    const { platform } = context;
    const { schedule, slot } = slotOn(platform, TOMORROW);
    const hospitalId = schedule.doctor.hospitalId;
    const [mine, other] = [await subscribe(platform, hospitalId), await otherHospitalSubscribed(hospitalId)];
    const [resident] = await residentsWithCards(api, platform, 1);
    const held = await holdOf(api, resident!, slot.id);
    const order = jsonOf<Payment>(
      await api.post(
        '/v1/payments',
        { purpose: 'registration', holdId: held.id },
        { token: resident!.token },
      ),
    );
    await platform.wechatPay.confirm(prepayIdOf(order));
    const appointmentId = platform.store.payments.ledger.get(order.id)!.appointmentId!;
    platform.clock.advance(60_000);
    expect(jsonOf<Appointment>(await cancel(api, resident!, appointmentId)).status).toBe('cancelled');
    await platform.wechatPay.idle();

    const events = await eventsOf(platform, mine);
    expect(events.map((event) => event.type)).toEqual([
      'card.linked',
      'appointment.booked',
      'payment.succeeded',
      'appointment.cancelled',
      'payment.refunded',
    ]);
    const patientNumber = patientNumberOf(resident!, hospitalId);
    expect(ofType(events, 'payment.succeeded')[0]!.data).toMatchObject({
      paymentId: order.id,
      appointmentId,
      method: 'wechat',
      amountFen: held.feeFen,
    });
    expect(ofType(events, 'appointment.cancelled')[0]!.data).toEqual({
      appointmentId,
      hospitalId,
      patientNumber,
      scheduleId: schedule.id,
      slotId: slot.id,
      cancelledBy: 'resident',
      cancelledAt: `${TODAY}T10:01:00+08:00`,
      refund: { paymentId: order.id, amountFen: held.feeFen },
    });
    expect(ofType(events, 'payment.refunded')[0]!.data).toMatchObject({
      paymentId: order.id,
      hospitalId,
      patientNumber,
      appointmentId,
      billId: null,
      amountFen: held.feeFen,
      refundedFen: held.feeFen,
      reason: '取消预约退款',
    });
    expect(await eventsOf(platform, other)).toEqual([]);
    expectNoPersonalData(platform, [personOf(resident!).personId]);
  });

  it('says refund null for a free booking', async () => {
    const { platform } = context;
    const { schedule, slot } = slotOn(platform, TOMORROW);
    makeFree(schedule);
    const mine = await subscribe(platform, schedule.doctor.hospitalId, ['appointment.cancelled']);
    const [resident] = await residentsWithCards(api, platform, 1);
    const booked = await bookFree(api, resident!, slot.id);
    await cancel(api, resident!, booked.id);
    const [event] = await eventsOf(platform, mine);
    expect(event).toMatchObject({
      type: 'appointment.cancelled',
      data: { appointmentId: booked.id, refund: null },
    });
  });
});

describe('a waitlist (候补) booking', () => {
  it('follows the cancellation that freed its place, as appointment.booked', async () => {
    const { platform } = context;
    const visit = addDays(TODAY, 2);
    const hospitalId = hospitalNamed(platform, '明州市第一人民医院').id;
    const schedule = findSchedule(
      platform,
      { from: visit, days: 1, doctors: (doctor) => doctor.hospitalId === hospitalId },
      (candidate) => {
        const left = candidate.slots.reduce((sum, slot) => sum + slot.seededRemaining[SHARED_POOL]!, 0);
        return !candidate.stopped && left >= 1 && left <= 3;
      },
    );
    makeFree(schedule);
    const slotIds = schedule.slots.flatMap((slot) =>
      Array.from({ length: slot.seededRemaining[SHARED_POOL]! }, () => slot.id),
    );
    const holders = await residentsWithCards(api, platform, slotIds.length + 1);
    const booked: Appointment[] = [];
    for (const [index, slotId] of slotIds.entries())
      booked.push(await bookFree(api, holders[index]!, slotId));
    const waiting = holders.at(-1)!;
    const joined = await api.post(
      '/v1/waitlist',
      { scheduleId: schedule.id, cardRef: waiting.cardRef },
      { token: waiting.token },
    );
    expect(joined.status).toBe(201);
    const mine = await subscribe(platform, hospitalId, ['appointment.booked', 'appointment.cancelled']);
    await cancel(api, holders[0]!, booked[0]!.id);

    const events = await eventsOf(platform, mine);
    expect(
      events.map((event) => [event.type, 'patientNumber' in event.data && event.data.patientNumber]),
    ).toEqual([
      ['appointment.cancelled', patientNumberOf(holders[0]!, hospitalId)],
      ['appointment.booked', patientNumberOf(waiting, hospitalId)],
    ]);
    expect(ofType(events, 'appointment.booked')[0]!.data).toMatchObject({
      scheduleId: schedule.id,
      slotId: booked[0]!.slot.id,
    });
  });
});

describe('appointment.checked_in and appointment.no_show', () => {
  it('tells the hospital of a check-in on the visit day', async () => {
    const { platform } = context;
    const { schedule, slot } = slotOn(platform, TOMORROW);
    makeFree(schedule);
    const hospitalId = schedule.doctor.hospitalId;
    const mine = await subscribe(platform, hospitalId, ['appointment.checked_in', 'appointment.no_show']);
    const [resident] = await residentsWithCards(api, platform, 1);
    const booked = await bookFree(api, resident!, slot.id);
    platform.clock.set(`${TOMORROW}T07:30:00+08:00`);
    await api.post(
      `/v1/hospital/appointments/${booked.id}/check-in`,
      undefined,
      hospitalHeaders(platform, hospitalId, 'window'),
    );
    // Checked in, it never becomes a no-show.
    platform.clock.set(`${addDays(TODAY, 3)}T10:00:00+08:00`);
    await readAppointment(api, resident!, booked.id);

    expect((await eventsOf(platform, mine)).map((event) => [event.type, event.data])).toEqual([
      [
        'appointment.checked_in',
        {
          appointmentId: booked.id,
          hospitalId,
          patientNumber: patientNumberOf(resident!, hospitalId),
          scheduleId: schedule.id,
          checkedInAt: `${TOMORROW}T07:30:00+08:00`,
        },
      ],
    ]);
  });

  it('tells the hospital of a no-show once, 30 minutes after the slot ended', async () => {
    const { platform } = context;
    const { schedule, slot } = slotOn(platform, TOMORROW);
    makeFree(schedule);
    const hospitalId = schedule.doctor.hospitalId;
    const [mine, other] = [
      await subscribe(platform, hospitalId, ['appointment.no_show']),
      await otherHospitalSubscribed(hospitalId),
    ];
    const [resident] = await residentsWithCards(api, platform, 1);
    const booked = await bookFree(api, resident!, slot.id);
    const noShowAt = Date.parse(booked.slot.endTime) + NO_SHOW_GRACE_MS;
    platform.clock.set(noShowAt - 1_000);
    await readAppointment(api, resident!, booked.id);
    expect(await eventsOf(platform, mine)).toEqual([]);
    platform.clock.set(noShowAt);
    await readAppointment(api, resident!, booked.id);
    await readAppointment(api, resident!, booked.id);

    const events = await eventsOf(platform, mine);
    expect(events.map((event) => [event.type, event.data])).toEqual([
      [
        'appointment.no_show',
        {
          appointmentId: booked.id,
          hospitalId,
          patientNumber: patientNumberOf(resident!, hospitalId),
          scheduleId: schedule.id,
          slotId: slot.id,
          noShowAt: toShanghaiIso(noShowAt),
        },
      ],
    ]);
    expect(await eventsOf(platform, other)).toEqual([]);
  });
});

describe('schedule.stopped', () => {
  it('tells the hospital once per stopped schedule, naming every cancelled booking and its refund', async () => {
    const { platform } = context;
    const { schedule, slot } = slotOn(platform, TOMORROW);
    makeFree(schedule);
    const hospitalId = schedule.doctor.hospitalId;
    const [mine, other] = [
      await subscribe(platform, hospitalId, ['schedule.stopped', 'appointment.cancelled']),
      await otherHospitalSubscribed(hospitalId),
    ];
    const residents = await residentsWithCards(api, platform, 2);
    const booked = [await bookFree(api, residents[0]!, slot.id), await bookFree(api, residents[1]!, slot.id)];
    platform.clock.advance(60_000);
    const stop = await api.post(
      `/v1/hospital/schedules/${schedule.id}/stop`,
      { reason: '医生临时外出会诊' },
      hospitalHeaders(platform, hospitalId, 'window'),
    );
    expect(stop.status).toBe(200);
    // Stopping again answers the first stop and tells nobody twice.
    await api.post(
      `/v1/hospital/schedules/${schedule.id}/stop`,
      { reason: '医生临时外出会诊' },
      hospitalHeaders(platform, hospitalId, 'window'),
    );

    const events = await eventsOf(platform, mine);
    expect(events.map((event) => event.type)).toEqual(['schedule.stopped']);
    expect(events[0]!.data).toEqual({
      scheduleId: schedule.id,
      hospitalId,
      departmentId: schedule.doctor.departmentId,
      doctorId: schedule.doctor.id,
      date: TOMORROW,
      period: schedule.period,
      reason: '医生临时外出会诊',
      stoppedAt: `${TODAY}T10:01:00+08:00`,
      refundedFen: 0,
      closedWaitlistEntries: 0,
      appointments: booked.map((appointment, index) => ({
        appointmentId: appointment.id,
        patientNumber: patientNumberOf(residents[index]!, hospitalId),
        refundFen: 0,
      })),
    });
    expect(ofType(await eventsOf(platform, other), 'schedule.stopped')).toEqual([]);
    expectNoPersonalData(
      platform,
      residents.map((holder) => personOf(holder).personId),
    );
  });
});

describe('a delivery as a hospital receives it', () => {
  it('is refused when altered, addressed to another webhook, late, or checked against another key', async () => {
    const { platform } = context;
    const { schedule, slot } = slotOn(platform, TOMORROW);
    makeFree(schedule);
    const hospitalId = schedule.doctor.hospitalId;
    const mine = await subscribe(platform, hospitalId, ['appointment.booked']);
    const other = await otherHospitalSubscribed(hospitalId);
    const [resident] = await residentsWithCards(api, platform, 1);
    await bookFree(api, resident!, slot.id);
    await platform.webhooks.idle();
    const body = platform.webhooks.deliveries().find((delivery) => delivery.webhookId === mine.id)!.lastBody;
    const jwks = await platform.jwks();
    const now = () => platform.clock.now();
    const codeOf = (text: string, options: Partial<Parameters<typeof verifyWebhookEvent>[1]> = {}) =>
      verifyWebhookEvent(text, { jwks, audience: mine.id, now, ...options }).then(
        (event) => event.type,
        (error: { code: string }) => error.code,
      );

    const [header, payload, signature] = body.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { data: { slotId: string } };
    claims.data.slotId = 'slt_other';
    const altered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const impostor = await createWebhookTestSigner({ kid: jwks.keys[0]!.kid });

    expect(await codeOf(body)).toBe('appointment.booked');
    expect(await codeOf(altered)).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(await codeOf(body, { audience: other.id })).toBe('WEBHOOK_CLAIMS_INVALID');
    expect(await codeOf(body, { jwks: impostor.jwks })).toBe('WEBHOOK_SIGNATURE_INVALID');
    platform.clock.advance(331_000);
    expect(await codeOf(body)).toBe('WEBHOOK_EXPIRED');
  });
});
