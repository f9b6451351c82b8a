// Channel quotas as pools. Each slot's capacity is split into a shared pool and one pool per quota of the
// hospital's policy (e.g. 20% kept for the window and kiosks, rounded down). A channel sees, and books
// from, its own quota pools first and then the shared pool; the others see only the shared pool.
import type { Channel, ChannelQuota } from '../../contract/wire';

export const SHARED_POOL = 0;

/** [shared, ...reserved per quota]; reserved = floor(capacity x percent), never more than is left. */
export function poolCapacities(capacity: number, quotas: readonly ChannelQuota[]): number[] {
  let left = capacity;
  const reserved = quotas.map((quota) => {
    const kept = Math.min(left, Math.floor((capacity * quota.percent) / 100));
    left -= kept;
    return kept;
  });
  return [left, ...reserved];
}

/** The pools a channel may book from, in the order it draws from them. */
export function poolsOf(channel: Channel, quotas: readonly ChannelQuota[]): number[] {
  const own = quotas.flatMap((quota, index) => (quota.channels.includes(channel) ? [index + 1] : []));
  return [...own, SHARED_POOL];
}

/** What a channel can still book of a slot: the shared pool plus its own quota pools. */
export function remainingFor(
  channel: Channel,
  remaining: readonly number[],
  quotas: readonly ChannelQuota[],
): number {
  return poolsOf(channel, quotas).reduce((sum, pool) => sum + (remaining[pool] ?? 0), 0);
}
