// Registration fees and bills through the SDK against the platform (msw in-process): hold -> pay -> the
// payer confirms at the simulated WeChat Pay -> the notification settles the order and books the hold;
// what the simulator sends checks out with an independent WeChat Pay v3 library and with the SDK's own
// server entry; money that arrives after the hold lapsed is refunded in full; and 200 payments made
// through injected faults (latency, 503, reset, commit-then-drop) each end with exactly one charge.
import { setupServer } from 'msw/node';
import { Aes, Formatter, Rsa } from 'wechatpay-axios-plugin';
import { createClient, isApiError, type Payment, type YikaClient } from '@yika/sdk';
import { verifyWechatPayNotification } from '@yika/sdk/server';
import { createPlatform, type Platform } from '@yika/mock-server';
import { catalogItem } from '../payments.support';
import { slotOn } from '../support/appointments';

const BASE_URL = 'http://platform.test';
// 10:00 on a Monday in Shanghai: within booking hours; tomorrow is released.
const NOW = '2026-11-23T10:00:00+08:00';
const TOMORROW = '2026-11-24';
const server = setupServer();
let platform: Platform;

jest.setTimeout(60_000);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  platform = createPlatform({ seed: 3, now: NOW, validateResponses: true });
  server.resetHandlers(...platform.handlers);
});

interface Resident {
  sdk: YikaClient;
  accountId: string;
  cardRef: string;
  cardId: string;
}

/** A resident with their own card, signed in through the SDK; retries are immediate (no real waiting). */
async function resident(maxRetries = 2): Promise<Resident> {
  const [enrolled] = platform.store.residents.enrol(1);
  const sdk = createClient({
    baseURL: BASE_URL,
    channel: 'wechat-miniapp',
    now: () => platform.clock.now(),
    maxRetries,
    retry: { sleep: async () => {}, baseDelayMs: 1 },
  });
  await sdk.auth.loginWithWechatCode(enrolled!.loginCode);
  const binding = platform.store.cardModel.bindings.get(enrolled!.accountId, enrolled!.cardRef);
  return { sdk, accountId: enrolled!.accountId, cardRef: enrolled!.cardRef, cardId: binding.cardId };
}

const prepayIdOf = (payment: Payment): string => payment.wechat!.package.replace(/^prepay_id=/, '');

