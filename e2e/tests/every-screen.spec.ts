// Every screen of the mini-program, in the standard mode and in 关怀模式 (elder mode), on the H5 build
// against the standalone mock platform (issue 7: "every screen works in both modes; nothing is cut off or
// overlaps at the largest size"). The seeded demo resident has a paid booking, an unpaid hold, a refund,
// an outpatient bill on an insured card and lab reports; each screen is opened on them and must show its
// content (not a loading, error or offline state) and pass support/screen-measure.ts: no text over other
// text, nothing cut off or wider than the phone, contrast >= 4.5:1, tap targets >= 44 pt; in elder mode
// also text >= 18 pt, line spacing >= 1.3 and tap targets >= 60 x 60 pt. The whole journey
// (journey.spec.ts) shows how the screens join up; this one covers the screens it does not pass, too.
// A full-page screenshot of each lands in e2e/screenshots/every-screen/<mode>/.
import path from 'node:path';
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import {
  CHANNEL,
  nativeInput,
  pageSettled,
  resetPlatformBeforeEach,
  sentSmsCode,
  visible,
} from './support/h5';
import { pinAfternoon, type JourneyMode } from './support/journey';
import { expectElderRules, expectScreenWhole, measureScreen } from './support/screen-measure';
import { issueCardiologyBill, SOCIAL_SECURITY_NUMBER } from './support/residents';

// The seeded demo resident (packages/mock-server/src/store/seed): any unknown WeChat code signs in as them.
const DEMO_PHONE = '13800001234';

interface Card {
  /** The account's reference to the card (cardRef). */
  id: string;
  /** The card ID (64 hex), what the hospital's back office knows. */
  cardId: string;
}
interface EarliestEntry {
  hospital: { id: string; name: string };
  department: { id: string; name: string };
  doctor: { id: string };
  schedule: { id: string; feeFen: number };
  slot: { id: string };
}
interface Payment {
  id: string;
  status: string;
  appointmentId?: string;
  wechat?: { package: string };
}

/** What the screens are opened on. */
interface Fixture {
  cards: Card[];
  /** Booked and paid for the first card. */
  booked: EarliestEntry;
  paymentId: string;
  appointmentId: string;
  /** Held, unpaid, for another card (the fee's checkout). */
  holdId: string;
  /** Free to book (the confirmation page). */
  open: EarliestEntry;
  billId: string;
  reportId: string;
  trend: { cardRef: string; itemCode: string };
}

