// The whole journey of issue 7, as a resident lives it, on the H5 build against the standalone mock
// platform, once in the standard mode and once in 关怀模式 (elder mode), with a screenshot of every screen in
// e2e/screenshots/<mode>/ (the README shows a few, copied to docs/screenshots/). A resident signs in with an
// SMS code, applies for their own card, adds their mother's card, finds the earliest 内科 slot across the
// region, books it for the mother and pays the fee on the cashier page, sees it under 预约, cancels it and
// sees the refund, links a social-security card and pays an outpatient bill with insurance, and opens an
// abnormal lab report and its trend. The other specs check each screen against the platform in detail;
// this one proves the screens join up, and measures on the way that nothing is cut off or overlaps, and in
// elder mode text and button sizes.
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { nativeInput, resetPlatformBeforeEach, sentSmsCode, slotTime, visible } from './support/h5';
import {
  earliestCancellableSlot,
  pinAfternoon,
  screenshotter,
  yuan,
  type JourneyMode,
} from './support/journey';
import { expectElderRules, expectScreenWhole } from './support/screen-measure';
import { issueCardiologyBill, MOTHER, OWN, SOCIAL_SECURITY_NUMBER, type Resident } from './support/residents';

const PHONE = '13912345678';
const MASKED_PHONE = '139****5678';
const KIND = { code: 'internal_medicine', name: '内科' } as const;

type Shot = ReturnType<typeof screenshotter>;

interface Journey {
  page: Page;
  request: APIRequestContext;
  mode: JourneyMode;
  shot: Shot;
  nowMs: number;
}

/** Nothing cut off or overlapping on this screen; in elder mode, the size rules too. */
async function layoutCheck({ page, mode }: Journey, pageSelector: string) {
  await expectScreenWhole(page, pageSelector);
  if (mode === 'elder') await expectElderRules(page, pageSelector);
}

async function signIn(journey: Journey) {
  const { page, request, shot } = journey;
  await page.goto('/#/pages/me/index');
  await visible(page, '#go-sign-in').click();
  await nativeInput(page, 'sms-phone').fill(PHONE);
  await visible(page, '#sms-send').click();
  await expect(visible(page, '#sms-notice')).toBeVisible();
  await nativeInput(page, 'sms-code').fill(await sentSmsCode(request, PHONE));
  await shot('sign-in', '#sign-in-page');
  await visible(page, '#sms-submit').click();
  await expect(visible(page, '#signed-in')).toContainText(MASKED_PHONE);
}

/** 关怀模式 from the switch on 我的: on at once, on this page and every page after. */
async function switchElderModeOn(journey: Journey) {
  const { page, shot } = journey;
  const toggle = visible(page, '#elder-mode-switch');
  await expect(toggle).toHaveAttribute('role', 'switch');
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(visible(page, '#me-page')).toHaveClass(/yika-page--elder/);
  await layoutCheck(journey, '#me-page');
  await shot('me-elder', '#me-page');
}

/** The application form, filled as a resident would; the ID number fills in birthday and gender. */
async function fillApplication(journey: Journey, holder: Resident) {
  const { page, request } = journey;
  await expect(visible(page, '#apply-form')).toBeVisible();
  await nativeInput(page, 'apply-name').fill(holder.name);
  await nativeInput(page, 'apply-id-number').fill(holder.idNumber);
  await nativeInput(page, 'apply-id-number').blur();
  await expect(visible(page, '#apply-birth-date')).toContainText(holder.birthDate);
  await expect(
    visible(page, '#apply-gender').getByRole('button', { name: `${holder.genderName}，已选` }),
  ).toBeVisible();
  await nativeInput(page, 'apply-phone').fill(holder.phone);
  await visible(page, '#apply-sms-send').click();
  await expect(visible(page, '#apply-sms-notice')).toBeVisible();
  await nativeInput(page, 'apply-sms-code').fill(await sentSmsCode(request, holder.phone));
}

/** Own card from home's 申领; returns the card ID the dynamic code carries (the platform's 64 hex). */
async function applyOwnCard(journey: Journey): Promise<string> {
  const { page, shot } = journey;
  await page.goto('/#/pages/home/index');
  await visible(page, '#apply-card').click();
  await expect(visible(page, '#apply-relation').getByRole('button', { name: '本人，已选' })).toBeVisible();
  await fillApplication(journey, OWN);
  await layoutCheck(journey, '#card-apply-page');
  await shot('apply-own-card', '#card-apply-page');
  await visible(page, '#apply-submit').click();
  await expect(visible(page, '#apply-result')).toContainText('办卡成功');
  const qr = visible(page, '#card-qr[data-qr-text]');
  await expect(qr).toBeVisible();
  const qrText = (await qr.getAttribute('data-qr-text')) ?? '';
  expect(qrText).toMatch(/^[0-9A-F]{64}:0:/);
  await layoutCheck(journey, '#card-code-page');
  await shot('card-code', '#card-code-page');
  return qrText.split(':')[0]!;
}

