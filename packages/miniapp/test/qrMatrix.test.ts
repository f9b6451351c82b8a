import jsQR from 'jsqr';
import {
  clearQr,
  createQrMatrix,
  darkRuns,
  drawQr,
  layoutQr,
  paintQr,
  QR_DARK,
  QUIET_ZONE_MODULES,
  type QrDrawingContext,
  type QrMatrix,
} from '../src/lib/qrMatrix';

// A dynamic card code as the platform shapes it: `<64 hex card ID>:0:<compact ES256 JWS>` (~450 characters).
const CARD_ID = '3F2A0C1B9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E9C01';
const JWS =
  'eyJhbGciOiJFUzI1NiIsImtpZCI6InBsYXRmb3JtLWtleS0xIiwidHlwIjoieWlrYS1jYXJkLWNvZGUrand0In0.' +
  'eyJpc3MiOiJodHRwczovL3BsYXRmb3JtLnlpa2EubG9jYWwiLCJzdWIiOiIzRjJBMEMxQjlEOEU3RjZBNUI0QzNEMkUxRjBB' +
  'OUI4QzdENkU1RjRBM0IyQzFEMEU5RjhBN0I2QzVENEU5QzAxIiwiaWF0IjoxNzk1NDg0ODAwLCJleHAiOjE3OTU0ODQ4NjAs' +
  'Imp0aSI6IjAxSkRRVkZTMEhXTjZNWjJCUEs3In0.' +
  'M2vD1h8xQ0y7QxWc5Jm4bS3e9Vt6P0LqZfR2nKa8YgUo1Ei7Hd3Cw5Xs9Tb4Nj6Gv2Fk8Lp0Mz1Ar3Qy5Ut7Ws9Ox1Pn3Ki5Jh7Gf9Dd';
const QR_TEXT = `${CARD_ID}:0:${JWS}`;

/** A canvas stand-in: an RGBA pixel buffer that honours fillStyle and fillRect, like a 2d context. */
function pixelCanvas(side: number) {
  const pixels = new Uint8ClampedArray(side * side * 4).fill(128); // grey: "never painted"
  const fills: Array<[number, number, number, number]> = [];
  const context: QrDrawingContext = {
    fillStyle: '',
    fillRect(x, y, width, height) {
      fills.push([x, y, width, height]);
      const value = this.fillStyle === QR_DARK ? 0 : 255;
      for (let row = Math.max(0, y); row < Math.min(side, y + height); row++) {
        for (let col = Math.max(0, x); col < Math.min(side, x + width); col++) {
          const at = (row * side + col) * 4;
          pixels.set([value, value, value, 255], at);
        }
      }
    },
  };
  const isDarkPixel = (x: number, y: number) => pixels[(y * side + x) * 4] === 0;
  return { context, pixels, fills, isDarkPixel };
}

describe('createQrMatrix', () => {
  it('encodes a ~450-character dynamic card code in a version that phones show well', () => {
    const matrix = createQrMatrix(QR_TEXT);
    // Version 15-18 at level M: 77 to 89 modules per side, 6 device pixels each on the 600-pixel canvas.
    expect(matrix.size).toBeGreaterThanOrEqual(77);
    expect(matrix.size).toBeLessThanOrEqual(89);
    expect(layoutQr(matrix.size, 600)?.modulePixels).toBeGreaterThanOrEqual(6);
    expect((matrix.size - 17) % 4).toBe(0);
  });

  it('refuses text that is not printable ASCII instead of guessing a charset', () => {
    expect(() => createQrMatrix('')).toThrow(RangeError);
    expect(() => createQrMatrix('张三')).toThrow(RangeError);
    expect(() => createQrMatrix('line\nbreak')).toThrow(RangeError);
  });
});

describe('layoutQr', () => {
  it('uses whole pixels per module and keeps at least the quiet zone on every side', () => {
    for (const canvasPixels of [154, 300, 520, 777, 1040]) {
      for (const modules of [21, 77, 81]) {
        const layout = layoutQr(modules, canvasPixels);
        if (layout === null) continue;
        expect(Number.isInteger(layout.modulePixels)).toBe(true);
        const quiet = QUIET_ZONE_MODULES * layout.modulePixels;
        expect(layout.offset).toBeGreaterThanOrEqual(quiet);
        const far = layout.canvasPixels - (layout.offset + modules * layout.modulePixels);
        expect(far).toBeGreaterThanOrEqual(quiet);
        // Centred: the two margins differ by at most one pixel.
        expect(Math.abs(far - layout.offset)).toBeLessThanOrEqual(1);
        // As large as possible: one more pixel per module would not fit.
        expect((layout.modulePixels + 1) * (modules + 2 * QUIET_ZONE_MODULES)).toBeGreaterThan(canvasPixels);
      }
    }
  });

  it('gives the 520-pixel canvas of a 2x phone 6 pixels per module for a 77-module code', () => {
    expect(layoutQr(77, 520)).toEqual({ modulePixels: 6, offset: 29, canvasPixels: 520 });
  });

  it('refuses a canvas too small to hold the code and its quiet zone', () => {
    expect(layoutQr(77, 84)).toBeNull();
    expect(layoutQr(77, 85)).toEqual({ modulePixels: 1, offset: 4, canvasPixels: 85 });
  });
});

