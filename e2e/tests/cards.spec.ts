// The electronic health card on the H5 build, end to end against the standalone mock platform: a resident
// signs in, applies for their own card, sees it masked on home, shows its dynamic QR code, a hospital
// kiosk verifies exactly that code online and gets its own patient number, the resident adds a child
// under 14 with the guardian's consent, and links a social-security card (社保卡) number to a card.
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { nativeInput, pageSettled, resetPlatformBeforeEach, sentSmsCode, signInWithSms } from './support/h5';
import jsQR from 'jsqr';

const PHONE = '13912345678';
const MASKED_PHONE = '139****5678';
// Real-shaped resident ID numbers with valid GB 11643 check characters.
const OWN_ID = '110105198506151236'; // 1985-06-15, male
const OWN_ID_MASKED = '110105********1236';
const CHILD_ID = '33020320190308002X'; // 2019-03-08, female: under 14
const CHILD_ID_MASKED = '330203********002X';

/** What a resident can read on the page: no full ID number, phone or card ID may be in it. */
async function expectNothingUnmasked(page: Page, secrets: string[]) {
  const text = await page.locator('body').innerText();
  for (const secret of secrets) expect(text).not.toContain(secret);
}

/** Fills the application form; a resident ID number fills in the birthday and gender by itself. */
async function fillApplication(
  page: Page,
  request: APIRequestContext,
  holder: { name: string; idNumber: string; birthDate: string; gender: '男' | '女' },
) {
  await expect(page.locator('#apply-form')).toBeVisible();
  await nativeInput(page, 'apply-name').fill(holder.name);
  await nativeInput(page, 'apply-id-number').fill(holder.idNumber);
  await nativeInput(page, 'apply-id-number').blur();
  await expect(page.locator('#apply-birth-date')).toContainText(holder.birthDate);
  await expect(
    page.locator('#apply-gender').getByRole('button', { name: `${holder.gender}，已选` }),
  ).toBeVisible();
  await nativeInput(page, 'apply-phone').fill(PHONE);
  await page.locator('#apply-sms-send').click();
  await expect(page.locator('#apply-sms-notice')).toContainText(MASKED_PHONE);
  await nativeInput(page, 'apply-sms-code').fill(await sentSmsCode(request, PHONE));
}

/**
 * Reads the QR code off the screen, as a hospital's scanner does: a screenshot of the code's wrapper,
 * turned back into pixels in the page. (Reading the canvas bitmap back instead races with the H5 canvas
 * component, which resizes, and so wipes, its bitmap on its own renders before the app draws again.)
 */
async function decodeShownQr(page: Page): Promise<string | null> {
  const png = await page.locator('#card-qr').screenshot({ animations: 'disabled' });
  const image = await page.evaluate(async (base64) => {
    const picture = new Image();
    picture.src = `data:image/png;base64,${base64}`;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.naturalWidth;
    canvas.height = picture.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(picture, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: canvas.width, height: canvas.height, data: Array.from(data) };
  }, png.toString('base64'));
  if (!image) return null;
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data ?? null;
}

resetPlatformBeforeEach();

