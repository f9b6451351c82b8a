// Finding a `<Canvas type="2d">` on the page and sizing its bitmap, the same way on WeChat and H5. The
// node and its wrapper appear a moment after the page renders, so both are looked for a few times.
// Used by the card code page's QR code and the report trend chart.
import Taro from '@tarojs/taro';

interface CanvasNode<Context> {
  width: number;
  height: number;
  getContext(type: '2d'): Context | null;
}

const ATTEMPTS = 20;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function querySelector<T>(build: (query: Taro.SelectorQuery) => void): Promise<T | null> {
  return new Promise((resolve) => {
    const query = Taro.createSelectorQuery();
    build(query);
    query.exec((results: unknown[]) => resolve((results[0] as T | null | undefined) ?? null));
  });
}

/** The element's width in CSS pixels and the device pixel ratio, or null when it never appears. */
export async function measureWidth(selector: string): Promise<{ width: number; pixelRatio: number } | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const rect = await querySelector<{ width?: number }>((query) =>
      query.select(selector).boundingClientRect(),
    );
    if (rect?.width) return { width: rect.width, pixelRatio: Taro.getWindowInfo().pixelRatio };
    await wait(50);
  }
  return null;
}

/**
 * The 2d context of the canvas `selector`, its bitmap sized `width` x `height` device pixels (WeChat's
 * canvas 2d starts at 300 x 150; sizing clears it, so only when it differs), or null.
 */
export async function canvasContext<Context>(
  selector: string,
  width: number,
  height: number,
): Promise<Context | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const result = await querySelector<{ node?: CanvasNode<Context> | null }>((query) =>
      query.select(selector).fields({ node: true, size: true }),
    );
    const node = result?.node ?? null;
    if (node !== null) {
      if (node.width !== width) node.width = width;
      if (node.height !== height) node.height = height;
      const context = node.getContext('2d');
      if (context !== null) return context;
    }
    await wait(50);
  }
  return null;
}

/**
 * Calls `redraw` whenever the bitmap of the canvas under `selector` is sized again, and returns how to
 * stop. Taro's H5 canvas component sets its bitmap's width and height after every render of its own,
 * which wipes the drawing at moments the page does not see; what must stay on screen (a QR code a hospital
 * scans, a chart) is drawn again then. Sizing a canvas writes its width/height attributes, which a
 * MutationObserver sees. WeChat's canvas 2d is only ever sized by our code: there this does nothing.
 */
export function redrawWhenBitmapResets(selector: string, redraw: () => void): () => void {
  if (process.env.TARO_ENV !== 'h5' || typeof MutationObserver === 'undefined') return () => undefined;
  const canvas = document.querySelector(`${selector} canvas`);
  if (canvas === null) return () => undefined;
  const observer = new MutationObserver(redraw);
  observer.observe(canvas, { attributes: true, attributeFilter: ['width', 'height'] });
  return () => observer.disconnect();
}