describe('a registration fee (挂号费)', () => {
  it('hold -> pay -> confirm books the slot; the SDK waits for the settlement', async () => {
    const me = await resident();
    const { slot } = slotOn(platform, TOMORROW);
    const hold = await me.sdk.holds.create({ slotId: slot.id, cardRef: me.cardRef });
    expect(hold.feeFen).toBeGreaterThan(0);
    await expect(me.sdk.appointments.book(hold.id)).rejects.toMatchObject({ code: 'PAYMENT_REQUIRED' });

    const order = await me.sdk.payments.create({ purpose: 'registration', holdId: hold.id });
    expect(order).toMatchObject({ status: 'unpaid', amountFen: hold.feeFen, expiresAt: hold.expiresAt });
    expect(order.split).toEqual({
      mixType: 'CASH_ONLY',
      totalFen: hold.feeFen,
      fundFen: 0,
      personalAccountFen: 0,
      selfPayFen: hold.feeFen,
    });
    // paySign checks out with the merchant's public key, by an independent v3 library.
    const merchant = platform.wechatPay.merchant();
    const params = order.wechat!;
    const signed = Formatter.joinedByLineFeed(
      params.appId,
      params.timeStamp,
      params.nonceStr,
      params.package,
    );
    expect(Rsa.verify(signed, params.paySign, Rsa.from(merchant.merchantPublicKeyPem, 'public'))).toBe(true);

    const settling = me.sdk.payments.waitUntilSettled(order.id);
    await platform.wechatPay.confirm(prepayIdOf(order));
    const paid = await settling;
    expect(paid.status).toBe('paid');
    expect(paid.appointmentId).toEqual(expect.any(String));

    const appointment = await me.sdk.appointments.get(paid.appointmentId!);
    expect(appointment).toMatchObject({
      status: 'booked',
      channel: 'wechat-miniapp',
      holdId: hold.id,
      payment: { id: order.id, status: 'paid', amountFen: hold.feeFen, refundedFen: 0 },
    });
    expect(await me.sdk.holds.get(hold.id)).toMatchObject({
      status: 'booked',
      appointmentId: appointment.id,
    });
    // Booking the paid hold again answers the same booking.
    expect((await me.sdk.appointments.book(hold.id)).id).toBe(appointment.id);
  });

  it('what the simulator sent verifies and decrypts with a v3 library and with @yika/sdk/server', async () => {
    const me = await resident();
    const { slot } = slotOn(platform, TOMORROW);
    const hold = await me.sdk.holds.create({ slotId: slot.id, cardRef: me.cardRef });
    const order = await me.sdk.payments.create({ purpose: 'registration', holdId: hold.id });
    const { notification } = await platform.wechatPay.confirm(prepayIdOf(order));
    const merchant = platform.wechatPay.merchant();
    const headers = notification.headers;

    // An independent library, as a hospital's server would use it.
    const message = Formatter.joinedByLineFeed(
      headers['Wechatpay-Timestamp']!,
      headers['Wechatpay-Nonce']!,
      notification.body,
    );
    const platformKey = Rsa.from(merchant.platformPublicKeyPem, 'public');
    expect(headers['Wechatpay-Serial']).toBe(merchant.platformSerial);
    expect(Rsa.verify(message, headers['Wechatpay-Signature']!, platformKey)).toBe(true);
    const { resource } = JSON.parse(notification.body) as {
      resource: { ciphertext: string; nonce: string; associated_data: string };
    };
    const decrypted = JSON.parse(
      Aes.AesGcm.decrypt(resource.ciphertext, merchant.apiV3Key, resource.nonce, resource.associated_data),
    ) as Record<string, unknown>;
    expect(decrypted).toMatchObject({
      appid: merchant.appId,
      mchid: merchant.mchid,
      out_trade_no: order.outTradeNo,
      trade_state: 'SUCCESS',
      trade_type: 'JSAPI',
      amount: { total: hold.feeFen, currency: 'CNY' },
    });

    // The SDK's server entry agrees.
    const verified = await verifyWechatPayNotification({
      headers,
      body: notification.body,
      platformCertificates: [
        { serial: merchant.platformSerial, publicKeyPem: merchant.platformPublicKeyPem },
      ],
      apiV3Key: merchant.apiV3Key,
      now: () => platform.clock.now(),
    });
    expect(verified.resource).toMatchObject({ out_trade_no: order.outTradeNo, trade_state: 'SUCCESS' });
  });

  it('money that arrives after the hold lapsed books nothing and is refunded in full', async () => {
    const me = await resident();
    const { slot } = slotOn(platform, TOMORROW);
    const hold = await me.sdk.holds.create({ slotId: slot.id, cardRef: me.cardRef });
    const order = await me.sdk.payments.create({ purpose: 'registration', holdId: hold.id });

    // The payer pays a minute before the hold lapses, but the platform's notify endpoint is down for
    // every immediate retry of WeChat Pay.
    platform.clock.set(Date.parse(hold.expiresAt) - 60_000);
    platform.faults.inject({ kind: 'error', status: 503, path: '/v1/payments/wechat/notify', times: 50 });
    const delivery = await platform.wechatPay.confirm(prepayIdOf(order));
    expect(delivery.delivered).toBe(false);
    expect((await me.sdk.payments.get(order.id)).status).toBe('unpaid');

    // The hold lapses; then WeChat Pay's later retry gets through (within the 5 minutes a notification's
    // timestamp is accepted).
    platform.clock.set(Date.parse(hold.expiresAt) + 60_000);
    platform.faults.clear();
    expect((await platform.wechatPay.redeliverLast()).delivered).toBe(true);
    await platform.wechatPay.idle();

    const settled = await me.sdk.payments.get(order.id);
    expect(settled).toMatchObject({ status: 'refunded', refundedFen: hold.feeFen });
    expect(settled.appointmentId).toBeUndefined();
    expect(settled.refunds).toEqual([expect.objectContaining({ amountFen: hold.feeFen, status: 'success' })]);
    expect((await me.sdk.holds.get(hold.id)).status).toBe('expired');
    expect((await me.sdk.appointments.list({ view: 'upcoming' })).data).toEqual([]);
    const events = await me.sdk.events.list();
    expect(events.data.map((event) => event.type)).toContain('payment.refunded');
  });
});

