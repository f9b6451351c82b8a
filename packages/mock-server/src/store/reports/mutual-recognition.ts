// Mutual recognition (检查检验结果互认): which reports other hospitals of the region accept without
// repeating the test. The rule this platform applies, after the region's published list:
// - lab results (检验) of tertiary hospitals (三级, grade 3A or 3B), whose labs pass the region's external
//   quality assessment;
// - imaging (X-ray, CT, MRI, ultrasound) of secondary and tertiary hospitals (二级及以上);
// - ECG of tertiary hospitals only;
// - never a preliminary report (only issued results are recognised), and never a community centre (一级).
// What is recognised is the result (data, images); the diagnostic conclusion is not part of it.
import type { HospitalLevel } from '../../contract/wire';
import type { ReportRecord } from './records';

const TERTIARY: ReadonlySet<HospitalLevel> = new Set(['3A', '3B']);
const SECONDARY_OR_ABOVE: ReadonlySet<HospitalLevel> = new Set(['3A', '3B', '2A', '2B']);

export function isMutuallyRecognised(report: ReportRecord, level: HospitalLevel): boolean {
  if (report.status === 'preliminary') return false;
  if (report.type === 'lab') return TERTIARY.has(level);
  if (report.modality === 'ecg') return TERTIARY.has(level);
  return SECONDARY_OR_ABOVE.has(level);
}
