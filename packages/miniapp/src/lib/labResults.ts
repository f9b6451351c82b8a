// How a lab report's results (检验结果) read: each item's value with its unit, the reference range, and
// its interpretation as an arrow and a word (↑ 偏高, ↓↓ 危急低), so abnormal never rests on colour alone.
// Critical values (危急值) are set apart at the top; a numeric item the card has two or more results of
// links to its trend (趋势).
import type { Interpretation, LabResult, TrendItem } from '@yika/sdk';
import {
  formatLabValue,
  INTERPRETATION_ARROWS,
  INTERPRETATION_NAMES,
  interpretationLabel,
} from '@yika/sdk/domain';

export interface InterpretationCue {
  code: Interpretation;
  /** `↑`, `↓↓`, `!`...; empty for 正常. */
  arrow: string;
  /** 偏高, 危急低, 异常... */
  word: string;
}

/** The arrow and word of an interpretation; null for 正常 (N), which needs no cue next to the value. */
export function interpretationCue(code: Interpretation): InterpretationCue | null {
  if (code === 'N') return null;
  return { code, arrow: INTERPRETATION_ARROWS[code], word: INTERPRETATION_NAMES[code] };
}

/** `↑ 偏高`, or `正常`: the cue as one piece of text (tables, screen readers). */
export const interpretationText = interpretationLabel;

export interface LabResultRowModel {
  code: string;
  name: string;
  /** `6.8 mmol/L`, `阳性(+)`. */
  valueText: string;
  /** As printed (`3.9 ~ 6.1`), or `—` when the lab gives none. */
  referenceText: string;
  cue: InterpretationCue | null;
  critical: boolean;
  /** The item code to open the trend of, or null when there is no trend to show. */
  trendCode: string | null;
  label: string;
}

/** The items with a trend: numeric ones the card has at least two results of (the platform's list). */
export function trendCodesOf(items: readonly TrendItem[]): Set<string> {
  return new Set(items.filter((item) => item.count >= 2).map((item) => item.code));
}

export function labResultRow(result: LabResult, trendCodes: ReadonlySet<string>): LabResultRowModel {
  const cue = interpretationCue(result.interpretation);
  const valueText = formatLabValue(result);
  const referenceText = result.referenceRange ?? '—';
  const trendCode = result.valueType === 'numeric' && trendCodes.has(result.code) ? result.code : null;
  const label = [
    result.name,
    valueText,
    cue === null ? '正常' : cue.word,
    result.critical ? '危急值' : null,
    `参考范围 ${referenceText}`,
    trendCode === null ? null : '可查看趋势',
  ]
    .filter((part): part is string => part !== null)
    .join('，');
  return {
    code: result.code,
    name: result.name,
    valueText,
    referenceText,
    cue,
    critical: result.critical,
    trendCode,
    label,
  };
}

export interface LabResultBlocks {
  /** 危急值, shown first in their own block. */
  critical: LabResultRowModel[];
  /** Every other item, in the report's order. */
  others: LabResultRowModel[];
  abnormalCount: number;
}

/** The report's rows: critical values apart at the top, the rest in the lab's order. */
export function labResultBlocks(
  results: readonly LabResult[],
  trendCodes: ReadonlySet<string>,
): LabResultBlocks {
  const rows = results.map((result) => labResultRow(result, trendCodes));
  return {
    critical: rows.filter((row) => row.critical),
    others: rows.filter((row) => !row.critical),
    abnormalCount: rows.filter((row) => row.cue !== null).length,
  };
}
