import { addDays } from '@yika/sdk/domain';
import type {
  AvailabilityDay,
  BookingPolicy,
  Channel,
  DoctorSummary,
  Schedule,
  ScheduleSlots,
} from '../src/contract/wire';
import { SHARED_POOL } from '../src/store/booking/pools';
import { createApi, errorOf, jsonOf } from './support/api';
import { departmentNamed, findSchedule, hospitalNamed } from './support/booking';
import { usePlatform } from './support/msw';

// A Wednesday: the 14-day window runs to Tuesday 2026-12-08.
const TODAY = '2026-11-25';
const LAST_DAY = '2026-12-08';
const context = usePlatform({ seed: 1, now: `${TODAY}T10:00:00+08:00` });
const api = createApi();

const on = (channel: Channel) => ({ headers: { 'X-Yika-Channel': channel } });
const at = (time: string) => context.platform.clock.set(`${TODAY}T${time}:00+08:00`);

async function calendar(path: string, channel: Channel = 'wechat-miniapp'): Promise<AvailabilityDay[]> {
  return jsonOf<{ data: AvailabilityDay[] }>(await api.get(path, on(channel))).data;
}

async function slots(scheduleId: string, channel: Channel = 'wechat-miniapp'): Promise<ScheduleSlots> {
  return jsonOf<ScheduleSlots>(await api.get(`/v1/schedules/${scheduleId}/slots`, on(channel)));
}

function firstHospital() {
  return hospitalNamed(context.platform, '明州市第一人民医院');
}

describe('booking policy', () => {
  it('reads the defaults, and a hospital’s own rules where it differs', async () => {
    const policy = jsonOf<BookingPolicy>(await api.get(`/v1/hospitals/${firstHospital().id}/booking-policy`));
    expect(policy).toEqual({
      hospitalId: firstHospital().id,
      bookingWindowDays: 14,
      releaseTime: '07:00',
      bookingHours: { start: '06:00', end: '22:00' },
      holdMinutes: 10,
      cancelCutoff: { daysBefore: 1, time: '16:00' },
      limits: { perPatientPerDepartmentPerDay: 1, perPatientPerHospitalPerDay: 2, perAccountPerMonth: 8 },
      noShowBan: { count: 3, windowDays: 90, banDays: 90 },
      channelQuotas: [{ channels: ['window', 'kiosk'], percent: 20 }],
    });
    const children = hospitalNamed(context.platform, '明州市儿童医院');
    expect(jsonOf<BookingPolicy>(await api.get(`/v1/hospitals/${children.id}/booking-policy`))).toMatchObject(
      {
        bookingWindowDays: 7,
        releaseTime: '15:00',
      },
    );
    const community = context.platform.store.hospitals
      .all()
      .find((hospital) => hospital.type === 'community')!;
    expect(
      jsonOf<BookingPolicy>(await api.get(`/v1/hospitals/${community.id}/booking-policy`)).channelQuotas,
    ).toEqual([]);
  });
});

