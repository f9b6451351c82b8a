// Delivery of webhook events to hospitals' servers: one POST per subscription, `Content-Type:
// application/jwt`, the body a freshly signed JWS (signed again for every attempt so it is never expired
// on arrival; `jti` stays the event id, so a receiver de-duplicates retries by it).
// A delivery that gets no 2xx is retried on the platform clock: RETRY_DELAYS_MS after the previous
// attempt (30 s, 2 min, 10 min, 1 h: five attempts in all, then it is given up). Nothing waits in real
// time: due retries run when `retryDue()` is called and whenever a new event is published, so tests move
// the clock instead of sleeping and the standalone server retries as events come.
import type { MockClock } from '../../clock';
import type { SigningKeys } from '../../auth/keys';
import type { WebhookEvent } from './events';
import { signWebhookEvent } from './signing';
import type { WebhookRecord, WebhookSubscriptions } from './subscriptions';

export const RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000, 600_000, 3_600_000];
export const MAX_WEBHOOK_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** One try: the receiver's HTTP status, or why it could not be reached. */
export type WebhookAttempt = { atMs: number; status: number } | { atMs: number; error: string };

export interface WebhookDelivery {
  webhookId: string;
  url: string;
  event: WebhookEvent;
  attempts: WebhookAttempt[];
  /** Acknowledged with a 2xx. */
  delivered: boolean;
  /** When the next retry is due (platform clock); undefined once delivered or given up. */
  nextAttemptAtMs: number | undefined;
  /** The body of the latest attempt. */
  lastBody: string;
}

/** Sends one body to a url; the default goes over fetch (msw intercepts it in tests). */
export type WebhookPost = (url: string, body: string) => Promise<{ status: number } | { error: string }>;

export const postWithFetch: WebhookPost = async (url, body) => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/jwt', 'User-Agent': 'yika-mock webhooks' },
      body,
    });
    await response.arrayBuffer();
    return { status: response.status };
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'unreachable' };
  }
};

export class WebhookDispatcher {
  private readonly sent: WebhookDelivery[] = [];
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly subscriptions: WebhookSubscriptions,
    private readonly keys: SigningKeys,
    private readonly clock: MockClock,
    private readonly post: WebhookPost = postWithFetch,
  ) {}

  /** Delivers the event to each of its hospital's subscriptions, in the background (see `idle`). */
  publish(event: WebhookEvent): void {
    void this.retryDue();
    for (const webhook of this.subscriptions.subscribers(event.hospitalId, event.type)) {
      const delivery = newDelivery(webhook, event);
      this.sent.push(delivery);
      this.track(this.attempt(delivery));
    }
  }

  /** Runs every retry whose time has come on the platform clock; resolves when they are settled. */
  async retryDue(): Promise<void> {
    const nowMs = this.clock.now();
    const due = this.sent.filter(
      (delivery) => delivery.nextAttemptAtMs !== undefined && delivery.nextAttemptAtMs <= nowMs,
    );
    for (const delivery of due) delivery.nextAttemptAtMs = undefined;
    await Promise.all(due.map((delivery) => this.track(this.attempt(delivery))));
  }

  /** Every delivery so far, oldest first. */
  deliveries(): readonly WebhookDelivery[] {
    return this.sent;
  }

  /** Resolves once every attempt under way is settled. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const atMs = this.clock.now();
    delivery.lastBody = await signWebhookEvent(this.keys, delivery.event, delivery.webhookId, atMs);
    const outcome = await this.post(delivery.url, delivery.lastBody);
    delivery.attempts.push({ atMs, ...outcome });
    delivery.delivered = 'status' in outcome && outcome.status >= 200 && outcome.status < 300;
    const delay = RETRY_DELAYS_MS[delivery.attempts.length - 1];
    delivery.nextAttemptAtMs = delivery.delivered || delay === undefined ? undefined : atMs + delay;
  }

  private track(work: Promise<void>): Promise<void> {
    this.pending.add(work);
    return work.finally(() => this.pending.delete(work));
  }
}

function newDelivery(webhook: WebhookRecord, event: WebhookEvent): WebhookDelivery {
  return {
    webhookId: webhook.id,
    url: webhook.url,
    event,
    attempts: [],
    delivered: false,
    nextAttemptAtMs: undefined,
    lastBody: '',
  };
}
