// What the whole-journey test needs beyond h5.ts: both clocks pinned to one afternoon (so booking hours and
// the cancellation cut-off hold whenever the test runs), a screenshot of every screen, the slot a resident
// can book and still cancel. What each screen is measured against is in screen-measure.ts.
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
