import { createPlatform } from '../src';
import type { Department } from '../src/contract/wire';
import { maskIdNumber, validateName, validateResidentIdNumber } from '@yika/sdk/domain';
import { createCardIdDeriver } from '../src/store/cards/card-id';
import { DEMO_PARENT_HOLDER, DEMO_SELF_HOLDER, SEEDED_UNBOUND_PERSONS } from '../src/store/seed/card-holders';
import { DEMO_OPENID } from '../src/store/seed/residents';

function snapshot(seed: number) {
  const { store } = createPlatform({ seed });
  return {
    hospitals: store.hospitals.all(),
    districts: store.hospitals.districts(),
    accounts: store.accounts.all(),
  };
}

const flatten = (departments: readonly Department[]): Department[] =>
  departments.flatMap((department) => [department, ...flatten(department.children)]);

describe('seeded data', () => {
  it('is identical for the same seed', () => {
    expect(snapshot(7)).toEqual(snapshot(7));
  });

  it('differs between seeds', () => {
    const a = snapshot(1);
    const b = snapshot(2);
    expect(b.hospitals.map((hospital) => hospital.id)).not.toEqual(
      a.hospitals.map((hospital) => hospital.id),
    );
    expect(b.hospitals.map((hospital) => hospital.phone)).not.toEqual(
      a.hospitals.map((hospital) => hospital.phone),
    );
    expect(b.accounts.map((account) => account.phone)).not.toEqual(
      a.accounts.map((account) => account.phone),
    );
  });

  it('has a city-sized set of hospitals across 6 to 8 districts', () => {
    const { hospitals, districts } = snapshot(1);
    expect(hospitals.length).toBeGreaterThanOrEqual(11);
    expect(districts.length).toBeGreaterThanOrEqual(6);
    expect(districts.length).toBeLessThanOrEqual(8);
    for (const district of districts) expect(district.code).toMatch(/^\d{6}$/);
    expect(districts.reduce((sum, district) => sum + district.hospitalCount, 0)).toBe(hospitals.length);
    expect(new Set(hospitals.map((hospital) => hospital.id)).size).toBe(hospitals.length);
    for (const hospital of hospitals) {
      expect(hospital.id).toMatch(/^hos_[0-9a-z]{8}$/);
      expect(hospital.address.startsWith(`明州市${hospital.district.name}`)).toBe(true);
      expect(hospital.phone).toMatch(/^0574-8\d{7}$/);
      expect(hospital.introduction).toContain(hospital.name);
    }
    expect(hospitals.map((hospital) => hospital.name)).toEqual(
      expect.arrayContaining(['明州市第一人民医院', '明州市妇女儿童医院', '明州市中医院', '鄞江区人民医院']),
    );
    expect(hospitals.some((hospital) => hospital.name.endsWith('社区卫生服务中心'))).toBe(true);
    expect(new Set(hospitals.map((hospital) => hospital.level))).toEqual(
      new Set(['3A', '3B', '2A', '2B', '1A']),
    );
  });

  it('gives every hospital a two-level department tree that fits its type', () => {
    for (const seed of [1, 2, 3]) {
      for (const hospital of snapshot(seed).hospitals) {
        expect(hospital.departments.length).toBeGreaterThan(0);
        for (const department of flatten(hospital.departments)) {
          expect(department.hospitalId).toBe(hospital.id);
          expect(department.id).toMatch(/^dep_/);
        }
        for (const child of hospital.departments.flatMap((department) => department.children)) {
          expect(child.children).toEqual([]);
        }
        const kinds = flatten(hospital.departments).map((department) => department.kind);
        if (hospital.type === 'community') expect(kinds).toContain('general_practice');
        if (hospital.type === 'tcm') expect(kinds).toContain('tcm');
        if (hospital.name === '明州市儿童医院') {
          expect(kinds.filter((kind) => kind === 'pediatrics').length / kinds.length).toBeGreaterThan(0.6);
        }
        if (hospital.name === '明州市第一人民医院') {
          const internal = hospital.departments.find((department) => department.name === '内科');
          expect(internal?.children.map((child) => child.name)).toEqual(
            expect.arrayContaining(['心血管内科', '呼吸内科', '消化内科', '内分泌科', '肾内科', '神经内科']),
          );
        }
      }
    }
  });

  it('seeds residents, including the demo resident', () => {
    const { accounts } = snapshot(1);
    expect(accounts.length).toBeGreaterThan(10);
    expect(accounts.filter((account) => account.openid === DEMO_OPENID)).toHaveLength(1);
    const phones = accounts.flatMap((account) => (account.phone ? [account.phone] : []));
    expect(new Set(phones).size).toBe(phones.length);
    for (const phone of phones) expect(phone).toMatch(/^1[3-9]\d{9}$/);
  });

  it('seeds card holders with valid GB 11643 numbers that agree with their birthday and gender', () => {
    const holders = [DEMO_SELF_HOLDER, DEMO_PARENT_HOLDER, ...SEEDED_UNBOUND_PERSONS];
    for (const holder of holders) {
      expect(validateName(holder.name, holder.idType)).toEqual({ ok: true });
      if (holder.idType !== '01') continue;
      expect(validateResidentIdNumber(holder.idNumber, { today: '2025-06-01' })).toEqual({
        ok: true,
        idNumber: holder.idNumber,
        birthDate: holder.birthDate,
        gender: holder.gender,
      });
    }
    expect(new Set(holders.map((holder) => holder.phone)).size).toBe(holders.length);
  });

  it('gives the demo resident its own card (default) and a parent’s; the others belong to no account', () => {
    const { store } = createPlatform({ seed: 1 });
    const demo = store.accounts.findByOpenid(DEMO_OPENID)!;
    const cards = store.cards.list(demo.id);
    expect(cards.map((card) => [card.relation, card.isDefault, card.holder.maskedIdNumber])).toEqual([
      ['self', true, maskIdNumber(DEMO_SELF_HOLDER.idNumber)],
      ['parent', false, maskIdNumber(DEMO_PARENT_HOLDER.idNumber)],
    ]);
    const derive = createCardIdDeriver(1);
    expect(cards[0]!.cardId).toBe(derive('01', DEMO_SELF_HOLDER.idNumber));
    for (const person of SEEDED_UNBOUND_PERSONS) {
      const cardId = derive(person.idType, person.idNumber);
      expect(store.cardModel.cards.get(cardId)?.attribute).toBe('formal');
      expect(store.cardModel.bindings.holdersOf(cardId)).toEqual([]);
    }
  });

  it('derives card IDs as 64 upper-case hex, one per person, secret per seed', () => {
    const derive = createCardIdDeriver(1);
    const id = derive('01', DEMO_SELF_HOLDER.idNumber);
    expect(id).toMatch(/^[0-9A-F]{64}$/);
    expect(derive('01', DEMO_SELF_HOLDER.idNumber)).toBe(id);
    expect(derive('01', DEMO_PARENT_HOLDER.idNumber)).not.toBe(id);
    expect(derive('02', DEMO_SELF_HOLDER.idNumber)).not.toBe(id);
    expect(createCardIdDeriver(2)('01', DEMO_SELF_HOLDER.idNumber)).not.toBe(id);
  });

  it('reset rebuilds the same data from the seed and forgets runtime state', () => {
    const platform = createPlatform({ seed: 5 });
    const before = platform.store.hospitals.all();
    platform.store.accounts.findOrCreateByPhone('13711112222');
    platform.reset();
    expect(platform.store.hospitals.all()).toEqual(before);
    expect(platform.store.accounts.findByPhone('13711112222')).toBeUndefined();
    platform.reset(6);
    expect(platform.store.seed).toBe(6);
    expect(platform.store.hospitals.all()).not.toEqual(before);
  });
});
