// Hospitals' webhook subscriptions (事件订阅). A hospital sees and removes only its own (another hospital's
// id is simply not found). Subscribing the same url again answers the existing subscription instead of
// adding a second one (a hospital server that re-registers at every start must not get every event twice);
// its event list is widened to the union of both requests.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { MockClock } from '../../clock';
import type { Webhook, WebhookEventType, WebhookRequest } from '../../contract/wire';
import { PlatformError } from '../errors';

export interface WebhookRecord {
  id: string;
  hospitalId: string;
  url: string;
  events: WebhookEventType[];
  createdAtMs: number;
}

export class WebhookSubscriptions {
  private readonly byHospital = new Map<string, WebhookRecord[]>();

  constructor(
    private readonly clock: MockClock,
    private readonly newId: () => string,
  ) {}

  subscribe(hospitalId: string, request: WebhookRequest): Webhook {
    const list = this.byHospital.get(hospitalId) ?? [];
    const existing = list.find((record) => record.url === request.url);
    if (existing) {
      existing.events = [...new Set([...existing.events, ...request.events])];
      return toWebhook(existing);
    }
    const record: WebhookRecord = {
      id: this.newId(),
      hospitalId,
      url: request.url,
      events: [...new Set(request.events)],
      createdAtMs: this.clock.now(),
    };
    list.push(record);
    this.byHospital.set(hospitalId, list);
    return toWebhook(record);
  }

  /** The hospital's subscriptions, oldest first. */
  list(hospitalId: string): Webhook[] {
    return (this.byHospital.get(hospitalId) ?? []).map(toWebhook);
  }

  /** NOT_FOUND for an unknown id and for another hospital's alike. */
  unsubscribe(hospitalId: string, webhookId: string): void {
    const list = this.byHospital.get(hospitalId) ?? [];
    const index = list.findIndex((record) => record.id === webhookId);
    if (index < 0) throw new PlatformError('NOT_FOUND');
    list.splice(index, 1);
  }

  /** The hospital's subscriptions to `type`. */
  subscribers(hospitalId: string, type: WebhookEventType): readonly WebhookRecord[] {
    return (this.byHospital.get(hospitalId) ?? []).filter((record) => record.events.includes(type));
  }
}

function toWebhook(record: WebhookRecord): Webhook {
  return {
    id: record.id,
    url: record.url,
    events: [...record.events],
    createdAt: toShanghaiIso(record.createdAtMs),
  };
}
