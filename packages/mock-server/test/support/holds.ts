// Helpers for the hold tests: residents with their own cards (enrolled in bulk through the back office,
// then signed in with WeChat like the mini-program), and slot reads for a channel.
import type { Platform } from '../../src';
import type { Channel, Hold, ScheduleSlots, Session, Slot } from '../../src/contract/wire';
import { jsonOf, type Api, type CallOptions, type Exchange } from './api';

export interface CardHolder {
  token: string;
  accountId: string;
  cardRef: string;
}

export async function residentsWithCards(api: Api, platform: Platform, count: number): Promise<CardHolder[]> {
  const enrolled = platform.store.residents.enrol(count);
  return Promise.all(
    enrolled.map(async (resident) => {
      const session = jsonOf<Session>(await api.post('/v1/auth/wechat-login', { code: resident.loginCode }));
      return { token: session.accessToken, accountId: resident.accountId, cardRef: resident.cardRef };
    }),
  );
}

/**
 * Binds the holder's card to another account as well (a spouse's), the way a family shares one card; the
 * card's ref in that account.
 */
export function shareCard(platform: Platform, holder: CardHolder, accountId: string): string {
  const { cardModel } = platform.store;
  const { cardId } = cardModel.bindings.get(holder.accountId, holder.cardRef);
  return cardModel.bindings.bind({ accountId, cardId, relation: 'spouse', boundAtMs: platform.clock.now() })
    .ref;
}

export const on = (channel: Channel): CallOptions => ({ headers: { 'X-Yika-Channel': channel } });

export function hold(
  api: Api,
  holder: CardHolder,
  slotId: string,
  options: CallOptions = {},
): Promise<Exchange> {
  return api.post('/v1/holds', { slotId, cardRef: holder.cardRef }, { token: holder.token, ...options });
}

export async function slotOf(api: Api, slotId: string, channel: Channel = 'wechat-miniapp'): Promise<Slot> {
  const scheduleId = slotId.replace(/_\d{2}$/, '');
  const slots = jsonOf<ScheduleSlots>(await api.get(`/v1/schedules/${scheduleId}/slots`, on(channel)));
  const slot = slots.data.find((candidate) => candidate.id === slotId);
  if (!slot) throw new Error(`No slot ${slotId}`);
  return slot;
}

export async function remaining(
  api: Api,
  slotId: string,
  channel: Channel = 'wechat-miniapp',
): Promise<number> {
  return (await slotOf(api, slotId, channel)).remaining;
}

export async function readHold(api: Api, holder: CardHolder, holdId: string): Promise<Hold> {
  return jsonOf<Hold>(await api.get(`/v1/holds/${holdId}`, { token: holder.token }));
}
