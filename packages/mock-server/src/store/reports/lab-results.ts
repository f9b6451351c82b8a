// One lab result as the wire shows it: the value rounded and printed as the lab prints it, the band of
// the reporting hospital, and the interpretation computed from the two.
import type { LabResult } from '../../contract/wire';
import { interpretNumeric, interpretText, isCriticalInterpretation } from './interpretation';
import { bandText, type NumericItem, type QualitativeItem, type ReferenceBand } from './lab-catalogue';

export function numericResult(item: NumericItem, rawValue: number, band: ReferenceBand): LabResult {
  const text = rawValue.toFixed(item.decimals);
  const value = Number(text);
  const interpretation = interpretNumeric(value, band, item);
  return {
    code: item.code,
    name: item.name,
    valueType: 'numeric',
    value,
    text,
    ...(item.unit === '' ? {} : { unit: item.unit }),
    referenceRange: bandText(band, item.decimals),
    ...(band.low === undefined ? {} : { referenceLow: band.low }),
    ...(band.high === undefined ? {} : { referenceHigh: band.high }),
    interpretation,
    critical: isCriticalInterpretation(interpretation),
  };
}

export function qualitativeResult(item: QualitativeItem, text: string): LabResult {
  const interpretation = interpretText(text, item);
  return {
    code: item.code,
    name: item.name,
    valueType: 'text',
    text,
    referenceRange: item.normal,
    interpretation,
    critical: isCriticalInterpretation(interpretation),
  };
}
