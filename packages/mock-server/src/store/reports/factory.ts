// Builds one report record: a lab panel's results for a person at a hospital (with that lab's bands), or an
// exam's reading. Both the seeded history and reports issued at run time are made here, so they look alike.
import type { Gender, LabResult } from '../../contract/wire';
import type { Random } from '../../random';
import type { HospitalRecord } from '../seed/build';
import { chineseName } from '../seed/names';
import type { ExamTemplate } from './exam-catalogue';
import { bandAt, type LabPanel } from './lab-catalogue';
import { numericResult, qualitativeResult } from './lab-results';
import type { ExamReportRecord, LabReportRecord } from './records';
import {
  CRITICAL_VALUES,
  diabeticValue,
  drawNumeric,
  drawQualitative,
  personalOffset,
  type HealthProfile,
} from './values';

const MINUTE_MS = 60_000;

/** Whose report it is, as the generator needs it. */
export interface ReportSubject {
  personId: string;
  /** A hash of the person's document: their seeded history follows it. */
  personKey: number;
  gender: Gender;
  profile: HealthProfile;
}

export interface ReportSite {
  hospital: HospitalRecord;
  /** The hospital's place in the directory: which of an item's bands its lab uses. */
  hospitalIndex: number;
  departmentName: string;
}

export interface LabOrder extends ReportSite {
  id: string;
  panel: LabPanel;
  collectedAtMs: number;
  /** 0 (two years ago) to 1 (now): how far a chronic condition has come. */
  progress: number;
  /** Put this critical value into the panel (when the panel has the item). */
  criticalItem?: keyof typeof CRITICAL_VALUES;
}

export interface ExamOrder extends ReportSite {
  id: string;
  template: ExamTemplate;
  examinedAtMs: number;
  abnormal: boolean;
}

export function buildLabReport(
  random: Random,
  seed: number,
  subject: ReportSubject,
  order: LabOrder,
): LabReportRecord {
  const diabetic = subject.profile === 'diabetic';
  const results: LabResult[] = order.panel.items.map((item) => {
    if (item.kind === 'text') return qualitativeResult(item, drawQualitative(random, item, diabetic));
    const band = bandAt(item, subject.gender, order.hospitalIndex);
    let value = drawNumeric(random, band, personalOffset(seed, subject.personKey, item.code));
    if (diabetic && (item.code === 'GLU' || item.code === 'HBA1C')) {
      value = diabeticValue(random, item.code, order.progress);
    }
    if (order.criticalItem === item.code) value = CRITICAL_VALUES[order.criticalItem];
    return numericResult(item, value, band);
  });
  const receivedAtMs = order.collectedAtMs + random.int(15, 60) * MINUTE_MS;
  return {
    type: 'lab',
    id: order.id,
    personId: subject.personId,
    hospitalId: order.hospital.id,
    departmentName: order.departmentName,
    title: order.panel.title,
    status: 'final',
    specimen: order.panel.specimen,
    collectedAtMs: order.collectedAtMs,
    receivedAtMs,
    reportedAtMs: receivedAtMs + random.int(60, 300) * MINUTE_MS,
    orderingDoctor: chineseName(random, random.chance(0.5) ? 'male' : 'female'),
    reviewer: chineseName(random, random.chance(0.5) ? 'male' : 'female'),
    results,
  };
}

export function buildExamReport(random: Random, subject: ReportSubject, order: ExamOrder): ExamReportRecord {
  const reading = order.abnormal ? random.pick(order.template.abnormal) : order.template.normal;
  return {
    type: 'exam',
    id: order.id,
    personId: subject.personId,
    hospitalId: order.hospital.id,
    departmentName: order.departmentName,
    title: order.template.title,
    status: 'final',
    modality: order.template.modality,
    bodySite: order.template.bodySite,
    examinedAtMs: order.examinedAtMs,
    reportedAtMs: order.examinedAtMs + random.int(30, 180) * MINUTE_MS,
    findings: reading.findings,
    impression: reading.impression,
    abnormal: order.abnormal,
    orderingDoctor: chineseName(random, random.chance(0.5) ? 'male' : 'female'),
    reporter: chineseName(random, random.chance(0.5) ? 'male' : 'female'),
  };
}
