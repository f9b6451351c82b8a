// The H5 build in Chromium against the standalone mock platform: a resident signs in with an SMS code
// and sees the region's seeded hospitals, exactly as the platform lists them.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { nativeInput, platformGet, resetPlatformBeforeEach, sentSmsCode } from './support/h5';

const PHONE = '13912345678';

async function platformHospitalNames(request: APIRequestContext): Promise<string[]> {
  const page = await platformGet<{ data: { name: string }[] }>(request, '/v1/hospitals?limit=20');
  return page.data.map((hospital) => hospital.name);
}

resetPlatformBeforeEach();

test('a resident signs in with an SMS code and sees the seeded hospitals', async ({
  page,
  request,
}, testInfo) => {
  await page.goto('/#/pages/me/index');
  await page.locator('#go-sign-in').click();
  await expect(page.locator('#sms-sign-in')).toBeVisible();

  await nativeInput(page, 'sms-phone').fill(PHONE);
  await page.locator('#sms-send').click();
  await expect(page.locator('#sms-notice')).toBeVisible();
  await nativeInput(page, 'sms-code').fill(await sentSmsCode(request, PHONE));
  await page.screenshot({ path: testInfo.outputPath('sign-in.png') });
  await page.locator('#sms-submit').click();

  // Signed in, the app returns to "me", which shows the account with its phone masked, never in full.
  const signedIn = page.locator('#signed-in');
  await expect(signedIn).toContainText('139****5678');
  await expect(page.locator('body')).not.toContainText(PHONE);

  await page.goto('/#/pages/home/index');
  const rows = page.locator('#hospital-list .hospital-row');
  const expected = await platformHospitalNames(request);
  expect(expected.length).toBeGreaterThanOrEqual(11);
  await expect(rows.first()).toBeVisible();
  await expect(rows.locator('.hospital-row__name')).toHaveText(expected.slice(0, await rows.count()));
  expect(await rows.count()).toBeGreaterThanOrEqual(11);
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
});

test('the home screen shows an error with a retry when the platform fails, and recovers', async ({
  page,
  request,
}) => {
  // Enough failures to outlast the SDK's retries on the first load.
  const faults = await request.post('/__control/faults', {
    data: { rules: [{ kind: 'error', status: 503, path: '/v1/hospitals', times: 3 }] },
  });
  expect(faults.ok()).toBe(true);
  await page.goto('/#/pages/home/index');
  const retry = page.getByRole('button', { name: /重试/ });
  await expect(retry).toBeVisible();
  await retry.click();
  await expect(page.locator('#hospital-list .hospital-row').first()).toBeVisible();
});
