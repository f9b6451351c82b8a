// What the whole-journey test needs beyond h5.ts: both clocks pinned to one afternoon (so booking hours and
// the cancellation cut-off hold whenever the test runs), a screenshot of every screen, the slot a resident
// can book and still cancel, and the elder-mode (关怀模式) size rules measured in the browser.
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { pageSettled, platformGet } from './h5';

export type JourneyMode = 'standard' | 'elder';

/**
 * 14:00 (Asia/Shanghai) on the day after the platform's today: inside every hospital's booking hours
 * (06:00-22:00) and before the 16:00 cut-off for cancelling tomorrow's visits. Only forward from the
 * seeded origin, so nothing seeded lies in the future.
 */
export async function pinAfternoon(page: Page, request: APIRequestContext): Promise<number> {
  const { iso } = (await (await request.get('/__control/clock')).json()) as { iso: string };
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  const instant = Date.parse(`${next}T14:00:00+08:00`);
  const set = await request.post('/__control/clock', { data: { set: instant } });
  expect(set.ok()).toBe(true);
  // The app reads the device clock for countdowns and the cancellation rule: the same instant there.
  await page.clock.install({ time: instant });
  return instant;
}

/** Saves `e2e/screenshots/<mode>/<NN>-<step>.png` once the page that slid in has arrived. */
export function screenshotter(page: Page, mode: JourneyMode) {
  const dir = path.resolve(__dirname, '../../screenshots', mode);
  let count = 0;
  return async (step: string, pageSelector?: string) => {
    if (pageSelector) await pageSettled(page, pageSelector);
    count += 1;
    const file = path.join(dir, `${String(count).padStart(2, '0')}-${step}.png`);
    await page.screenshot({ path: file, animations: 'disabled' });
  };
}

interface EarliestEntry {
  hospital: { id: string; name: string };
  department: { id: string; name: string };
  doctor: { name: string };
  schedule: { id: string; date: string; feeFen: number };
  slot: { id: string; startTime: string; endTime: string };
}
interface CancelCutoff {
  daysBefore: number;
  time: string;
}

/**
 * Of the soonest slots of a department kind from tomorrow on (what the 最早可约 page lists under 明天起, 20
 * of them), the first one with a registration fee whose cancellation cut-off is still ahead: the earliest a
 * resident can book and, should plans change, cancel with a refund. Today's slots are past every hospital's
 * cut-off, and a whole list of them is today's in the afternoon.
 */
export async function earliestCancellableSlot(
  request: APIRequestContext,
  departmentKind: string,
  nowMs: number,
): Promise<EarliestEntry> {
  // Tomorrow in Asia/Shanghai (UTC+8, no daylight saving).
  const from = new Date(nowMs + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
  const { data } = await platformGet<{ data: EarliestEntry[] }>(
    request,
    `/v1/earliest-slots?departmentKind=${departmentKind}&from=${from}&limit=20`,
  );
  const cutoffs = new Map<string, CancelCutoff>();
  for (const entry of data) {
    if (entry.schedule.feeFen <= 0) continue;
    let cutoff = cutoffs.get(entry.hospital.id);
    if (!cutoff) {
      cutoff = (
        await platformGet<{ cancelCutoff: CancelCutoff }>(
          request,
          `/v1/hospitals/${entry.hospital.id}/booking-policy`,
        )
      ).cancelCutoff;
      cutoffs.set(entry.hospital.id, cutoff);
    }
    const [year, month, day] = entry.schedule.date.split('-').map(Number) as [number, number, number];
    const cutoffDay = new Date(Date.UTC(year, month - 1, day - cutoff.daysBefore)).toISOString().slice(0, 10);
    // Ten minutes of margin: the journey takes about one between finding and cancelling.
    if (Date.parse(`${cutoffDay}T${cutoff.time}:00+08:00`) > nowMs + 10 * 60_000) return entry;
  }
  throw new Error(`no ${departmentKind} slot among the earliest 20 can still be cancelled`);
}

/** The yuan amount as the app writes it: `3000` -> `¥30.00`. */
export function yuan(fen: number): string {
  return `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/**
 * The elder-mode rules on the screen showing now, in the design mapping of packages/miniapp/src/styles/
 * tokens.scss (lib/designSize.ts): 1 pt = 1 CSS px at 375 px wide, scaling with the viewport width. Body
 * text (every visible text of the page, the smallest one counts) >= 18 pt; every visible control a finger
 * taps >= 60 x 60 pt. (Nothing cut off, overlapping or too wide: support/layout.ts, in both modes.)
 */
const TAP_TARGETS = [
  'button',
  'a',
  '[role="button"]',
  '[role="link"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="checkbox"]',
].join(',');

export async function expectElderRules(page: Page, pageSelector: string) {
  await pageSettled(page, pageSelector);
  const measured = await page.locator(`${pageSelector}:visible`).evaluate((root, TAP_TARGETS) => {
    const pt = window.innerWidth / 375;
    const small: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.opacity === '0') continue;
      const sizePt = parseFloat(style.fontSize) / pt;
      if (sizePt < 17.95) small.push(`${text.slice(0, 12)} ${sizePt.toFixed(1)}pt`);
    }
    // Every control a finger taps: buttons, links, chips, switches, radios, tabs.
    const targets = Array.from(root.querySelectorAll(TAP_TARGETS))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const smallTargets = targets
      .filter(({ box }) => box.width / pt < 59.95 || box.height / pt < 59.95)
      .map(({ element, box }) => {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 12);
        return `${name} ${(box.width / pt).toFixed(0)}x${(box.height / pt).toFixed(0)}pt`;
      });
    return {
      elder: root.classList.contains('yika-page--elder'),
      small,
      smallTargets,
    };
  }, TAP_TARGETS);
  expect(measured.elder, `${pageSelector} is in 关怀模式`).toBe(true);
  expect(measured.small, `text under 18 pt on ${pageSelector}`).toEqual([]);
  expect(measured.smallTargets, `tap targets under 60 x 60 pt on ${pageSelector}`).toEqual([]);
  return measured;
}
