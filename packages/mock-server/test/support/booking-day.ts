// The day every booking test starts on, and the platform for it: one seed, the clock at 10:00 on a
// Wednesday, and sessions long enough that a test can move the clock across days without signing in again.
import { addDays } from '@yika/sdk/domain';
import type { Platform } from '../../src';
import { usePlatform } from './msw';

/** A Wednesday: the first hospital's 14-day window runs to Tuesday 2026-12-08. */
export const TODAY = '2026-11-25';
export const TOMORROW = addDays(TODAY, 1);
/** The default policy's hold (锁号) lifetime, 10 minutes. */
export const HOLD_MS = 10 * 60_000;

/** A fresh seeded platform per test at 10:00 on TODAY whose access tokens last `tokenDays`. */
export function useBookingPlatform(tokenDays = 7): { readonly platform: Platform } {
  return usePlatform({ seed: 1, now: `${TODAY}T10:00:00+08:00`, accessTokenTtlSeconds: tokenDays * 86_400 });
}
