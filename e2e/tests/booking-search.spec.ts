// Finding a slot on the H5 build against the standalone mock platform: 最早可约 for 儿科 across the
// region, 找医生 by a doctor's name, and hospital -> department -> date strip -> schedule -> time slots.
// What the screens show is compared with what the platform answers for the same channel.
import { test, expect, type Page } from '@playwright/test';
import { nativeInput, pageSettled, platformGet, resetPlatformBeforeEach, slotTime } from './support/h5';

// The earliest page asks for this many (packages/miniapp/src/lib/earliestSlots.ts).
const EARLIEST_LIMIT = 20;

interface HospitalRef {
  id: string;
  name: string;
}
interface Schedule {
  id: string;
  hospitalId: string;
  date: string;
  status: string;
  doctorName: string;
  startTime: string;
  endTime: string;
}
interface Slot {
  id: string;
  startTime: string;
  endTime: string;
  status: 'free' | 'full';
}
interface EarliestSlot {
  hospital: HospitalRef;
  department: { id: string; name: string };
  doctor: { id: string; name: string; titleName: string };
  schedule: Schedule;
  slot: Slot;
}
interface AvailabilityDay {
  date: string;
  status: 'available' | 'full' | 'not_released' | 'none';
}
interface Department {
  id: string;
  name: string;
  children: Department[];
}
type SearchHit =
  | { type: 'doctor'; hospital: HospitalRef; department: { name: string }; doctor: EarliestSlot['doctor'] }
  | { type: 'department'; hospital: HospitalRef; department: { name: string } };

const AVAILABILITY_NAMES: Record<AvailabilityDay['status'], string> = {
  available: '有号',
  full: '约满',
  not_released: '未放号',
  none: '无排班',
};

/** Picks a free slot on the slots page and checks the visit summary and its 预约 button. */
async function pickSlotAndSeeSummary(page: Page, time: string, hospitalName: string) {
  const slot = page.locator('#slot-list:visible .slot-row', { hasText: time }).first();
  await expect(slot).not.toHaveAttribute('aria-disabled', 'true');
  await slot.click();
  await expect(slot).toHaveAttribute('aria-pressed', 'true');
  const summary = page.locator('#visit-summary:visible');
  await expect(summary).toContainText(hospitalName);
  await expect(summary).toContainText(time);
  // Booking goes on from here (booking-appointments.spec.ts books and cancels).
  await expect(summary.locator('#book-slot')).toBeVisible();
  await expect(page.locator('#booking-rules:visible')).toContainText('取消预约');
}

resetPlatformBeforeEach();

test('最早可约: the soonest 儿科 slots of several hospitals in time order, and one of them opens', async ({
  page,
  request,
}, testInfo) => {
  const expected = (
    await platformGet<{ data: EarliestSlot[] }>(
      request,
      `/v1/earliest-slots?departmentKind=pediatrics&limit=${EARLIEST_LIMIT}`,
    )
  ).data;
  expect(new Set(expected.map((entry) => entry.hospital.id)).size).toBeGreaterThanOrEqual(2);
  const starts = expected.map((entry) => Date.parse(entry.slot.startTime));
  expect(starts).toEqual([...starts].sort((a, b) => a - b));

  await page.goto('/#/pages/home/index');
  await page.locator('#home-earliest').click();
  await pageSettled(page, '#earliest-page');
  // Nothing is asked for before a kind is chosen.
  await expect(page.locator('#earliest-prompt:visible')).toBeVisible();
  await page.locator('#earliest-kinds').getByRole('button', { name: '儿科', exact: true }).click();
  await expect(page.locator('#earliest-kinds').getByRole('button', { name: '儿科，已选' })).toBeVisible();

  const rows = page.locator('#earliest-list:visible .earliest-row');
  await expect(rows).toHaveCount(expected.length);
  // The same slots in the same order as the platform, with their hospitals and times on screen.
  expect(
    await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-slot-id'))),
  ).toEqual(expected.map((entry) => entry.slot.id));
  await expect(rows.locator('.earliest-row__hospital')).toHaveText(
    expected.map((entry) => entry.hospital.name),
  );
  await expect(rows.locator('.earliest-row__time')).toHaveText(expected.map((entry) => slotTime(entry.slot)));
  await expect(rows.first().locator('.earliest-row__date')).toContainText(/周[一二三四五六日]/);
  await page.screenshot({ path: testInfo.outputPath('earliest.png'), fullPage: true });

  const first = expected[0]!;
  await rows.first().click();
  await pageSettled(page, '#booking-slots-page');
  await expect(page.locator('#schedule-header:visible')).toContainText(first.hospital.name);
  await expect(page.locator('#schedule-header:visible')).toContainText(first.doctor.name);
  const slots = (await platformGet<{ data: Slot[] }>(request, `/v1/schedules/${first.schedule.id}/slots`))
    .data;
  await expect(page.locator('#slot-list:visible .slot-row')).toHaveCount(slots.length);
  await pickSlotAndSeeSummary(page, slotTime(first.slot), first.hospital.name);
  await page.screenshot({ path: testInfo.outputPath('earliest-slots.png'), fullPage: true });
});

