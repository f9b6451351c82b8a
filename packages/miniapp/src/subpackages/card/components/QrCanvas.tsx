import { Canvas, Image, View } from '@tarojs/components';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { a11yProps } from '../../../lib/a11y';
import { canvasContext, measureWidth } from '../../../platform/canvas2d';
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
 * H5: the code painted on a canvas of our own, shown as an image. Taro's H5 canvas component resizes (and
 * so wipes) its bitmap on renders of its own, and in Chromium a code drawn there was, now and then, not
 * on screen when a scanner looked; an image shows what was painted until the next code.
 */
function qrImageUrl(qrText: string | null, pixels: number): string | null {
  if (qrText === null) return null; // a lapsed code leaves nothing scannable
  const canvas = document.createElement('canvas');
  canvas.width = pixels;
  canvas.height = pixels;
  const context = canvas.getContext('2d');
  return context !== null && paintQr(context, qrText, pixels) ? canvas.toDataURL('image/png') : null;
}

/**
 * The QR code of `qrText`, drawn on a canvas 2d on WeChat and as an image painted the same way on H5 (no
 * network image either way). With `qrText` null the code is wiped, so a lapsed code does not stay
 * scannable. On H5 the wrapper carries the text it shows as `data-qr-text` for browser tests.
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

  const h5Image = useMemo(
    () => (isH5 && pixels !== null ? qrImageUrl(qrText, pixels) : null),
    [qrText, pixels],
  );

  useEffect(() => {
    if (isH5 || pixels === null) return undefined;
    let cancelled = false;
    surface.current ??= obtainSurface(pixels);
    void surface.current.then((current) => {
      if (!cancelled && current !== null) paintQr(current.context, qrText, current.pixels);
    });
    return () => {
      cancelled = true;
    };
  }, [qrText, pixels]);

  return (
    <View
      id={WRAPPER_ID}
      className="card-code__qr"
      data-qr-text={isH5 && qrText !== null ? qrText : undefined}
      {...a11yProps({ role: 'img', label })}
    >
      {pixels === null ? null : isH5 ? (
        h5Image === null ? null : (
          <Image src={h5Image} className="card-code__canvas" mode="scaleToFill" />
        )
      ) : (
        <Canvas type="2d" id={CANVAS_ID} className="card-code__canvas" />
      )}
    </View>
  );
});
