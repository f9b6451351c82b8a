// The region's doctors (1,255+ for every seed): a staff per hospital in proportion to its grade and kind
// (a 3A general hospital ~120, a community centre ~8), spread over its leaf departments, with titles,
// registration types and fees, specialties, introductions and a weekly pattern of half-day clinics.
// Drawn from a stream of their own, so adding doctors did not move any other seeded id.
import type {
  Department,
  DoctorTitle,
  HospitalLevel,
  HospitalType,
  RegistrationType,
} from '../../contract/wire';
import { createIdFactory, createRandom, mixSeed, type Random } from '../../random';
import type { Demand, DoctorRecord } from '../booking/records';
import { TITLE_NAMES } from '../booking/titles';
import type { HospitalRecord } from './build';
import { chineseName } from './names';
import { weeklySessions } from './sessions';
import { specialtiesFor } from './specialties';

const STAFF_BY_LEVEL: Record<HospitalLevel, number> = { '3A': 104, '3B': 72, '2A': 52, '2B': 36, '1A': 8 };
const STAFF_BY_TYPE: Record<HospitalType, number> = {
  general: 1.15,
  tcm: 0.9,
  maternal_child: 0.95,
  specialist: 0.8,
  community: 1,
};

/** Shares of chief / associate chief / attending / resident physicians by grade. */
const TITLE_MIX: Record<HospitalLevel, readonly number[]> = {
  '3A': [0.18, 0.27, 0.35, 0.2],
  '3B': [0.14, 0.26, 0.38, 0.22],
  '2A': [0.08, 0.22, 0.45, 0.25],
  '2B': [0.08, 0.22, 0.45, 0.25],
  '1A': [0, 0.15, 0.5, 0.35],
};
const TITLES: readonly DoctorTitle[] = ['chief', 'associate_chief', 'attending', 'resident'];

/** Registration fees (挂号费) in fen: ordinary 5-10 yuan, expert 15-50, special (特需) 100-300. */
const FEES = {
  special: [10000, 15000, 20000, 30000],
  chief: [3000, 3500, 4000, 5000],
  associateChief: [1500, 2000, 2500, 3000],
  attending: [800, 1000],
  resident: [500, 600, 800],
  community: [500, 600],
} as const;

const DEMAND: Record<'expert' | 'ordinary', readonly (readonly [Demand, number])[]> = {
  expert: [
    ['hot', 0.15],
    ['busy', 0.35],
    ['normal', 0.5],
  ],
  ordinary: [
    ['busy', 0.15],
    ['normal', 0.55],
    ['quiet', 0.3],
  ],
};

export function buildSeedDoctors(seed: number, hospitals: readonly HospitalRecord[]): DoctorRecord[] {
  const random = createRandom(mixSeed(seed, 0xd0c7));
  const newId = createIdFactory(random);
  const doctors: DoctorRecord[] = [];
  // By id, not by the list's pinyin order: collation may differ between ICU versions, the ids do not.
  for (const hospital of [...hospitals].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const leaves = bookableLeaves(hospital.departments);
    const staff = spread(staffSize(hospital, random), leaves.length, random);
    const names = new Set<string>();
    leaves.forEach((department, position) => {
      for (let i = 0; i < (staff[position] ?? 0); i++) {
        doctors.push(buildDoctor({ index: doctors.length, hospital, department, names, random, newId }));
      }
    });
  }
  return doctors;
}

/** Departments without sub-departments, except emergency (seen without appointments). */
export function bookableLeaves(departments: readonly Department[]): Department[] {
  return departments.flatMap((department) =>
    department.children.length > 0
      ? bookableLeaves(department.children)
      : department.kind === 'emergency'
        ? []
        : [department],
  );
}

function staffSize(hospital: HospitalRecord, random: Random): number {
  const base = Math.round(STAFF_BY_LEVEL[hospital.level] * STAFF_BY_TYPE[hospital.type]);
  return base + random.int(0, Math.round(base * 0.05));
}

