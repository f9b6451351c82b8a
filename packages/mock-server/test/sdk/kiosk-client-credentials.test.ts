// The kiosk flow through the SDK with client credentials against the platform: the hospital's kiosk signs
// in with private_key_jwt (`@yika/sdk/server`), scans the resident's dynamic card code, verifies it, lists
// that patient's appointments at its own hospital only, and checks the visit in. Also: the app token is
// renewed on the platform clock, a resident's token never passes for an app's (nor the reverse), and a
// third-party app's token is refused on hospital operations.
import { setupServer } from 'msw/node';
import { createClient, isYikaError, type Channel, type YikaClient, type YikaError } from '@yika/sdk';
import { privateKeyJwt } from '@yika/sdk/server';
import { createPlatform, type Platform } from '@yika/mock-server';
import { slotOn } from '../support/appointments';
import { findSchedule } from '../support/booking';
import { appToken, testApp } from '../support/apps';

const BASE_URL = 'http://platform.test';
// 10:00 on a Monday in Shanghai; the visit is tomorrow.
const NOW = '2026-11-23T10:00:00+08:00';
const TOMORROW = '2026-11-24';
const server = setupServer();
let platform: Platform;
let tokenRequests = 0;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  platform = createPlatform({ seed: 4, now: NOW, frozenClock: true, validateResponses: true });
  server.resetHandlers(...platform.handlers);
  tokenRequests = 0;
  server.events.removeAllListeners();
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === '/v1/oauth/token') tokenRequests++;
  });
});

function appClient(kind: 'hospital' | 'third_party', channel: Channel = 'kiosk'): YikaClient {
  const app = testApp(platform, kind);
  return createClient({
    baseURL: BASE_URL,
    channel,
    now: () => platform.clock.now(),
    clientAuth: privateKeyJwt({
      clientId: app.clientId,
      privateKey: app.privateJwk,
      keyId: app.kid,
      now: () => platform.clock.now(),
    }),
  });
}

async function residentApp(): Promise<{ sdk: YikaClient; cardRef: string; accessToken: string }> {
  const [enrolled] = platform.store.residents.enrol(1);
  const sdk = createClient({ baseURL: BASE_URL, channel: 'wechat-miniapp', now: () => platform.clock.now() });
  const session = await sdk.auth.loginWithWechatCode(enrolled!.loginCode);
  return { sdk, cardRef: enrolled!.cardRef, accessToken: session.accessToken };
}

const codeOf = (error: unknown) =>
  isYikaError(error) ? (error as YikaError & { status?: number }).code : error;

it('a kiosk signs in with its key, verifies a dynamic code, finds today’s visit at its hospital only and checks it in', async () => {
  const me = await residentApp();
  const card = await me.sdk.cards.get(me.cardRef);
  const kiosk = appClient('hospital');
  const hospitalId = testApp(platform, 'hospital').hospitalId!;
  const { schedule, slot } = slotOn(platform, TOMORROW);
  expect(schedule.doctor.hospitalId).toBe(hospitalId);
  const booked = await kiosk.appointments.bookAtHospital({ cardCode: card.staticQrText, slotId: slot.id });

  // The same person also booked at another hospital (with that hospital's key): never shown here.
  const elsewhere = findSchedule(
    platform,
    { from: TOMORROW, days: 1, doctors: (doctor) => doctor.hospitalId !== hospitalId },
    (candidate) => !candidate.stopped && candidate.slots.some((s) => s.seededRemaining[0]! >= 2),
  );
  const otherKiosk = createClient({
    baseURL: BASE_URL,
    channel: 'kiosk',
    now: () => platform.clock.now(),
    hospitalKey: platform.hospitalKey(elsewhere.doctor.hospitalId),
  });
  const otherSlot = elsewhere.slots.find((s) => s.seededRemaining[0]! >= 2)!;
  const other = await otherKiosk.appointments.bookAtHospital({
    cardCode: card.staticQrText,
    slotId: otherSlot.id,
  });
  const otherNumber = (await otherKiosk.cards.verifyCode(card.staticQrText)).patientNumber;

  // The visit day, 08:00: the token bought yesterday has run out; the kiosk buys a new one by itself.
  platform.clock.set(`${TOMORROW}T08:00:00+08:00`);
  const { qrText } = await me.sdk.cards.issueDynamicCode(me.cardRef);
  const verified = await kiosk.cards.verifyCode(qrText);
  expect(verified).toMatchObject({ codeKind: 'dynamic', hospitalId, cardId: card.cardId });
  expect(tokenRequests).toBe(2);

  const visits = await kiosk.appointments.listForPatient(verified.patientNumber, { date: TOMORROW });
  expect(visits).toMatchObject({ hospitalId, patientNumber: verified.patientNumber });
  expect(visits.data.map((visit) => [visit.id, visit.hospital.id, visit.status, visit.cardRef])).toEqual([
    [booked.id, hospitalId, 'booked', ''],
  ]);
  expect(visits.data.map((visit) => visit.id)).not.toContain(other.id);
  // Another hospital's patient number names nobody here.
  await expect(kiosk.appointments.listForPatient(otherNumber).catch(codeOf)).resolves.toBe('NOT_FOUND');

  const checkedIn = await kiosk.appointments.checkIn(visits.data[0]!.id);
  expect(checkedIn.status).toBe('checked_in');
  const { data: mine } = await me.sdk.appointments.list({ view: 'upcoming' });
  expect(mine.find((visit) => visit.id === booked.id)?.status).toBe('checked_in');
  expect(tokenRequests).toBe(2);
});

