// Draws a trend chart (趋势图) from the SDK's geometry (`trendChartModel`) on a canvas 2d, the same on
// WeChat and H5. Only drawing happens here: every coordinate comes from the model. Abnormal points are
// told by shape and mark too (a filled dot with `↑`/`↓` above it; normal ones are rings), not by colour.
import type { TrendChartModel } from '@yika/sdk/domain';

/** The part of CanvasRenderingContext2D the chart needs (WeChat's canvas 2d has the same). */
export interface ChartDrawingContext {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  fillRect(x: number, y: number, width: number, height: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  stroke(): void;
  fill(): void;
  fillText(text: string, x: number, y: number): void;
}

/** Colours with 4.5:1 contrast on white for text; the band is a light fill under everything. */
export const CHART_COLORS = {
  background: '#ffffff',
  band: '#dcefe6',
  bandEdge: '#0b6e4f',
  axis: '#4d4d4d',
  line: '#0b6e4f',
  abnormal: '#b3261e',
  text: '#1f1f1f',
} as const;

const TEXT_ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;

/** Sizes in CSS pixels; `scale` (the device pixel ratio) turns them into the canvas's pixels. */
const SIZES = { font: 12, line: 2, point: 4, gap: 6 } as const;

function drawBand(context: ChartDrawingContext, model: TrendChartModel, scale: number): void {
  const { band } = model;
  if (band === null) return;
  context.fillStyle = CHART_COLORS.band;
  context.fillRect(band.x, band.y, band.width, band.height);
  // The limits as thin lines, so the band's edges show even where the fill is faint.
  context.strokeStyle = CHART_COLORS.bandEdge;
  context.lineWidth = scale;
  for (const y of [band.y, band.y + band.height]) {
    context.beginPath();
    context.moveTo(band.x, y);
    context.lineTo(band.x + band.width, y);
    context.stroke();
  }
}

function drawAxes(context: ChartDrawingContext, model: TrendChartModel, scale: number): void {
  const { plot } = model;
  const bottom = plot.y + plot.height;
  context.strokeStyle = CHART_COLORS.axis;
  context.lineWidth = scale;
  context.beginPath();
  context.moveTo(plot.x, plot.y);
  context.lineTo(plot.x, bottom);
  context.lineTo(plot.x + plot.width, bottom);
  context.stroke();

  context.fillStyle = CHART_COLORS.text;
  context.font = `${SIZES.font * scale}px sans-serif`;
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (const tick of model.valueTicks) context.fillText(tick.label, plot.x - SIZES.gap * scale, tick.y);
  context.textBaseline = 'top';
  for (const tick of model.dateTicks) {
    context.textAlign = TEXT_ALIGN[tick.align];
    context.fillText(tick.label, tick.x, bottom + SIZES.gap * scale);
  }
}

function drawLine(context: ChartDrawingContext, model: TrendChartModel, scale: number): void {
  if (model.points.length < 2) return;
  context.strokeStyle = CHART_COLORS.line;
  context.lineWidth = SIZES.line * scale;
  context.beginPath();
  model.points.forEach((point, index) => {
    if (index === 0) context.moveTo(point.x, point.y);
    else context.lineTo(point.x, point.y);
  });
  context.stroke();
}

function drawPoints(context: ChartDrawingContext, model: TrendChartModel, scale: number): void {
  const radius = SIZES.point * scale;
  context.font = `bold ${SIZES.font * scale}px sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'bottom';
  for (const point of model.points) {
    context.beginPath();
    context.arc(point.x, point.y, radius, 0, Math.PI * 2);
    if (point.abnormal) {
      context.fillStyle = CHART_COLORS.abnormal;
      context.fill();
      context.fillText(`${point.label}${point.mark}`, point.x, point.y - radius - SIZES.gap * scale);
    } else {
      context.fillStyle = CHART_COLORS.background;
      context.fill();
      context.strokeStyle = CHART_COLORS.line;
      context.lineWidth = SIZES.line * scale;
      context.stroke();
    }
  }
}

/**
 * The whole chart on a `width` x `height` canvas (its pixels): white ground, reference band, axes with
 * the band's limits and dates, the line oldest to newest, and the points, abnormal ones with value and
 * arrow. `scale` is the device pixel ratio the model's pixels were computed at.
 */
export function paintTrendChart(
  context: ChartDrawingContext,
  model: TrendChartModel,
  size: { width: number; height: number; scale: number },
): void {
  context.fillStyle = CHART_COLORS.background;
  context.fillRect(0, 0, size.width, size.height);
  drawBand(context, model, size.scale);
  drawAxes(context, model, size.scale);
  drawLine(context, model, size.scale);
  drawPoints(context, model, size.scale);
}

/** Room around the plot for the labels, in canvas pixels: value labels left, dates below, marks above. */
export function chartPadding(scale: number): { top: number; right: number; bottom: number; left: number } {
  return { top: 28 * scale, right: 20 * scale, bottom: 28 * scale, left: 44 * scale };
}