/** The demo resident's platform session, as the mini-program has it (channel wechat-miniapp for 微信支付). */
function platform(request: APIRequestContext, token: string) {
  let requestCount = 0;
  const headers = (mutating: boolean) => ({
    'X-Yika-Channel': 'wechat-miniapp',
    Authorization: `Bearer ${token}`,
    ...(mutating ? { 'Idempotency-Key': `every-screen-${Date.now()}-${(requestCount += 1)}` } : {}),
  });
  const answer = async <T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) => {
    expect(response.ok(), `${what} answered ${response.status()}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: async <T>(path: string) => answer<T>(await request.get(path, { headers: headers(false) }), path),
    post: async <T>(path: string, data?: object) =>
      answer<T>(await request.post(path, { headers: headers(true), ...(data ? { data } : {}) }), path),
    put: async <T>(path: string, data: object) =>
      answer<T>(await request.put(path, { headers: headers(true), data }), path),
  };
}

async function demoToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/v1/auth/wechat-login', {
    headers: { 'X-Yika-Channel': CHANNEL, 'Idempotency-Key': `every-screen-login-${Date.now()}` },
    data: { code: `e2escr_${Date.now().toString(36)}` },
  });
  expect(response.ok(), `wechat-login answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Books and pays (through the WeChat Pay simulator's test confirmation) one slot for the card. */
async function bookAndPay(
  api: ReturnType<typeof platform>,
  request: APIRequestContext,
  entry: EarliestEntry,
  card: Card,
) {
  const hold = await api.post<{ id: string }>('/v1/holds', { slotId: entry.slot.id, cardRef: card.id });
  const payment = await api.post<Payment>('/v1/payments', { purpose: 'registration', holdId: hold.id });
  const prepayId = payment.wechat?.package.replace(/^prepay_id=/, '');
  expect(prepayId, 'a registration fee is paid with WeChat Pay').toBeTruthy();
  const confirmed = await request.post('/__wxpay/confirm', { data: { prepayId } });
  expect(confirmed.ok()).toBe(true);
  let settled: Payment = payment;
  await expect
    .poll(async () => (settled = await api.get<Payment>(`/v1/payments/${payment.id}`)).status)
    .toBe('paid');
  expect(settled.appointmentId).toBeTruthy();
  return { paymentId: payment.id, appointmentId: settled.appointmentId! };
}

async function prepare(request: APIRequestContext, nowMs: number): Promise<Fixture> {
  const api = platform(request, await demoToken(request));
  const { data: cards } = await api.get<{ data: Card[] }>('/v1/cards');
  expect(cards.length, 'the demo resident holds their own card and a family card').toBeGreaterThanOrEqual(2);

  // Paid slots in four departments from tomorrow on (today's are past the cancellation cut-off).
  const from = new Date(nowMs + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
  const { data: earliest } = await api.get<{ data: EarliestEntry[] }>(
    `/v1/earliest-slots?departmentKind=internal_medicine&from=${from}&limit=30`,
  );
  const departments = new Set<string>();
  const picks = earliest.filter((entry) => {
    if (entry.schedule.feeFen <= 0 || departments.has(entry.department.id)) return false;
    departments.add(entry.department.id);
    return true;
  });
  const [booked, held, open, cancelled] = picks;
  expect(cancelled, 'four departments with paid slots').toBeDefined();

  const { paymentId, appointmentId } = await bookAndPay(api, request, booked!, cards[0]!);
  const hold = await api.post<{ id: string }>('/v1/holds', { slotId: held!.slot.id, cardRef: cards[1]!.id });
  // A paid booking cancelled in time: its refund is news (消息) for the account.
  const refunded = await bookAndPay(api, request, cancelled!, cards[1]!);
  await api.post(`/v1/appointments/${refunded.appointmentId}/cancel`);
  await expect
    .poll(async () => (await api.get<{ data: unknown[] }>('/v1/events')).data.length)
    .toBeGreaterThan(0);

  // An outpatient bill on the first card, linked to a social-security card so the bill shows its split.
  await api.put(`/v1/cards/${cards[0]!.id}/social-security-card`, {
    socialSecurityNumber: SOCIAL_SECURITY_NUMBER,
  });
  const billId = await issueCardiologyBill(request, cards[0]!.cardId);

  const { data: reports } = await api.get<{ data: { id: string; cardRef: string; abnormal: boolean }[] }>(
    '/v1/reports?type=lab&limit=20',
  );
  const report = reports.find((candidate) => candidate.abnormal) ?? reports[0];
  expect(report, 'the demo resident has lab reports').toBeDefined();
  const { data: items } = await api.get<{ data: { code: string }[] }>(`/v1/cards/${report!.cardRef}/trends`);
  expect(items.length).toBeGreaterThan(0);

  return {
    cards,
    booked: booked!,
    paymentId,
    appointmentId,
    holdId: hold.id,
    open: open!,
    billId,
    reportId: report!.id,
    trend: { cardRef: report!.cardRef, itemCode: items[0]!.code },
  };
}

interface Screen {
  name: string;
  url: string;
  root: string;
  /** What shows once the screen has its content. */
  ready: string;
  /** A resident's first step on the screen, when its content needs one (a search, a choice). */
  act?: (page: Page) => Promise<void>;
}

const q = encodeURIComponent;

function screens(f: Fixture): Screen[] {
  const { booked, open } = f;
  const department = `id=${q(booked.department.id)}&hospital=${q(booked.hospital.id)}&name=${q(booked.department.name)}&hospitalName=${q(booked.hospital.name)}`;
  return [
    { name: '首页', url: '/pages/home/index', root: '#home-page', ready: '#home-earliest' },
    { name: '预约', url: '/pages/appointments/index', root: '#appointments-page', ready: '.appointment-row' },
    { name: '报告', url: '/pages/reports/index', root: '#reports-page', ready: '.report-row' },
    { name: '我的', url: '/pages/me/index', root: '#me-page', ready: '#signed-in' },
    {
      name: '医院',
      url: `/subpackages/hospital/pages/detail/index?id=${q(booked.hospital.id)}`,
      root: '#hospital-detail-page',
      ready: 'text=个科室',
    },
    {
      name: '科室排班',
      url: `/subpackages/booking/pages/department/index?${department}`,
      root: '#booking-department-page',
      ready: '[aria-pressed="true"], [aria-selected="true"]',
    },
    {
      name: '医生',
      url: `/subpackages/booking/pages/doctor/index?id=${q(booked.doctor.id)}`,
      root: '#booking-doctor-page',
      ready: '[aria-pressed="true"], [aria-selected="true"]',
    },
    {
      name: '选择时段',
      url: `/subpackages/booking/pages/slots/index?schedule=${q(open.schedule.id)}&hospital=${q(open.hospital.id)}`,
      root: '#booking-slots-page',
      ready: '.slot-row',
    },
    {
      name: '最早可约',
      url: '/subpackages/booking/pages/earliest/index',
      root: '#earliest-page',
      ready: '.earliest-row',
      act: async (page) => {
        await visible(page, '#earliest-kinds').getByRole('button', { name: '内科', exact: true }).click();
      },
    },
    {
      name: '搜索',
      url: `/subpackages/booking/pages/search/index?q=${q(booked.department.name)}`,
      root: '#region-search-page',
      ready: '.search-hit',
    },
    {
      name: '确认预约',
      url: `/subpackages/booking/pages/confirm/index?schedule=${q(open.schedule.id)}&hospital=${q(open.hospital.id)}&slot=${q(open.slot.id)}`,
      root: '#booking-confirm-page',
      ready: '#confirm-booking',
    },
    {
      name: '预约成功',
      url: `/subpackages/booking/pages/success/index?id=${q(f.appointmentId)}`,
      root: '#booking-success-page',
      ready: '#booking-success',
    },
    {
      name: '预约详情',
      url: `/subpackages/booking/pages/appointment/index?id=${q(f.appointmentId)}`,
      root: '#appointment-detail-page',
      ready: '#cancel-appointment',
    },
    {
      name: '消息',
      url: '/subpackages/booking/pages/events/index',
      root: '#events-page',
      ready: '#event-list',
    },
    {
      name: '出示健康卡',
      url: `/subpackages/card/pages/code/index?ref=${q(f.cards[0]!.id)}`,
      root: '#card-code-page',
      ready: '#card-qr[data-qr-text]',
    },
    {
      name: '家庭成员',
      url: '/subpackages/card/pages/family/index',
      root: '#card-family-page',
      ready: '.family-card',
    },
    {
      name: '申领',
      url: '/subpackages/card/pages/apply/index',
      root: '#card-apply-page',
      ready: '#apply-form',
    },
    {
      name: '关联社保卡',
      url: `/subpackages/card/pages/social-security/index?card=${q(f.cards[1]!.id)}`,
      root: '#card-social-security-page',
      ready: '#social-security-submit',
    },
    {
      name: '门诊缴费',
      url: '/subpackages/pay/pages/bills/index',
      root: '#pay-bills-page',
      ready: '.bill-row, [id^="row-"]',
    },
    {
      name: '账单详情',
      url: `/subpackages/pay/pages/bill/index?id=${q(f.billId)}`,
      root: '#pay-bill-page',
      ready: '#bill-split',
    },
    {
      name: '缴费（账单，医保）',
      url: `/subpackages/pay/pages/checkout/index?bill=${q(f.billId)}&insurance=1`,
      root: '#pay-checkout-page',
      ready: '#checkout-split',
    },
    {
      name: '缴费（挂号费）',
      url: `/subpackages/pay/pages/checkout/index?hold=${q(f.holdId)}`,
      root: '#pay-checkout-page',
      ready: '#hold-countdown',
    },
    {
      name: '支付结果',
      url: `/subpackages/pay/pages/result/index?paymentId=${q(f.paymentId)}`,
      root: '#pay-result-page',
      ready: '#pay-result[data-phase="paid"]',
    },
    {
      name: '缴费记录',
      url: '/subpackages/pay/pages/records/index',
      root: '#pay-records-page',
      ready: '#record-list',
    },
    {
      name: '缴费详情',
      url: `/subpackages/pay/pages/record/index?id=${q(f.paymentId)}`,
      root: '#pay-record-page',
      ready: '#record-status',
    },
    {
      name: '报告详情',
      url: `/subpackages/report/pages/detail/index?id=${q(f.reportId)}`,
      root: '#report-detail-page',
      ready: '#report-detail',
    },
    {
      name: '趋势',
      url: `/subpackages/report/pages/trend/index?card=${q(f.trend.cardRef)}&item=${q(f.trend.itemCode)}`,
      root: '#report-trend-page',
      ready: '#trend-chart',
    },
  ];
}

const SIGN_IN: Screen = {
  name: '登录',
  url: '/subpackages/account/pages/sign-in/index',
  root: '#sign-in-page',
  ready: '#sms-send',
};

/** `e2e/screenshots/every-screen/<mode>/<name>.png`, for a person to look at what was measured. */
function shotPath(mode: JourneyMode, name: string): string {
  return path.resolve(__dirname, '../screenshots/every-screen', mode, `${name}.png`);
}

/** Opens the screen afresh, waits for its content and measures it; in elder mode, the size rules too. */
async function checkScreen(page: Page, screen: Screen, mode: JourneyMode) {
  await test.step(screen.name, async () => {
    await page.goto(`/#${screen.url}`);
    await pageSettled(page, screen.root);
    await screen.act?.(page);
    const root = visible(page, screen.root);
    await expect(root.locator(screen.ready).first(), `${screen.name} shows its content`).toBeVisible();
    await expect(root.locator('.yika-state--loading')).toHaveCount(0);
    await expect(
      root.locator('.yika-error, .yika-offline'),
      `${screen.name} loaded without error`,
    ).toHaveCount(0);
    await expectScreenWhole(page, screen.root);
    if (mode === 'elder') await expectElderRules(page, screen.root);
    await page.screenshot({ path: shotPath(mode, screen.name), fullPage: true, animations: 'disabled' });
  });
}

/** 关怀模式 from the switch on 我的, as a resident turns it on; it stays on for every page opened after. */
async function switchElderModeOn(page: Page) {
  await page.goto('/#/pages/me/index');
  const toggle = visible(page, '#elder-mode-switch');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
}

test.use({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
test.describe.configure({ timeout: 240_000 });
resetPlatformBeforeEach();

for (const mode of ['standard', 'elder'] as const) {
  test(`every screen, its content laid out whole (${mode === 'elder' ? '关怀模式' : 'standard mode'})`, async ({
    page,
    request,
  }) => {
    const nowMs = await pinAfternoon(page, request);
    const fixture = await prepare(request, nowMs);

    // Signed out first: the sign-in page as a resident meets it, then signing in on it.
    if (mode === 'elder') await switchElderModeOn(page);
    await checkScreen(page, SIGN_IN, mode);
    await nativeInput(page, 'sms-phone').fill(DEMO_PHONE);
    await visible(page, '#sms-send').click();
    await expect(visible(page, '#sms-notice')).toBeVisible();
    await nativeInput(page, 'sms-code').fill(await sentSmsCode(request, DEMO_PHONE));
    await visible(page, '#sms-submit').click();
    await expect(visible(page, '#signed-in')).toBeVisible();

    for (const screen of screens(fixture)) await checkScreen(page, screen, mode);
  });
}

// The measure above must be able to fail: the same screen, broken on purpose, is caught.
test('the measure catches text over text, text cut off, a screen too wide, a broken clock range, faint text and a small tap target', async ({
  page,
}) => {
  await page.goto('/#/pages/me/index');
  await pageSettled(page, '#me-page');
  expect(await measureScreen(page, '#me-page')).toMatchObject({
    overlapping: [],
    cutOff: [],
    overflowPx: 0,
    brokenRanges: [],
    lowContrast: [],
  });
  await expectScreenWhole(page, '#me-page');

  await page.addStyleTag({
    content: `
      #me-page .me-card__hint { position: relative; top: -24px; }
      #me-page #go-sign-in { width: 24px; overflow: hidden; white-space: nowrap; }
      #me-page .me-card__title { color: #a0a0a0; }
      #me-page #elder-mode-switch { min-height: 0; height: 30px; }
      #me-page::after { content: ''; display: block; width: 600px; height: 1px; }`,
  });
  // A visit time in a box too narrow for it: the clock range breaks after its hyphen.
  await page.locator('#me-page:visible .me-card__hint').evaluate((hint) => {
    const time = document.createElement('div');
    time.style.width = '96px';
    time.textContent = '上午 08:00-08:30';
    hint.after(time);
  });
  const broken = await measureScreen(page, '#me-page');
  expect(broken.brokenRanges).toEqual(['"08:00-08:30"']);
  expect(broken.overlapping.length).toBeGreaterThan(0);
  expect(broken.cutOff.join('\n')).toContain('clipped by');
  expect(broken.overflowPx).toBeGreaterThan(0);
  expect(broken.lowContrast).toEqual([expect.stringMatching(/^"未登录" 2\.\d\d:1$/)]);
  await expect(expectScreenWhole(page, '#me-page')).rejects.toThrow();
  const switchTarget = broken.tapTargets.find((target) => target.heightPt < 44);
  expect(switchTarget?.heightPt).toBeCloseTo(30, 0);
});

test('the elder-mode measure catches small text, tight lines and small tap targets', async ({ page }) => {
  await switchElderModeOn(page);
  await expectElderRules(page, '#me-page');

  // Each fault alone, on the hint under 未登录 or the sign-in button, then taken away again.
  const faults: [css: string, message: RegExp][] = [
    ['#me-page .me-card__hint { font-size: 14px; }', /text under 18 pt/],
    ['#me-page .me-card__hint { line-height: 1.1; }', /line spacing under 1.3/],
    ['#me-page #go-sign-in { min-height: 0; height: 40px; }', /tap targets under 60 x 60 pt/],
  ];
  for (const [css, message] of faults) {
    const style = await page.addStyleTag({ content: css });
    await expect(expectElderRules(page, '#me-page')).rejects.toThrow(message);
    await style.evaluate((element) => element.parentNode?.removeChild(element));
    await expectElderRules(page, '#me-page');
  }
});
