import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createPlatform, type Platform } from '../src';
import type { Jwks, Webhook } from '../src/contract/wire';
import { TOKEN_ISSUER } from '../src/auth/tokens';
import { RETRY_DELAYS_MS } from '../src/store/webhooks/dispatcher';
import { createApi, expectCode, jsonOf } from './support/api';
import { demoFamily } from './reports.support';

// This file runs its own msw server, so a test can stand in for a hospital's webhook receiver.
const server = setupServer();
const api = createApi();
const HOOK_URL = 'http://his.hospital.test/yika/events';
let platform: Platform;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  platform = createPlatform({ now: '2026-11-23T10:00:00+08:00', frozenClock: true, validateResponses: true });
  server.resetHandlers(...platform.handlers);
});
afterAll(() => server.close());

const keyOf = (hospitalId: string) => ({
  headers: { 'X-Yika-Hospital-Key': platform.hospitalKey(hospitalId) },
});

/** A receiver at HOOK_URL answering the given statuses in turn (the last one from then on). */
function receiver(...statuses: number[]): { contentType: string | null; body: string }[] {
  const received: { contentType: string | null; body: string }[] = [];
  server.use(
    http.post(HOOK_URL, async ({ request }) => {
      received.push({ contentType: request.headers.get('content-type'), body: await request.text() });
      return new HttpResponse(null, { status: statuses[Math.min(received.length, statuses.length) - 1] });
    }),
  );
  return received;
}

describe('subscriptions', () => {
  it("are the hospital's own: the same url answers the existing one, another hospital cannot see or delete it", async () => {
    const [mine, other] = platform.store.hospitals.all();
    const request = { url: HOOK_URL, events: ['report.ready'] };
    const created = await api.post('/v1/hospital/webhooks', request, keyOf(mine!.id));
    expect(created.status).toBe(201);
    const again = jsonOf<Webhook>(await api.post('/v1/hospital/webhooks', request, keyOf(mine!.id)));
    expect(again).toEqual(created.json);

    const list = (hospitalId: string) =>
      api
        .get('/v1/hospital/webhooks', keyOf(hospitalId))
        .then((exchange) => jsonOf<{ data: Webhook[] }>(exchange).data);
    expect((await list(mine!.id)).map((webhook) => webhook.id)).toEqual([again.id]);
    expect(await list(other!.id)).toEqual([]);

    const remove = (hospitalId: string) =>
      api.send('DELETE', `/v1/hospital/webhooks/${again.id}`, undefined, keyOf(hospitalId));
    expectCode(await remove(other!.id), 404, 'NOT_FOUND');
    expect((await remove(mine!.id)).status).toBe(204);
    expect(await list(mine!.id)).toEqual([]);
  });
});

describe('report.ready deliveries', () => {
  async function subscribedHospital(): Promise<{ hospitalId: string; webhook: Webhook }> {
    const hospitalId = platform.store.reports.book.reportingHospitals()[0]!.hospital.id;
    const webhook = jsonOf<Webhook>(
      await api.post('/v1/hospital/webhooks', { url: HOOK_URL, events: ['report.ready'] }, keyOf(hospitalId)),
    );
    return { hospitalId, webhook };
  }

  it('POST a JWS that verifies against the platform JWKS, with the hospital patient number and no names', async () => {
    const received = receiver(200);
    const { hospitalId, webhook } = await subscribedHospital();
    const family = await demoFamily(api, platform);
    const report = platform.store.reports.issuer.issue({
      cardId: family.parent.cardId,
      hospitalId,
      panel: 'hba1c',
    });
    await platform.webhooks.idle();

    expect(received).toHaveLength(1);
    expect(received[0]!.contentType).toBe('application/jwt');
    const jwks = jsonOf<Jwks>(await api.get('/v1/.well-known/jwks.json'));
    const { payload, protectedHeader } = await jwtVerify(received[0]!.body, createLocalJWKSet(jwks), {
      algorithms: ['ES256'],
      typ: 'yika-event+jwt',
      issuer: TOKEN_ISSUER,
      audience: webhook.id,
      currentDate: new Date(platform.clock.now()),
    });
    const personId = platform.store.cardModel.cards.get(family.parent.cardId)!.personId;
    expect(protectedHeader.kid).toBe(jwks.keys[0]!.kid);
    expect(payload.exp! - payload.iat!).toBe(300);
    expect(payload).toMatchObject({
      type: 'report.ready',
      jti: platform.webhooks.deliveries()[0]!.event.id,
      data: {
        reportId: report.id,
        hospitalId,
        patientNumber: platform.store.cardModel.patients.numberFor(hospitalId, personId).patientNumber,
        reportType: 'lab',
      },
    });
    expect(received[0]!.body).not.toContain(family.parent.cardId);
    expect(JSON.stringify(payload)).not.toMatch(/陈|330205/);
    expect(platform.webhooks.deliveries()[0]!.delivered).toBe(true);
  });

  it('reach only the subscribers of the report’s own hospital', async () => {
    const received = receiver(200);
    const { hospitalId } = await subscribedHospital();
    const family = await demoFamily(api, platform);
    const elsewhere = platform.store.reports.book.reportingHospitals()[1]!.hospital.id;
    platform.store.reports.issuer.issue({ cardId: family.self.cardId, hospitalId: elsewhere });
    await platform.webhooks.idle();
    expect([received.length, platform.webhooks.deliveries().length]).toEqual([0, 0]);
    expect(elsewhere).not.toBe(hospitalId);
  });

  it('retry a failed delivery when its backoff has passed on the platform clock, with the same jti', async () => {
    const received = receiver(503, 200);
    const { hospitalId } = await subscribedHospital();
    const family = await demoFamily(api, platform);
    platform.store.reports.issuer.issue({
      cardId: family.self.cardId,
      hospitalId,
      kind: 'exam',
      exam: 'ecg',
    });
    await platform.webhooks.idle();
    const [delivery] = platform.webhooks.deliveries();
    expect([delivery!.delivered, delivery!.attempts.length]).toEqual([false, 1]);

    // Not yet due: nothing is sent.
    platform.clock.advance(RETRY_DELAYS_MS[0]! - 1);
    await platform.webhooks.retryDue();
    expect(received).toHaveLength(1);

    platform.clock.advance(1);
    await platform.webhooks.retryDue();
    expect([
      delivery!.delivered,
      delivery!.attempts.map((attempt) => 'status' in attempt && attempt.status),
    ]).toEqual([true, [503, 200]]);
    const jtiOf = (jws: string) =>
      (JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString()) as { jti: string }).jti;
    expect(jtiOf(received[1]!.body)).toBe(jtiOf(received[0]!.body));
    expect(decodeProtectedHeader(received[1]!.body).typ).toBe('yika-event+jwt');
  });

  it('give up after the last retry', async () => {
    const received = receiver(500);
    const { hospitalId } = await subscribedHospital();
    const family = await demoFamily(api, platform);
    platform.store.reports.issuer.issue({ cardId: family.self.cardId, hospitalId });
    await platform.webhooks.idle();
    for (const delay of [...RETRY_DELAYS_MS, 86_400_000]) {
      platform.clock.advance(delay);
      await platform.webhooks.retryDue();
    }
    const [delivery] = platform.webhooks.deliveries();
    expect([received.length, delivery!.delivered, delivery!.nextAttemptAtMs]).toEqual([
      RETRY_DELAYS_MS.length + 1,
      false,
      undefined,
    ]);
  });
});