describe('darkRuns', () => {
  it('covers exactly the dark modules, with no overlap', () => {
    const matrix = createQrMatrix(QR_TEXT);
    const covered = new Set<string>();
    for (const run of darkRuns(matrix)) {
      expect(run.height).toBe(1);
      for (let col = run.x; col < run.x + run.width; col++) {
        const key = `${run.y},${col}`;
        expect(covered.has(key)).toBe(false);
        covered.add(key);
      }
    }
    let dark = 0;
    for (let row = 0; row < matrix.size; row++) {
      for (let col = 0; col < matrix.size; col++) {
        if (matrix.isDark(row, col)) {
          dark++;
          expect(covered.has(`${row},${col}`)).toBe(true);
        }
      }
    }
    expect(covered.size).toBe(dark);
  });

  it('merges a row of dark modules into one rectangle', () => {
    const stripes: QrMatrix = { size: 5, isDark: (row, col) => row === 1 || (row === 3 && col !== 2) };
    expect(darkRuns(stripes)).toEqual([
      { x: 0, y: 1, width: 5, height: 1 },
      { x: 0, y: 3, width: 2, height: 1 },
      { x: 3, y: 3, width: 2, height: 1 },
    ]);
  });
});

describe('drawQr', () => {
  it('paints every pixel and puts each module on whole pixels', () => {
    const matrix = createQrMatrix(QR_TEXT);
    const layout = layoutQr(matrix.size, 520)!;
    const canvas = pixelCanvas(520);
    drawQr(canvas.context, matrix, layout);
    expect(canvas.pixels.includes(128)).toBe(false);
    for (const [x, y, width, height] of canvas.fills) {
      for (const value of [x, y, width, height]) expect(Number.isInteger(value)).toBe(true);
    }
    // Sample the centre pixel of every module.
    const half = Math.floor(layout.modulePixels / 2);
    for (let row = 0; row < matrix.size; row++) {
      for (let col = 0; col < matrix.size; col++) {
        const x = layout.offset + col * layout.modulePixels + half;
        const y = layout.offset + row * layout.modulePixels + half;
        expect(canvas.isDarkPixel(x, y)).toBe(matrix.isDark(row, col));
      }
    }
  });

  it('draws a code that a QR decoder reads back as exactly the card code', () => {
    const matrix = createQrMatrix(QR_TEXT);
    const canvas = pixelCanvas(520);
    drawQr(canvas.context, matrix, layoutQr(matrix.size, 520)!);
    expect(jsQR(canvas.pixels, 520, 520)?.data).toBe(QR_TEXT);
  });

  it('clearQr leaves nothing a scanner can read', () => {
    const matrix = createQrMatrix(QR_TEXT);
    const canvas = pixelCanvas(520);
    drawQr(canvas.context, matrix, layoutQr(matrix.size, 520)!);
    clearQr(canvas.context, 520);
    expect(canvas.pixels.every((value) => value === 255)).toBe(true);
    expect(jsQR(canvas.pixels, 520, 520)).toBeNull();
  });
});

describe('paintQr', () => {
  it('draws a card code and says so', () => {
    const canvas = pixelCanvas(600);
    expect(paintQr(canvas.context, QR_TEXT, 600)).toBe(true);
    expect(jsQR(canvas.pixels, 600, 600)?.data).toBe(QR_TEXT);
  });

  it('leaves the canvas blank for no code, text it cannot encode, or a canvas too small to scan', () => {
    for (const [text, side] of [
      [null, 600],
      ['二维码', 600],
      [QR_TEXT, 80],
    ] as const) {
      const canvas = pixelCanvas(side);
      expect(paintQr(canvas.context, text, side)).toBe(false);
      expect(canvas.pixels.every((value) => value === 255)).toBe(true);
    }
  });
});
