// The third-party backend of examples/third-party-backend against the mock platform over HTTP: the soonest
// slots come from several hospitals in time order, paging reaches every hospital of a district, injected
// 503s and resets are retried away, and a bad request is an answer with a code. A third-party app's own
// token is refused on hospital operations (INSUFFICIENT_SCOPE), as the guide says.
import { createClient } from '@yika/sdk';
import { privateKeyJwt } from '@yika/sdk/server';
import type { RunningServer } from '@yika/mock-server';
import { answer, createPublicClient, hospitalNames, soonestSlots } from '../third-party-backend/service';
import { startPlatform, TEST_THIRD_PARTY_APP } from './support/platform';

const HAISHU = '330203';
let platform: RunningServer;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform.close());
afterEach(() => platform.platform.faults.clear());

it('finds the soonest pediatric slots of a district, soonest first, through a 503 and a reset', async () => {
  platform.platform.faults.inject({ kind: 'error', status: 503, path: '/v1/earliest-slots', times: 1 });
  platform.platform.faults.inject({ kind: 'reset', path: '/v1/earliest-slots', times: 1 });
  const result = await answer(() => soonestSlots(createPublicClient(platform.url), 'pediatrics', HAISHU));
  expect(platform.platform.faults.pending).toBe(0);
  if (!result.ok) throw new Error(result.code);
  expect(result.data.length).toBeGreaterThan(0);
  expect(result.data.every((slot) => slot.district === '海曙区')).toBe(true);
  const times = result.data.map((slot) => slot.startsAt);
  expect(times).toEqual([...times].sort());
  expect(result.data[0]!.fee).toMatch(/^¥\d+\.\d\d$/);
});

it('pages through every hospital of the district exactly once', async () => {
  const names = await hospitalNames(createPublicClient(platform.url), HAISHU);
  const { data, nextCursor } = await createPublicClient(platform.url).hospitals.list({
    district: HAISHU,
    limit: 50,
  });
  expect(nextCursor).toBeNull();
  expect(names).toEqual(data.map((hospital) => hospital.name));
  expect(new Set(names).size).toBe(names.length);
});

it('answers a bad request with its code and a plain message, not a crash', async () => {
  const result = await answer(() => hospitalNames(createPublicClient(platform.url), 'nowhere'));
  expect(result).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
});

it('refuses a third-party app’s token on a hospital operation', async () => {
  const app = platform.platform.apps
    .testApps()
    .find((candidate) => candidate.clientId === TEST_THIRD_PARTY_APP)!;
  const thirdParty = createClient({
    baseURL: platform.url,
    channel: 'web',
    clientAuth: privateKeyJwt({ clientId: app.clientId, privateKey: app.privateJwk, keyId: app.kid }),
  });
  const refused = await answer(() => thirdParty.webhooks.list());
  expect(refused).toMatchObject({ ok: false, code: 'INSUFFICIENT_SCOPE' });
});
