// What the browser tests share: the H5 build's channel, Taro's H5 quirks (native inputs, sliding pages),
// the mock platform's control API (reset, the SMS outbox) and signing in with an SMS code.
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';

/** The H5 build's channel (X-Yika-Channel). */
export const CHANNEL = 'web';

/** Taro renders <Input id> as a custom element around a native input; type into the native one. */
export function nativeInput(page: Page, id: string) {
  return page.locator(`input#${id}, #${id} input`).first();
}

/** Taro's H5 router slides a new page in and keeps earlier pages hidden: the visible one. */
export function visible(page: Page, selector: string) {
  return page.locator(`${selector}:visible`).first();
}

/** Waits until the page slid in has arrived (before a screenshot or a tap near the edge). */
export async function pageSettled(page: Page, selector: string) {
  await expect(visible(page, selector)).toBeVisible();
  await expect.poll(async () => (await visible(page, selector).boundingBox())?.x ?? -1).toBeLessThan(40);
}

/** The platform's answer to a GET, as the H5 build's channel sees it. */
export async function platformGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path, { headers: { 'X-Yika-Channel': CHANNEL } });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** Every test starts from the seeded platform (seed 1); call once at the top of a spec file. */
export function resetPlatformBeforeEach() {
  test.beforeEach(async ({ request }) => {
    const reset = await request.post('/__control/reset', { data: { seed: 1 } });
    expect(reset.ok()).toBe(true);
  });
}

/** The last SMS code the mock platform sent to the phone (its outbox on the control API). */
export async function sentSmsCode(request: APIRequestContext, phone: string): Promise<string> {
  const response = await request.get(`/__control/sms?phone=${phone}`);
  expect(response.ok()).toBe(true);
  const { code } = (await response.json()) as { code: string };
  expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** Signs in on 我的 with an SMS code to the phone; the signed-in block, for the caller's own checks. */
export async function signInWithSms(page: Page, request: APIRequestContext, phone: string) {
  await page.goto('/#/pages/me/index');
  await page.locator('#go-sign-in').click();
  await nativeInput(page, 'sms-phone').fill(phone);
  await page.locator('#sms-send').click();
  await expect(page.locator('#sms-notice')).toBeVisible();
  await nativeInput(page, 'sms-code').fill(await sentSmsCode(request, phone));
  await page.locator('#sms-submit').click();
  const signedIn = page.locator('#signed-in');
  await expect(signedIn).toBeVisible();
  return signedIn;
}

/** `08:00-08:30` at the Shanghai clock, whatever offset the timestamps are written in. */
export function slotTime(slot: { startTime: string; endTime: string }): string {
  const clock = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(11, 16);
  return `${clock(slot.startTime)}-${clock(slot.endTime)}`;
}
