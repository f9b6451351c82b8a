// What the model keeps per report. Lab results are stored as the wire shows them (their interpretation is
// fixed when the lab reports); names are kept whole and masked only on the way out; `abnormal`,
// `critical` and mutual recognition are derived when a report is shown (see view.ts).
import type { ExamModality, LabResult, ReportStatus } from '../../contract/wire';

export interface AmendmentRecord {
  amendedAtMs: number;
  reason: string;
}

interface ReportRecordBase {
  id: string;
  personId: string;
  hospitalId: string;
  /** The ordering department (开单科室). */
  departmentName: string;
  title: string;
  status: ReportStatus;
  reportedAtMs: number;
  orderingDoctor: string;
  amendment?: AmendmentRecord;
}

export interface LabReportRecord extends ReportRecordBase {
  type: 'lab';
  specimen: string;
  collectedAtMs: number;
  receivedAtMs: number;
  /** The checking technician (审核者), unmasked here. */
  reviewer: string;
  results: LabResult[];
}

export interface ExamReportRecord extends ReportRecordBase {
  type: 'exam';
  modality: ExamModality;
  bodySite: string;
  examinedAtMs: number;
  findings: string;
  impression: string;
  /** The impression is not the normal reading. */
  abnormal: boolean;
  /** The reporting doctor, unmasked here. */
  reporter: string;
}

export type ReportRecord = LabReportRecord | ExamReportRecord;

/** Newest first; ties broken by id so the order is total (cursor paging depends on it). */
export function newestFirst(a: ReportRecord, b: ReportRecord): number {
  return b.reportedAtMs - a.reportedAtMs || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