test('a resident applies for a card, shows its code to a hospital, and adds a child', async ({
  page,
  request,
}, testInfo) => {
  await expect(await signInWithSms(page, request, PHONE)).toContainText(MASKED_PHONE);

  // Home: signed in without a card, the card slot offers 申领.
  await page.goto('/#/pages/home/index');
  await expect(page.locator('#home-card-apply')).toBeVisible();
  await page.locator('#apply-card').click();

  // Own card: 本人 is preselected for the first card.
  await expect(page.locator('#apply-relation').getByRole('button', { name: '本人，已选' })).toBeVisible();
  await fillApplication(page, request, {
    name: '王建国',
    idNumber: OWN_ID,
    birthDate: '1985-06-15',
    gender: '男',
  });
  await expect(page.locator('#guardian-consent-block')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('apply-own.png') });
  await page.locator('#apply-submit').click();
  await expect(page.locator('#apply-result')).toContainText('办卡成功');
  await expect(page.locator('#apply-outcome')).toContainText('新办');
  // Then the card page opens by itself.
  await expect(page.locator('#card-code')).toBeVisible();

  // Home with a fresh load: the default card, masked, in two content requests (cards, hospitals) plus
  // the district choices of the filter bar.
  await page.goto('/#/pages/home/index');
  const apiPaths: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/v1/') && req.method() !== 'OPTIONS') apiPaths.push(url.pathname);
  });
  await page.reload();
  const homeCard = page.locator('#home-card');
  await expect(homeCard).toContainText('王**');
  await expect(homeCard).toContainText(OWN_ID_MASKED);
  await expect(homeCard).toContainText('本人');
  await expect(page.locator('#hospital-list .hospital-row').first()).toBeVisible();
  expect(apiPaths.filter((path) => path === '/v1/cards')).toHaveLength(1);
  expect(apiPaths.filter((path) => path === '/v1/hospitals')).toHaveLength(1);
  expect(apiPaths.filter((path) => !['/v1/cards', '/v1/hospitals', '/v1/districts'].includes(path))).toEqual(
    [],
  );
  await expectNothingUnmasked(page, [OWN_ID, PHONE, '王建国']);
  await page.screenshot({ path: testInfo.outputPath('home-card.png') });

  // The code page: the QR code on the canvas is exactly the dynamic code the app holds.
  await page.locator('#show-card-code').click();
  const qr = page.locator('#card-qr[data-qr-text]');
  await expect(qr).toBeVisible();
  const qrText = (await qr.getAttribute('data-qr-text')) ?? '';
  const [cardId] = qrText.split(':');
  expect(qrText).toMatch(/^[0-9A-F]{64}:0:[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  await expect.poll(() => decodeShownQr(page)).toBe(qrText);
  await expect(page.locator('#code-countdown')).toContainText('秒后自动刷新');
  await expect(page.locator('#code-brightness-hint')).toContainText('请调高屏幕亮度');
  await expect(page.locator('#card-code')).toContainText(`${cardId!.slice(0, 4)}****${cardId!.slice(-4)}`);
  await expectNothingUnmasked(page, [OWN_ID, PHONE, cardId!]);
  await pageSettled(page, '#card-code');
  await page.screenshot({ path: testInfo.outputPath('card-code.png') });

  // A hospital kiosk scans it and verifies it online: the platform returns that hospital's patient number.
  const keys = await request.get('/__control/hospital-keys');
  const [hospital] = ((await keys.json()) as { data: { hospitalId: string; key: string }[] }).data;
  const verify = await request.post('/v1/card-codes/verify', {
    headers: {
      'X-Yika-Hospital-Key': hospital!.key,
      'X-Yika-Channel': 'kiosk',
      'Idempotency-Key': `e2e-verify-${Date.now()}`,
    },
    data: { qrText },
  });
  expect(verify.status()).toBe(200);
  const verified = (await verify.json()) as {
    codeKind: string;
    cardId: string;
    hospitalId: string;
    patientNumber: string;
    patientNumberCreated: boolean;
    holder: { maskedIdNumber: string };
  };
  expect(verified).toMatchObject({
    codeKind: 'dynamic',
    cardId,
    hospitalId: hospital!.hospitalId,
    patientNumberCreated: true,
    holder: { maskedIdNumber: OWN_ID_MASKED },
  });
  expect(verified.patientNumber).toMatch(/\d{8}$/);

  // A child under 14: the guardian's consent is asked, and submit waits for it. The card SMS to this
  // phone went out less than a minute ago: move the platform's clock past the resend wait.
  await page.locator('#code-open-family').click();
  await expect(page.locator('#family-list .family-card')).toHaveCount(1);
  await page.locator('#family-add').click();
  await page.locator('#apply-relation').getByRole('button', { name: '子女' }).click();
  const clock = await request.post('/__control/clock', { data: { advanceMs: 61_000 } });
  expect(clock.ok()).toBe(true);
  await fillApplication(page, request, {
    name: '王小花',
    idNumber: CHILD_ID,
    birthDate: '2019-03-08',
    gender: '女',
  });
  const consent = page.locator('#guardian-consent');
  await expect(page.locator('#guardian-consent-block')).toContainText('儿童个人信息处理规则');
  await expect(consent).toHaveAttribute('aria-checked', 'false');
  await expect(page.locator('#apply-submit')).toHaveAttribute('aria-disabled', 'true');
  await consent.click();
  await expect(consent).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('#apply-submit')).not.toHaveAttribute('aria-disabled', 'true');
  await page.screenshot({ path: testInfo.outputPath('apply-child-consent.png') });
  await page.locator('#apply-submit').click();
  await expect(page.locator('#apply-result')).toContainText('办卡成功');
  // Opens the child's code; the first code page waits hidden in the page stack (H5 keeps it in the DOM).
  await expect(page.locator('#card-code:visible')).toBeVisible();
  await expect(
    page.locator('#card-switcher:visible').getByRole('button', { name: '王** 子女，已选' }),
  ).toBeVisible();
  await expect(page.locator('#card-code:visible #code-holder-name')).toHaveText('王**');
  await expect(page.locator('#card-qr:visible')).toHaveAttribute('data-qr-text', /^[0-9A-F]{64}:0:/);
  expect(await page.locator('#card-qr:visible').getAttribute('data-qr-text')).not.toContain(cardId!);

  // Both cards in the family, masked; the first card stays the default (said in words).
  await page.goto('/#/subpackages/card/pages/family/index');
  const rows = page.locator('#family-list:visible .family-card');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('本人');
  await expect(rows.nth(0)).toContainText('默认卡');
  await expect(rows.nth(0)).toContainText(OWN_ID_MASKED);
  await expect(rows.nth(1)).toContainText('子女');
  await expect(rows.nth(1)).toContainText(CHILD_ID_MASKED);
  await expect(rows.nth(1)).not.toContainText('默认卡');
  await expectNothingUnmasked(page, [OWN_ID, CHILD_ID, PHONE, '王小花', cardId!]);
  await pageSettled(page, '#family-list');
  await page.screenshot({ path: testInfo.outputPath('family.png') });

  // Make the child's card the default, then unbind it after the confirmation (it stays on the platform).
  await rows
    .nth(1)
    .getByRole('button', { name: /设为默认卡/ })
    .click();
  await expect(rows.nth(0)).toContainText('子女');
  await expect(rows.nth(0)).toContainText('默认卡');
  await rows.nth(0).getByRole('button', { name: /解绑/ }).click();
  await expect(page.getByText('电子健康卡和在各医院的就诊记录仍保留在平台上')).toBeVisible();
  await page.getByText('确认解绑').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('本人');
  await expect(rows.nth(0)).toContainText('默认卡');
});

