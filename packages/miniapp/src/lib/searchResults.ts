// 找医生/科室: the region-wide search's hits as list rows, each knowing which page it opens.
import type { SearchHit } from '@yika/sdk';
import { formatYuan, REGISTRATION_TYPE_NAMES } from '@yika/sdk/domain';

/** The contract allows 1 to 30 characters for `q`. */
export const MAX_SEARCH_LENGTH = 30;

export type SearchType = 'all' | 'doctor' | 'department';

export const SEARCH_TYPE_OPTIONS: ReadonlyArray<{ code: SearchType; name: string }> = [
  { code: 'all', name: '全部' },
  { code: 'doctor', name: '医生' },
  { code: 'department', name: '科室' },
];

/** The text to search for: trimmed and cut to what the contract accepts; empty means "do not search". */
export function normalizeSearchQuery(text: string): string {
  return text.trim().slice(0, MAX_SEARCH_LENGTH);
}

export type SearchTarget =
  | { kind: 'doctor'; doctorId: string }
  | {
      kind: 'department';
      departmentId: string;
      hospitalId: string;
      departmentName: string;
      hospitalName: string;
    };

export interface SearchRow {
  /** Unique across both kinds (a paged list drops repeats by id). */
  id: string;
  kind: 'doctor' | 'department';
  /** 医生 / 科室: said in words, not only by the row's look. */
  kindName: string;
  title: string;
  subtitle: string;
  detail: string;
  label: string;
  target: SearchTarget;
}

export function toSearchRow(hit: SearchHit): SearchRow {
  const where = `${hit.hospital.name} · ${hit.department.name}`;
  if (hit.type === 'doctor') {
    const { doctor } = hit;
    const title = `${doctor.name} ${doctor.titleName}`;
    const detail = `${REGISTRATION_TYPE_NAMES[doctor.registrationType]} ${formatYuan(doctor.feeFen)}`;
    const specialty = doctor.specialty ? `擅长：${doctor.specialty}` : '';
    return {
      id: `doctor:${doctor.id}`,
      kind: 'doctor',
      kindName: '医生',
      title,
      subtitle: where,
      detail: specialty ? `${detail} · ${specialty}` : detail,
      label: `医生，${title}，${hit.hospital.name}，${hit.department.name}，${detail}`,
      target: { kind: 'doctor', doctorId: doctor.id },
    };
  }
  return {
    id: `department:${hit.department.id}`,
    kind: 'department',
    kindName: '科室',
    title: hit.department.name,
    subtitle: `${hit.hospital.name} · ${hit.hospital.levelName}`,
    detail: hit.hospital.district.name,
    label: `科室，${hit.department.name}，${hit.hospital.name}，${hit.hospital.levelName}，${hit.hospital.district.name}`,
    target: {
      kind: 'department',
      departmentId: hit.department.id,
      hospitalId: hit.hospital.id,
      departmentName: hit.department.name,
      hospitalName: hit.hospital.name,
    },
  };
}
