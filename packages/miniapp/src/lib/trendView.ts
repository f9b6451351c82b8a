// The words around a trend chart (趋势图): one table row per result, oldest first as the platform lists
// them (hospital, date, value, interpretation word), and the sentence a screen reader says for the chart:
// the latest value, its interpretation and which way it moved since the result before.
import type { Trend, TrendPoint } from '@yika/sdk';
import { shanghaiDateOf } from './bookingDates';
import { interpretationText } from './labResults';

export interface TrendTableRow {
  reportId: string;
  hospitalName: string;
  dateText: string;
  valueText: string;
  interpretationText: string;
  abnormal: boolean;
}

/** `6.8`, `6.8 mmol/L`. */
export function trendValueText(value: number, unit: string | undefined): string {
  return unit ? `${value} ${unit}` : String(value);
}

export function trendTableRows(trend: Trend): TrendTableRow[] {
  return trend.points.map((point) => ({
    reportId: point.reportId,
    hospitalName: point.hospital.name,
    dateText: shanghaiDateOf(point.collectedAt),
    valueText: trendValueText(point.value, trend.unit),
    interpretationText: interpretationText(point.interpretation),
    abnormal: point.interpretation !== 'N',
  }));
}

export type TrendDirection = 'up' | 'down' | 'flat' | 'single';

/** Which way the latest result moved from the one before. */
export function trendDirection(points: readonly TrendPoint[]): TrendDirection {
  const latest = points[points.length - 1];
  const before = points[points.length - 2];
  if (!latest || !before) return 'single';
  if (latest.value > before.value) return 'up';
  if (latest.value < before.value) return 'down';
  return 'flat';
}

const DIRECTION_WORDS: Readonly<Record<TrendDirection, string>> = {
  up: '比上次升高',
  down: '比上次降低',
  flat: '与上次持平',
  single: '只有一次结果',
};

/** The band as words: `参考范围 3.9 ~ 6.1 mmol/L`, or null when the platform gives no band. */
export function referenceBandText(trend: Trend): string | null {
  const { referenceLow: low, referenceHigh: high, unit } = trend;
  const suffix = unit ? ` ${unit}` : '';
  if (low !== undefined && high !== undefined) return `参考范围 ${low} ~ ${high}${suffix}`;
  if (high !== undefined) return `参考范围 ≤ ${high}${suffix}`;
  if (low !== undefined) return `参考范围 ≥ ${low}${suffix}`;
  return null;
}

/**
 * `葡萄糖趋势，共5次结果。最近一次 2026-11-20 6.8 mmol/L，↑ 偏高，比上次升高。参考范围 3.9 ~ 6.1 mmol/L`.
 */
export function trendSummary(trend: Trend): string {
  const latest = trend.points[trend.points.length - 1];
  if (!latest) return `${trend.name}趋势，暂无结果`;
  const parts = [
    `${trend.name}趋势，共${trend.points.length}次结果。`,
    `最近一次 ${shanghaiDateOf(latest.collectedAt)} ${trendValueText(latest.value, trend.unit)}，`,
    `${interpretationText(latest.interpretation)}，${DIRECTION_WORDS[trendDirection(trend.points)]}。`,
  ];
  const band = referenceBandText(trend);
  if (band !== null) parts.push(band);
  return parts.join('');
}
