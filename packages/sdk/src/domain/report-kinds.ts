// Narrowing a report (`client.reports.get`) to its kind, for code that prefers a guard to a `switch` on `type`.
import type { ExamReport, LabReport, Report } from '../types';

/** A lab report (检验): specimen, results with reference ranges and interpretations. */
export function isLabReport(report: Report): report is LabReport {
  return report.type === 'lab';
}

/** An exam report (检查: imaging, ECG, ultrasound): findings (检查所见) and impression (诊断意见). */
export function isExamReport(report: Report): report is ExamReport {
  return report.type === 'exam';
}
