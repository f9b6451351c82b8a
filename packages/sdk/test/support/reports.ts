// Report fixtures shaped like the platform's answers (contract types, so a contract change breaks them).
import type {
  ExamReport,
  HospitalRef,
  LabReport,
  LabResult,
  ReportSummary,
  Trend,
  TrendPoint,
} from '../../src/types';
import { hospitalRef } from './booking';

export const otherHospitalRef: HospitalRef = { ...hospitalRef, id: 'hos_2', name: '宁波市第二医院' };

export function reportSummary(index: number, overrides: Partial<ReportSummary> = {}): ReportSummary {
  return {
    id: `rpt_${index}`,
    type: 'lab',
    cardRef: 'crd_1',
    patientName: '张*',
    hospital: hospitalRef,
    departmentName: '内分泌科',
    title: '血糖',
    reportedAt: '2026-11-20T10:00:00+08:00',
    status: 'final',
    abnormal: true,
    critical: false,
    mutualRecognition: true,
    ...overrides,
  };
}

export function labResult(overrides: Partial<LabResult> = {}): LabResult {
  return {
    code: 'GLU',
    name: '葡萄糖',
    valueType: 'numeric',
    value: 7.8,
    text: '7.80',
    unit: 'mmol/L',
    referenceRange: '3.9 ~ 6.1',
    referenceLow: 3.9,
    referenceHigh: 6.1,
    interpretation: 'H',
    critical: false,
    ...overrides,
  };
}

export function labReport(overrides: Partial<LabReport> = {}): LabReport {
  const { type: _type, ...summary } = reportSummary(1);
  return {
    ...summary,
    type: 'lab',
    specimen: '静脉血',
    collectedAt: '2026-11-20T08:10:00+08:00',
    results: [labResult()],
    ...overrides,
  };
}

export function examReport(overrides: Partial<ExamReport> = {}): ExamReport {
  const { type: _type, ...summary } = reportSummary(2, { title: '胸部正位片', abnormal: false });
  return {
    ...summary,
    type: 'exam',
    modality: 'xray',
    bodySite: '胸部',
    examinedAt: '2026-11-20T09:00:00+08:00',
    findings: '双肺纹理清晰，未见明显实质性病变。',
    impression: '心肺膈未见明显异常。',
    ...overrides,
  };
}

export function trendPoint(
  collectedAt: string,
  value: number,
  overrides: Partial<TrendPoint> = {},
): TrendPoint {
  return {
    reportId: `rpt_${collectedAt.slice(0, 10)}`,
    hospital: hospitalRef,
    collectedAt,
    value,
    interpretation: 'N',
    referenceLow: 3.9,
    referenceHigh: 6.1,
    ...overrides,
  };
}

export function trend(points: TrendPoint[], overrides: Partial<Trend> = {}): Trend {
  return {
    cardRef: 'crd_1',
    code: 'GLU',
    name: '葡萄糖',
    unit: 'mmol/L',
    referenceLow: 3.9,
    referenceHigh: 6.1,
    points,
    ...overrides,
  };
}
