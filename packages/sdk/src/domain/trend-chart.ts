// The geometry of a trend chart (趋势图) of one lab item: every number a canvas needs, computed here so the
// mini-program only draws (and so the geometry is tested without a canvas). x is time, y the value; the y
// range always holds the reference band with a margin, so a reader sees where the band lies even when every
// value is inside it. Coordinates are canvas pixels (origin top left, y down), rounded to 0.01.
import type { Interpretation, Trend } from '../types';
import { INTERPRETATION_ARROWS, isAbnormalInterpretation } from './report-names';
import { shanghaiDate } from './time';

export interface ChartPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TrendChartOptions {
  /** The canvas size in pixels. */
  width: number;
  height: number;
  /** Room around the plot for tick labels: one number for every side, or per side (missing sides 0). */
  padding?: number | Partial<ChartPadding>;
  /** At most this many date ticks (default 4); the first and last point always get one. */
  maxDateTicks?: number;
}

export interface ChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TrendChartPoint {
  x: number;
  y: number;
  value: number;
  /** The value as text, e.g. `'7.2'`. */
  label: string;
  /** `↑`, `↓↓`... (empty when normal) to draw beside the point: abnormal is never colour alone. */
  mark: string;
  interpretation: Interpretation;
  abnormal: boolean;
  /** Calendar date of collection in Asia/Shanghai, `YYYY-MM-DD`. */
  date: string;
  hospitalName: string;
  reportId: string;
}

export interface DateTick {
  x: number;
  label: string;
  /** How to anchor the label at x so the first and last stay inside the canvas. */
  align: 'start' | 'middle' | 'end';
}

export interface ValueTick {
  y: number;
  value: number;
  label: string;
}

export interface TrendChartModel {
  /** The plotting area inside the padding. */
  plot: ChartRect;
  /** The values at the plot's bottom and top edges. */
  yDomain: { min: number; max: number };
  /** The reference band (参考范围) across the plot, or null when the trend has no reference. */
  band: (ChartRect & { low?: number; high?: number }) | null;
  /** Oldest first: draw the line through them in this order. */
  points: TrendChartPoint[];
  dateTicks: DateTick[];
  /** The band's limits (or, without a band, the lowest and highest value), for the y axis labels. */
  valueTicks: ValueTick[];
}

const DEFAULT_MAX_DATE_TICKS = 4;
/** Room above and below the data and band, as a share of their span. */
const Y_MARGIN_RATIO = 0.1;

const round = (value: number): number => Math.round(value * 100) / 100;

function paddingOf(padding: TrendChartOptions['padding']): ChartPadding {
  if (typeof padding === 'number') return { top: padding, right: padding, bottom: padding, left: padding };
  return { top: 0, right: 0, bottom: 0, left: 0, ...padding };
}

function plotArea(options: TrendChartOptions): ChartRect {
  const padding = paddingOf(options.padding);
  const plot = {
    x: padding.left,
    y: padding.top,
    width: options.width - padding.left - padding.right,
    height: options.height - padding.top - padding.bottom,
  };
  if (!(plot.width > 0 && plot.height > 0)) {
    throw new RangeError('trendChartModel: the padding leaves no room to plot');
  }
  return plot;
}

/** The y range: the values and the band, widened by a margin; never below 0 when nothing is negative. */
function yDomainOf(values: number[]): { min: number; max: number } {
  if (values.length === 0) return { min: 0, max: 1 };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low;
  const margin = span > 0 ? span * Y_MARGIN_RATIO : Math.max(Math.abs(high) * Y_MARGIN_RATIO, 1);
  const min = low >= 0 ? Math.max(0, low - margin) : low - margin;
  return { min, max: high + margin };
}

function dateTicksOf(points: TrendChartPoint[], maxTicks: number): DateTick[] {
  const distinct = points.filter((point, index) => index === 0 || point.date !== points[index - 1]!.date);
  const count = Math.min(distinct.length, Math.max(1, Math.floor(maxTicks)));
  if (count === 0) return [];
  const sameYear = distinct.every((point) => point.date.slice(0, 4) === distinct[0]!.date.slice(0, 4));
  const picked =
    count === 1
      ? [distinct[0]!]
      : Array.from(
          { length: count },
          (_, k) => distinct[Math.round((k * (distinct.length - 1)) / (count - 1))]!,
        );
  return picked.map((point, index) => ({
    x: point.x,
    label: sameYear ? point.date.slice(5) : point.date,
    align: count === 1 ? 'middle' : index === 0 ? 'start' : index === count - 1 ? 'end' : 'middle',
  }));
}

/**
 * The chart of `trend` in a `width` x `height` canvas: points scaled into the plot (x by collection time,
 * a single point centred), the y range covering values and reference band plus a 10% margin, the band as a
 * rectangle, date ticks (`MM-DD` within one year, else `YYYY-MM-DD`) and the band's limits as value ticks.
 */
export function trendChartModel(trend: Trend, options: TrendChartOptions): TrendChartModel {
  const plot = plotArea(options);
  const sorted = [...trend.points].sort((a, b) => Date.parse(a.collectedAt) - Date.parse(b.collectedAt));
  const { referenceLow: low, referenceHigh: high } = trend;
  const limits = [low, high].filter((limit): limit is number => limit !== undefined);
  const values = sorted.map((point) => point.value);
  const domain = yDomainOf([...values, ...limits]);
  const bottom = plot.y + plot.height;
  const yOf = (value: number) =>
    round(bottom - ((value - domain.min) / (domain.max - domain.min)) * plot.height);

  const times = sorted.map((point) => Date.parse(point.collectedAt));
  const first = times[0] ?? 0;
  const timeSpan = (times[times.length - 1] ?? 0) - first;
  const xOf = (time: number) =>
    round(timeSpan > 0 ? plot.x + ((time - first) / timeSpan) * plot.width : plot.x + plot.width / 2);

  const points = sorted.map((point, index): TrendChartPoint => ({
    x: xOf(times[index]!),
    y: yOf(point.value),
    value: point.value,
    label: String(point.value),
    mark: INTERPRETATION_ARROWS[point.interpretation],
    interpretation: point.interpretation,
    abnormal: isAbnormalInterpretation(point.interpretation),
    date: shanghaiDate(times[index]!),
    hospitalName: point.hospital.name,
    reportId: point.reportId,
  }));

  let band: TrendChartModel['band'] = null;
  if (limits.length > 0) {
    // A one-sided reference (e.g. `< 5.2`) runs to the plot's edge.
    const top = high === undefined ? plot.y : yOf(high);
    const base = low === undefined ? bottom : yOf(low);
    band = { x: plot.x, y: top, width: plot.width, height: round(base - top) };
    if (low !== undefined) band.low = low;
    if (high !== undefined) band.high = high;
  }
  const extremes = values.length === 0 ? [] : [...new Set([Math.min(...values), Math.max(...values)])];
  const tickValues = limits.length > 0 ? limits : extremes;
  return {
    plot,
    yDomain: { min: round(domain.min), max: round(domain.max) },
    band,
    points,
    dateTicks: dateTicksOf(points, options.maxDateTicks ?? DEFAULT_MAX_DATE_TICKS),
    valueTicks: tickValues.map((value) => ({ y: yOf(value), value, label: String(value) })),
  };
}