describe('the booking window on the platform clock', () => {
  const internal = () => departmentNamed(firstHospital(), '内科');

  it('shows the last day as not released until 07:00, then opens it', async () => {
    at('06:59');
    const before = await calendar(`/v1/departments/${internal().id}/calendar`);
    expect(before.map((day) => day.date)).toEqual(
      Array.from({ length: 14 }, (_, day) => addDays(TODAY, day)),
    );
    expect(before.at(-1)).toEqual({
      date: LAST_DAY,
      status: 'not_released',
      remaining: 0,
      releaseAt: `${TODAY}T07:00:00+08:00`,
    });
    expect(before.slice(0, -1).every((day) => day.status !== 'not_released')).toBe(true);

    const schedule = findSchedule(
      context.platform,
      { from: LAST_DAY, days: 1, doctors: (doctor) => doctor.departmentId === internal().children[0]!.id },
      (candidate) =>
        !candidate.stopped && candidate.slots.some((slot) => slot.seededRemaining[SHARED_POOL]! > 0),
    );
    const locked = await slots(schedule.id);
    expect(locked.schedule).toMatchObject({
      status: 'not_released',
      remaining: 0,
      releaseAt: `${TODAY}T07:00:00+08:00`,
    });
    expect(locked.data.every((slot) => slot.remaining === 0 && slot.status === 'full')).toBe(true);

    context.platform.clock.advance(60_000);
    const after = await calendar(`/v1/departments/${internal().id}/calendar`);
    expect(after.at(-1)).toMatchObject({ date: LAST_DAY, status: 'available' });
    expect(after.at(-1)!.remaining).toBeGreaterThan(0);
    const opened = await slots(schedule.id);
    expect(opened.schedule.status).toBe('open');
    expect(opened.schedule).not.toHaveProperty('releaseAt');
    expect(opened.data.some((slot) => slot.status === 'free' && slot.remaining > 0)).toBe(true);
  });

  it('moves on by a day when a day passes', async () => {
    const path = `/v1/departments/${internal().id}/calendar`;
    expect((await calendar(path)).map((day) => day.date)).toEqual([
      TODAY,
      ...Array.from({ length: 13 }, (_, day) => addDays(TODAY, day + 1)),
    ]);
    context.platform.clock.advance(24 * 3600_000);
    const tomorrow = await calendar(path);
    expect(tomorrow[0]!.date).toBe(addDays(TODAY, 1));
    expect(tomorrow.at(-1)!.date).toBe(addDays(LAST_DAY, 1));
    expect(tomorrow.every((day) => day.status !== 'not_released')).toBe(true);

    const yesterday = await api.get(`${path}?from=${TODAY}`);
    expect(yesterday.status).toBe(400);
    expect(errorOf(yesterday)).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        {
          field: 'query.from',
          issue: `must lie within the booking window, ${addDays(TODAY, 1)} to ${addDays(LAST_DAY, 1)}`,
        },
      ],
    });
    const beyond = await api.get(`/v1/departments/${internal().id}/schedules?date=${addDays(LAST_DAY, 2)}`);
    expect(errorOf(beyond).details).toEqual([
      { field: 'query.date', issue: expect.stringContaining('booking window') },
    ]);
  });

  it('closes schedules that are over, today included, and never offers a slot that has begun', async () => {
    at('10:10');
    const schedules = jsonOf<{ data: Schedule[] }>(
      await api.get(`/v1/departments/${internal().id}/schedules?date=${TODAY}`),
    ).data;
    const mornings = schedules.filter(
      (schedule) => schedule.period === 'morning' && schedule.status !== 'stopped',
    );
    expect(mornings.length).toBeGreaterThan(0);
    expect(mornings.every((schedule) => schedule.status !== 'closed')).toBe(true);
    const morning = await slots(mornings[0]!.id);
    expect(morning.data[0]!.startTime).toBe(`${TODAY}T08:00:00+08:00`);
    for (const slot of morning.data) {
      if (Date.parse(slot.startTime) <= context.platform.clock.now())
        expect(slot).toMatchObject({ remaining: 0, status: 'full' });
    }
    // Periods are listed morning first.
    const periods = schedules.map((schedule) => schedule.period);
    expect(periods).toEqual(
      [...periods].sort(
        (a, b) =>
          ['morning', 'afternoon', 'evening'].indexOf(a) - ['morning', 'afternoon', 'evening'].indexOf(b),
      ),
    );

    at('12:30');
    const later = jsonOf<{ data: Schedule[] }>(
      await api.get(`/v1/departments/${internal().id}/schedules?date=${TODAY}`),
    ).data;
    for (const schedule of later.filter((item) => item.period === 'morning' && item.status !== 'stopped'))
      expect(schedule).toMatchObject({ status: 'closed', remaining: 0 });
    expect(later.some((schedule) => schedule.period === 'afternoon' && schedule.status === 'open')).toBe(
      true,
    );
  });

  it('keeps a 7-day window released at 15:00 where the hospital says so, and 28 days where another does', async () => {
    const children = hospitalNamed(context.platform, '明州市儿童医院');
    const department = children.departments.find((item) => item.children.length > 0)!;
    at('14:59');
    const before = await calendar(`/v1/departments/${department.id}/calendar`);
    expect(before).toHaveLength(7);
    expect(before.at(-1)).toMatchObject({
      date: addDays(TODAY, 6),
      status: 'not_released',
      releaseAt: `${TODAY}T15:00:00+08:00`,
    });
    context.platform.clock.advance(60_000);
    expect((await calendar(`/v1/departments/${department.id}/calendar`)).at(-1)!.status).not.toBe(
      'not_released',
    );
    const outside = await api.get(`/v1/departments/${department.id}/calendar?from=${addDays(TODAY, 7)}`);
    expect(errorOf(outside).details).toEqual([
      { field: 'query.from', issue: `must lie within the booking window, ${TODAY} to ${addDays(TODAY, 6)}` },
    ]);

    const dental = hospitalNamed(context.platform, '明州市口腔医院');
    expect(await calendar(`/v1/departments/${dental.departments[0]!.id}/calendar`)).toHaveLength(28);
  });
});

