// The facts and notices of one report's page: who, where, when and what (specimen 标本 for a lab report,
// modality and body site for an exam), the status in words, why it was corrected (更正), and what mutual
// recognition (互认) covers: the results, not the conclusion.
import type { ExamReport, LabReport, Report } from '@yika/sdk';
import { EXAM_MODALITY_NAMES, REPORT_TYPE_NAMES } from '@yika/sdk/domain';
import { dateTimeText } from './billList';

export interface ReportFact {
  label: string;
  value: string;
}

function present(facts: ReadonlyArray<ReportFact | null>): ReportFact[] {
  return facts.filter((fact): fact is ReportFact => fact !== null && fact.value !== '');
}

function optional(label: string, value: string | undefined): ReportFact | null {
  return value === undefined ? null : { label, value };
}

function labFacts(report: LabReport): ReportFact[] {
  return present([
    { label: '标本', value: report.specimen },
    { label: '采集时间', value: dateTimeText(report.collectedAt) },
    optional('接收时间', report.receivedAt && dateTimeText(report.receivedAt)),
    { label: '报告时间', value: dateTimeText(report.reportedAt) },
    optional('开单医生', report.orderingDoctor),
    optional('审核者', report.reviewer),
  ]);
}

function examFacts(report: ExamReport): ReportFact[] {
  return present([
    { label: '检查类型', value: EXAM_MODALITY_NAMES[report.modality] },
    { label: '检查部位', value: report.bodySite },
    { label: '检查时间', value: dateTimeText(report.examinedAt) },
    { label: '报告时间', value: dateTimeText(report.reportedAt) },
    optional('开单医生', report.orderingDoctor),
    optional('报告医生', report.reporter),
  ]);
}

/** Every fact line of the report's head, the shared ones first. */
export function reportFacts(report: Report): ReportFact[] {
  const shared: ReportFact[] = [
    { label: '就诊人', value: report.patientName },
    { label: '医院', value: report.hospital.name },
    { label: '开单科室', value: report.departmentName },
    { label: '报告类型', value: REPORT_TYPE_NAMES[report.type] },
  ];
  return [...shared, ...(report.type === 'lab' ? labFacts(report) : examFacts(report))];
}

/** Why the status needs a word: a correction with its time and reason, or a report that is not final. */
export function statusNotice(report: Report): string | null {
  if (report.amendment) {
    return `本报告已于${dateTimeText(report.amendment.amendedAt)}更正：${report.amendment.reason}。请以更正后的内容为准。`;
  }
  if (report.status === 'amended') return '本报告已更正，请以更正后的内容为准。';
  if (report.status === 'preliminary') return '这是初步报告，正式报告发出后内容可能会有变化。';
  return null;
}

/**
 * What 互认 means for this report: other hospitals of the region accept its results (data, images), so
 * they need not be repeated; the conclusion (诊断意见) is a doctor's judgement and is not part of it.
 */
export function mutualRecognitionNote(report: Pick<Report, 'mutualRecognition' | 'type'>): string | null {
  if (!report.mutualRecognition) return null;
  const conclusion = report.type === 'exam' ? '诊断意见' : '医生据此作出的诊断结论';
  return `检查检验结果互认：本报告的结果可被本地区其他医疗机构认可，复诊时一般无需重复检查；${conclusion}不在互认范围内，以接诊医生的判断为准。`;
}
