// Interpretation (结果提示) of one lab result, FHIR's codes: N normal, L/H below/above the reference band,
// LL/HH beyond a critical limit (危急值), A/AA abnormal/critical for qualitative results.
// Boundaries: the reference band is inclusive (a value exactly at its low or high is N), and a critical
// limit belongs to the milder side (a value exactly at the critical limit is L or H, only beyond it LL or
// HH), which is how the region's labs print "3.9 ~ 6.1" and "< 2.8 危急值".
import type { Interpretation } from '../../contract/wire';
import type { NumericItem, QualitativeItem, ReferenceBand } from './lab-catalogue';

export function interpretNumeric(
  value: number,
  band: ReferenceBand,
  limits: Pick<NumericItem, 'criticalLow' | 'criticalHigh'>,
): Interpretation {
  if (limits.criticalLow !== undefined && value < limits.criticalLow) return 'LL';
  if (limits.criticalHigh !== undefined && value > limits.criticalHigh) return 'HH';
  if (band.low !== undefined && value < band.low) return 'L';
  if (band.high !== undefined && value > band.high) return 'H';
  return 'N';
}

export function interpretText(text: string, item: QualitativeItem): Interpretation {
  if (text === item.normal) return 'N';
  return item.critical?.includes(text) ? 'AA' : 'A';
}

export function isCriticalInterpretation(interpretation: Interpretation): boolean {
  return interpretation === 'LL' || interpretation === 'HH' || interpretation === 'AA';
}
