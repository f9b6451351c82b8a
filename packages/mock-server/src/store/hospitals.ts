// The hospital directory: districts, hospitals and their department trees, with the list's search,
// ordering (grade, then name in pinyin order) and cursor pagination.
import type {
  Department,
  District,
  Hospital,
  HospitalLevel,
  HospitalPage,
  HospitalSummary,
} from '../contract/wire';
import { pageOf } from './cursor';
import { PlatformError } from './errors';
import { countDepartments, type DistrictRecord, type HospitalRecord } from './seed/build';
import { LEVEL_RANK } from './seed/hospitals';

export interface HospitalQuery {
  q?: string;
  district?: string;
  level?: HospitalLevel;
  cursor?: string;
  limit?: number;
}

const byName = new Intl.Collator('zh-Hans-CN');

export class HospitalDirectory {
  private readonly districtList: readonly DistrictRecord[];
  private readonly ordered: readonly HospitalRecord[];
  private readonly byId: ReadonlyMap<string, HospitalRecord>;

  constructor(districts: readonly DistrictRecord[], hospitals: readonly HospitalRecord[]) {
    this.districtList = [...districts].sort((a, b) => a.code.localeCompare(b.code));
    this.ordered = [...hospitals].sort(
      (a, b) =>
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
    this.byId = new Map(hospitals.map((hospital) => [hospital.id, hospital]));
  }

  /** Every hospital record, in list order (for tests and tools; the API pages through `list`). */
  all(): readonly HospitalRecord[] {
    return this.ordered;
  }

  list(query: HospitalQuery = {}): HospitalPage {
    const text = query.q?.trim().toLowerCase() ?? '';
    const filters = { q: text, district: query.district ?? '', level: query.level ?? '' };
    const matches = this.ordered.filter(
      (hospital) =>
        (text === '' ||
          [hospital.name, hospital.shortName ?? '', hospital.address].some((field) =>
            field.toLowerCase().includes(text),
          )) &&
        (filters.district === '' || hospital.district.code === filters.district) &&
        (filters.level === '' || hospital.level === filters.level),
    );
    return pageOf(matches, query, filters, toSummary);
  }

  /** The hospital record; NOT_FOUND for an unknown id. */
  require(hospitalId: string): HospitalRecord {
    const hospital = this.byId.get(hospitalId);
    if (!hospital) throw new PlatformError('NOT_FOUND');
    return hospital;
  }

  get(hospitalId: string): Hospital {
    const { departments, ...hospital } = structuredClone(this.require(hospitalId));
    return { ...hospital, departmentCount: countDepartments(departments) };
  }

  departments(hospitalId: string): Department[] {
    return structuredClone(this.require(hospitalId).departments);
  }

  districts(): District[] {
    return this.districtList.map((district) => ({
      ...district,
      hospitalCount: this.ordered.filter((hospital) => hospital.district.code === district.code).length,
    }));
  }
}

function toSummary(hospital: HospitalRecord): HospitalSummary {
  return {
    id: hospital.id,
    name: hospital.name,
    ...(hospital.shortName === undefined ? {} : { shortName: hospital.shortName }),
    level: hospital.level,
    levelName: hospital.levelName,
    type: hospital.type,
    district: { ...hospital.district },
    address: hospital.address,
    tags: [...hospital.tags],
  };
}
