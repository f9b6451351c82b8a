import { addDays } from '@yika/sdk/domain';
import type { DoctorHit, EarliestSlot, SearchHit, SearchPage } from '../src/contract/wire';
import { isOfKind } from '../src/store/booking/departments';
import { SHARED_POOL } from '../src/store/booking/pools';
import { parseSlotId } from '../src/store/booking/ids';
import { createApi, errorOf, jsonOf } from './support/api';
import { query, schedulesOn } from './support/booking';
import { usePlatform } from './support/msw';

const TODAY = '2026-11-25';
const NOW = `${TODAY}T10:10:00+08:00`;
const context = usePlatform({ seed: 1, now: NOW });
const api = createApi();

async function earliest(params: Record<string, string | number | undefined>): Promise<EarliestSlot[]> {
  return jsonOf<{ data: EarliestSlot[] }>(await api.get(`/v1/earliest-slots?${query(params)}`)).data;
}

async function searchAll(params: Record<string, string | number | undefined>): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  let cursor: string | null | undefined;
  do {
    const page = jsonOf<SearchPage>(
      await api.get(`/v1/search?${query({ ...params, cursor: cursor ?? undefined })}`),
    );
    expect(page.data.length).toBeLessThanOrEqual(Number(params.limit ?? 20));
    hits.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return hits;
}

const startMs = (item: EarliestSlot) => Date.parse(item.slot.startTime);

describe('earliest free slots across the region', () => {
  it('lists the soonest free slots for a kind, soonest first, one per schedule, none begun', async () => {
    const found = await earliest({ departmentKind: 'pediatrics', limit: 20 });
    expect(found).toHaveLength(20);
    const starts = found.map(startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(found.map((item) => item.schedule.id)).size).toBe(found.length);
    const now = context.platform.clock.now();
    const { departments } = context.platform.store.bookingModel;
    for (const item of found) {
      expect(startMs(item)).toBeGreaterThan(now);
      expect(item.slot).toMatchObject({ status: 'free', scheduleId: item.schedule.id });
      expect(item.slot.remaining).toBeGreaterThan(0);
      expect(item.schedule.status).toBe('open');
      expect(isOfKind(departments.require(item.department.id), 'pediatrics')).toBe(true);
      expect(item.doctor).toMatchObject({ id: item.schedule.doctorId, hospitalId: item.hospital.id });
    }
    // Today's remaining clinics come first.
    expect(found[0]!.schedule.date).toBe(TODAY);
  });

  it('finds exactly what a search of every pediatric schedule in the region finds', async () => {
    const model = context.platform.store.bookingModel;
    const now = context.platform.clock.now();
    const firsts = schedulesOn(
      context.platform,
      model.doctors.ofKind('pediatrics'),
      Array.from({ length: 28 }, (_, day) => addDays(TODAY, day)),
    )
      .filter(
        (schedule) => !schedule.stopped && model.window(schedule.doctor.hospitalId).released(schedule.date),
      )
      .flatMap((schedule) => {
        const slot = schedule.slots.find(
          (item) => item.startMs > now && item.seededRemaining[SHARED_POOL]! > 0,
        );
        return slot ? [slot.startMs] : [];
      })
      .sort((a, b) => a - b);
    expect((await earliest({ departmentKind: 'pediatrics', limit: 50 })).map(startMs)).toEqual(
      firsts.slice(0, 50),
    );
  });

  it('defaults to 10 and filters by district', async () => {
    expect(await earliest({ departmentKind: 'ophthalmology' })).toHaveLength(10);
    const haishu = await earliest({ departmentKind: 'pediatrics', district: '330203' });
    expect(haishu.length).toBeGreaterThan(0);
    expect(haishu.every((item) => item.hospital.district.code === '330203')).toBe(true);
    expect(await earliest({ departmentKind: 'pediatrics', district: '110101' })).toEqual([]);
  });

  it('starts on a later day with `from`; a day before today means today, one past the window finds none', async () => {
    const tomorrow = addDays(TODAY, 1);
    const fromTomorrow = await earliest({ departmentKind: 'pediatrics', from: tomorrow, limit: 20 });
    expect(fromTomorrow).toHaveLength(20);
    expect(fromTomorrow.every((item) => item.schedule.date >= tomorrow)).toBe(true);
    expect(fromTomorrow[0]!.schedule.date).toBe(tomorrow);
    const fromToday = await earliest({ departmentKind: 'pediatrics', limit: 20 });
    expect(await earliest({ departmentKind: 'pediatrics', from: '2020-01-01', limit: 20 })).toEqual(
      fromToday,
    );
    expect(await earliest({ departmentKind: 'pediatrics', from: addDays(TODAY, 60) })).toEqual([]);
    const malformed = await api.get('/v1/earliest-slots?departmentKind=pediatrics&from=2026-13-40');
    expect(malformed.status).toBe(400);
  });

  it('counts a parent department’s kind for its sub-departments', async () => {
    const found = await earliest({ departmentKind: 'internal_medicine', limit: 50 });
    expect(found.some((item) => item.department.kind !== 'internal_medicine')).toBe(true);
  });

  it('follows the live inventory: a slot taken by others drops out', async () => {
    const [first] = await earliest({ departmentKind: 'dermatology', limit: 1 });
    const model = context.platform.store.bookingModel;
    const schedule = model.schedules.find(first!.schedule.id, (hospitalId) => model.window(hospitalId))!;
    const slot = schedule.slots[parseSlotId(first!.slot.id)!.index]!;
    while (model.inventory.take(slot, [SHARED_POOL]) !== undefined);
    const [next] = await earliest({ departmentKind: 'dermatology', limit: 1 });
    expect(next!.slot.id).not.toBe(first!.slot.id);
    expect(startMs(next!)).toBeGreaterThanOrEqual(startMs(first!));
  });

  it('refuses an unknown kind', async () => {
    const answer = await api.get('/v1/earliest-slots?departmentKind=astrology');
    expect(answer.status).toBe(400);
    expect(errorOf(answer).details?.[0]?.field).toBe('query.departmentKind');
  });
});

