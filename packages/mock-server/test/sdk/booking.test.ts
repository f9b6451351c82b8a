// Finding a slot through the SDK against the platform: the same pool seen from two channels, the
// earliest pediatric slots across the region, and tomorrow's release at 07:00 on the platform clock.
import { setupServer } from 'msw/node';
import { createClient, type Channel } from '@yika/sdk';
import { createPlatform, type Platform } from '@yika/mock-server';

const BASE_URL = 'http://platform.test';
const server = setupServer();
let platform: Platform;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  // 06:30 in Shanghai: the last day of the window is not released yet.
  platform = createPlatform({ seed: 1, now: '2026-11-23T06:30:00+08:00', validateResponses: true });
  server.resetHandlers(...platform.handlers);
});

const client = (channel: Channel) =>
  createClient({ baseURL: BASE_URL, channel, now: () => platform.clock.now() });

it('the earliest pediatric slots come from several hospitals, soonest first, one per schedule', async () => {
  const earliest = await client('wechat-miniapp').schedules.earliest({
    departmentKind: 'pediatrics',
    limit: 10,
  });
  expect(earliest).toHaveLength(10);
  const starts = earliest.map((entry) => Date.parse(entry.slot.startTime));
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expect(starts[0]).toBeGreaterThan(platform.clock.now());
  expect(new Set(earliest.map((entry) => entry.hospital.id)).size).toBeGreaterThanOrEqual(2);
  expect(new Set(earliest.map((entry) => entry.schedule.id)).size).toBe(earliest.length);

  // What the list promises is what the schedule's own slots say.
  const first = earliest[0]!;
  const { data: slots } = await client('wechat-miniapp').schedules.slots(first.schedule.id);
  const slot = slots.find((candidate) => candidate.id === first.slot.id);
  expect(slot).toMatchObject({ status: 'free', startTime: first.slot.startTime });
  expect(slot!.remaining).toBeGreaterThan(0);
});

it('a kiosk sees the share of a slot kept for the window and kiosks on top of the shared pool', async () => {
  const candidates = await client('web').schedules.earliest({
    departmentKind: 'internal_medicine',
    limit: 20,
  });
  let compared = 0;
  for (const entry of candidates) {
    const policy = await client('web').hospitals.bookingPolicy(entry.hospital.id);
    const kept = policy.channelQuotas.find((quota) => quota.channels.includes('kiosk'));
    if (kept === undefined) continue;
    const viaWeb = await client('web').schedules.slots(entry.schedule.id);
    const viaKiosk = await client('kiosk').schedules.slots(entry.schedule.id);
    viaKiosk.data.forEach((slot, i) => {
      const keptSeats = Math.floor((slot.capacity * kept.percent) / 100);
      // Nobody has booked from the kept share of a future slot yet: the kiosk sees all of it.
      expect(slot.remaining - viaWeb.data[i]!.remaining).toBe(keptSeats);
      if (keptSeats > 0) compared++;
    });
  }
  expect(compared).toBeGreaterThan(0);
});

it('the last day of the window opens at the release time on the platform clock', async () => {
  const sdk = client('web');
  const candidates = await sdk.schedules.earliest({ departmentKind: 'internal_medicine', limit: 20 });
  let departmentId: string | undefined;
  let lastDay: string | undefined;
  for (const entry of candidates) {
    const policy = await sdk.hospitals.bookingPolicy(entry.hospital.id);
    if (policy.releaseTime !== '07:00') continue;
    const calendar = await sdk.schedules.departmentCalendar(entry.department.id);
    expect(calendar).toHaveLength(policy.bookingWindowDays);
    if (calendar.at(-1)!.status === 'not_released') {
      expect(calendar.at(-1)).toMatchObject({
        remaining: 0,
        releaseAt: '2026-11-23T07:00:00+08:00',
      });
      departmentId = entry.department.id;
      lastDay = calendar.at(-1)!.date;
      break;
    }
  }
  expect(departmentId).toBeDefined();

  platform.clock.advance(31 * 60 * 1000); // 07:01
  const after = await sdk.schedules.departmentCalendar(departmentId!);
  expect(after.at(-1)!.date).toBe(lastDay);
  expect(['available', 'full']).toContain(after.at(-1)!.status);
});

it('finds a doctor by name anywhere in the region and reads the same doctor back', async () => {
  const sdk = client('hospital-app');
  const [entry] = await sdk.schedules.earliest({ departmentKind: 'ophthalmology', limit: 1 });
  const surname = entry!.doctor.name.slice(0, 2);
  const hits = [];
  for await (const hit of sdk.search.iterate({ q: surname, type: 'doctor', limit: 20 })) hits.push(hit);
  expect(hits.some((hit) => hit.type === 'doctor' && hit.doctor.id === entry!.doctor.id)).toBe(true);
  const doctor = await sdk.doctors.get(entry!.doctor.id);
  expect(doctor).toMatchObject({ id: entry!.doctor.id, hospitalId: entry!.hospital.id });
  expect(doctor.introduction.length).toBeGreaterThan(0);
});
