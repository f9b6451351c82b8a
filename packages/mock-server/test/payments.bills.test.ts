// Paying an outpatient bill through the simulated WeChat Pay, end to end through the msw handlers: prepay
// and paySign, the payer's confirmation, the signed and encrypted notification, settlement (once), the
// bill and its e-invoice; one order per bill under concurrency; expiry; refunds and their limits.
import { createPublicKey, createVerify } from 'node:crypto';
import type { AccountEvent, Payment, Refund } from '../src/contract/wire';
import { createApi, errorOf, jsonOf, TEST_ORIGIN } from './support/api';
import { usePlatform } from './support/msw';
import { TEST_ONLY_MERCHANT_KEY_PEM } from './fixtures/wxpay-test-merchant';
import {
  addBill,
  demoPayer,
  payBill,
  paymentPlatformOptions,
  prepayIdOf,
  readBill,
  readPayment,
} from './payments.support';

const context = usePlatform(paymentPlatformOptions);
const api = createApi(TEST_ORIGIN);

describe('paying a bill with WeChat Pay', () => {
  it('places a prepay with a valid paySign, settles on the notification and issues the e-invoice', async () => {
    const { platform } = context;
    const payer = await demoPayer(api, platform);
    const billId = addBill(platform, payer);
    const payment = await payBill(api, payer, billId, { returnUrl: 'http://h5.test/#/pay/result?from=bill' });

    expect(payment).toMatchObject({
      status: 'unpaid',
      purpose: 'bill',
      amountFen: 14480,
      billId,
      refundedFen: 0,
    });
    expect(payment.split).toEqual({
      mixType: 'CASH_ONLY',
      totalFen: 14480,
      fundFen: 0,
      personalAccountFen: 0,
      selfPayFen: 14480,
    });
    const wechat = payment.wechat!;
    const signed = `${wechat.appId}\n${wechat.timeStamp}\n${wechat.nonceStr}\n${wechat.package}\n`;
    expect(
      createVerify('RSA-SHA256')
        .update(signed)
        .verify(createPublicKey(TEST_ONLY_MERCHANT_KEY_PEM), wechat.paySign, 'base64'),
    ).toBe(true);
    const cashier = new URL(payment.h5Url!);
    expect(cashier.pathname).toBe('/__wxpay/cashier');
    expect(cashier.searchParams.get('redirect')).toBe(
      `http://h5.test/#/pay/result?from=bill&paymentId=${payment.id}`,
    );

    const delivery = await platform.wechatPay.confirm(prepayIdOf(payment));
    expect([delivery.delivered, delivery.attempts]).toEqual([true, [{ status: 204 }]]);
    const paid = await readPayment(api, payer, payment.id);
    expect(paid).toMatchObject({
      status: 'paid',
      method: 'wechat',
      invoiceUrl: `${TEST_ORIGIN}/__wxpay/invoices/${payment.id}`,
    });
    expect(paid.wechat).toBeUndefined();
    expect(await readBill(api, payer, billId)).toMatchObject({ status: 'paid', paymentId: payment.id });

    // Repeats (the payer confirming twice, WeChat retrying the same notification) change nothing.
    await platform.wechatPay.confirm(prepayIdOf(payment));
    const retried = await platform.wechatPay.redeliverLast();
    expect(retried.attempts.at(-1)).toEqual({ status: 204 });
    expect(await readPayment(api, payer, payment.id)).toEqual(paid);
    expect(
      platform.wechatPay.deliveries().filter((sent) => sent.outTradeNo === payment.outTradeNo),
    ).toHaveLength(2);

    const again = await api.post('/v1/payments', { purpose: 'bill', billId }, payer.auth);
    expect([again.status, errorOf(again).code]).toEqual([409, 'BILL_ALREADY_PAID']);
  });

  it('answers the open order again instead of charging twice, also to concurrent requests with other keys', async () => {
    const { platform } = context;
    const payer = await demoPayer(api, platform);
    const billId = addBill(platform, payer);
    const created = await Promise.all(Array.from({ length: 20 }, () => payBill(api, payer, billId)));
    expect(new Set(created.map((payment) => payment.id)).size).toBe(1);
    expect(new Set(created.map((payment) => payment.wechat?.package)).size).toBe(1);

    const keyed = { idempotencyKey: 'pay-bill-1' };
    const first = await payBill(api, payer, billId, {}, keyed);
    expect(first.id).toBe(created[0]!.id);
    const conflict = await api.post(
      '/v1/payments',
      { purpose: 'bill', billId, returnUrl: 'http://x.test/' },
      { ...payer.auth, ...keyed },
    );
    expect(errorOf(conflict).code).toBe('IDEMPOTENCY_CONFLICT');

    await Promise.all(created.map((payment) => platform.wechatPay.confirm(prepayIdOf(payment))));
    const records = jsonOf<{ data: Payment[] }>(await api.get('/v1/payments', payer.auth)).data;
    expect(records.filter((payment) => payment.billId === billId).map((payment) => payment.status)).toEqual([
      'paid',
    ]);
  });

  it('closes an unpaid order after 2 hours, tells the account, and WeChat Pay takes no money for it', async () => {
    const { platform } = context;
    const payer = await demoPayer(api, platform);
    const billId = addBill(platform, payer);
    const payment = await payBill(api, payer, billId);
    expect(Date.parse(payment.expiresAt) - Date.parse(payment.createdAt)).toBe(2 * 60 * 60 * 1000);
    platform.clock.set(Date.parse(payment.expiresAt) - 1000);
    expect((await readPayment(api, payer, payment.id)).status).toBe('unpaid');
    platform.clock.set(Date.parse(payment.expiresAt) + 1000);
    const closed = await readPayment(api, payer, payment.id);
    expect(closed).toMatchObject({ status: 'closed', closedAt: payment.expiresAt });
    await expect(platform.wechatPay.confirm(prepayIdOf(payment))).rejects.toHaveProperty(
      'name',
      'WechatPayRefusal',
    );
    const events = jsonOf<{ data: AccountEvent[] }>(await api.get('/v1/events', payer.auth)).data;
    expect(events.filter((event) => event.type === 'payment.closed').map((event) => event.paymentId)).toEqual(
      [payment.id],
    );
    const next = await payBill(api, payer, billId);
    expect([next.id === payment.id, next.status]).toEqual([false, 'unpaid']);
  });
});