async function addMothersCard(journey: Journey) {
  const { page, shot } = journey;
  await visible(page, '#code-open-family').click();
  await expect(visible(page, '#family-list').locator('.family-card')).toHaveCount(1);
  await visible(page, '#family-add').click();
  await visible(page, '#apply-relation').getByRole('button', { name: '父母' }).click();
  await fillApplication(journey, MOTHER);
  await shot('apply-family-card', '#card-apply-page');
  await visible(page, '#apply-submit').click();
  await expect(visible(page, '#apply-result')).toContainText('办卡成功');
  // The family: both cards, masked, the first one the default.
  await page.goto('/#/subpackages/card/pages/family/index');
  const rows = visible(page, '#family-list').locator('.family-card');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('本人');
  await expect(rows.nth(1)).toContainText('李**');
  await expect(rows.nth(1)).toContainText('父母');
  await expect(page.locator('body')).not.toContainText(MOTHER.idNumber);
  await layoutCheck(journey, '#card-family-page');
  await shot('family', '#card-family-page');
}

/** 最早可约 for 内科 across the region, booked for the mother; the fee paid on the cashier page. */
async function bookEarliestForMother(journey: Journey) {
  const { page, request, shot, nowMs } = journey;
  const target = await earliestCancellableSlot(request, KIND.code, nowMs);
  const time = slotTime(target.slot);

  await page.goto('/#/pages/home/index');
  await visible(page, '#home-earliest').click();
  await visible(page, '#earliest-kinds').getByRole('button', { name: KIND.name, exact: true }).click();
  // Today's clinics are past the cancellation cut-off: the resident looks from tomorrow on.
  await visible(page, '#earliest-start').getByRole('button', { name: '明天起', exact: true }).click();
  const rows = page.locator('#earliest-list:visible .earliest-row');
  await expect(rows.first()).toBeVisible();
  const row = page.locator(`#earliest-list:visible .earliest-row[data-slot-id="${target.slot.id}"]`);
  await expect(row).toContainText(target.hospital.name);
  await expect(row).toContainText(time);
  await layoutCheck(journey, '#earliest-page');
  await shot('earliest', '#earliest-page');
  await row.click();

  const slot = page.locator('#slot-list:visible .slot-row', { hasText: time }).first();
  await expect(visible(page, '#schedule-header')).toContainText(target.hospital.name);
  await slot.click();
  await expect(slot).toHaveAttribute('aria-pressed', 'true');
  await expect(visible(page, '#visit-summary')).toContainText(time);
  await layoutCheck(journey, '#booking-slots-page');
  await shot('slots', '#booking-slots-page');
  await visible(page, '#book-slot').click();

  // Confirm: the own card comes preselected; the resident chooses the mother's.
  const chooser = visible(page, '#patient-chooser');
  await expect(chooser.getByRole('radio', { name: /王\*\*，本人.*已选/ })).toBeVisible();
  await chooser.getByRole('radio', { name: /李\*\*，父母/ }).click();
  await expect(chooser.getByRole('radio', { name: /李\*\*，父母.*已选/ })).toBeVisible();
  await layoutCheck(journey, '#booking-confirm-page');
  await shot('confirm', '#booking-confirm-page');
  await visible(page, '#confirm-booking').click();

  // Checkout -> the simulated WeChat Pay cashier (确认支付) -> the result, once the platform has settled.
  await expect(visible(page, '#pay-checkout-page')).toContainText(yuan(target.schedule.feeFen));
  await layoutCheck(journey, '#pay-checkout-page');
  await shot('checkout-fee', '#pay-checkout-page');
  await visible(page, '#checkout-pay').click();
  await page.waitForURL(/\/__wxpay\/cashier/);
  await expect(page.locator('.amount')).toContainText((target.schedule.feeFen / 100).toFixed(2));
  await shot('cashier-fee');
  await page.locator('button#pay').click();
  await expect(visible(page, '#pay-result')).toHaveAttribute('data-phase', 'paid');
  await layoutCheck(journey, '#pay-result-page');
  await shot('fee-paid', '#pay-result-page');
  return { target, time };
}

/** 预约: the booking is listed for the mother; its detail cancels it and says the fee is refunded. */
async function seeAndCancel(journey: Journey, time: string, hospitalName: string) {
  const { page, shot } = journey;
  await page.goto('/#/pages/appointments/index');
  const row = visible(page, '#appointment-list').locator('.appointment-row').first();
  await expect(row).toContainText('李**');
  await expect(row).toContainText('已预约');
  await expect(row).toContainText(time);
  await layoutCheck(journey, '#appointments-page');
  await shot('appointments', '#appointments-page');
  await row.click();
  await expect(visible(page, '#appointment-facts')).toContainText(hospitalName);
  await expect(visible(page, '#cancellation-rule')).toContainText('前取消');
  await visible(page, '#cancel-appointment').click();
  await page.getByText('确认取消').click();
  await expect(visible(page, '#appointment-status')).toContainText('已取消');
  await expect(page.locator('#refund-status:visible, #payment-status:visible').first()).toContainText(/退款/);
  await layoutCheck(journey, '#appointment-detail-page');
  await shot('cancelled-refund', '#appointment-detail-page');
}

