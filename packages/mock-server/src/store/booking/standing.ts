// The no-show ban (爽约限制) of the policy's `noShowBan`: `count` no-shows within `windowDays` ban the patient
// for `banDays` from the latest of them. No-shows are the person's, region-wide, so a ban made at one
// hospital holds at every hospital and on every channel.
import type { PolicyRules } from './policy';
import { DAY_MS } from './time';

export type NoShowBanRule = PolicyRules['noShowBan'];

/** How many of the no-shows (epoch ms) fall within the rule's window up to `nowMs`. */
export function noShowsWithin(noShowTimes: readonly number[], rule: NoShowBanRule, nowMs: number): number {
  const since = nowMs - rule.windowDays * DAY_MS;
  return noShowTimes.filter((at) => at > since && at <= nowMs).length;
}

/** When the ban in force at `nowMs` ends, or undefined when there is none. */
export function bannedUntilMs(
  noShowTimes: readonly number[],
  rule: NoShowBanRule,
  nowMs: number,
): number | undefined {
  const times = noShowTimes.filter((at) => at <= nowMs).sort((a, b) => a - b);
  let until: number | undefined;
  // Every run of `count` no-shows within the window bans from its latest one; the latest ban counts.
  for (let last = rule.count - 1; last < times.length; last++) {
    const latest = times[last]!;
    if (latest - times[last - rule.count + 1]! > rule.windowDays * DAY_MS) continue;
    const end = latest + rule.banDays * DAY_MS;
    if (end > nowMs && (until === undefined || end > until)) until = end;
  }
  return until;
}