describe('departments and their sub-departments', () => {
  it('lists the children’s doctors under the parent, chiefs first', async () => {
    const internal = departmentNamed(firstHospital(), '内科');
    const parent = jsonOf<{ data: DoctorSummary[] }>(
      await api.get(`/v1/departments/${internal.id}/doctors`),
    ).data;
    const children = await Promise.all(
      internal.children.map(
        async (child) =>
          jsonOf<{ data: DoctorSummary[] }>(await api.get(`/v1/departments/${child.id}/doctors`)).data,
      ),
    );
    expect(parent.map((doctor) => doctor.id).sort()).toEqual(
      children
        .flat()
        .map((doctor) => doctor.id)
        .sort(),
    );
    expect(
      parent.every((doctor) => internal.children.some((child) => child.id === doctor.departmentId)),
    ).toBe(true);
    const ranks = parent.map((doctor) =>
      ['chief', 'associate_chief', 'attending', 'resident'].indexOf(doctor.title),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('adds the children’s availability up in the parent’s calendar', async () => {
    const internal = departmentNamed(firstHospital(), '内科');
    const parent = await calendar(`/v1/departments/${internal.id}/calendar`);
    const children = await Promise.all(
      internal.children.map((child) => calendar(`/v1/departments/${child.id}/calendar`)),
    );
    parent.forEach((day, index) => {
      const sameDay = children.map((child) => child[index]!);
      expect(day.remaining).toBe(sameDay.reduce((sum, child) => sum + child.remaining, 0));
      expect(day.status === 'available').toBe(sameDay.some((child) => child.status === 'available'));
    });
    expect(parent.filter((day) => day.status === 'available').length).toBeGreaterThan(5);
  });
});

describe('channel quotas', () => {
  it('keeps 20% of a slot for the window and kiosks: they see more, and can book once the shared pool is gone', async () => {
    const tomorrow = addDays(TODAY, 1);
    const schedule = findSchedule(
      context.platform,
      {
        from: tomorrow,
        days: 7,
        doctors: (doctor) => doctor.hospitalId === firstHospital().id && doctor.slotCapacity >= 5,
      },
      (candidate) =>
        !candidate.stopped && candidate.slots.some((slot) => slot.seededRemaining[SHARED_POOL]! > 0),
    );
    const reserved = schedule.slots[0]!.pools[1]!;
    expect(reserved).toBe(1);
    const web = await slots(schedule.id, 'web');
    const window = await slots(schedule.id, 'window');
    web.data.forEach((slot, index) => expect(window.data[index]!.remaining).toBe(slot.remaining + reserved));
    expect(window.schedule.remaining).toBe(web.schedule.remaining + reserved * schedule.slots.length);
    expect((await slots(schedule.id, 'phone')).schedule.remaining).toBe(web.schedule.remaining);

    // Online residents take every shared place.
    const { inventory } = context.platform.store.bookingModel;
    for (const slot of schedule.slots) while (inventory.take(slot, [SHARED_POOL]) !== undefined);
    expect((await slots(schedule.id, 'web')).schedule).toMatchObject({ status: 'full', remaining: 0 });
    expect((await slots(schedule.id, 'wechat-miniapp')).data.every((slot) => slot.status === 'full')).toBe(
      true,
    );
    expect((await slots(schedule.id, 'kiosk')).schedule).toMatchObject({
      status: 'open',
      remaining: reserved * schedule.slots.length,
    });
    // The doctor's calendar adds up that day's schedules for each channel.
    const path = `/v1/doctors/${schedule.doctor.id}`;
    for (const channel of ['window', 'web'] as const) {
      const day = (await calendar(`${path}/calendar?from=${schedule.date}`, channel))[0]!;
      const sameDay = jsonOf<{ data: Schedule[] }>(
        await api.get(`${path}/schedules?from=${schedule.date}`, on(channel)),
      ).data.filter((item) => item.date === schedule.date);
      expect(day.remaining).toBe(sameDay.reduce((sum, item) => sum + item.remaining, 0));
    }
  });
});

describe('full and stopped schedules', () => {
  const from = addDays(TODAY, 1);

  it('shows a popular expert’s schedule as full on every channel', async () => {
    const schedule = findSchedule(
      context.platform,
      { from, days: 10, doctors: (doctor) => doctor.demand === 'hot' },
      (candidate) => !candidate.stopped,
    );
    for (const channel of ['wechat-miniapp', 'window'] as const) {
      const answer = await slots(schedule.id, channel);
      expect(answer.schedule).toMatchObject({ status: 'full', remaining: 0 });
      expect(answer.schedule.capacity).toBeGreaterThan(0);
      expect(answer.data.every((slot) => slot.status === 'full' && slot.remaining === 0)).toBe(true);
    }
    const day = (await calendar(`/v1/doctors/${schedule.doctor.id}/calendar?from=${schedule.date}`))[0]!;
    expect(day).toEqual({ date: schedule.date, status: 'full', remaining: 0 });
  });

  it('shows a stopped schedule (停诊) as stopped, and a day with only that as no clinic', async () => {
    const { schedules } = context.platform.store.bookingModel;
    // A stopped half-day that is the doctor's only clinic that day.
    const schedule = findSchedule(
      context.platform,
      { from, days: 10 },
      (candidate) => candidate.stopped && schedules.on(candidate.doctor, candidate.date).length === 1,
    );
    const answer = await slots(schedule.id);
    expect(answer.schedule).toMatchObject({ status: 'stopped', remaining: 0 });
    expect(answer.data.every((slot) => slot.remaining === 0)).toBe(true);
    const day = (await calendar(`/v1/doctors/${schedule.doctor.id}/calendar?from=${schedule.date}`))[0]!;
    expect(day).toEqual({ date: schedule.date, status: 'none', remaining: 0 });
    const listed = jsonOf<{ data: Schedule[] }>(
      await api.get(`/v1/doctors/${schedule.doctor.id}/schedules?from=${schedule.date}`),
    ).data.find((item) => item.id === schedule.id);
    expect(listed?.status).toBe('stopped');
  });

  it('answers 404 for ids that name nothing', async () => {
    // A doctor without a Wednesday evening clinic.
    const doctor = context.platform.store.bookingModel.doctors
      .all()
      .find(
        (item) => !item.sessions.some((session) => session.weekday === 3 && session.period === 'evening'),
      )!;
    const missing = [
      '/v1/hospitals/hos_nothing1/booking-policy',
      '/v1/departments/dep_nothing1/calendar',
      '/v1/doctors/doc_nothing1/schedules',
      // Well-formed, but the doctor has no clinic that half-day / the day is beyond the window.
      `/v1/schedules/sch_${doctor.id.slice(4)}_20261125e/slots`,
      `/v1/schedules/sch_${doctor.id.slice(4)}_20270301m/slots`,
      '/v1/schedules/sch_zzzzzzzz_20261126m/slots',
    ];
    for (const path of missing) {
      const answer = await api.get(path);
      expect([path, answer.status, errorOf(answer).code]).toEqual([path, 404, 'NOT_FOUND']);
    }
  });
});
