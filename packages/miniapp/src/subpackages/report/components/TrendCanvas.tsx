import { Canvas, View } from '@tarojs/components';
import { memo, useEffect, useState } from 'react';
import type { Trend } from '@yika/sdk';
import { trendChartModel } from '@yika/sdk/domain';
import { a11yProps } from '../../../lib/a11y';
import { chartPadding, paintTrendChart, type ChartDrawingContext } from '../../../lib/trendChartPaint';
import { canvasContext, measureWidth, redrawWhenBitmapResets } from '../../../platform/canvas2d';

const isH5 = process.env.TARO_ENV === 'h5';
const WRAPPER_ID = 'trend-chart';
const CANVAS_ID = 'trend-chart-canvas';
/** Height over width: wide enough for a few years of dates, tall enough to tell values apart. */
const ASPECT = 0.62;

interface Bitmap {
  width: number;
  height: number;
  scale: number;
}

/**
 * The trend's line chart on a canvas 2d (weapp and H5): measured once to the wrapper's width in device
 * pixels, then drawn from the SDK's geometry. The wrapper is an image for screen readers, labelled with
 * `summary`; the values themselves are in the table under the chart.
 */
export const TrendCanvas = memo(function TrendCanvas({ trend, summary }: { trend: Trend; summary: string }) {
  const [bitmap, setBitmap] = useState<Bitmap | null>(null);

  useEffect(() => {
    let cancelled = false;
    void measureWidth(`#${WRAPPER_ID}`).then((measured) => {
      if (cancelled || measured === null) return;
      const width = Math.round(measured.width * measured.pixelRatio);
      setBitmap({ width, height: Math.round(width * ASPECT), scale: measured.pixelRatio });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (bitmap === null) return undefined;
    let cancelled = false;
    let stopRedrawing: (() => void) | undefined;
    void canvasContext<ChartDrawingContext>(`#${CANVAS_ID}`, bitmap.width, bitmap.height).then((context) => {
      if (cancelled || context === null) return;
      const model = trendChartModel(trend, {
        width: bitmap.width,
        height: bitmap.height,
        padding: chartPadding(bitmap.scale),
      });
      const paint = () => paintTrendChart(context, model, bitmap);
      paint();
      stopRedrawing = redrawWhenBitmapResets(`#${CANVAS_ID}`, paint);
    });
    return () => {
      cancelled = true;
      stopRedrawing?.();
    };
  }, [trend, bitmap]);

  return (
    <View id={WRAPPER_ID} className="trend-chart" {...a11yProps({ role: 'img', label: summary })}>
      {bitmap === null ? null : (
        <Canvas
          type="2d"
          id={CANVAS_ID}
          className="trend-chart__canvas"
          style={{ height: `${bitmap.height / bitmap.scale}px` }}
          // H5's canvas web component sizes its bitmap from these on every render (else from its CSS
          // size, with a second render that would wipe the drawing); WeChat ignores them.
          {...(isH5 ? { width: String(bitmap.width), height: String(bitmap.height) } : {})}
        />
      )}
    </View>
  );
});
