// Reports as residents see them: the account's own reference to the card, the patient's and staff names
// masked, `abnormal` and `critical` derived from the results (lab) or the reading (exam), and mutual
// recognition from the rule in mutual-recognition.ts.
import { maskName, toShanghaiIso } from '@yika/sdk/domain';
import type { ExamReport, LabReport, Report, ReportSummary } from '../../contract/wire';
import { hospitalRef } from '../booking/views';
import type { HospitalRecord } from '../seed/build';
import { isMutuallyRecognised } from './mutual-recognition';
import type { ReportRecord } from './records';

/** What a view needs besides the record: whose card it is for the reader, and where it was made. */
export interface ReportContext {
  cardRef: string;
  patientName: string;
  hospital: HospitalRecord;
}

export function isAbnormal(report: ReportRecord): boolean {
  return report.type === 'lab'
    ? report.results.some((result) => result.interpretation !== 'N')
    : report.abnormal;
}

export function isCritical(report: ReportRecord): boolean {
  return report.type === 'lab' && report.results.some((result) => result.critical);
}

export function toReportSummary(report: ReportRecord, context: ReportContext): ReportSummary {
  return {
    id: report.id,
    type: report.type,
    cardRef: context.cardRef,
    patientName: maskName(context.patientName),
    hospital: hospitalRef(context.hospital),
    departmentName: report.departmentName,
    title: report.title,
    reportedAt: toShanghaiIso(report.reportedAtMs),
    status: report.status,
    abnormal: isAbnormal(report),
    critical: isCritical(report),
    mutualRecognition: isMutuallyRecognised(report, context.hospital.level),
  };
}

export function toReport(report: ReportRecord, context: ReportContext): Report {
  const { type: _type, ...summary } = toReportSummary(report, context);
  const amendment =
    report.amendment === undefined
      ? {}
      : {
          amendment: {
            amendedAt: toShanghaiIso(report.amendment.amendedAtMs),
            reason: report.amendment.reason,
          },
        };
  if (report.type === 'lab') {
    const lab: LabReport = {
      ...summary,
      type: 'lab',
      specimen: report.specimen,
      collectedAt: toShanghaiIso(report.collectedAtMs),
      receivedAt: toShanghaiIso(report.receivedAtMs),
      orderingDoctor: report.orderingDoctor,
      reviewer: maskName(report.reviewer),
      results: report.results.map((result) => ({ ...result })),
      ...amendment,
    };
    return lab;
  }
  const exam: ExamReport = {
    ...summary,
    type: 'exam',
    modality: report.modality,
    bodySite: report.bodySite,
    examinedAt: toShanghaiIso(report.examinedAtMs),
    findings: report.findings,
    impression: report.impression,
    orderingDoctor: report.orderingDoctor,
    reporter: maskName(report.reporter),
    ...amendment,
  };
  return exam;
}
