// The platform's notification receiver: a notification not signed by the WeChat Pay platform key (bad
// signature, unknown serial, stale timestamp) is 401 INVALID_SIGNATURE; a ciphertext that does not decrypt
// is refused; neither settles anything.
import { createPrivateKey } from 'node:crypto';
import { notificationMessage, signSha256WithRsa } from '../src/wxpay/signing';
import { createApi, errorOf, TEST_ORIGIN } from './support/api';
import { usePlatform } from './support/msw';
import { TEST_ONLY_PLATFORM_KEY_PEM } from './fixtures/wxpay-test-merchant';
import {
  addBill,
  demoPayer,
  payBill,
  paymentPlatformOptions,
  prepayIdOf,
  readPayment,
} from './payments.support';

const context = usePlatform(paymentPlatformOptions);
const api = createApi(TEST_ORIGIN);

/** Takes the notification the simulator sent for a confirmed order, while the platform is unreachable. */
async function capturedNotification() {
  const { platform } = context;
  const payer = await demoPayer(api, platform);
  const payment = await payBill(api, payer, addBill(platform, payer));
  platform.faults.inject({ kind: 'reset', method: 'POST', path: '/v1/payments/wechat/notify', times: 5 });
  const delivery = await platform.wechatPay.confirm(prepayIdOf(payment));
  expect(delivery.delivered).toBe(false);
  return { payer, payment, notification: delivery.notification };
}

function post(headers: Record<string, string>, body: string) {
  return api.post('/v1/payments/wechat/notify', undefined, {
    rawBody: body,
    headers,
    idempotencyKey: null,
    noChannel: true,
  });
}

function resign(headers: Record<string, string>, body: string): Record<string, string> {
  const key = createPrivateKey(TEST_ONLY_PLATFORM_KEY_PEM);
  const message = notificationMessage(headers['Wechatpay-Timestamp']!, headers['Wechatpay-Nonce']!, body);
  return { ...headers, 'Wechatpay-Signature': signSha256WithRsa(key, message) };
}

describe('the WeChat Pay notification receiver', () => {
  it('refuses a bad signature, an unknown serial and a stale timestamp, then settles the genuine one once', async () => {
    const { payer, payment, notification } = await capturedNotification();
    const { headers, body } = notification;

    const tamperedBody = body.replace('"支付成功"', '"支付成功 "');
    for (const [sentHeaders, sentBody] of [
      [headers, tamperedBody],
      [
        {
          ...headers,
          'Wechatpay-Signature': headers['Wechatpay-Signature']!.replace(/^./, (c) =>
            c === 'A' ? 'B' : 'A',
          ),
        },
        body,
      ],
      [{ ...headers, 'Wechatpay-Serial': '0'.repeat(40) }, body],
    ] as const) {
      const refused = await post(sentHeaders, sentBody);
      expect([refused.status, errorOf(refused).code]).toEqual([401, 'INVALID_SIGNATURE']);
    }
    context.platform.clock.advance(6 * 60 * 1000);
    const stale = await post(headers, body);
    expect([stale.status, errorOf(stale).details?.[0]?.field]).toEqual([401, 'header.Wechatpay-Timestamp']);
    context.platform.clock.advance(-6 * 60 * 1000);
    expect((await readPayment(api, payer, payment.id)).status).toBe('unpaid');

    expect((await post(headers, body)).status).toBe(204);
    const paid = await readPayment(api, payer, payment.id);
    expect(paid.status).toBe('paid');
    expect((await post(headers, body)).status).toBe(204);
    expect(await readPayment(api, payer, payment.id)).toEqual(paid);
  });

  it('refuses a tampered ciphertext even when it is signed correctly', async () => {
    const { payer, payment, notification } = await capturedNotification();
    const envelope = JSON.parse(notification.body) as { resource: { ciphertext: string } };
    const bytes = Buffer.from(envelope.resource.ciphertext, 'base64');
    bytes[3] = bytes[3]! ^ 0x20;
    envelope.resource.ciphertext = bytes.toString('base64');
    const body = JSON.stringify(envelope);
    const refused = await post(resign(notification.headers, body), body);
    expect([refused.status, errorOf(refused).details?.[0]?.field]).toEqual([400, 'body.resource.ciphertext']);
    expect((await readPayment(api, payer, payment.id)).status).toBe('unpaid');
  });
});