test('找医生: a doctor found by name opens the doctor page', async ({ page, request }, testInfo) => {
  // A doctor who surely exists and sees patients: one of the earliest 儿科 slots.
  const [someone] = (
    await platformGet<{ data: EarliestSlot[] }>(request, '/v1/earliest-slots?departmentKind=pediatrics')
  ).data;
  expect(someone).toBeDefined();
  const name = someone!.doctor.name;
  const hits = (
    await platformGet<{ data: SearchHit[] }>(request, `/v1/search?q=${encodeURIComponent(name)}&limit=20`)
  ).data;
  const target = hits.find((hit) => hit.type === 'doctor' && hit.doctor.id === someone!.doctor.id);
  expect(target).toBeDefined();

  await page.goto('/#/pages/home/index');
  await page.locator('#home-search').click();
  await pageSettled(page, '#region-search-page');
  await nativeInput(page, 'region-search').fill(name);
  await page.locator('#region-search-button').click();

  const rows = page.locator('#search-results:visible .search-hit');
  await expect(rows.first()).toBeVisible();
  // The first page as the platform lists it: doctors first, then departments.
  await expect(rows.locator('.search-hit__title')).toHaveText(
    hits.map((hit) =>
      hit.type === 'doctor' ? `${hit.doctor.name} ${hit.doctor.titleName}` : hit.department.name,
    ),
  );
  await page.screenshot({ path: testInfo.outputPath('search.png'), fullPage: true });

  await rows
    .filter({ hasText: `${target!.hospital.name} · ${target!.department.name}` })
    .filter({ hasText: name })
    .first()
    .click();
  await pageSettled(page, '#booking-doctor-page');
  const profile = page.locator('#doctor-profile:visible');
  await expect(profile).toContainText(name);
  await expect(profile).toContainText(someone!.hospital.name);
  await expect(profile).toContainText('¥');
  await expect(page.locator('#date-strip:visible .date-strip__day')).not.toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('doctor.png'), fullPage: true });
});

