// Events (通知): what the platform tells an account (clinic stops, no-shows, waitlist offers, refunds,
// closed orders), newest first. Both the booking and the payment side publish through this one store; it
// adds the id and the time on the platform clock. Texts are written by the publisher, in Chinese, with
// names masked.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { MockClock } from '../clock';
import type { AccountEvent } from '../contract/wire';
import type { BindingRecord } from './cards/bindings';
import { pageOf, type PageOf, type PageRequest } from './cursor';
import type { EventSink, NewAccountEvent } from './ports';

export class AccountEvents implements EventSink {
  /** Per account, in publication order (so events of one millisecond keep their order too). */
  private readonly byAccount = new Map<string, AccountEvent[]>();

  constructor(
    private readonly clock: MockClock,
    private readonly newId: () => string,
  ) {}

  publish(accountId: string, event: NewAccountEvent): void {
    const list = this.byAccount.get(accountId) ?? [];
    list.push({ id: this.newId(), occurredAt: toShanghaiIso(this.clock.now()), ...event });
    this.byAccount.set(accountId, list);
  }

  /** The account's events, newest first, one page at a time. */
  page(accountId: string, request: PageRequest): PageOf<AccountEvent> {
    return pageOf(this.all(accountId), request, { accountId }, (event) => ({ ...event }));
  }

  /** Every event of the account, newest first. */
  all(accountId: string): AccountEvent[] {
    return [...(this.byAccount.get(accountId) ?? [])].reverse();
  }
}

/**
 * Tells every account holding the card (a family may share one: both parents hold their child's card),
 * each with its own reference to the card.
 */
export function publishToCardHolders(
  sink: EventSink,
  holders: readonly BindingRecord[],
  event: Omit<NewAccountEvent, 'cardRef'>,
): void {
  for (const binding of holders) sink.publish(binding.accountId, { ...event, cardRef: binding.ref });
}
