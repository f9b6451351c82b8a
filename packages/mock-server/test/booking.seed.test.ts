import { addDays } from '@yika/sdk/domain';
import { createPlatform } from '../src';
import type { AvailabilityDay } from '../src/contract/wire';
import { SHARED_POOL } from '../src/store/booking/pools';
import { createApi, jsonOf } from './support/api';
import { findSchedule, schedulesOn } from './support/booking';
import { usePlatform } from './support/msw';

const NOW = '2026-11-25T09:00:00+08:00';
const TODAY = '2026-11-25';
const FOURTEEN_DAYS = Array.from({ length: 14 }, (_, day) => addDays(TODAY, day));

describe('the booking seed at city scale', () => {
  const platform = createPlatform({ seed: 1, now: NOW });
  const model = platform.store.bookingModel;
  const doctors = model.doctors.all();

  it('has at least 1,255 doctors in every hospital, more in bigger ones', () => {
    expect(doctors.length).toBeGreaterThanOrEqual(1255);
    const staff = (name: string) =>
      doctors.filter((doctor) => model.departments.get(doctor.departmentId)?.hospital.name === name).length;
    for (const hospital of platform.store.hospitals.all()) {
      expect(staff(hospital.name)).toBeGreaterThan(0);
      if (hospital.type === 'community') expect(staff(hospital.name)).toBeLessThanOrEqual(10);
    }
    expect(staff('明州市第一人民医院')).toBeGreaterThanOrEqual(100);
    expect(new Set(doctors.map((doctor) => doctor.id)).size).toBe(doctors.length);
  });

  it('has at least 70,000 time slots in the 14-day window, each hospital counted within its own window', () => {
    let slots = 0;
    for (const doctor of doctors) {
      const window = model.window(doctor.hospitalId);
      const dates = FOURTEEN_DAYS.filter((date) => window.contains(date));
      for (const schedule of schedulesOn(platform, [doctor], dates)) slots += schedule.slots.length;
    }
    expect(slots).toBeGreaterThanOrEqual(70_000);
  });

  it('gives doctors real-looking names, titles, registration types, fees, specialties and clinic hours', () => {
    const feeRange = { ordinary: [500, 1000], expert: [1500, 5000], special: [10000, 30000] } as const;
    for (const doctor of doctors) {
      expect(doctor.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      const [least, most] = feeRange[doctor.registrationType];
      expect(doctor.feeFen).toBeGreaterThanOrEqual(least);
      expect(doctor.feeFen).toBeLessThanOrEqual(most);
      if (doctor.registrationType !== 'ordinary')
        expect(['chief', 'associate_chief']).toContain(doctor.title);
      expect(doctor.specialty.length).toBeGreaterThan(1);
      expect(doctor.introduction).toContain(doctor.name);
      expect(doctor.sessions.length).toBeGreaterThan(0);
      expect(doctor.registrationType === 'expert' ? [15, 20] : [30]).toContain(doctor.slotMinutes);
      expect(doctor.slotCapacity).toBeGreaterThanOrEqual(1);
      expect(doctor.slotCapacity).toBeLessThanOrEqual(6);
      // Doctors belong to leaf departments.
      expect(model.departments.get(doctor.departmentId)?.department.children).toEqual([]);
    }
    const count = (predicate: (doctor: (typeof doctors)[number]) => boolean) =>
      doctors.filter(predicate).length;
    expect(count((doctor) => doctor.title === 'chief')).toBeGreaterThan(100);
    expect(count((doctor) => doctor.registrationType === 'special')).toBeGreaterThan(5);
    expect(
      count((doctor) => doctor.sessions.some((session) => session.period === 'evening')),
    ).toBeGreaterThan(20);
  });

  it('seeds some schedules partly booked, popular experts full and a few stopped', () => {
    const schedules = schedulesOn(platform, doctors.slice(0, 400), FOURTEEN_DAYS);
    const freeShare = (schedule: (typeof schedules)[number]) =>
      schedule.slots.reduce((sum, slot) => sum + (slot.seededRemaining[SHARED_POOL] ?? 0), 0) /
      schedule.slots.reduce((sum, slot) => sum + (slot.pools[SHARED_POOL] ?? 0), 0);
    const shares = schedules.filter((schedule) => !schedule.stopped).map(freeShare);
    expect(shares.filter((share) => share === 0).length).toBeGreaterThan(20);
    expect(shares.filter((share) => share > 0 && share < 1).length).toBeGreaterThan(schedules.length / 2);
    const stopped = schedules.filter((schedule) => schedule.stopped).length;
    expect(stopped).toBeGreaterThan(0);
    expect(stopped).toBeLessThan(schedules.length * 0.05);
    const hot = doctors.find((doctor) => doctor.demand === 'hot')!;
    for (const schedule of schedulesOn(platform, [hot], FOURTEEN_DAYS))
      expect(schedule.slots.every((slot) => slot.seededRemaining.every((free) => free === 0))).toBe(true);
  });
});

describe('determinism', () => {
  const snapshot = (seed: number, now: string) => {
    const platform = createPlatform({ seed, now });
    const doctors = platform.store.bookingModel.doctors.all();
    return {
      doctors,
      schedules: schedulesOn(
        platform,
        doctors.filter((_, index) => index % 25 === 0),
        FOURTEEN_DAYS,
      ),
    };
  };

  it('builds the same doctors, schedules and slots on every platform with the same seed, whatever the clock', () => {
    const first = snapshot(1, NOW);
    expect(snapshot(1, NOW)).toEqual(first);
    // Schedules are a function of (seed, doctor, date), not of when they are asked for.
    expect(snapshot(1, '2026-12-01T20:00:00+08:00').schedules).toEqual(first.schedules);
  });

  it('differs between seeds', () => {
    const one = snapshot(1, NOW);
    const two = snapshot(2, NOW);
    expect(two.doctors.map((doctor) => doctor.name)).not.toEqual(one.doctors.map((doctor) => doctor.name));
    expect(two.doctors.map((doctor) => doctor.id)).not.toEqual(one.doctors.map((doctor) => doctor.id));
  });

  it('did not move the ids seeded before doctors existed', () => {
    // Doctors draw from their own stream: hospitals, departments and accounts keep their seeded ids.
    const platform = createPlatform({ seed: 1, now: NOW });
    platform.store.bookingModel.doctors.all();
    expect(platform.store.hospitals.all()).toEqual(
      createPlatform({ seed: 1, now: NOW }).store.hospitals.all(),
    );
  });
});

describe('laziness', () => {
  const context = usePlatform({ seed: 1, now: NOW });
  const api = createApi();

  it('builds nothing of booking when a platform is created', () => {
    expect(createPlatform({ seed: 3 }).store.bookingModel.materialised()).toEqual({
      departments: false,
      doctors: false,
      schedulesGenerated: 0,
      changedSlots: 0,
    });
  });

  it('generates only the schedules a request needs, and stores none', async () => {
    const model = context.platform.store.bookingModel;
    const doctor = model.doctors.all()[0]!;
    const calendar = jsonOf<{ data: AvailabilityDay[] }>(await api.get(`/v1/doctors/${doctor.id}/calendar`));
    expect(calendar.data).toHaveLength(14);
    const expected = schedulesOn(context.platform, [doctor], FOURTEEN_DAYS).length;
    // Once for the answer, once more for `expected` above: nothing else was generated.
    expect(model.materialised().schedulesGenerated).toBe(expected * 2);
    expect(model.materialised().changedSlots).toBe(0);
  });
});

describe('the slot inventory', () => {
  it('takes from the pools in order, never below zero, and stores only slots that differ from the seed', () => {
    const platform = createPlatform({ seed: 1, now: NOW });
    const { inventory } = platform.store.bookingModel;
    const schedule = findSchedule(
      platform,
      { from: TODAY, days: 14, doctors: (doctor) => doctor.slotCapacity >= 5 },
      (candidate) => !candidate.stopped && (candidate.slots[0]?.pools[1] ?? 0) > 0,
    );
    const slot = schedule.slots[0]!;
    const free = slot.seededRemaining;
    const taken: number[] = [];
    for (let pool = inventory.take(slot, [1, SHARED_POOL]); pool !== undefined;) {
      taken.push(pool);
      pool = inventory.take(slot, [1, SHARED_POOL]);
    }
    expect(taken).toEqual([
      ...Array<number>(free[1]!).fill(1),
      ...Array<number>(free[SHARED_POOL]!).fill(SHARED_POOL),
    ]);
    expect(inventory.remaining(slot)).toEqual(free.map(() => 0));
    expect(inventory.changedSlots).toBe(1);
    for (const pool of taken) inventory.giveBack(slot, pool);
    expect(inventory.remaining(slot)).toEqual(free);
    expect(inventory.changedSlots).toBe(0);
    expect(() => inventory.giveBack(slot, 1)).toThrow(RangeError);
  });
});
