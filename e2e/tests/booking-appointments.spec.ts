// Booking and "my appointments" on the H5 build against the standalone mock platform: a resident books a
// slot with a fee for a FAMILY member (confirm -> checkout -> the mock cashier page 确认支付 -> result),
// finds it under 即将就诊 with the member's masked name and cancels it (已取消, refund shown); and a booking
// made on a hospital kiosk with the hospital's key shows up in the list as 自助机 and is cancelled there.
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import {
  CHANNEL,
  pageSettled,
  platformGet,
  resetPlatformBeforeEach,
  sentSmsCode,
  signInWithSms,
  slotTime,
} from './support/h5';
import { MOTHER, OWN, type Resident } from './support/residents';

const PHONE = '13912345678';
const MASKED_PHONE = '139****5678';

interface Card {
  id: string;
  cardId: string;
  relation: string;
}
interface Target {
  hospital: { id: string; name: string };
  department: { id: string; name: string };
  schedule: { id: string; hospitalId: string; feeFen: number; status: string };
  slot: { id: string; startTime: string; endTime: string };
}

async function smsCode(
  request: APIRequestContext,
  phone: string,
  purpose: 'login' | 'card',
): Promise<string> {
  const sent = await request.post('/v1/auth/sms-codes', {
    headers: { 'X-Yika-Channel': CHANNEL, 'Idempotency-Key': `e2e-sms-${purpose}-${phone}-${Date.now()}` },
    data: { phone, purpose },
  });
  expect(sent.ok(), `sms to ${phone}: ${sent.status()}`).toBe(true);
  return sentSmsCode(request, phone);
}

/**
 * The account's own card and its mother's card, made through the platform API (the card forms have their
 * own test): a session of the account, then one application per card, each proven by the holder's phone.
 */
async function enrolFamily(request: APIRequestContext): Promise<{ own: Card; mother: Card }> {
  const login = await request.post('/v1/auth/sms-login', {
    headers: { 'X-Yika-Channel': CHANNEL, 'Idempotency-Key': `e2e-login-${Date.now()}` },
    data: { phone: PHONE, code: await smsCode(request, PHONE, 'login') },
  });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const apply = async (holder: Resident, relation: 'self' | 'parent'): Promise<Card> => {
    const response = await request.post('/v1/cards', {
      headers: {
        'X-Yika-Channel': CHANNEL,
        'Idempotency-Key': `e2e-card-${holder.idNumber}-${Date.now()}`,
        Authorization: `Bearer ${accessToken}`,
      },
      data: {
        name: holder.name,
        gender: holder.gender,
        nation: '01',
        birthDate: holder.birthDate,
        idType: '01',
        idNumber: holder.idNumber,
        phone: holder.phone,
        smsCode: await smsCode(request, holder.phone, 'card'),
        relation,
      },
    });
    expect(response.ok(), `apply ${relation}: ${response.status()} ${await response.text()}`).toBe(true);
    return ((await response.json()) as { card: Card }).card;
  };
  const own = await apply(OWN, 'self');
  const mother = await apply(MOTHER, 'parent');
  // The sign-in code below goes to the same phone: move the platform's clock past the resend wait.
  expect((await request.post('/__control/clock', { data: { advanceMs: 61_000 } })).ok()).toBe(true);
  return { own, mother };
}

/**
 * A free slot with a registration fee at least three days ahead (so the cancel cut-off, 16:00 the day
 * before, is still to come whenever the test runs), in a 儿科 department that has slots.
 */
async function paidSlotAhead(request: APIRequestContext): Promise<Target> {
  const { data: earliest } = await platformGet<{ data: Target[] }>(
    request,
    '/v1/earliest-slots?departmentKind=pediatrics&limit=20',
  );
  const { iso } = (await (await request.get('/__control/clock')).json()) as { iso: string };
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  for (const { hospital, department } of earliest) {
    for (let ahead = 3; ahead < 14; ahead++) {
      const date = new Date(Date.UTC(year, month - 1, day + ahead)).toISOString().slice(0, 10);
      const { data: schedules } = await platformGet<{ data: Target['schedule'][] }>(
        request,
        `/v1/departments/${department.id}/schedules?date=${date}`,
      );
      const open = schedules.find((schedule) => schedule.status === 'open' && schedule.feeFen > 0);
      if (!open) continue;
      const { data: slots } = await platformGet<{ data: (Target['slot'] & { status: string })[] }>(
        request,
        `/v1/schedules/${open.id}/slots`,
      );
      const free = slots.find((slot) => slot.status === 'free');
      if (free) return { hospital, department, schedule: open, slot: free };
    }
  }
  throw new Error('no paid slot three or more days ahead');
}

