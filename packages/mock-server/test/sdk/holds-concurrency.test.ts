// No oversell under concurrency, through the SDK over real sockets: 500 residents, each signed in on its own
// client, hold places on one schedule at the same moment. Exactly as many holds succeed as the schedule had
// places for the channel, every other one is told SLOT_UNAVAILABLE, and no place is left or double-sold.
import { createClient, isApiError, type Hold, type YikaClient } from '@yika/sdk';
import { createPlatform, startServer, type RunningServer } from '@yika/mock-server';

const RESIDENTS = 500;
jest.setTimeout(60_000);

let running: RunningServer;
beforeAll(async () => {
  // 10:00 on a Monday in Shanghai: within booking hours, every schedule of the window released.
  const platform = createPlatform({ seed: 5, now: '2026-11-23T10:00:00+08:00' });
  running = await startServer({ platform, port: 0, log: () => {} });
});
afterAll(() => running.close());

const client = (): YikaClient =>
  createClient({
    baseURL: running.url,
    channel: 'wechat-miniapp',
    now: () => running.platform.clock.now(),
    maxRetries: 0,
  });

interface Enrolled {
  loginCode: string;
  cardRef: string;
}

async function enrolResidents(count: number): Promise<Enrolled[]> {
  const response = await fetch(`${running.url}/__control/residents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ count }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Enrolled[] }).data;
}

it('500 concurrent holds on a schedule with M places give exactly M holds, no oversell', async () => {
  const anonymous = client();
  const [entry] = await anonymous.schedules.earliest({ departmentKind: 'internal_medicine', limit: 1 });
  const { data: before } = await anonymous.schedules.slots(entry!.schedule.id);
  const free = before.filter((slot) => slot.remaining > 0);
  const places = free.reduce((sum, slot) => sum + slot.remaining, 0);
  expect(places).toBeGreaterThan(0);
  expect(places).toBeLessThan(RESIDENTS);

  const enrolled = await enrolResidents(RESIDENTS);
  const residents = await Promise.all(
    enrolled.map(async ({ loginCode, cardRef }) => {
      const sdk = client();
      await sdk.auth.loginWithWechatCode(loginCode);
      return { sdk, cardRef };
    }),
  );

  // Everyone at once, spread over the schedule's free slots.
  const outcomes = await Promise.allSettled(
    residents.map(({ sdk, cardRef }, i) => sdk.holds.create({ slotId: free[i % free.length]!.id, cardRef })),
  );
  const held = outcomes.filter((o): o is PromiseFulfilledResult<Hold> => o.status === 'fulfilled');
  const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
  const refusalCodes = new Set(
    refused.map(({ reason }) => (isApiError(reason) ? reason.code : String(reason))),
  );
  expect([...refusalCodes]).toEqual(['SLOT_UNAVAILABLE']);
  expect(held).toHaveLength(places);
  expect(refused).toHaveLength(RESIDENTS - places);
  expect(new Set(held.map((o) => o.value.id)).size).toBe(places);

  const { data: after } = await anonymous.schedules.slots(entry!.schedule.id);
  for (const slot of free) {
    const heldHere = held.filter((o) => o.value.slot.id === slot.id).length;
    expect(heldHere).toBe(slot.remaining);
    expect(after.find((s) => s.id === slot.id)!.remaining).toBe(0);
  }
});
