// Paying an outpatient bill (门诊缴费) with medical insurance on the H5 build, end to end against the
// standalone mock platform: the demo resident's card is linked to a social-security card, the back office
// issues an exact bill, the resident opens it, sees the insurance split exactly as the platform estimates
// it, pays the self-pay part on the simulated WeChat Pay cashier page (确认支付), comes back to the result
// page (支付成功), and finds the bill 已缴费 and the payment in 缴费记录.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { CHANNEL, pageSettled, resetPlatformBeforeEach, signInWithSms, visible } from './support/h5';
import { issueCardiologyBill, SOCIAL_SECURITY_NUMBER } from './support/residents';

// The seeded demo resident (packages/mock-server/src/store/seed): any unknown WeChat code signs in as them.
const DEMO_PHONE = '13800001234';
const DEMO_FULL_NAME = '陈明远';

interface InsuranceSplit {
  mixType: 'CASH_ONLY' | 'INSURANCE_ONLY' | 'CASH_AND_INSURANCE';
  totalFen: number;
  fundFen: number;
  personalAccountFen: number;
  selfPayFen: number;
}
interface Bill {
  id: string;
  status: 'unpaid' | 'paid';
  totalFen: number;
  insuranceEstimate: InsuranceSplit | null;
  paymentId?: string;
}
interface Card {
  id: string;
  cardId: string;
  relation: string;
}

const MIX_NAMES: Record<InsuranceSplit['mixType'], string> = {
  CASH_ONLY: '全自费',
  INSURANCE_ONLY: '全医保',
  CASH_AND_INSURANCE: '医保加自费',
};

/** `1250` -> `¥12.50`, in integers like the app. */
function yuan(fen: number): string {
  return `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The demo resident's session for platform calls (a fresh well-formed WeChat code each time). */
async function demoToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/v1/auth/wechat-login', {
    headers: { 'X-Yika-Channel': CHANNEL, 'Idempotency-Key': `e2e-login-${Date.now()}` },
    data: { code: `e2epay_${Date.now().toString(36)}` },
  });
  expect(response.ok(), `wechat-login answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function platform<T>(
  request: APIRequestContext,
  token: string,
  method: 'GET' | 'PUT',
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await request.fetch(path, {
    method,
    headers: {
      'X-Yika-Channel': CHANNEL,
      Authorization: `Bearer ${token}`,
      ...(method === 'GET' ? {} : { 'Idempotency-Key': `e2e-${Date.now()}-${Math.random()}` }),
    },
    data,
  });
  expect(response.ok(), `${method} ${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

resetPlatformBeforeEach();

test('a resident pays an outpatient bill with the medical-insurance split', async ({
  page,
  request,
}, testInfo) => {
  // The demo resident's own card, linked to a social-security card, and an exact bill issued on it.
  const token = await demoToken(request);
  const { data: cards } = await platform<{ data: Card[] }>(request, token, 'GET', '/v1/cards');
  const self = cards.find((card) => card.relation === 'self');
  expect(self).toBeDefined();
  await platform(request, token, 'PUT', `/v1/cards/${self!.id}/social-security-card`, {
    socialSecurityNumber: SOCIAL_SECURITY_NUMBER,
  });
  const billId = await issueCardiologyBill(request, self!.cardId);
  const bill = await platform<Bill>(request, token, 'GET', `/v1/bills/${billId}`);
  const estimate = bill.insuranceEstimate;
  expect(estimate).not.toBeNull();
  // A bill worth testing: every part carries money.
  expect(estimate!.fundFen).toBeGreaterThan(0);
  expect(estimate!.selfPayFen).toBeGreaterThan(0);

  // 我的 -> 门诊缴费: the bill is listed under 待缴费 with its total.
  await signInWithSms(page, request, DEMO_PHONE);
  await page.locator('#me-bills').click();
  const row = visible(page, `[id="row-${billId}"]`);
  await expect(row).toContainText(yuan(bill.totalFen));
  await expect(row).toContainText('待缴费');
  await row.click();

  // The bill: its items, the total, and the split exactly as the platform estimates it (使用医保 on).
  await expect(visible(page, '#bill-detail')).toContainText('阿托伐他汀钙片');
  await expect(visible(page, '#bill-total')).toContainText(yuan(bill.totalFen));
  await expect(visible(page, '#bill-split-mix')).toContainText(MIX_NAMES[estimate!.mixType]);
  await expect(visible(page, '#bill-split-fund')).toContainText(yuan(estimate!.fundFen));
  if (estimate!.personalAccountFen > 0) {
    await expect(visible(page, '#bill-split-personalAccount')).toContainText(
      yuan(estimate!.personalAccountFen),
    );
  }
  await expect(visible(page, '#bill-split-selfPay')).toContainText(yuan(estimate!.selfPayFen));
  await expect(visible(page, '#bill-split-total')).toContainText(yuan(estimate!.totalFen));
  await pageSettled(page, '#pay-bill-page');
  await page.screenshot({ path: testInfo.outputPath('bill-split.png'), fullPage: true });
  await visible(page, '#bill-pay').click();

  // Checkout: the same split; paying opens the simulated WeChat Pay cashier for the self-pay part only.
  await expect(visible(page, '#checkout-split-selfPay')).toContainText(yuan(estimate!.selfPayFen));
  await visible(page, '#checkout-pay').click();
  await page.waitForURL(/\/__wxpay\/cashier/);
  await expect(page.locator('.amount')).toContainText((estimate!.selfPayFen / 100).toFixed(2));
  await page.screenshot({ path: testInfo.outputPath('cashier.png') });
  await page.locator('#pay').click();

  // Back in the app: the result page waits for the platform to settle, then 支付成功 with the amount.
  await page.waitForURL(/subpackages\/pay\/pages\/result\/index/);
  await expect(visible(page, '#pay-result-title')).toHaveText('支付成功');
  await expect(visible(page, '#pay-result-amount')).toContainText(yuan(estimate!.selfPayFen));
  await expect(visible(page, '#result-split-fund')).toContainText(yuan(estimate!.fundFen));
  await pageSettled(page, '#pay-result-page');
  await page.screenshot({ path: testInfo.outputPath('result.png') });
  const paid = await platform<Bill>(request, token, 'GET', `/v1/bills/${billId}`);
  expect(paid.status).toBe('paid');
  expect(paid.paymentId).toBeDefined();

  // The record: 已支付, the split, and the e-invoice link.
  await visible(page, '#pay-result-record').click();
  await expect(visible(page, '#record-status')).toHaveText('已支付');
  await expect(visible(page, '#payment-record')).not.toContainText(DEMO_FULL_NAME);
  await expect(visible(page, '#invoice-link')).toHaveAttribute('href', /\/__wxpay\/invoices\//);

  // The bills list: the bill has moved to 已缴费; the records list shows the payment.
  await page.goto('/#/subpackages/pay/pages/bills/index');
  await visible(page, '#bills-status').getByRole('button', { name: '已缴费' }).click();
  await expect(visible(page, `[id="row-${billId}"]`)).toContainText('已缴费');
  await page.goto('/#/subpackages/pay/pages/records/index');
  await expect(visible(page, `[id="row-${paid.paymentId}"]`)).toContainText('已支付');
});