/** Links a social-security card to the own card, then pays a bill the hospital issued, with insurance. */
async function payBillWithInsurance(journey: Journey, cardId: string) {
  const { page, request, shot } = journey;
  await page.goto('/#/subpackages/card/pages/family/index');
  const own = visible(page, '#family-list').locator('.family-card', { hasText: '本人' });
  await own.getByRole('button', { name: '为王**的健康卡关联社保卡' }).click();
  await nativeInput(page, 'social-security-number').fill(SOCIAL_SECURITY_NUMBER);
  await layoutCheck(journey, '#card-social-security-page');
  await shot('social-security', '#card-social-security-page');
  await visible(page, '#social-security-submit').click();
  await expect(own.locator('.family-card__social-security')).toContainText('社保卡：已关联');

  // The hospital's cashier issues the bill (the mock's back office), as bills-payment.spec.ts does.
  const billId = await issueCardiologyBill(request, cardId);

  await page.goto('/#/pages/me/index');
  await visible(page, '#me-bills').click();
  const row = visible(page, `[id="row-${billId}"]`);
  await expect(row).toContainText('待缴费');
  await layoutCheck(journey, '#pay-bills-page');
  await shot('bills', '#pay-bills-page');
  await row.click();
  await expect(visible(page, '#bill-detail')).toContainText('阿托伐他汀钙片');
  await expect(visible(page, '#bill-split-fund')).toContainText('¥');
  await layoutCheck(journey, '#pay-bill-page');
  await shot('bill-insurance', '#pay-bill-page');
  await visible(page, '#bill-pay').click();
  const selfPay = (await visible(page, '#checkout-split-selfPay').innerText()).match(/¥\d+\.\d\d/)?.[0];
  expect(selfPay).toBeDefined();
  await visible(page, '#checkout-pay').click();
  await page.waitForURL(/\/__wxpay\/cashier/);
  await expect(page.locator('.amount')).toContainText(selfPay!.slice(1));
  await page.locator('#pay').click();
  await page.waitForURL(/subpackages\/pay\/pages\/result\/index/);
  await expect(visible(page, '#pay-result-title')).toHaveText('支付成功');
  await expect(visible(page, '#pay-result-amount')).toContainText(selfPay!);
  await layoutCheck(journey, '#pay-result-page');
  await shot('bill-paid', '#pay-result-page');
}

/** 报告: the first abnormal lab report, its abnormal value with arrow and word, and that value's trend. */
async function openAbnormalReportAndTrend(journey: Journey) {
  const { page, shot } = journey;
  await page.goto('/#/pages/reports/index');
  await visible(page, '#report-type-filter').getByRole('button', { name: '检验' }).click();
  await expect(
    visible(page, '#report-type-filter').getByRole('button', { name: '检验，已选' }),
  ).toBeVisible();
  const abnormal = visible(page, '#report-list')
    .locator('.report-row', { hasText: /异常|危急/ })
    .first();
  await expect(abnormal).toBeVisible();
  await layoutCheck(journey, '#reports-page');
  await shot('reports', '#reports-page');
  await abnormal.click();

  // An abnormal value the card has a trend of: marked with an arrow and a word, not colour alone.
  const value = visible(page, '#report-detail-page')
    .locator('[data-interpretation]:not([data-interpretation="N"])')
    .filter({ has: page.locator('[id^="trend-link-"]') })
    .first();
  await expect(value).toContainText(/[↑↓*]/);
  await expect(value).toContainText(/偏高|偏低|异常|危急/);
  await layoutCheck(journey, '#report-detail-page');
  await shot('report-detail', '#report-detail-page');
  await value.locator('[id^="trend-link-"]').click();

  await expect(visible(page, '#trend-chart')).toHaveAttribute('aria-label', /最近一次/);
  expect(await page.locator('#trend-table:visible .trend-point').count()).toBeGreaterThanOrEqual(2);
  await layoutCheck(journey, '#report-trend-page');
  await shot('trend', '#report-trend-page');
}

async function wholeJourney(journey: Journey) {
  await signIn(journey);
  if (journey.mode === 'elder') await switchElderModeOn(journey);
  const cardId = await applyOwnCard(journey);
  await addMothersCard(journey);
  const { target, time } = await bookEarliestForMother(journey);
  await seeAndCancel(journey, time, target.hospital.name);
  await payBillWithInsurance(journey, cardId);
  await openAbnormalReportAndTrend(journey);
}

// A 375-wide phone (the reference width of the design mapping) at 1x: small screenshots for the README.
test.use({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
test.describe.configure({ timeout: 180_000 });
resetPlatformBeforeEach();

for (const mode of ['standard', 'elder'] as const) {
  test(`the whole journey (${mode === 'elder' ? '关怀模式' : 'standard mode'})`, async ({
    page,
    request,
  }) => {
    const nowMs = await pinAfternoon(page, request);
    await wholeJourney({ page, request, mode, shot: screenshotter(page, mode), nowMs });
  });
}
