// Losing the connection, as a resident would on a bus: the screen says the network is down (not "加载失败"),
// what to check, and loads again by the retry button or by itself once the device is back online. A form
// whose submission fails, by a platform fault or a dropped connection, keeps everything typed.
import { test, expect, type APIRequestContext, type Page, type Route } from '@playwright/test';
import { nativeInput, resetPlatformBeforeEach, sentSmsCode, signInWithSms, visible } from './support/h5';

const PHONE = '13700001111';
const MASKED_PHONE = '137****1111';
const OWN_ID = '110105198506151236'; // 1985-06-15, male, valid GB 11643 check character

/** Every platform request fails as if the cable were pulled (the page and its assets still load). */
const dropConnection = (route: Route) => route.abort('internetdisconnected');

async function dropPlatform(page: Page) {
  await page.route('**/v1/**', dropConnection);
}

async function restorePlatform(page: Page) {
  await page.unroute('**/v1/**', dropConnection);
}

resetPlatformBeforeEach();

test('the network drops: an offline state with retry, then the screen loads again', async ({
  page,
  context,
  request,
}, testInfo) => {
  await expect(await signInWithSms(page, request, PHONE)).toContainText(MASKED_PHONE);
  // Open the tab once so its code is in the browser before the connection goes.
  await page.goto('/#/pages/appointments/index');
  await expect(visible(page, '.yika-state--empty')).toContainText('暂无即将就诊的预约');

  // The platform cannot be reached (the device still thinks it is online): 网络连接失败, not 加载失败.
  await dropPlatform(page);
  await page.goto('/#/pages/reports/index');
  const offline = visible(page, '.yika-offline');
  await expect(offline).toContainText('网络连接失败');
  await expect(offline).toContainText('报告加载失败');
  await expect(offline).toHaveAttribute('role', 'alert');
  await expect(page.locator('.yika-error:visible')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('offline-reports.png') });

  // Back: the retry button loads the tab (signed in, no card yet: the way to apply for one).
  await restorePlatform(page);
  await offline.getByRole('button', { name: '网络连接失败，重试' }).click();
  await expect(visible(page, '#reports-no-card')).toContainText('您还没有电子健康卡');
  await expect(page.locator('.yika-offline:visible')).toHaveCount(0);

  // The device itself goes offline: the screen says so and reloads by itself when the network returns.
  await context.setOffline(true);
  await page.goto('/#/pages/appointments/index');
  const deviceOffline = visible(page, '.yika-offline');
  await expect(deviceOffline).toContainText('网络未连接');
  await expect(deviceOffline).toContainText('恢复后会自动重新加载');
  await page.screenshot({ path: testInfo.outputPath('offline-device.png') });
  await context.setOffline(false);
  await expect(visible(page, '.yika-state--empty')).toContainText('暂无即将就诊的预约');
  await expect(page.locator('.yika-offline:visible')).toHaveCount(0);
});

/** Fills the card application for the resident themself, SMS code included. */
async function fillOwnApplication(page: Page, request: APIRequestContext) {
  await expect(visible(page, '#apply-form')).toBeVisible();
  await nativeInput(page, 'apply-name').fill('王建国');
  await nativeInput(page, 'apply-id-number').fill(OWN_ID);
  await nativeInput(page, 'apply-id-number').blur();
  await expect(page.locator('#apply-birth-date')).toContainText('1985-06-15');
  await nativeInput(page, 'apply-phone').fill(PHONE);
  await page.locator('#apply-sms-send').click();
  await expect(page.locator('#apply-sms-notice')).toContainText(MASKED_PHONE);
  await nativeInput(page, 'apply-sms-code').fill(await sentSmsCode(request, PHONE));
}

async function expectApplicationKept(page: Page, smsCode: string) {
  await expect(nativeInput(page, 'apply-name')).toHaveValue('王建国');
  await expect(nativeInput(page, 'apply-id-number')).toHaveValue(OWN_ID);
  await expect(nativeInput(page, 'apply-phone')).toHaveValue(PHONE);
  await expect(nativeInput(page, 'apply-sms-code')).toHaveValue(smsCode);
  await expect(page.locator('#apply-relation').getByRole('button', { name: '本人，已选' })).toBeVisible();
  await expect(page.locator('#apply-gender').getByRole('button', { name: '男，已选' })).toBeVisible();
}

test('a card application that fails keeps what was typed, and goes through once the platform is back', async ({
  page,
  request,
}, testInfo) => {
  await signInWithSms(page, request, PHONE);
  await page.goto('/#/subpackages/card/pages/apply/index?relation=self');
  await fillOwnApplication(page, request);
  const smsCode = await nativeInput(page, 'apply-sms-code').inputValue();

  // The platform fails every attempt (the SDK retries a 503 with the same idempotency key).
  const faults = await request.post('/__control/faults', {
    data: { rules: [{ kind: 'error', status: 503, method: 'POST', path: '/v1/cards', times: 10 }] },
  });
  expect(faults.ok()).toBe(true);
  await page.locator('#apply-submit').click();
  await expect(page.locator('#apply-error')).toContainText('服务暂时不可用');
  await expectApplicationKept(page, smsCode);
  await page.screenshot({ path: testInfo.outputPath('apply-platform-fault.png') });
  expect((await request.delete('/__control/faults')).ok()).toBe(true);

  // The connection drops during the next try: the same, in the network's words.
  await dropPlatform(page);
  await page.locator('#apply-submit').click();
  await expect(page.locator('#apply-error')).toContainText('网络连接失败');
  await expectApplicationKept(page, smsCode);

  // Everything back: the same form goes through.
  await restorePlatform(page);
  await page.locator('#apply-submit').click();
  await expect(page.locator('#apply-result')).toContainText('办卡成功');
});
