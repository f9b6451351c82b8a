// Bills and the medical-insurance split: the arithmetic (class A/B/C, the fund's 70%, the personal account
// up to its balance, self-pay the rest; integer parts adding up), the balance going down when used, a bill
// paid by insurance alone, the card link required, and another account's bill or payment not found.
import type { Bill, BillPage, Session } from '../src/contract/wire';
import { insuranceSplit } from '../src/store/payments/split';
import { createApi, errorOf, jsonOf, TEST_ORIGIN } from './support/api';
import { usePlatform } from './support/msw';
import {
  addBill,
  catalogItem,
  demoPayer,
  payBill,
  paymentPlatformOptions,
  prepayIdOf,
  readBill,
} from './payments.support';

const context = usePlatform(paymentPlatformOptions);
const api = createApi(TEST_ORIGIN);

describe('the insurance split', () => {
  it('covers class A fully, 90% of class B, nothing of class C, and floors the fund share', () => {
    const items = [
      { amountFen: 2501, insuranceClass: 'A' as const },
      { amountFen: 9001, insuranceClass: 'B' as const }, // eligible 8100 (floor of 8100.9)
      { amountFen: 2980, insuranceClass: 'C' as const },
    ];
    // eligible 10601 -> fund floor(7420.7) = 7420, personal up to 3181
    expect(insuranceSplit(items, 100_000)).toEqual({
      mixType: 'CASH_AND_INSURANCE',
      totalFen: 14482,
      fundFen: 7420,
      personalAccountFen: 3181,
      selfPayFen: 3881,
    });
    expect(insuranceSplit(items, 1000)).toMatchObject({ personalAccountFen: 1000, selfPayFen: 6062 });
    expect(insuranceSplit([{ amountFen: 500, insuranceClass: 'A' }], 1000)).toMatchObject({
      mixType: 'INSURANCE_ONLY',
      selfPayFen: 0,
    });
    expect(insuranceSplit([{ amountFen: 500, insuranceClass: 'C' }], 1000)).toMatchObject({
      mixType: 'CASH_ONLY',
      selfPayFen: 500,
    });
    for (let total = 1; total < 400; total += 7) {
      const split = insuranceSplit(
        [
          { amountFen: total, insuranceClass: 'B' },
          { amountFen: total * 3, insuranceClass: 'A' },
        ],
        total,
      );
      expect(split.fundFen + split.personalAccountFen + split.selfPayFen).toBe(split.totalFen);
    }
  });

  it('needs the card linked to social security, and uses the personal account until it runs out', async () => {
    const { platform } = context;
    const payer = await demoPayer(api, platform);
    const billId = addBill(platform, payer);
    expect((await readBill(api, payer, billId)).insuranceEstimate).toBeNull();
    const refused = await api.post(
      '/v1/payments',
      { purpose: 'bill', billId, useInsurance: true },
      payer.auth,
    );
    expect([refused.status, errorOf(refused).code]).toEqual([409, 'INSURANCE_NOT_LINKED']);

    platform.store.cardModel.socialSecurity.link(payer.cardId, '330203199001011234');
    const accounts = platform.store.payments.personalAccounts;
    const personId = platform.store.cardModel.cards.get(payer.cardId)!.personId;
    const start = accounts.balanceFen(personId);
    const estimate = (await readBill(api, payer, billId)).insuranceEstimate!;
    expect(estimate).toEqual(insuranceSplit((await readBill(api, payer, billId)).items, start));

    const bills = [billId, addBill(platform, payer), addBill(platform, payer)];
    let used = 0;
    for (const id of bills) {
      const payment = await payBill(api, payer, id, { useInsurance: true });
      const { split } = payment;
      expect(split.fundFen + split.personalAccountFen + split.selfPayFen).toBe(split.totalFen);
      expect(split.personalAccountFen).toBeLessThanOrEqual(start - used);
      used += split.personalAccountFen;
      expect(accounts.balanceFen(personId)).toBe(start - used);
      if (payment.status === 'unpaid') await platform.wechatPay.confirm(prepayIdOf(payment));
      expect((await readBill(api, payer, id)).status).toBe('paid');
    }
  });

  it('pays a bill with nothing to self-pay at once, by insurance alone', async () => {
    const { platform } = context;
    const payer = await demoPayer(api, platform);
    platform.store.cardModel.socialSecurity.link(payer.cardId, '330203199001011234');
    const personId = platform.store.cardModel.cards.get(payer.cardId)!.personId;
    const accounts = platform.store.payments.personalAccounts;
    // Enough balance for 30% of a 诊查费: top it up to a known state by spending the rest.
    accounts.take(personId, Math.max(0, accounts.balanceFen(personId) - 10_000));
    const billId = addBill(platform, payer, [catalogItem('FEE0001')]);
    const payment = await payBill(api, payer, billId, { useInsurance: true });
    expect(payment).toMatchObject({
      status: 'paid',
      method: 'insurance',
      split: {
        mixType: 'INSURANCE_ONLY',
        totalFen: 2500,
        fundFen: 1750,
        personalAccountFen: 750,
        selfPayFen: 0,
      },
    });
    expect(payment.wechat).toBeUndefined();
    expect(await readBill(api, payer, billId)).toMatchObject({ status: 'paid', paymentId: payment.id });
  });
});

describe('access', () => {
  it("lists the account's unpaid bills and hides another account's bill and payment", async () => {
    const { platform } = context;
    const payer = await demoPayer(api, platform);
    const billId = addBill(platform, payer);
    const page = jsonOf<BillPage>(await api.get(`/v1/bills?cardRef=${payer.cardRef}`, payer.auth));
    expect(page.data.map((bill: Bill) => bill.id)).toContain(billId);
    expect(page.data.every((bill) => bill.status === 'unpaid' && bill.cardRef === payer.cardRef)).toBe(true);
    const payment = await payBill(api, payer, billId);

    const [stranger] = platform.store.residents.enrol(1);
    const session = jsonOf<Session>(await api.post('/v1/auth/wechat-login', { code: stranger!.loginCode }));
    const auth = { token: session.accessToken };
    expect((await api.get(`/v1/bills/${billId}`, auth)).status).toBe(404);
    expect((await api.get(`/v1/payments/${payment.id}`, auth)).status).toBe(404);
    expect((await api.post('/v1/payments', { purpose: 'bill', billId }, auth)).status).toBe(404);
    expect((await api.get(`/v1/bills?cardRef=${payer.cardRef}`, auth)).status).toBe(404);
    const own = jsonOf<BillPage>(await api.get('/v1/bills', auth));
    expect(own.data.length).toBeGreaterThan(0);
    expect(own.data.some((bill) => bill.id === billId)).toBe(false);
  });
});