it('20 concurrent kiosk calls buy one app token, reused until 60 s before it runs out', async () => {
  const me = await residentApp();
  const card = await me.sdk.cards.get(me.cardRef);
  const kiosk = appClient('hospital');
  await Promise.all(Array.from({ length: 20 }, () => kiosk.cards.verifyCode(card.staticQrText)));
  expect(tokenRequests).toBe(1);
  platform.clock.advance(539_000);
  await kiosk.cards.verifyCode(card.staticQrText);
  expect(tokenRequests).toBe(1);
  platform.clock.advance(2_000);
  await kiosk.cards.verifyCode(card.staticQrText);
  expect(tokenRequests).toBe(2);
});

it('a third-party app’s token is refused on hospital operations with INSUFFICIENT_SCOPE', async () => {
  const me = await residentApp();
  const card = await me.sdk.cards.get(me.cardRef);
  const thirdParty = appClient('third_party', 'web');
  const error = await thirdParty.cards.verifyCode(card.staticQrText).catch((caught: unknown) => caught);
  expect(isYikaError(error) && [(error as YikaError & { status: number }).status, error.code]).toEqual([
    403,
    'INSUFFICIENT_SCOPE',
  ]);
  // Public operations need no token at all.
  await expect(thirdParty.hospitals.list({ limit: 1 })).resolves.toMatchObject({ data: [expect.anything()] });
});

it('a resident’s token is not an app token, and an app token is not a resident’s', async () => {
  const me = await residentApp();
  const kioskToken = await appToken(platform, 'hospital');
  const call = (path: string, token: string) =>
    fetch(`${BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}`, 'X-Yika-Channel': 'kiosk' } });
  const asHospital = await call('/v1/hospital/webhooks', me.accessToken);
  expect([asHospital.status, ((await asHospital.json()) as { error: { code: string } }).error.code]).toEqual([
    401,
    'UNAUTHENTICATED',
  ]);
  const asResident = await call('/v1/me', kioskToken);
  expect([asResident.status, ((await asResident.json()) as { error: { code: string } }).error.code]).toEqual([
    401,
    'UNAUTHENTICATED',
  ]);
  expect((await call('/v1/hospital/webhooks', kioskToken)).status).toBe(200);
  expect((await call('/v1/me', me.accessToken)).status).toBe(200);
});

it('an app registered with its own key signs in; the hospital key keeps working beside it', async () => {
  const { generateKeyPairSync } = await import('node:crypto');
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const hospitalId = platform.hospitalKeys()[2]!.hospitalId;
  platform.apps.register({
    clientId: 'app_window_3',
    kind: 'hospital',
    hospitalId,
    keys: [{ ...(publicKey.export({ format: 'jwk' }) as { kty: string }), kid: 'window-3' }],
  });
  const window = createClient({
    baseURL: BASE_URL,
    channel: 'window',
    now: () => platform.clock.now(),
    // The platform's clock is days behind the real one here: the signer must use it too.
    clientAuth: privateKeyJwt({
      clientId: 'app_window_3',
      privateKey: pem,
      keyId: 'window-3',
      now: () => platform.clock.now(),
    }),
  });
  const byKey = createClient({
    baseURL: BASE_URL,
    channel: 'window',
    hospitalKey: platform.hospitalKey(hospitalId),
  });
  await expect(window.webhooks.list()).resolves.toEqual(await byKey.webhooks.list());
});
