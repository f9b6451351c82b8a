// client.webhooks: a hospital's server subscribes to platform events (cards, bookings, payments, reports).
// Every operation needs a hospital credential, `createClient({ hospitalKey })` or `clientAuth` (else
// HOSPITAL_KEY_REQUIRED, no request), and sends no resident token. Deliveries are signed JWS: verify each with `verifyWebhookEvent` from `@yika/sdk/server`
// (docs/webhooks.md).
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type { Webhook, WebhookList, WebhookRequest } from '../types';
import { hospitalWebhookPath } from './paths';

export class WebhooksResource {
  constructor(private readonly sender: RequestSender) {}

  /**
   * Subscribes `url` (http or https) to `events`; keep the answer's `id`: deliveries carry it as their
   * audience. Refusals: VALIDATION_FAILED (400: not an http(s) URL, no or unknown events), UNAUTHENTICATED
   * (401: a wrong hospital key), IDEMPOTENCY_CONFLICT (409: the idempotency key was used for another body).
   */
  create(request: WebhookRequest, options?: RequestOptions): Promise<Webhook> {
    const body: WebhookRequest = { url: request.url, events: request.events };
    return this.sender.request<Webhook>(
      { method: 'POST', path: '/v1/hospital/webhooks', body, auth: 'hospital' },
      options,
    );
  }

  /** This hospital's subscriptions (never another hospital's). */
  async list(options?: RequestOptions): Promise<Webhook[]> {
    const list = await this.sender.request<WebhookList>(
      { method: 'GET', path: '/v1/hospital/webhooks', auth: 'hospital' },
      options,
    );
    return list.data;
  }

  /** Unsubscribes. NOT_FOUND (404) for an unknown id or another hospital's subscription. */
  delete(webhookId: string, options?: RequestOptions): Promise<void> {
    return this.sender.request<void>(
      { method: 'DELETE', path: hospitalWebhookPath(webhookId), auth: 'hospital' },
      options,
    );
  }
}
