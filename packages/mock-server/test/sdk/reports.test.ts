// Reports through the SDK against the platform (msw in-process): a hospital's server subscribes with the
// SDK, the platform issues a report, and what it POSTs to the hospital verifies with @yika/sdk/server
// against the platform's published JWKS (no shared fixture keys); the resident reads the same report and
// its trend, and a tampered or replayed-late delivery is refused.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createClient, isExamReport, type YikaClient } from '@yika/sdk';
import { verifyWebhookEvent } from '@yika/sdk/server';
import { createPlatform, type Platform } from '@yika/mock-server';

const BASE_URL = 'http://platform.test';
const RECEIVER = 'http://hospital.test/yika/events';
const server = setupServer();
let platform: Platform;
let received: string[];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  platform = createPlatform({ seed: 2, now: '2026-11-23T10:00:00+08:00', validateResponses: true });
  received = [];
  server.resetHandlers(
    ...platform.handlers,
    http.post(RECEIVER, async ({ request }) => {
      received.push(await request.text());
      return new HttpResponse(null, { status: 204 });
    }),
  );
});

function client(hospitalKey?: string): YikaClient {
  return createClient({
    baseURL: BASE_URL,
    channel: hospitalKey === undefined ? 'wechat-miniapp' : 'hospital-app',
    now: () => platform.clock.now(),
    ...(hospitalKey === undefined ? {} : { hospitalKey }),
  });
}

it('a report.ready webhook verifies against the platform JWKS and names the report the resident reads', async () => {
  const [enrolled] = platform.store.residents.enrol(1);
  const resident = client();
  await resident.auth.loginWithWechatCode(enrolled!.loginCode);
  const { cardId } = platform.store.cardModel.bindings.get(enrolled!.accountId, enrolled!.cardRef);
  const hospitalId = platform.store.hospitals.all()[0]!.id;
  const webhook = await client(platform.hospitalKey(hospitalId)).webhooks.create({
    url: RECEIVER,
    events: ['report.ready'],
  });

  const issued = platform.store.reports.issuer.issue({ cardId, hospitalId, kind: 'exam', abnormal: true });
  await platform.webhooks.idle();
  expect(received).toHaveLength(1);

  const jwks = await platform.jwks();
  const now = () => platform.clock.now();
  const event = await verifyWebhookEvent(received[0]!, { jwks, audience: webhook.id, now });
  expect(event).toMatchObject({ type: 'report.ready', data: { reportId: issued.id, hospitalId } });
  // Nothing that names the person travels in the event.
  expect(received[0]).not.toContain(cardId);
  expect(JSON.stringify(event.data)).not.toMatch(/[\u4e00-\u9fa5]/);

  const report = await resident.reports.get(issued.id);
  expect(report).toMatchObject({ id: issued.id, cardRef: enrolled!.cardRef, abnormal: true });
  const { data: events } = await resident.events.list();
  expect(events[0]).toMatchObject({ type: 'report.ready', reportId: issued.id });

  // Altered on the way, or delivered to another subscriber, or replayed too late: refused.
  const [header, payload, signature] = received[0]!.split('.');
  const altered = `${header}.${payload!.slice(0, -2)}${payload!.slice(-2) === 'AA' ? 'AB' : 'AA'}.${signature}`;
  await expect(verifyWebhookEvent(altered, { jwks, audience: webhook.id, now })).rejects.toMatchObject({
    code: 'WEBHOOK_SIGNATURE_INVALID',
  });
  await expect(verifyWebhookEvent(received[0]!, { jwks, audience: 'whk_other', now })).rejects.toMatchObject({
    code: 'WEBHOOK_CLAIMS_INVALID',
  });
  platform.clock.advance(10 * 60_000);
  await expect(verifyWebhookEvent(received[0]!, { jwks, audience: webhook.id, now })).rejects.toMatchObject({
    code: 'WEBHOOK_EXPIRED',
  });

  if (!isExamReport(report)) throw new Error('expected an exam report');
  expect(report.impression).not.toBe('');
});

it("a resident follows a lab item across hospitals, oldest first, and cannot read another account's report", async () => {
  const [mine, theirs] = platform.store.residents.enrol(2);
  const me = client();
  await me.auth.loginWithWechatCode(mine!.loginCode);
  const other = client();
  await other.auth.loginWithWechatCode(theirs!.loginCode);

  const items = await me.reports.trendItems(mine!.cardRef);
  expect(items.length).toBeGreaterThan(0);
  const trend = await me.reports.trend(mine!.cardRef, items[0]!.code);
  const times = trend.points.map((point) => Date.parse(point.collectedAt));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(trend.points).toHaveLength(items[0]!.count);

  const { data: reports } = await me.reports.list({ cardRef: mine!.cardRef });
  await expect(other.reports.get(reports[0]!.id)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
});
