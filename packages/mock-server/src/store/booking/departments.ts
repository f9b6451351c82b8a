// Every department of every hospital by id, with its hospital, its parent and the leaf departments under
// it (a parent's doctors are its children's doctors). Built once, on first use.
import type { Department, DepartmentKind } from '../../contract/wire';
import { PlatformError } from '../errors';
import type { HospitalRecord } from '../seed/build';

export interface DepartmentEntry {
  department: Department;
  hospital: HospitalRecord;
  parent: DepartmentEntry | undefined;
  /** The department itself when it is a leaf, else its sub-departments. */
  leafIds: readonly string[];
}

export class DepartmentIndex {
  private readonly byId = new Map<string, DepartmentEntry>();
  /** Hospital list order, then tree order (parents before their children). */
  readonly ordered: readonly DepartmentEntry[];

  constructor(hospitals: readonly HospitalRecord[]) {
    const ordered: DepartmentEntry[] = [];
    const add = (department: Department, hospital: HospitalRecord, parent?: DepartmentEntry): void => {
      const entry: DepartmentEntry = {
        department,
        hospital,
        parent,
        leafIds: leafIdsOf(department),
      };
      this.byId.set(department.id, entry);
      ordered.push(entry);
      department.children.forEach((child) => add(child, hospital, entry));
    };
    for (const hospital of hospitals) hospital.departments.forEach((department) => add(department, hospital));
    this.ordered = ordered;
  }

  get(departmentId: string): DepartmentEntry | undefined {
    return this.byId.get(departmentId);
  }

  /** NOT_FOUND for an unknown department. */
  require(departmentId: string): DepartmentEntry {
    const entry = this.byId.get(departmentId);
    if (!entry) throw new PlatformError('NOT_FOUND');
    return entry;
  }
}

/**
 * Whether a department counts as `kind` region-wide: its own kind or its parent's (心血管内科 is
 * cardiology and, under 内科, internal medicine too).
 */
export function isOfKind(entry: DepartmentEntry, kind: DepartmentKind): boolean {
  return entry.department.kind === kind || entry.parent?.department.kind === kind;
}

function leafIdsOf(department: Department): string[] {
  return department.children.length === 0 ? [department.id] : department.children.flatMap(leafIdsOf);
}