describe('retries after commit-then-drop have one effect', () => {
  it('a hold whose answer was lost is retried by the SDK and held once', async () => {
    const me = await resident();
    const { slot } = slotOn(platform, TOMORROW);
    const before = (await me.sdk.schedules.slots(slot.id.replace(/_\d{2}$/, ''))).data.find(
      (candidate) => candidate.id === slot.id,
    )!.remaining;
    const holdsBefore = platform.store.holds.size;

    platform.faults.inject({ kind: 'commit-then-drop', method: 'POST', path: '/v1/holds' });
    const hold = await me.sdk.holds.create({ slotId: slot.id, cardRef: me.cardRef });

    expect(platform.store.holds.size).toBe(holdsBefore + 1);
    const after = (await me.sdk.schedules.slots(slot.id.replace(/_\d{2}$/, ''))).data.find(
      (candidate) => candidate.id === slot.id,
    )!.remaining;
    expect(after).toBe(before - 1);
    expect(await me.sdk.holds.get(hold.id)).toMatchObject({ status: 'held' });
  });

  it('a free booking whose answer was lost is retried and booked once', async () => {
    const me = await resident();
    const { schedule, slot } = slotOn(platform, TOMORROW);
    (schedule.doctor as { feeFen: number }).feeFen = 0;
    const hold = await me.sdk.holds.create({ slotId: slot.id, cardRef: me.cardRef });

    platform.faults.inject({ kind: 'commit-then-drop', method: 'POST', path: '/v1/appointments' });
    const booked = await me.sdk.appointments.book(hold.id);

    const { data } = await me.sdk.appointments.list({ view: 'upcoming' });
    expect(data.map((appointment) => appointment.id)).toEqual([booked.id]);
    expect(booked).toMatchObject({ status: 'booked', feeFen: 0, payment: null });
  });
});

describe('200 bill payments through injected faults', () => {
  const ATTEMPTS = 200;

  it('each ends with exactly one order and one charge', async () => {
    const me = await resident(6);
    const billIds = Array.from(
      { length: ATTEMPTS },
      (_, i) =>
        platform.store.payments.bills.book.add({
          cardId: me.cardId,
          items: [catalogItem(i % 2 === 0 ? 'DRG0101' : 'LAB0101', 1 + (i % 3))],
        }).id,
    );
    // Every kind of fault, interleaved, on the order creation (the notify path is untouched: it is
    // POST /v1/payments/wechat/notify and these rules stop before confirmation starts).
    const kinds = ['commit-then-drop', 'error', 'reset'] as const;
    for (let i = 0; i < 240; i++) {
      platform.faults.inject({ kind: kinds[i % 3]!, method: 'POST', path: '/v1/payments' });
    }
    platform.faults.inject({
      kind: 'latency',
      latencyMs: 3,
      method: 'POST',
      path: '/v1/payments',
      times: 400,
    });

    const orders = await Promise.all(
      billIds.map((billId) => me.sdk.payments.create({ purpose: 'bill', billId })),
    );
    expect(platform.faults.pending).toBe(0);
    platform.faults.clear();

    // One order per bill: a dropped answer was replayed by its idempotency key, not charged again.
    expect(new Set(orders.map((order) => order.id)).size).toBe(ATTEMPTS);
    expect(orders.map((order) => order.billId)).toEqual(billIds);
    for (const order of orders) await platform.wechatPay.confirm(prepayIdOf(order));

    const charges = new Map<string, number>();
    for (const delivery of platform.wechatPay.deliveries()) {
      if (delivery.notification.eventType !== 'TRANSACTION.SUCCESS') continue;
      charges.set(delivery.outTradeNo, (charges.get(delivery.outTradeNo) ?? 0) + 1);
    }
    expect(charges.size).toBe(ATTEMPTS);
    expect([...charges.values()].every((count) => count === 1)).toBe(true);

    const records: Payment[] = [];
    for await (const payment of me.sdk.payments.iterate({ cardRef: me.cardRef })) records.push(payment);
    expect(records).toHaveLength(ATTEMPTS);
    expect(records.every((payment) => payment.status === 'paid')).toBe(true);
    const unpaid = await me.sdk.bills.list({ cardRef: me.cardRef, status: 'unpaid' });
    expect(unpaid.data.filter((bill) => billIds.includes(bill.id))).toEqual([]);

    // Paying a paid bill again is refused, not charged.
    const again = await me.sdk.payments
      .create({ purpose: 'bill', billId: billIds[0]! })
      .catch((error: unknown) => error);
    expect(isApiError(again) && again.code).toBe('BILL_ALREADY_PAID');
  });
});