test('找医生: doctors and departments of the whole region, page after page', async ({ page, request }) => {
  const q = '皮肤';
  const expected: SearchHit[] = [];
  let cursor: string | null = null;
  do {
    const answer: { data: SearchHit[]; nextCursor: string | null } = await platformGet(
      request,
      `/v1/search?q=${encodeURIComponent(q)}&limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expected.push(...answer.data);
    cursor = answer.nextCursor;
  } while (cursor !== null);
  // More than one page, with both kinds of hit.
  expect(expected.length).toBeGreaterThan(20);
  expect(new Set(expected.map((hit) => hit.type))).toEqual(new Set(['doctor', 'department']));

  await page.goto('/#/subpackages/booking/pages/search/index');
  await expect(page.locator('#search-prompt:visible')).toBeVisible();
  await nativeInput(page, 'region-search').fill(q);
  await nativeInput(page, 'region-search').press('Enter');
  const rows = page.locator('#search-results:visible .search-hit');
  await expect(rows).toHaveCount(20);
  // Reaching the bottom loads the next page.
  await rows.last().scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 4000);
  await expect(rows).toHaveCount(expected.length);
  await expect(rows.locator('.search-hit__title')).toHaveText(
    expected.map((hit) =>
      hit.type === 'doctor' ? `${hit.doctor.name} ${hit.doctor.titleName}` : hit.department.name,
    ),
  );
  await expect(page.locator('#search-results:visible')).toContainText('没有更多了');
  // Only doctors: the same search narrowed by the 医生 chip.
  await page.locator('#search-type-filter').getByRole('button', { name: '医生', exact: true }).click();
  await expect(rows.locator('.booking__badge')).toHaveText(
    expected.filter((hit) => hit.type === 'doctor').map(() => '医生'),
  );
});

test('a hospital -> a department -> the date strip -> a schedule -> its time slots', async ({
  page,
  request,
}, testInfo) => {
  // A leaf department of the first listed hospital with a day that has free slots.
  const [hospital] = (await platformGet<{ data: HospitalRef[] }>(request, '/v1/hospitals?limit=20')).data;
  const tree = (
    await platformGet<{ data: Department[] }>(request, `/v1/hospitals/${hospital!.id}/departments`)
  ).data;
  const leaves = tree.flatMap((top): { leaf: Department; parent: Department | null }[] =>
    top.children.length === 0
      ? [{ leaf: top, parent: null }]
      : top.children.map((leaf) => ({ leaf, parent: top })),
  );
  let chosen: { leaf: Department; parent: Department | null; calendar: AvailabilityDay[] } | undefined;
  for (const { leaf, parent } of leaves) {
    const calendar = (
      await platformGet<{ data: AvailabilityDay[] }>(request, `/v1/departments/${leaf.id}/calendar`)
    ).data;
    if (calendar.some((day) => day.status === 'available')) {
      chosen = { leaf, parent, calendar };
      break;
    }
  }
  expect(chosen, 'a department with free slots').toBeDefined();
  const { leaf, parent, calendar } = chosen!;
  // Not the first available day (the page starts there): the resident picks the last one.
  const day = calendar.filter((entry) => entry.status === 'available').at(-1)!;
  const schedules = (
    await platformGet<{ data: Schedule[] }>(request, `/v1/departments/${leaf.id}/schedules?date=${day.date}`)
  ).data;
  const open = schedules.find((schedule) => schedule.status === 'open')!;
  const slots = (await platformGet<{ data: Slot[] }>(request, `/v1/schedules/${open.id}/slots`)).data;
  const free = slots.find((slot) => slot.status === 'free')!;
  const policy = await platformGet<{ releaseTime: string; holdMinutes: number }>(
    request,
    `/v1/hospitals/${hospital!.id}/booking-policy`,
  );

  await page.goto('/#/pages/home/index');
  await page.locator('#hospital-list .hospital-row').first().click();
  await pageSettled(page, '#hospital-detail-page');
  const tree$ = page.locator('#department-tree:visible');
  if (parent) await tree$.getByRole('button', { name: new RegExp(`^${parent.name}，`) }).click();
  await tree$.getByRole('link', { name: `${leaf.name}，查看排班挂号`, exact: true }).click();
  await pageSettled(page, '#booking-department-page');

  // Fourteen days (or the hospital's window), each with its status in words.
  const days = page.locator('#date-strip:visible .date-strip__day');
  await expect(days).toHaveCount(calendar.length);
  await expect(days.locator('.date-strip__status')).toHaveText(
    calendar.map((entry) => AVAILABILITY_NAMES[entry.status]),
  );
  await expect(days.locator('.date-strip__weekday').first()).toHaveText('今天');

  // 预约须知: the hospital's rules in words.
  await page.locator('#policy-toggle:visible').click();
  await expect(page.locator('#policy-summary:visible')).toContainText(`每天${policy.releaseTime}`);
  await expect(page.locator('#policy-summary:visible')).toContainText(`${policy.holdMinutes}分钟内`);

  const dayButton = page.locator(`#date-${day.date}:visible`);
  await dayButton.click();
  await expect(dayButton).toHaveAttribute('aria-pressed', 'true');
  const rows = page.locator('#schedule-list:visible .schedule-row');
  await expect(rows).toHaveCount(schedules.length);
  await page.screenshot({ path: testInfo.outputPath('department.png'), fullPage: true });

  const openRow = rows
    .filter({ hasText: open.doctorName })
    .filter({ hasText: slotTime(open) })
    .first();
  await expect(openRow).toContainText('可预约');
  await openRow.click();
  await pageSettled(page, '#booking-slots-page');
  await expect(page.locator('#slot-list:visible .slot-row')).toHaveCount(slots.length);
  await expect(page.locator('#slot-list:visible .slot-row--disabled')).toHaveCount(
    slots.filter((slot) => slot.status === 'full').length,
  );
  await pickSlotAndSeeSummary(page, slotTime(free), hospital!.name);
  await page.screenshot({ path: testInfo.outputPath('slots.png'), fullPage: true });
});

test('最早可约 shows an error with a retry when the platform fails, and recovers', async ({
  page,
  request,
}) => {
  // Enough failures to outlast the SDK's retries.
  const faults = await request.post('/__control/faults', {
    data: { rules: [{ kind: 'error', status: 503, path: '/v1/earliest-slots', times: 3 }] },
  });
  expect(faults.ok()).toBe(true);
  await page.goto('/#/subpackages/booking/pages/earliest/index?kind=pediatrics');
  const retry = page.getByRole('button', { name: /重试/ });
  await expect(retry).toBeVisible();
  await retry.click();
  await expect(page.locator('#earliest-list .earliest-row').first()).toBeVisible();
});
