// Turns a seed number into the platform's initial data. Everything here depends only on the seed (never on
// the clock or Math.random), so the same seed builds identical data on every run.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { Department, DistrictRef, GeoPoint, HospitalLevel, HospitalType } from '../../contract/wire';
import { createIdFactory, createRandom, type Random } from '../../random';
import type { CardIdDeriver } from '../cards/card-id';
import { buildSeedCards, type SeededCards } from './cards';
import { BUILDINGS, DEPARTMENT_PROFILES, type DepartmentSpec } from './departments';
import { CITY_NAME, DISTRICT_SEEDS, type DistrictSeed } from './districts';
import { HOSPITAL_SEEDS, LEVEL_NAMES, TYPE_NAMES, type HospitalSeed } from './hospitals';
import {
  DEMO_NICKNAME,
  DEMO_OPENID,
  DEMO_PHONE,
  NICKNAMES,
  OPENID_ALPHABET,
  PHONE_PREFIXES,
  SEEDED_RESIDENT_COUNT,
} from './residents';

export interface DistrictRecord {
  code: string;
  name: string;
}

export interface HospitalRecord {
  id: string;
  name: string;
  shortName?: string;
  level: HospitalLevel;
  levelName: string;
  type: HospitalType;
  district: DistrictRef;
  address: string;
  tags: string[];
  phone: string;
  introduction: string;
  location: GeoPoint;
  updatedAt: string;
  departments: Department[];
}

export interface AccountRecord {
  id: string;
  openid?: string;
  phone?: string;
  nickname?: string;
  createdAtMs: number;
}

export interface SeedData {
  districts: DistrictRecord[];
  hospitals: HospitalRecord[];
  accounts: AccountRecord[];
  cards: SeededCards;
}

/** Seeded timestamps sit before this instant (2025-06-01 09:00 +08:00), whatever the clock says. */
export const SEED_EPOCH_MS = Date.parse('2025-06-01T09:00:00+08:00');
const DAY_MS = 86_400_000;

export function buildSeedData(seed: number, deriveCardId: CardIdDeriver): SeedData {
  const random = createRandom(seed);
  const newId = createIdFactory(random);
  const districtsByCode = new Map(DISTRICT_SEEDS.map((district) => [district.code, district]));
  const hospitals = HOSPITAL_SEEDS.map((hospital) => {
    const district = districtsByCode.get(hospital.districtCode);
    if (!district)
      throw new Error(`Hospital ${hospital.name} names unknown district ${hospital.districtCode}`);
    return buildHospital(hospital, district, random, newId);
  });
  const accounts = buildAccounts(random, newId);
  // Built last: drawing ids for cards must not shift the ids of hospitals and accounts.
  const demo = accounts[0];
  if (demo?.openid !== DEMO_OPENID) throw new Error('The demo resident must be the first account');
  return {
    districts: DISTRICT_SEEDS.map(({ code, name }) => ({ code, name })),
    hospitals,
    accounts,
    cards: buildSeedCards(SEED_EPOCH_MS, demo.id, deriveCardId, newId),
  };
}

function buildHospital(
  seed: HospitalSeed,
  district: DistrictSeed,
  random: Random,
  newId: (prefix: string) => string,
): HospitalRecord {
  const id = newId('hos');
  const departments = buildDepartments(id, DEPARTMENT_PROFILES[seed.profile], seed.level, random, newId);
  const founded = random.int(seed.founded[0], seed.founded[1]);
  return {
    id,
    name: seed.name,
    ...(seed.shortName === undefined ? {} : { shortName: seed.shortName }),
    level: seed.level,
    levelName: LEVEL_NAMES[seed.level],
    type: seed.type,
    district: { code: district.code, name: district.name },
    address: `${CITY_NAME}${district.name}${random.pick(district.streets)}${random.int(1, 399)}号`,
    tags: [...seed.tags],
    phone: `0574-8${random.chars(7, '0123456789')}`,
    introduction: introduce(seed, founded, countDepartments(departments), random),
    location: {
      lat: round6(district.centre.lat + (random.next() - 0.5) * 0.04),
      lng: round6(district.centre.lng + (random.next() - 0.5) * 0.04),
    },
    updatedAt: toShanghaiIso(SEED_EPOCH_MS - random.int(0, 180) * DAY_MS - random.int(0, 86_399) * 1000),
    departments,
  };
}

