// Region-wide search (全市搜索): a case-insensitive substring of a doctor's name or specialty, or of a
// department's name, in every hospital. Doctors come first, then departments; paged like the hospital
// list, with the same cursors.
import type { SearchHit, SearchPage } from '../../contract/wire';
import { pageOf } from '../cursor';
import { validationFailed } from '../errors';
import type { DepartmentEntry } from './departments';
import type { BookingModel } from './model';
import type { DoctorRecord } from './records';
import { departmentRef, doctorSummary, hospitalRef } from './views';

export interface SearchQuery {
  q: string;
  type?: 'doctor' | 'department';
  cursor?: string;
  limit?: number;
}

type Match = { doctor: DoctorRecord } | { entry: DepartmentEntry };

export function searchRegion(model: BookingModel, query: SearchQuery): SearchPage {
  const text = query.q.trim().toLowerCase();
  if (text === '') throw validationFailed('query.q', 'must contain more than spaces');
  const doctors: Match[] =
    query.type === 'department'
      ? []
      : model.doctors
          .all()
          .filter(
            (doctor) =>
              doctor.name.toLowerCase().includes(text) || doctor.specialty.toLowerCase().includes(text),
          )
          .map((doctor) => ({ doctor }));
  const departments: Match[] =
    query.type === 'doctor'
      ? []
      : model.departments.ordered
          .filter((entry) => entry.department.name.toLowerCase().includes(text))
          .map((entry) => ({ entry }));
  return pageOf([...doctors, ...departments], query, { q: text, type: query.type ?? '' }, (match) =>
    toHit(model, match),
  );
}

function toHit(model: BookingModel, match: Match): SearchHit {
  if ('entry' in match) {
    return {
      type: 'department',
      hospital: hospitalRef(match.entry.hospital),
      department: departmentRef(match.entry.department),
    };
  }
  const entry = model.departments.require(match.doctor.departmentId);
  return {
    type: 'doctor',
    hospital: hospitalRef(entry.hospital),
    department: departmentRef(entry.department),
    doctor: doctorSummary(match.doctor, entry),
  };
}