/** Applies for the resident's own card through the form, as in the first test. */
async function applyForOwnCard(page: Page, request: APIRequestContext) {
  await page.goto('/#/pages/home/index');
  await page.locator('#apply-card').click();
  await fillApplication(page, request, {
    name: '王建国',
    idNumber: OWN_ID,
    birthDate: '1985-06-15',
    gender: '男',
  });
  await page.locator('#apply-submit').click();
  await expect(page.locator('#apply-result')).toBeVisible();
  await expect(page.locator('#card-code')).toBeVisible();
}

test('one person, one card: another account binds the existing card after the phone on record is proven', async ({
  page,
  request,
}, testInfo) => {
  const OTHER_PHONE = '13800001111';
  await expect(await signInWithSms(page, request, PHONE)).toContainText(MASKED_PHONE);
  await applyForOwnCard(page, request);

  // A relative signs in with their own phone and adds the same person.
  await page.goto('/#/pages/me/index');
  await page.locator('#sign-out').click();
  await page.locator('#go-sign-in').click();
  await nativeInput(page, 'sms-phone').fill(OTHER_PHONE);
  await page.locator('#sms-send').click();
  await nativeInput(page, 'sms-code').fill(await sentSmsCode(request, OTHER_PHONE));
  await page.locator('#sms-submit').click();
  await expect(page.locator('#signed-in')).toContainText('138****1111');
  await page.goto('/#/pages/home/index');
  await page.locator('#apply-card').click();
  await page.locator('#apply-relation').getByRole('button', { name: '父母' }).click();
  await nativeInput(page, 'apply-name').fill('王建国');
  await nativeInput(page, 'apply-id-number').fill(OWN_ID);
  await nativeInput(page, 'apply-phone').fill(OTHER_PHONE);
  await page.locator('#apply-sms-send').click();
  await nativeInput(page, 'apply-sms-code').fill(await sentSmsCode(request, OTHER_PHONE));
  await page.locator('#apply-submit').click();

  // The refusal sits under the phone and names the phone on record, masked; the form keeps what was typed.
  await expect(page.locator('#apply-phone-error')).toContainText(MASKED_PHONE);
  await expect(nativeInput(page, 'apply-name')).toHaveValue('王建国');
  await expect(nativeInput(page, 'apply-id-number')).toHaveValue(OWN_ID);
  await page.screenshot({ path: testInfo.outputPath('apply-phone-mismatch.png') });

  // With the phone on record (its card SMS went out less than a minute ago: move the platform's clock).
  expect((await request.post('/__control/clock', { data: { advanceMs: 61_000 } })).ok()).toBe(true);
  await nativeInput(page, 'apply-phone').fill(PHONE);
  await expect(page.locator('#apply-phone-error')).toHaveCount(0);
  await page.locator('#apply-sms-send').click();
  await nativeInput(page, 'apply-sms-code').fill(await sentSmsCode(request, PHONE));
  await page.locator('#apply-submit').click();
  await expect(page.locator('#apply-result')).toContainText('绑定成功');
  await expect(page.locator('#apply-outcome')).toContainText('已将这张卡绑定到您的账号');
});

