// A hospital server's endpoint for the platform's webhook events (guide: ./README.md). Plain node:http, so
// it drops into any framework: Express, Koa or Fastify only change how the raw body is read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  isYikaError,
  verifyWebhookEvent,
  type VerifyWebhookEventOptions,
  type WebhookEvent,
} from '@yika/sdk/server';

export interface WebhookReceiverOptions {
  /** The subscription's id (`webhook.id` from `client.webhooks.create`): events are addressed to it. */
  webhookId: string;
  /**
   * Where the platform's keys come from: `{ jwksUrl: \`${baseURL}/v1/.well-known/jwks.json\` }` (fetched
   * once and cached), or `{ jwks }` (a test signer's, or keys your server pinned).
   */
  keys: Omit<VerifyWebhookEventOptions, 'audience'>;
  /** Your work for one event; a throw answers 500, so the platform delivers it again later. */
  onEvent: (event: WebhookEvent) => Promise<void> | void;
  /** Whether an event id was handled before (deliveries are retried, the same `jti` may come twice). */
  seen?: { has(id: string): boolean | Promise<boolean>; add(id: string): unknown };
}

/** Reads the raw body as text: the signature covers it exactly as sent. */
async function rawBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function createWebhookReceiver(options: WebhookReceiverOptions) {
  const seen = options.seen ?? new Set<string>();
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST') {
      response.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    let event: WebhookEvent;
    try {
      event = await verifyWebhookEvent(await rawBody(request), {
        ...options.keys,
        audience: options.webhookId,
      });
    } catch (error) {
      // Never act on a refused event. Keys that could not be fetched are not the event's fault: 503, so
      // the platform tries again; anything else is refused for good.
      const unreachable = isYikaError(error) && error.code === 'NETWORK_ERROR';
      response.writeHead(unreachable ? 503 : 400).end();
      return;
    }
    if (await seen.has(event.id)) {
      response.writeHead(204).end(); // a retry of what was already handled
      return;
    }
    try {
      await options.onEvent(event);
    } catch {
      response.writeHead(500).end();
      return;
    }
    seen.add(event.id);
    response.writeHead(204).end();
  };
}

/** One line for the hospital's log: the event, never a resident's personal data (events carry none). */
export function describeEvent(event: WebhookEvent): string {
  switch (event.type) {
    case 'appointment.booked':
      return `booked: patient ${event.data.patientNumber} on ${event.data.date} (${event.data.channel})`;
    case 'appointment.cancelled':
      return `cancelled: ${event.data.appointmentId}, refund ${event.data.refund?.amountFen ?? 0} fen`;
    case 'schedule.stopped':
      return `clinic stopped: ${event.data.scheduleId}, ${event.data.appointments.length} bookings cancelled`;
    case 'report.ready':
      return `report ready: ${event.data.reportId} for patient ${event.data.patientNumber}`;
    default:
      return event.type;
  }
}
