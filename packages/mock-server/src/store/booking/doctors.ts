// The doctors by id, by department (a parent department lists its children's doctors) and by department
// kind, in the order lists show them: chief physicians first, then by name in pinyin order.
import type { DepartmentKind } from '../../contract/wire';
import { PlatformError } from '../errors';
import { isOfKind, type DepartmentIndex } from './departments';
import type { DoctorRecord } from './records';
import { TITLE_RANK } from './titles';

const byName = new Intl.Collator('zh-Hans-CN');

export function compareDoctors(a: DoctorRecord, b: DoctorRecord): number {
  return (
    TITLE_RANK[a.title] - TITLE_RANK[b.title] || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)
  );
}

export class DoctorDirectory {
  private readonly records: readonly DoctorRecord[];
  private readonly byId: ReadonlyMap<string, DoctorRecord>;
  private readonly byDepartment = new Map<string, DoctorRecord[]>();

  constructor(
    records: readonly DoctorRecord[],
    private readonly departments: DepartmentIndex,
  ) {
    const position = new Map(departments.ordered.map((entry, index) => [entry.department.id, index]));
    const at = (doctor: DoctorRecord) => position.get(doctor.departmentId) ?? Number.MAX_SAFE_INTEGER;
    this.records = [...records].sort((a, b) => at(a) - at(b) || compareDoctors(a, b));
    this.byId = new Map(records.map((doctor) => [doctor.id, doctor]));
    for (const doctor of this.records) {
      const list = this.byDepartment.get(doctor.departmentId) ?? [];
      list.push(doctor);
      this.byDepartment.set(doctor.departmentId, list);
    }
  }

  /** Every doctor: hospital list order, then department tree order, then chiefs first. */
  all(): readonly DoctorRecord[] {
    return this.records;
  }

  get(doctorId: string): DoctorRecord | undefined {
    return this.byId.get(doctorId);
  }

  /** NOT_FOUND for an unknown doctor. */
  require(doctorId: string): DoctorRecord {
    const doctor = this.byId.get(doctorId);
    if (!doctor) throw new PlatformError('NOT_FOUND');
    return doctor;
  }

  /** The department's doctors, its sub-departments' included, chiefs first. */
  inDepartment(departmentId: string): DoctorRecord[] {
    const { leafIds } = this.departments.require(departmentId);
    const doctors = leafIds.flatMap((leafId) => this.byDepartment.get(leafId) ?? []);
    return leafIds.length > 1 ? doctors.sort(compareDoctors) : doctors;
  }

  /** Doctors of departments of this kind (see isOfKind), optionally in one district. */
  ofKind(kind: DepartmentKind, districtCode?: string): DoctorRecord[] {
    return this.records.filter((doctor) => {
      const entry = this.departments.get(doctor.departmentId);
      return (
        entry !== undefined &&
        isOfKind(entry, kind) &&
        (districtCode === undefined || entry.hospital.district.code === districtCode)
      );
    });
  }
}
