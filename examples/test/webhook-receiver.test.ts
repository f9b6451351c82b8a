// The webhook receiver of examples/webhook-receiver: against a test signer (as a hospital unit-tests its
// own handler) and against the platform, which delivers a report.ready over a real socket.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createClient } from '@yika/sdk';
import { createWebhookTestSigner, type WebhookEvent } from '@yika/sdk/server';
import type { RunningServer } from '@yika/mock-server';
import { createWebhookReceiver } from '../webhook-receiver/receiver';
import { firstHospital, startPlatform } from './support/platform';

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}/yika/events` };
}

const post = (url: string, body: string) =>
  fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/jwt' } });

const REPORT_READY = {
  type: 'report.ready',
  data: {
    reportId: 'rpt_1',
    hospitalId: 'hos_1',
    patientNumber: 'H0100000001',
    reportType: 'lab',
    reportedAt: '2026-11-23T09:00:00+08:00',
  },
} as const;

describe('the receiver, tested with a test signer', () => {
  let url: string;
  let server: Server;
  let signer: Awaited<ReturnType<typeof createWebhookTestSigner>>;
  const handled: WebhookEvent[] = [];
  let failNext = false;

  beforeAll(async () => {
    signer = await createWebhookTestSigner();
    const receive = createWebhookReceiver({
      webhookId: 'whk_test',
      keys: { jwks: signer.jwks },
      onEvent: (event) => {
        if (failNext) {
          failNext = false;
          throw new Error('HIS is down');
        }
        handled.push(event);
      },
    });
    ({ server, url } = await listen((request, response) => void receive(request, response)));
  });
  afterAll(() => server.close());
  beforeEach(() => (handled.length = 0));

  it('handles a signed event once, and acknowledges its retry without handling it again', async () => {
    const body = await signer.sign({ ...REPORT_READY, id: 'evt_once' }, { audience: 'whk_test' });
    expect((await post(url, body)).status).toBe(204);
    expect((await post(url, body)).status).toBe(204);
    expect(handled.map((event) => [event.id, event.type])).toEqual([['evt_once', 'report.ready']]);
  });

  it('refuses an altered body, another audience and another signer, acting on none', async () => {
    const body = await signer.sign({ ...REPORT_READY, id: 'evt_bad' }, { audience: 'whk_test' });
    const [header, payload, signature] = body.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as {
      data: { reportId: string };
    };
    claims.data.reportId = 'rpt_other';
    const altered = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    const otherSigner = await createWebhookTestSigner();
    expect((await post(url, altered)).status).toBe(400);
    expect((await post(url, await signer.sign(REPORT_READY, { audience: 'whk_other' }))).status).toBe(400);
    expect((await post(url, await otherSigner.sign(REPORT_READY, { audience: 'whk_test' }))).status).toBe(
      400,
    );
    expect(handled).toEqual([]);
  });

  it('answers 500 when its own work fails, so the platform delivers again, and handles the retry', async () => {
    const body = await signer.sign({ ...REPORT_READY, id: 'evt_retry' }, { audience: 'whk_test' });
    failNext = true;
    expect((await post(url, body)).status).toBe(500);
    expect(handled).toEqual([]);
    expect((await post(url, body)).status).toBe(204);
    expect(handled.map((event) => event.id)).toEqual(['evt_retry']);
  });
});

describe('the receiver, subscribed to the platform', () => {
  let platform: RunningServer;
  let receiver: { server: Server; url: string };
  const handled: WebhookEvent[] = [];

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(async () => {
    receiver?.server.close();
    await platform.close();
  });

  it('verifies and handles the report.ready the platform sends when a report is issued', async () => {
    const { hospitalId, key } = firstHospital(platform);
    const hospital = createClient({ baseURL: platform.url, channel: 'hospital-app', hospitalKey: key });
    // Listen first (the subscription needs the URL), then receive for the subscription's id.
    const route: { receive?: ReturnType<typeof createWebhookReceiver> } = {};
    receiver = await listen((request, response) => void route.receive?.(request, response));
    const webhook = await hospital.webhooks.create({ url: receiver.url, events: ['report.ready'] });
    route.receive = createWebhookReceiver({
      webhookId: webhook.id,
      keys: { jwksUrl: `${platform.url}/v1/.well-known/jwks.json` },
      onEvent: (event) => void handled.push(event),
    });

    // A resident's card gets a report at this hospital (the mock's back office issues it).
    const resident = createClient({ baseURL: platform.url, channel: 'web' });
    await resident.auth.loginWithWechatCode('example-login-code');
    const [card] = await resident.cards.list();
    const issued = await fetch(`${platform.url}/__control/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cardId: card!.cardId, hospitalId, kind: 'lab' }),
    });
    expect(issued.status).toBe(201);
    const { id: reportId } = (await issued.json()) as { id: string };

    // Delivery is asynchronous to the request that issued the report.
    for (let waited = 0; handled.length === 0 && waited < 5_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(handled).toHaveLength(1);
    const [event] = handled;
    expect(event!.type).toBe('report.ready');
    if (event!.type !== 'report.ready') return;
    expect(event!.data).toMatchObject({ reportId, hospitalId, reportType: 'lab' });
    expect(JSON.stringify(event)).not.toContain(card!.cardId);
  });
});
