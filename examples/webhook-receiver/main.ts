// Run: YIKA_BASE_URL=http://127.0.0.1:4010 YIKA_HOSPITAL_KEY=... pnpm --filter @yika/examples webhook-receiver
// (keys of the mock platform: GET /__control/hospital-keys). Subscribes this server to the hospital's events
// and logs each verified one until stopped.
import { createServer } from 'node:http';
import { createClient } from '@yika/sdk';
import { createWebhookReceiver, describeEvent } from './receiver';

const baseURL = process.env.YIKA_BASE_URL ?? 'http://127.0.0.1:4010';
const port = Number(process.env.PORT ?? 4020);
const hospital = createClient({
  baseURL,
  channel: 'hospital-app',
  hospitalKey: process.env.YIKA_HOSPITAL_KEY,
});

const webhook = await hospital.webhooks.create({
  url: `http://127.0.0.1:${port}/yika/events`,
  events: ['appointment.booked', 'appointment.cancelled', 'schedule.stopped', 'report.ready'],
});
const receive = createWebhookReceiver({
  webhookId: webhook.id,
  keys: { jwksUrl: `${baseURL}/v1/.well-known/jwks.json` },
  onEvent: (event) => console.log(`[${event.id}] ${describeEvent(event)}`),
});
createServer((request, response) => void receive(request, response)).listen(port, '127.0.0.1');
console.log(`Listening on http://127.0.0.1:${port}/yika/events for webhook ${webhook.id}`);
