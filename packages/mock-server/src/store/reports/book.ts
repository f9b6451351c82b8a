// Every report the platform holds, per person. A person's seeded history is made the first time anyone
// looks at it and kept (most people are never looked at in a test); reports issued at run time are added.
import { shanghaiDate } from '@yika/sdk/domain';
import type { PersonIndex } from '../cards/persons';
import type { HospitalDirectory } from '../hospitals';
import type { HospitalRecord } from '../seed/build';
import type { ReportSubject } from './factory';
import { seededHistory } from './history';
import { newestFirst, type ReportRecord } from './records';
import { subjectOf } from './subjects';

/** Hospitals with a general lab and imaging: specialist and maternal-child hospitals are left out. */
const REPORTING_TYPES: ReadonlySet<HospitalRecord['type']> = new Set(['general', 'tcm', 'community']);

export class ReportBook {
  private readonly byPerson = new Map<string, ReportRecord[]>();
  private readonly byId = new Map<string, ReportRecord>();
  private readonly originDay: string;
  private issued = 0;

  constructor(
    private readonly seed: number,
    private readonly hospitals: HospitalDirectory,
    private readonly persons: PersonIndex,
    /** The platform clock when the store was built: seeded reports are issued before its day. */
    originMs: number,
  ) {
    this.originDay = shanghaiDate(originMs);
  }

  /** The person's reports, newest first (the seeded ones made on first look). */
  forPerson(personId: string): ReportRecord[] {
    return [...this.records(personId)].sort(newestFirst);
  }

  /** A report already made (its person's history is made first by `forPerson`). */
  get(reportId: string): ReportRecord | undefined {
    return this.byId.get(reportId);
  }

  subject(personId: string): ReportSubject {
    const person = this.persons.get(personId);
    if (!person) throw new Error('The model lost a person');
    return subjectOf(this.seed, person);
  }

  /** The hospitals whose labs the seed reports from, with their directory index (which band they use). */
  reportingHospitals(): { hospital: HospitalRecord; index: number }[] {
    return this.hospitals
      .all()
      .map((hospital, index) => ({ hospital, index }))
      .filter(({ hospital }) => REPORTING_TYPES.has(hospital.type));
  }

  /** An id for a report issued at run time (never one the seed uses: those have no second `_`). */
  nextIssuedId(): string {
    this.issued += 1;
    return `rpt_new_${String(this.issued).padStart(7, '0')}`;
  }

  /** The issued counter, so issued reports get their own random stream. */
  get issuedCount(): number {
    return this.issued;
  }

  add(report: ReportRecord): void {
    this.records(report.personId).push(report);
    this.byId.set(report.id, report);
  }

  private records(personId: string): ReportRecord[] {
    let reports = this.byPerson.get(personId);
    if (!reports) {
      reports = seededHistory({
        seed: this.seed,
        subject: this.subject(personId),
        hospitals: this.reportingHospitals(),
        originDay: this.originDay,
      });
      this.byPerson.set(personId, reports);
      for (const report of reports) this.byId.set(report.id, report);
    }
    return reports;
  }
}