function introduce(seed: HospitalSeed, founded: number, departmentCount: number, random: Random): string {
  if (seed.type === 'community') {
    return (
      `${seed.name}成立于${founded}年，是政府举办的${seed.level === '1A' ? '一级甲等' : ''}基层医疗卫生机构，` +
      `承担辖区约${random.int(4, 12)}万居民的基本医疗、慢病管理、预防接种和家庭医生签约服务。`
    );
  }
  const beds = seed.level.startsWith('3') ? random.int(8, 32) * 100 : random.int(3, 9) * 100;
  const visits = seed.level.startsWith('3') ? random.int(120, 420) : random.int(30, 110);
  return (
    `${seed.name}始建于${founded}年，是一所集医疗、教学、科研、预防保健于一体的${LEVEL_NAMES[seed.level]}` +
    `${TYPE_NAMES[seed.type]}。医院核定床位${beds}张，开设临床科室${departmentCount}个，年门急诊量约${visits}万人次。`
  );
}

function buildDepartments(
  hospitalId: string,
  specs: readonly DepartmentSpec[],
  level: HospitalLevel,
  random: Random,
  newId: (prefix: string) => string,
): Department[] {
  // Higher-grade hospitals keep more of the optional departments.
  const keepOptional = level.startsWith('3') ? 0.8 : 0.45;
  const build = (item: DepartmentSpec, location: string): Department => ({
    id: newId('dep'),
    hospitalId,
    name: item.name,
    kind: item.kind,
    location,
    ...(item.introduction === undefined ? {} : { introduction: item.introduction }),
    children: (item.children ?? [])
      .filter((child) => !child.optional || random.chance(keepOptional))
      .map((child) => build(child, location)),
  });
  return specs
    .filter((item) => !item.optional || random.chance(keepOptional))
    .map((item) =>
      build(item, `${random.pick(BUILDINGS)}${random.int(1, 6)}楼${random.pick(['', 'A区', 'B区'])}`),
    );
}

/** Every department in the tree, top level and sub-departments alike. */
export function countDepartments(departments: readonly Department[]): number {
  return departments.reduce((count, department) => count + 1 + countDepartments(department.children), 0);
}

function buildAccounts(random: Random, newId: (prefix: string) => string): AccountRecord[] {
  const accounts: AccountRecord[] = [
    {
      id: newId('acc'),
      openid: DEMO_OPENID,
      phone: DEMO_PHONE,
      nickname: DEMO_NICKNAME,
      createdAtMs: SEED_EPOCH_MS - 400 * DAY_MS,
    },
  ];
  const phones = new Set([DEMO_PHONE]);
  for (let i = 0; i < SEEDED_RESIDENT_COUNT; i++) {
    // Most residents signed up in WeChat; some also bound a phone, a few use only SMS (H5).
    const hasWechat = random.chance(0.85);
    const hasPhone = !hasWechat || random.chance(0.6);
    let phone: string | undefined;
    while (hasPhone && (phone === undefined || phones.has(phone))) {
      phone = `${random.pick(PHONE_PREFIXES)}${random.chars(8, '0123456789')}`;
    }
    if (phone !== undefined) phones.add(phone);
    const nickname = random.chance(0.7) ? random.pick(NICKNAMES) : undefined;
    accounts.push({
      id: newId('acc'),
      ...(hasWechat ? { openid: `o${random.chars(27, OPENID_ALPHABET)}` } : {}),
      ...(phone === undefined ? {} : { phone }),
      ...(nickname === undefined ? {} : { nickname }),
      createdAtMs: SEED_EPOCH_MS - random.int(1, 700) * DAY_MS,
    });
  }
  return accounts;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
