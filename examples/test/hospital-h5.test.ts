// The hospital's H5 page of examples/hospital-h5 in Chromium against the mock platform: the resident signs
// in by SMS, sees the family's booking at this hospital (made at its kiosk) with the name masked, and is
// still signed in after a reload (the session lives in localStorage).
import { createClient, type EarliestSlot } from '@yika/sdk';
import { addDays, shanghaiDate } from '@yika/sdk/domain';
import { DEMO_PHONE, DEMO_SELF_HOLDER, type RunningServer } from '@yika/mock-server';
import { openPageWithScript, type BrowserPage } from '../../packages/sdk/test/published/support/browser-page';
import { bundleHospitalPage } from '../hospital-h5/bundle';
import { startPlatform } from './support/platform';

let platform: RunningServer;
let browser: BrowserPage | undefined;
let target: EarliestSlot;

beforeAll(async () => {
  // Inside booking hours whenever the suite runs: 10:00 today in Asia/Shanghai on the platform's clock.
  platform = await startPlatform({ now: `${shanghaiDate(Date.now())}T10:00:00+08:00` });
  const today = shanghaiDate(platform.platform.clock.now());
  const tomorrow = addDays(today, 1);
  const resident = createClient({ baseURL: platform.url, channel: 'wechat-miniapp' });
  await resident.auth.loginWithWechatCode('example-login-code');
  const own = (await resident.cards.list()).find((card) => card.relation === 'self')!;
  const [earliest] = await resident.schedules.earliest({
    departmentKind: 'internal_medicine',
    from: tomorrow,
  });
  target = earliest!;
  // The resident booked at the hospital's kiosk, showing the card.
  const kiosk = createClient({
    baseURL: platform.url,
    channel: 'kiosk',
    hospitalKey: platform.platform.hospitalKey(target.hospital.id),
  });
  await kiosk.appointments.bookAtHospital({ cardCode: own.staticQrText, slotId: target.slot.id });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await platform.close();
});

it('signs in by SMS, lists the booking at this hospital masked, and stays signed in after a reload', async () => {
  const script = await bundleHospitalPage({ baseURL: platform.url, hospitalId: target.hospital.id });
  browser = await openPageWithScript(script);
  const { page } = browser;

  await page.locator('#phone').fill(DEMO_PHONE);
  await page.locator('#send').click();
  await page.locator('#message', { hasText: '验证码已发送' }).waitFor();
  await page.locator('#code').fill(platform.platform.sms.lastCode(DEMO_PHONE, 'login')!);
  await page.locator('#submit').click();

  const booking = page.locator('#bookings .booking');
  await booking.first().waitFor();
  expect(await booking.count()).toBe(1);
  const line = await booking.first().innerText();
  expect(line).toContain(target.department.name);
  expect(line).toContain('已预约');
  expect(line).toContain(`${DEMO_SELF_HOLDER.name[0]}*`);
  expect(line).not.toContain(DEMO_SELF_HOLDER.name);

  await page.reload();
  await booking.first().waitFor();
  expect(await page.locator('#sign-in').count()).toBe(0);
}, 60_000);

it('shows the platform’s plain message when the code is wrong', async () => {
  const script = await bundleHospitalPage({ baseURL: platform.url, hospitalId: target.hospital.id });
  const fresh = await openPageWithScript(script);
  try {
    await fresh.page.locator('#phone').fill(DEMO_PHONE);
    await fresh.page.locator('#code').fill('000000');
    await fresh.page.locator('#submit').click();
    const message = fresh.page.locator('#message');
    await message.filter({ hasText: /\S/ }).waitFor();
    expect(await message.innerText()).toMatch(/验证码/);
  } finally {
    await fresh.close();
  }
}, 60_000);
