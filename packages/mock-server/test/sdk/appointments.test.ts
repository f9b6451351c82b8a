// One slot pool, many channels, through the SDK against the platform (msw in-process) with the real
// payment side: a kiosk books for a scanned card and the resident sees and cancels it in the mini-program
// (the on-site fee refunded); a hospital stops a clinic and the resident's paid booking is cancelled,
// refunded and announced.
import { setupServer } from 'msw/node';
import { createClient, type Channel, type YikaClient } from '@yika/sdk';
import { createPlatform, type Platform } from '@yika/mock-server';
import { slotOn } from '../support/appointments';

const BASE_URL = 'http://platform.test';
// 10:00 on a Monday in Shanghai; tomorrow's cancellation cut-off is 16:00 today.
const NOW = '2026-11-23T10:00:00+08:00';
const TOMORROW = '2026-11-24';
const server = setupServer();
let platform: Platform;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  platform = createPlatform({ seed: 4, now: NOW, validateResponses: true });
  server.resetHandlers(...platform.handlers);
});

function client(channel: Channel, hospitalKey?: string): YikaClient {
  return createClient({
    baseURL: BASE_URL,
    channel,
    now: () => platform.clock.now(),
    ...(hospitalKey === undefined ? {} : { hospitalKey }),
  });
}

async function residentApp(): Promise<{ sdk: YikaClient; cardRef: string }> {
  const [enrolled] = platform.store.residents.enrol(1);
  const sdk = client('wechat-miniapp');
  await sdk.auth.loginWithWechatCode(enrolled!.loginCode);
  return { sdk, cardRef: enrolled!.cardRef };
}

it('a kiosk booking shows up in the mini-program for the same card and is cancelled there, refunded', async () => {
  const me = await residentApp();
  const card = await me.sdk.cards.get(me.cardRef);
  const { schedule, slot } = slotOn(platform, TOMORROW);
  const kiosk = client('kiosk', platform.hospitalKey(schedule.doctor.hospitalId));

  const booked = await kiosk.appointments.bookAtHospital({ cardCode: card.staticQrText, slotId: slot.id });
  expect(booked).toMatchObject({ status: 'booked', channel: 'kiosk' });
  expect(booked.payment).toMatchObject({ status: 'paid', amountFen: schedule.doctor.feeFen });

  const { data: upcoming } = await me.sdk.appointments.list({ view: 'upcoming' });
  expect(upcoming).toEqual([
    expect.objectContaining({ id: booked.id, channel: 'kiosk', cardRef: me.cardRef, cancellable: true }),
  ]);

  const cancelled = await me.sdk.appointments.cancel(booked.id);
  expect(cancelled.status).toBe('cancelled');
  await platform.wechatPay.idle();
  const payment = await me.sdk.payments.get(booked.payment!.id);
  expect(payment).toMatchObject({ method: 'onsite', refundedFen: schedule.doctor.feeFen });
  expect(['refunding', 'refunded']).toContain(payment.status);
  expect((await me.sdk.appointments.list({ view: 'upcoming' })).data).toEqual([]);
});

it('a clinic stop cancels the paid booking, refunds it in full and tells the resident', async () => {
  const me = await residentApp();
  const { schedule, slot } = slotOn(platform, TOMORROW);
  const hold = await me.sdk.holds.create({ slotId: slot.id, cardRef: me.cardRef });
  const order = await me.sdk.payments.create({ purpose: 'registration', holdId: hold.id });
  await platform.wechatPay.confirm(order.wechat!.package.replace(/^prepay_id=/, ''));
  const { appointmentId } = await me.sdk.payments.waitUntilSettled(order.id);

  const hospital = client('window', platform.hospitalKey(schedule.doctor.hospitalId));
  const stop = await hospital.appointments.stopSchedule(schedule.id, { reason: '医生临时外出会诊' });
  expect(stop).toMatchObject({ cancelledAppointments: 1, refundedFen: hold.feeFen });
  await platform.wechatPay.idle();

  expect(await me.sdk.appointments.get(appointmentId!)).toMatchObject({
    status: 'stopped',
    cancelReason: expect.stringContaining('医生临时外出会诊'),
    payment: { status: 'refunded', refundedFen: hold.feeFen },
  });
  const { data: events } = await me.sdk.events.list();
  expect(events.map((event) => event.type)).toEqual(
    expect.arrayContaining(['appointment.stopped', 'payment.refunded']),
  );
  await expect(me.sdk.holds.create({ slotId: slot.id, cardRef: me.cardRef })).rejects.toMatchObject({
    code: 'SCHEDULE_NOT_OPEN',
  });
});
