// Hospital webhook events of payments: payment.succeeded when an order of the hospital becomes paid
// (WeChat Pay, insurance alone, or on site: see the kiosk booking in webhooks.booking-events) and
// payment.refunded for each refund once it completes. Delivered to the order's hospital only, verified
// with @yika/sdk/server against the platform's JWKS, fitting the contract and naming nobody.
import type { Payment, Refund } from '../src/contract/wire';
import { jsonOf } from './support/api';
import { addBill, catalogItem, demoPayer, payBill, prepayIdOf } from './payments.support';
import {
  api,
  eventsOf,
  expectNoPersonalData,
  ofType,
  subscribe,
  useWebhookPlatform,
} from './webhooks.support';

const context = useWebhookPlatform();

async function billPaidWithWechat() {
  const { platform } = context;
  const payer = await demoPayer(api, platform);
  const personId = platform.store.cardModel.cards.get(payer.cardId)!.personId;
  const billId = addBill(platform, payer);
  const hospitalId = platform.store.payments.bills.book.get(billId)!.hospitalId;
  const other = platform.store.hospitals.all().find((hospital) => hospital.id !== hospitalId)!;
  const [mine, elsewhere] = [await subscribe(platform, hospitalId), await subscribe(platform, other.id)];
  const payment = await payBill(api, payer, billId);
  platform.clock.advance(30_000);
  await platform.wechatPay.confirm(prepayIdOf(payment));
  const patientNumber = platform.store.cardModel.patients.forPerson(personId)[hospitalId]!;
  return { platform, payer, personId, billId, hospitalId, mine, elsewhere, payment, patientNumber };
}

describe('payment.succeeded', () => {
  it("tells the bill's hospital when WeChat Pay's notification settles the order", async () => {
    const { platform, personId, billId, hospitalId, mine, elsewhere, payment, patientNumber } =
      await billPaidWithWechat();
    const events = ofType(await eventsOf(platform, mine), 'payment.succeeded');
    expect(events.map((event) => event.data)).toEqual([
      {
        paymentId: payment.id,
        hospitalId,
        patientNumber,
        purpose: 'bill',
        appointmentId: null,
        billId,
        amountFen: 14480,
        split: {
          mixType: 'CASH_ONLY',
          totalFen: 14480,
          fundFen: 0,
          personalAccountFen: 0,
          selfPayFen: 14480,
        },
        method: 'wechat',
        paidAt: expect.stringMatching(/^2026-11-25T10:00:30\+08:00$/),
      },
    ]);
    // A repeated notification settles nothing again and tells nobody twice.
    await platform.wechatPay.redeliverLast();
    expect(ofType(await eventsOf(platform, mine), 'payment.succeeded')).toHaveLength(1);
    expect(await eventsOf(platform, elsewhere)).toEqual([]);
    expectNoPersonalData(platform, [personId]);
  });

  it('tells the hospital of a bill paid by insurance alone, at once', async () => {
    const { platform } = context;
    const payer = await demoPayer(api, platform);
    platform.store.cardModel.socialSecurity.link(payer.cardId, '330203199001011234');
    const personId = platform.store.cardModel.cards.get(payer.cardId)!.personId;
    const accounts = platform.store.payments.personalAccounts;
    accounts.take(personId, Math.max(0, accounts.balanceFen(personId) - 10_000));
    const billId = addBill(platform, payer, [catalogItem('FEE0001')]);
    const hospitalId = platform.store.payments.bills.book.get(billId)!.hospitalId;
    const mine = await subscribe(platform, hospitalId, ['payment.succeeded']);
    const payment = await payBill(api, payer, billId, { useInsurance: true });
    expect(payment.status).toBe('paid');

    const [event] = await eventsOf(platform, mine);
    expect(event).toMatchObject({
      type: 'payment.succeeded',
      data: {
        paymentId: payment.id,
        billId,
        method: 'insurance',
        split: { mixType: 'INSURANCE_ONLY', selfPayFen: 0 },
      },
    });
    // The social-security number given to the platform never reaches the hospital's events.
    expect(JSON.stringify(platform.webhooks.deliveries().map((delivery) => delivery.lastBody))).not.toContain(
      '330203199001011234',
    );
    expectNoPersonalData(platform, [personId]);
  });
});

describe('payment.refunded', () => {
  it('tells the hospital of each refund once it completes, with what is refunded so far', async () => {
    const { platform, personId, billId, hospitalId, mine, elsewhere, payment, patientNumber } =
      await billPaidWithWechat();
    const path = `/v1/hospital/payments/${payment.id}/refunds`;
    const hospitalKey = { headers: { 'X-Yika-Hospital-Key': platform.hospitalKey(hospitalId) } };
    // WeChat Pay cannot reach the platform for now: the refund is asked for, not done.
    platform.faults.inject({
      kind: 'error',
      status: 503,
      method: 'POST',
      path: '/v1/payments/wechat/notify',
      times: 5,
    });
    const first = jsonOf<Refund>(
      await api.post(path, { outRefundNo: 'RF-000001', amountFen: 4480, reason: '退药' }, hospitalKey),
    );
    expect(first.status).toBe('processing');
    await platform.wechatPay.idle();
    expect(ofType(await eventsOf(platform, mine), 'payment.refunded')).toEqual([]);
    await platform.wechatPay.redeliverLast();
    await eventsOf(platform, mine);
    const second = jsonOf<Refund>(
      await api.post(path, { outRefundNo: 'RF-000002', amountFen: 10000, reason: '退检查费' }, hospitalKey),
    );
    await platform.wechatPay.idle();

    const refunds = ofType(await eventsOf(platform, mine), 'payment.refunded');
    expect(refunds.map((event) => event.data)).toEqual([
      {
        paymentId: payment.id,
        refundId: first.id,
        hospitalId,
        patientNumber,
        appointmentId: null,
        billId,
        amountFen: 4480,
        refundedFen: 4480,
        reason: '退药',
        refundedAt: expect.stringMatching(/\+08:00$/),
      },
      expect.objectContaining({
        refundId: second.id,
        amountFen: 10000,
        refundedFen: 14480,
        reason: '退检查费',
      }),
    ]);
    const paid = jsonOf<Payment>(
      await api.get(`/v1/payments/${payment.id}`, { token: (await demoPayer(api, platform)).token }),
    );
    expect(paid.refundedFen).toBe(14480);
    expect(await eventsOf(platform, elsewhere)).toEqual([]);
    expectNoPersonalData(platform, [personId]);
  });
});