test('the code refreshes before it expires; without the network it expires, and 刷新 brings a new one', async ({
  page,
  request,
}, testInfo) => {
  // This device's clock, under the test's control (the platform's clock keeps real time).
  await page.clock.install();
  await expect(await signInWithSms(page, request, PHONE)).toContainText(MASKED_PHONE);
  await applyForOwnCard(page, request);
  const qr = page.locator('#card-qr:visible');
  const first = await qr.getAttribute('data-qr-text');
  expect(first).toMatch(/^[0-9A-F]{64}:0:/);

  // refreshAfterSeconds (50 s) later the next code replaces it, before the first one expires.
  await page.clock.fastForward(50_000);
  await expect(qr).not.toHaveAttribute('data-qr-text', first!);
  const second = await qr.getAttribute('data-qr-text');
  expect(second).toMatch(/^[0-9A-F]{64}:0:/);
  await expect.poll(() => decodeShownQr(page)).toBe(second);

  // The platform cannot be reached: the code stays until it lapses, then the screen says so.
  const faults = await request.post('/__control/faults', {
    data: { rules: [{ kind: 'error', status: 503, method: 'POST', path: '/v1/cards/', times: 1000 }] },
  });
  expect(faults.ok()).toBe(true);
  await page.clock.fastForward(50_000);
  await page.clock.fastForward(11_000);
  await expect(page.locator('#code-expired:visible')).toContainText('二维码已过期');
  await expect(qr).not.toHaveAttribute('data-qr-text', /.+/);
  await expect.poll(() => decodeShownQr(page)).toBeNull();
  await page.screenshot({ path: testInfo.outputPath('code-expired.png') });

  expect((await request.delete('/__control/faults')).ok()).toBe(true);
  await page.locator('#code-refresh:visible').click();
  await expect(qr).toHaveAttribute('data-qr-text', /^[0-9A-F]{64}:0:/);
  await expect(page.locator('#code-countdown:visible')).toContainText('秒后自动刷新');
});