describe('search across the region', () => {
  it('pages through every matching doctor exactly once', async () => {
    const hits = await searchAll({ q: '王', type: 'doctor', limit: 7 });
    const expected = context.platform.store.bookingModel.doctors
      .all()
      .filter((doctor) => doctor.name.includes('王') || doctor.specialty.includes('王'));
    expect(hits.length).toBe(expected.length);
    expect(hits.length).toBeGreaterThan(20);
    const ids = hits.map((hit) => (hit as DoctorHit).doctor.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const hit of hits as DoctorHit[]) {
      expect(hit.type).toBe('doctor');
      expect(hit.doctor.name).toContain('王');
      expect(hit.doctor).toMatchObject({ hospitalId: hit.hospital.id, departmentId: hit.department.id });
    }
  });

  it('puts doctors (by specialty) before departments (by name)', async () => {
    const hits = await searchAll({ q: '肾', limit: 9 });
    const firstDepartment = hits.findIndex((hit) => hit.type === 'department');
    expect(firstDepartment).toBeGreaterThan(0);
    expect(hits.slice(firstDepartment).every((hit) => hit.type === 'department')).toBe(true);
    expect(hits.slice(firstDepartment).every((hit) => hit.department.name.includes('肾'))).toBe(true);
    const departments = await searchAll({ q: '肾', type: 'department' });
    expect(departments).toEqual(hits.slice(firstDepartment));
    expect(new Set(departments.map((hit) => hit.hospital.id)).size).toBeGreaterThan(3);
  });

  it('ignores case', async () => {
    const lower = await searchAll({ q: 'pci', limit: 50 });
    expect(lower.length).toBeGreaterThan(0);
    expect(lower.every((hit) => hit.type === 'doctor' && hit.doctor.specialty.includes('PCI'))).toBe(true);
    expect(await searchAll({ q: 'PCI', limit: 50 })).toEqual(lower);
  });

  it('refuses blank queries and cursors from another search', async () => {
    const blank = await api.get(`/v1/search?q=${encodeURIComponent('  ')}`);
    expect(errorOf(blank).details).toEqual([{ field: 'query.q', issue: 'must contain more than spaces' }]);
    const page = jsonOf<SearchPage>(await api.get(`/v1/search?${query({ q: '王', limit: 2 })}`));
    const other = await api.get(`/v1/search?${query({ q: '李', limit: 2, cursor: page.nextCursor! })}`);
    expect(errorOf(other).details).toEqual([
      { field: 'query.cursor', issue: 'belongs to a list with other filters' },
    ]);
  });
});
