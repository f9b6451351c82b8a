import { trendChartModel } from '@yika/sdk/domain';
import {
  CHART_COLORS,
  chartPadding,
  paintTrendChart,
  type ChartDrawingContext,
} from '../src/lib/trendChartPaint';
import { trendFixture } from './fixtures/reports';

type Call = [string, ...unknown[]];

/** A canvas stand-in that records every call with the fill colour at the time. */
function recordingContext(): ChartDrawingContext & { calls: Call[] } {
  const calls: Call[] = [];
  const context = {
    calls,
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    fillRect: (...args: number[]) => calls.push(['fillRect', context.fillStyle, ...args]),
    beginPath: () => calls.push(['beginPath']),
    moveTo: (...args: number[]) => calls.push(['moveTo', ...args]),
    lineTo: (...args: number[]) => calls.push(['lineTo', ...args]),
    arc: (...args: number[]) => calls.push(['arc', ...args]),
    stroke: () => calls.push(['stroke', context.strokeStyle]),
    fill: () => calls.push(['fill', context.fillStyle]),
    fillText: (text: string, x: number, y: number) => calls.push(['fillText', text, x, y, context.textAlign]),
  };
  return context;
}

const size = { width: 680, height: 420, scale: 2 };
const model = trendChartModel(trendFixture(), { ...size, padding: chartPadding(size.scale) });

describe('trend chart painting', () => {
  it('grounds the canvas white, then shades the reference band where the model puts it', () => {
    const context = recordingContext();
    paintTrendChart(context, model, size);
    const rects = context.calls.filter((call) => call[0] === 'fillRect');
    expect(rects[0]).toEqual(['fillRect', CHART_COLORS.background, 0, 0, 680, 420]);
    const band = model.band!;
    expect(rects[1]).toEqual(['fillRect', CHART_COLORS.band, band.x, band.y, band.width, band.height]);
  });

  it('draws the line through the points oldest first', () => {
    const context = recordingContext();
    paintTrendChart(context, model, size);
    const [older, newer] = model.points;
    const moves = context.calls.filter((call) => call[0] === 'moveTo' || call[0] === 'lineTo');
    const line = moves.findIndex(
      (call) => call[0] === 'moveTo' && call[1] === older!.x && call[2] === older!.y,
    );
    expect(moves[line + 1]).toEqual(['lineTo', newer!.x, newer!.y]);
  });

  it('fills the abnormal point and writes its value and arrow; the normal one is a ring', () => {
    const context = recordingContext();
    paintTrendChart(context, model, size);
    const texts = context.calls.filter((call) => call[0] === 'fillText').map((call) => call[1]);
    expect(texts).toContain('6.8↑');
    expect(texts).not.toContain('5.6');
    const fills = context.calls.filter((call) => call[0] === 'fill').map((call) => call[1]);
    expect(fills).toEqual([CHART_COLORS.background, CHART_COLORS.abnormal]);
  });

  it('labels the band limits and the dates, anchored to stay inside the canvas', () => {
    const context = recordingContext();
    paintTrendChart(context, model, size);
    const texts = context.calls.filter((call) => call[0] === 'fillText');
    expect(texts.map((call) => call[1])).toEqual(expect.arrayContaining(['3.9', '6.1', '05-10', '11-20']));
    expect(texts.find((call) => call[1] === '05-10')?.[4]).toBe('left');
    expect(texts.find((call) => call[1] === '11-20')?.[4]).toBe('right');
  });
});