test('a resident links a social-security card to their health card; only its masked number shows afterwards', async ({
  page,
  request,
}, testInfo) => {
  const SOCIAL_SECURITY_NUMBER = 'H12345678';
  const SOCIAL_SECURITY_MASKED = 'H*******8';
  await expect(await signInWithSms(page, request, PHONE)).toContainText(MASKED_PHONE);
  await applyForOwnCard(page, request);
  await page.locator('#code-open-family:visible').click();
  const row = page.locator('#family-list:visible .family-card').first();
  await expect(row).toContainText('本人');
  await expect(row.locator('.family-card__social-security')).toHaveCount(0);
  await row.getByRole('button', { name: '为王**的健康卡关联社保卡' }).click();

  const form = page.locator('#social-security-form:visible');
  await expect(form).toContainText('就诊时可直接使用社保卡结算');
  await expect(form.locator('#social-security-holder')).toContainText('王**（本人）');
  const input = nativeInput(page, 'social-security-number');

  // Too short: the message is inline, in Chinese, and what was typed stays (upper-cased as it was typed).
  await input.fill('h1234');
  await expect(input).toHaveValue('H1234');
  await page.locator('#social-security-submit:visible').click();
  await expect(page.locator('#social-security-number-error:visible')).toContainText(
    '社保卡号应为 9 到 20 位数字或字母',
  );
  await expect(input).toHaveValue('H1234');

  // The platform cannot take it: its Chinese message shows and the number stays typed for another try.
  await input.fill('h12345678');
  await expect(input).toHaveValue(SOCIAL_SECURITY_NUMBER);
  await expect(page.locator('#social-security-number-error')).toHaveCount(0);
  const faults = await request.post('/__control/faults', {
    data: { rules: [{ kind: 'error', status: 503, method: 'PUT', path: '/v1/cards/', times: 10 }] },
  });
  expect(faults.ok()).toBe(true);
  await page.locator('#social-security-submit:visible').click();
  await expect(page.locator('#social-security-error:visible')).toContainText('服务暂时不可用');
  await expect(input).toHaveValue(SOCIAL_SECURITY_NUMBER);
  await page.screenshot({ path: testInfo.outputPath('social-security-error.png') });
  expect((await request.delete('/__control/faults')).ok()).toBe(true);

  // Linked: back on the family page, the card says so with the platform's masked number only.
  await page.locator('#social-security-submit:visible').click();
  await expect(row.locator('.family-card__social-security')).toHaveText(
    `社保卡：已关联 ${SOCIAL_SECURITY_MASKED}`,
  );
  await expect(row.getByRole('button', { name: /更换.*社保卡/ })).toBeVisible();
  await expect(page.locator('#social-security-form')).toHaveCount(0);
  const expectNumberGone = async () => {
    await expectNothingUnmasked(page, [SOCIAL_SECURITY_NUMBER, OWN_ID, PHONE]);
    const values = await page
      .locator('input')
      .evaluateAll((inputs) => inputs.map((element) => (element as HTMLInputElement).value));
    expect(values).not.toContain(SOCIAL_SECURITY_NUMBER);
  };
  await expectNumberGone();
  await pageSettled(page, '#family-list');
  await page.screenshot({ path: testInfo.outputPath('family-social-security.png') });

  // A fresh load shows the same: the platform keeps the link and returns it masked.
  await page.reload();
  await expect(page.locator('#family-list:visible .family-card').first()).toContainText(
    `社保卡：已关联 ${SOCIAL_SECURITY_MASKED}`,
  );
  await expectNumberGone();
});