/** Every department gets one doctor while there are enough; the rest go by uneven weights. */
function spread(total: number, departments: number, random: Random): number[] {
  const counts = Array.from({ length: departments }, (_, i): number => (i < total ? 1 : 0));
  const weights = counts.map(() => 0.5 + random.next());
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  for (let left = total - Math.min(total, departments); left > 0; left--) {
    let ticket = random.next() * weightSum;
    const position = weights.findIndex((weight) => (ticket -= weight) < 0);
    const chosen = position === -1 ? departments - 1 : position;
    counts[chosen] = (counts[chosen] ?? 0) + 1;
  }
  return counts;
}

interface DoctorInput {
  index: number;
  hospital: HospitalRecord;
  department: Department;
  /** Names already used in this hospital. */
  names: Set<string>;
  random: Random;
  newId: (prefix: string) => string;
}

function buildDoctor({ index, hospital, department, names, random, newId }: DoctorInput): DoctorRecord {
  const female = random.chance(department.kind === 'obstetrics_gynecology' ? 0.85 : 0.45);
  let name = chineseName(random, female ? 'female' : 'male');
  while (names.has(name)) name = chineseName(random, female ? 'female' : 'male');
  names.add(name);
  const title = pickWeighted(random, TITLES, TITLE_MIX[hospital.level]);
  const registrationType = registrationTypeOf(title, hospital, random);
  const specialty = random.shuffle(specialtiesFor(department.name, department.kind)).slice(0, 3).join('、');
  const expert = registrationType !== 'ordinary';
  return {
    id: newId('doc'),
    index,
    hospitalId: hospital.id,
    departmentId: department.id,
    name,
    title,
    registrationType,
    feeFen: feeOf(registrationType, title, hospital, random),
    specialty,
    introduction: introduce(name, title, department.name, specialty, random),
    sessions: weeklySessions({ title, registrationType, hospital, kind: department.kind }, random),
    slotMinutes: registrationType === 'expert' ? random.pick([15, 20]) : 30,
    slotCapacity: registrationType === 'ordinary' ? random.int(3, 6) : registrationType === 'expert' ? 2 : 1,
    demand: pickWeighted(
      random,
      DEMAND[expert ? 'expert' : 'ordinary'].map(([demand]) => demand),
      DEMAND[expert ? 'expert' : 'ordinary'].map(([, share]) => share),
    ),
  };
}

/** Chiefs and associate chiefs see expert patients (专家号); some chiefs of big hospitals run 特需 clinics. */
function registrationTypeOf(title: DoctorTitle, hospital: HospitalRecord, random: Random): RegistrationType {
  if (hospital.type === 'community') return 'ordinary';
  if (title === 'chief') return hospital.level === '3A' && random.chance(0.25) ? 'special' : 'expert';
  return title === 'associate_chief' ? 'expert' : 'ordinary';
}

function feeOf(type: RegistrationType, title: DoctorTitle, hospital: HospitalRecord, random: Random): number {
  if (type === 'special') return random.pick(FEES.special);
  if (type === 'expert') return random.pick(title === 'chief' ? FEES.chief : FEES.associateChief);
  if (hospital.type === 'community') return random.pick(FEES.community);
  return random.pick(title === 'resident' ? FEES.resident : FEES.attending);
}

function introduce(
  name: string,
  title: DoctorTitle,
  departmentName: string,
  specialty: string,
  random: Random,
): string {
  const years = { chief: [22, 35], associate_chief: [14, 24], attending: [6, 15], resident: [1, 6] }[title];
  const degree =
    title === 'resident'
      ? random.pick(['医学学士', '医学硕士'])
      : random.pick(['医学博士', '医学硕士', '医学学士']);
  const roles =
    title === 'chief'
      ? random.pick(['硕士研究生导师，', '明州市医学会专科分会委员，', '省医学会专科分会委员，'])
      : '';
  return (
    `${name}，${TITLE_NAMES[title]}，${degree}。${roles}从事${departmentName}临床工作` +
    `${random.int(years[0] ?? 1, years[1] ?? 10)}年，擅长${specialty}的诊治。`
  );
}

function pickWeighted<T>(random: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let ticket = random.next() * total;
  for (let i = 0; i < items.length; i++) {
    ticket -= weights[i] ?? 0;
    if (ticket < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}