/** Opens the appointment's detail from the 预约 tab's 即将就诊 list and cancels it after the confirmation. */
async function cancelFromDetail(page: Page) {
  const cancel = page.locator('#cancel-appointment:visible');
  await expect(page.locator('#cancellation-rule:visible')).toContainText('前取消');
  await cancel.click();
  await page.getByText('确认取消').click();
  await expect(page.locator('#appointment-status:visible')).toContainText('已取消');
  await expect(page.locator('#refund-status:visible, #payment-status:visible').first()).toContainText(/退款/);
  await expect(page.locator('#cancel-appointment:visible')).toHaveCount(0);
}

resetPlatformBeforeEach();

test('books a paid slot for a family member, pays on the cashier page, sees it and cancels it', async ({
  page,
  request,
}, testInfo) => {
  await enrolFamily(request);
  const target = await paidSlotAhead(request);
  await expect(await signInWithSms(page, request, PHONE)).toContainText(MASKED_PHONE);

  // The slots page: pick the slot, 预约, then the confirm page with the family's cards.
  await page.goto(
    `/#/subpackages/booking/pages/slots/index?schedule=${target.schedule.id}&hospital=${target.hospital.id}`,
  );
  await pageSettled(page, '#booking-slots-page');
  await page
    .locator('#slot-list:visible .slot-row', { hasText: slotTime(target.slot) })
    .first()
    .click();
  await page.locator('#book-slot:visible').click();
  await pageSettled(page, '#booking-confirm-page');
  const chooser = page.locator('#patient-chooser:visible');
  // The default (own) card is preselected; names are masked.
  await expect(chooser.getByRole('radio', { name: /王\*\*，本人.*已选/ })).toBeVisible();
  await chooser.getByRole('radio', { name: /李\*\*，父母/ }).click();
  await expect(chooser.getByRole('radio', { name: /李\*\*，父母.*已选/ })).toBeVisible();
  await expect(page.locator('#confirm-rules:visible')).toContainText('分钟');
  await page.screenshot({ path: testInfo.outputPath('confirm.png'), fullPage: true });
  await page.locator('#confirm-booking:visible').click();

  // Checkout -> the mock cashier page (h5Url) -> back to the result, which waits for settlement.
  await pageSettled(page, '#pay-checkout-page');
  await page.locator('#checkout-pay:visible').click();
  await expect(page.locator('button#pay')).toBeVisible();
  await page.locator('button#pay').click();
  await expect(page.locator('#pay-result:visible')).toHaveAttribute('data-phase', 'paid');
  await page.locator('#pay-result-appointment:visible').click();
  await pageSettled(page, '#appointment-detail-page');
  await expect(page.locator('#appointment-facts:visible')).toContainText('李**');
  await expect(page.locator('#appointment-facts:visible')).toContainText(target.hospital.name);

  // The 预约 tab: 即将就诊 lists it with the member's masked name.
  await page.goto('/#/pages/appointments/index');
  const row = page.locator('#appointment-list:visible .appointment-row').first();
  await expect(row).toContainText('李**');
  await expect(row).toContainText('已预约');
  await expect(row).toContainText(slotTime(target.slot));
  await expect(page.locator('body')).not.toContainText(MOTHER.name);
  await page.screenshot({ path: testInfo.outputPath('appointments.png'), fullPage: true });
  await row.click();
  await pageSettled(page, '#appointment-detail-page');
  await cancelFromDetail(page);
  await page.screenshot({ path: testInfo.outputPath('cancelled.png'), fullPage: true });

  // 历史预约 now holds it as 已取消.
  await page.goto('/#/pages/appointments/index');
  await page.locator('#appointment-segments').getByRole('tab', { name: '历史预约' }).click();
  await expect(page.locator('#appointment-list:visible .appointment-row').first()).toContainText('已取消');
});

test('a kiosk booking for the resident shows as 自助机 in the list and is cancelled in the mini-program', async ({
  page,
  request,
}) => {
  const { own } = await enrolFamily(request);
  const target = await paidSlotAhead(request);
  const keys = (await (await request.get('/__control/hospital-keys')).json()) as {
    data: { hospitalId: string; key: string }[];
  };
  const key = keys.data.find((entry) => entry.hospitalId === target.hospital.id)?.key;
  expect(key).toBeDefined();
  const kiosk = await request.post('/v1/hospital/appointments', {
    headers: {
      'X-Yika-Channel': 'kiosk',
      'X-Yika-Hospital-Key': key!,
      'Idempotency-Key': `e2e-kiosk-${Date.now()}`,
    },
    data: { cardCode: `${own.cardId}:1`, slotId: target.slot.id },
  });
  expect(kiosk.status(), await kiosk.text()).toBe(201);

  await expect(await signInWithSms(page, request, PHONE)).toContainText(MASKED_PHONE);
  await page.goto('/#/pages/appointments/index');
  const row = page.locator('#appointment-list:visible .appointment-row').first();
  await expect(row).toContainText('自助机');
  await expect(row).toContainText('王**');
  await row.click();
  await pageSettled(page, '#appointment-detail-page');
  await expect(page.locator('#appointment-facts:visible')).toContainText('自助机');
  await cancelFromDetail(page);
});