describe('refunds', () => {
  async function paidBill() {
    const { platform } = context;
    const payer = await demoPayer(api, platform);
    const billId = addBill(platform, payer);
    const payment = await payBill(api, payer, billId);
    const hospitalKey = { headers: { 'X-Yika-Hospital-Key': platform.hospitalKey(payment.hospital.id) } };
    return { platform, payer, payment, hospitalKey };
  }

  it('refunds in parts, each number once, never more than was paid, following REFUND.SUCCESS', async () => {
    const { platform, payer, payment, hospitalKey } = await paidBill();
    const path = `/v1/hospital/payments/${payment.id}/refunds`;
    const unpaid = await api.post(
      path,
      { outRefundNo: 'RF-000001', amountFen: 100, reason: '退药' },
      hospitalKey,
    );
    expect([unpaid.status, errorOf(unpaid).code]).toEqual([409, 'PAYMENT_STATE_INVALID']);
    await platform.wechatPay.confirm(prepayIdOf(payment));

    // WeChat Pay cannot reach the platform for now: every immediate retry of REFUND.SUCCESS fails.
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
    expect(platform.wechatPay.deliveries().at(-1)).toMatchObject({
      delivered: false,
      outRefundNo: 'RF-000001',
    });
    expect(await readPayment(api, payer, payment.id)).toMatchObject({ status: 'refunding', refundedFen: 0 });
    await platform.wechatPay.redeliverLast();
    expect(await readPayment(api, payer, payment.id)).toMatchObject({
      status: 'partially_refunded',
      refundedFen: 4480,
    });

    const same = jsonOf<Refund>(
      await api.post(path, { outRefundNo: 'RF-000001', amountFen: 4480, reason: '退药' }, hospitalKey),
    );
    expect([same.id, same.status]).toEqual([first.id, 'success']);
    const otherAmount = await api.post(
      path,
      { outRefundNo: 'RF-000001', amountFen: 100, reason: '退药' },
      hospitalKey,
    );
    expect(errorOf(otherAmount).code).toBe('REFUND_CONFLICT');
    const tooMuch = await api.post(
      path,
      { outRefundNo: 'RF-000002', amountFen: 10001, reason: '退费' },
      hospitalKey,
    );
    expect([tooMuch.status, errorOf(tooMuch).code]).toEqual([409, 'REFUND_EXCEEDS_PAID']);

    const rest = jsonOf<Refund>(
      await api.post(path, { outRefundNo: 'RF-000002', amountFen: 10000, reason: '退费' }, hospitalKey),
    );
    await platform.wechatPay.idle();
    const refunded = await readPayment(api, payer, payment.id);
    expect(refunded).toMatchObject({ status: 'refunded', refundedFen: 14480 });
    expect(refunded.refunds.map((refund) => [refund.id, refund.status])).toEqual([
      [first.id, 'success'],
      [rest.id, 'success'],
    ]);
    const oneMore = await api.post(
      path,
      { outRefundNo: 'RF-000003', amountFen: 1, reason: '退费' },
      hospitalKey,
    );
    expect(errorOf(oneMore).code).toBe('REFUND_EXCEEDS_PAID');
    const events = jsonOf<{ data: AccountEvent[] }>(await api.get('/v1/events', payer.auth)).data;
    expect(events.filter((event) => event.type === 'payment.refunded')).toHaveLength(2);
  });

  it("is not found for another hospital's key, and a number used on another order conflicts", async () => {
    const { platform, payment, hospitalKey } = await paidBill();
    await platform.wechatPay.confirm(prepayIdOf(payment));
    const other = platform.hospitalKeys().find((key) => key.hospitalId !== payment.hospital.id)!;
    const path = `/v1/hospital/payments/${payment.id}/refunds`;
    const foreign = await api.post(
      path,
      { outRefundNo: 'RF-100001', amountFen: 1, reason: '退费' },
      {
        headers: { 'X-Yika-Hospital-Key': other.key },
      },
    );
    expect(foreign.status).toBe(404);
    jsonOf<Refund>(
      await api.post(path, { outRefundNo: 'RF-100001', amountFen: 1, reason: '退费' }, hospitalKey),
    );

    const second = await paidBill();
    await platform.wechatPay.confirm(prepayIdOf(second.payment));
    const reused = await api.post(
      `/v1/hospital/payments/${second.payment.id}/refunds`,
      { outRefundNo: 'RF-100001', amountFen: 1, reason: '退费' },
      second.hospitalKey,
    );
    expect(errorOf(reused).code).toBe('REFUND_CONFLICT');
  });

  it('stops at 50 refunds per order', async () => {
    const { platform, payment, hospitalKey } = await paidBill();
    await platform.wechatPay.confirm(prepayIdOf(payment));
    const path = `/v1/hospital/payments/${payment.id}/refunds`;
    for (let i = 0; i < 50; i++) {
      jsonOf<Refund>(
        await api.post(
          path,
          { outRefundNo: `RF-2${String(i).padStart(5, '0')}`, amountFen: 1, reason: '退费' },
          hospitalKey,
        ),
      );
    }
    const fiftyFirst = await api.post(
      path,
      { outRefundNo: 'RF-299999', amountFen: 1, reason: '退费' },
      hospitalKey,
    );
    expect([fiftyFirst.status, errorOf(fiftyFirst).code]).toEqual([409, 'PAYMENT_STATE_INVALID']);
  });
});
