import { Canvas, View } from '@tarojs/components';
import { memo, useEffect, useRef, useState } from 'react';
import { a11yProps } from '../../../lib/a11y';
import { canvasContext, measureWidth, redrawWhenBitmapResets } from '../../../platform/canvas2d';
import { paintQr, type QrDrawingContext } from '../../../lib/qrMatrix';

const isH5 = process.env.TARO_ENV === 'h5';
const WRAPPER_ID = 'card-qr';
const CANVAS_ID = 'card-qr-canvas';

interface Surface {
  context: QrDrawingContext;
  pixels: number;
}

/** The wrapper's side in device pixels (whole pixels per module need the real pixel grid). */
async function measureDevicePixels(): Promise<number | null> {
  const measured = await measureWidth(`#${WRAPPER_ID}`);
  return measured === null ? null : Math.round(measured.width * measured.pixelRatio);
}

/** The square canvas, sized to `pixels` device pixels, and its 2d context. */
async function obtainSurface(pixels: number): Promise<Surface | null> {
  const context = await canvasContext<QrDrawingContext>(`#${CANVAS_ID}`, pixels, pixels);
  return context === null ? null : { context, pixels };
}

/**
 * The QR code of `qrText`, drawn on a canvas 2d (weapp and H5, no network image). With `qrText` null the
 * canvas is wiped, so a lapsed code does not stay scannable. On H5 the wrapper carries the text it shows
 * as `data-qr-text` for browser tests.
 */
export const QrCanvas = memo(function QrCanvas({ qrText, label }: { qrText: string | null; label: string }) {
  const [pixels, setPixels] = useState<number | null>(null);
  // One lookup shared by every draw: sizing a canvas clears it, so it happens once, before drawing.
  const surface = useRef<Promise<Surface | null> | null>(null);

  useEffect(() => {
    let cancelled = false;
    void measureDevicePixels().then((measured) => {
      if (!cancelled) setPixels(measured);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (pixels === null) return undefined;
    let cancelled = false;
    let stopRedrawing: (() => void) | undefined;
    surface.current ??= obtainSurface(pixels);
    void surface.current.then((current) => {
      if (cancelled || current === null) return;
      const paint = () => void paintQr(current.context, qrText, current.pixels);
      paint();
      stopRedrawing = redrawWhenBitmapResets(`#${CANVAS_ID}`, paint);
    });
    return () => {
      cancelled = true;
      stopRedrawing?.();
    };
  }, [qrText, pixels]);

  return (
    <View
      id={WRAPPER_ID}
      className="card-code__qr"
      data-qr-text={isH5 && qrText !== null ? qrText : undefined}
      {...a11yProps({ role: 'img', label })}
    >
      {pixels === null ? null : (
        <Canvas
          type="2d"
          id={CANVAS_ID}
          className="card-code__canvas"
          // H5's canvas web component sizes its bitmap from these on every render (else from its CSS
          // size, in CSS pixels, with a second render that would wipe the drawing); WeChat ignores them.
          {...(isH5 ? { width: String(pixels), height: String(pixels) } : {})}
        />
      )}
    </View>
  );
});
