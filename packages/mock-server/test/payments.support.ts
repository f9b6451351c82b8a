// Shared setup of the payment tests (not a test file itself): a platform on a fixed clock with the
// TEST-ONLY merchant keys, the demo resident signed in, and exact bills on their card.
import type { Platform } from '../src';
import { DEMO_OPENID } from '../src';
import type { Bill, BillItem, Card, Payment } from '../src/contract/wire';
import { billItem, BILL_CATALOG } from '../src/store/bills/catalog';
import { jsonOf, type Api, type CallOptions } from './support/api';
import { signIn, type Resident } from './support/cards';
import {
  TEST_ONLY_APIV3_KEY,
  TEST_ONLY_MERCHANT_KEY_PEM,
  TEST_ONLY_PLATFORM_KEY_PEM,
} from './fixtures/wxpay-test-merchant';

export const PAYMENT_TEST_NOW = '2026-11-23T10:00:00+08:00';

export const paymentPlatformOptions = {
  now: PAYMENT_TEST_NOW,
  // The clock jumps hours ahead in these tests; the session should outlive them.
  accessTokenTtlSeconds: 86_400,
  wechatPay: {
    merchantPrivateKeyPem: TEST_ONLY_MERCHANT_KEY_PEM,
    platformPrivateKeyPem: TEST_ONLY_PLATFORM_KEY_PEM,
    apiV3Key: TEST_ONLY_APIV3_KEY,
  },
};

export interface Payer extends Resident {
  cardRef: string;
  cardId: string;
  auth: CallOptions;
}

export async function demoPayer(api: Api, platform: Platform): Promise<Payer> {
  const resident = await signIn(api, platform, DEMO_OPENID);
  const auth = { token: resident.token };
  const cards = jsonOf<{ data: Card[] }>(await api.get('/v1/cards', auth));
  const cardRef = cards.data[0]!.id;
  const cardId = platform.store.cardModel.bindings.get(resident.accountId, cardRef).cardId;
  return { ...resident, cardRef, cardId, auth };
}

export function catalogItem(code: string, quantity = 1): BillItem {
  const entry = BILL_CATALOG.find((item) => item.code === code);
  if (!entry) throw new Error(`No catalog item ${code}`);
  return billItem(entry, quantity);
}

/** An exact bill on the payer's card: 诊查费 25.00 (A) + 胸部DR 90.00 (B) + 维生素C 29.80 (C) = 144.80 元. */
export function addBill(platform: Platform, payer: Payer, items?: BillItem[]): string {
  return platform.store.payments.bills.book.add({
    cardId: payer.cardId,
    items: items ?? [catalogItem('FEE0001'), catalogItem('EXM0201'), catalogItem('DRG0301')],
  }).id;
}

export async function payBill(
  api: Api,
  payer: Payer,
  billId: string,
  extra: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<Payment> {
  return jsonOf<Payment>(
    await api.post('/v1/payments', { purpose: 'bill', billId, ...extra }, { ...payer.auth, ...options }),
  );
}

export async function readPayment(api: Api, payer: Payer, paymentId: string): Promise<Payment> {
  return jsonOf<Payment>(await api.get(`/v1/payments/${paymentId}`, payer.auth));
}

export async function readBill(api: Api, payer: Payer, billId: string): Promise<Bill> {
  return jsonOf<Bill>(await api.get(`/v1/bills/${billId}`, payer.auth));
}

export function prepayIdOf(payment: Payment): string {
  const prepayId = payment.wechat?.package.replace(/^prepay_id=/, '');
  if (!prepayId) throw new Error(`Payment ${payment.id} has no prepay`);
  return prepayId;
}
