// The card's QR code (二维码), drawn by the app itself: qrcode-generator computes the module matrix, and
// this file turns it into rectangles on a canvas. Pure maths, so the drawing is unit-tested without a
// canvas: whole device pixels per module (a blurred edge makes scanners at hospital windows fail), a
// quiet zone of at least 4 modules (ISO/IEC 18004), and one rectangle per horizontal run of dark modules.
import qrcode from 'qrcode-generator';

export interface QrMatrix {
  /** Modules per side (21 for version 1, +4 per version). */
  size: number;
  isDark(row: number, col: number): boolean;
}

/** Modules of white around the code that scanners need to find it. */
export const QUIET_ZONE_MODULES = 4;

// M recovers about 15% of damaged modules: a cracked or glaring phone screen still scans, and the
// ~400-character dynamic code stays at version 15 (77 modules), big enough per module on a phone.
const ERROR_CORRECTION = 'M';

/**
 * The module matrix for `text`, in byte mode. Card codes are ASCII (hex, ':' and base64url); anything
 * else is refused rather than encoded in a charset a hospital scanner might read differently.
 */
export function createQrMatrix(text: string): QrMatrix {
  if (text.length === 0 || !/^[\x20-\x7e]+$/.test(text)) {
    throw new RangeError('QR text must be non-empty printable ASCII');
  }
  const code = qrcode(0, ERROR_CORRECTION); // 0: the smallest version that fits
  code.addData(text, 'Byte');
  code.make();
  return { size: code.getModuleCount(), isDark: (row, col) => code.isDark(row, col) };
}

export interface QrLayout {
  /** Device pixels per module (at least 1). */
  modulePixels: number;
  /** Where the first module starts, in device pixels from the canvas's left and top edges. */
  offset: number;
  /** The canvas side in device pixels (everything outside the modules is the white quiet zone). */
  canvasPixels: number;
}

/**
 * Fits a `moduleCount`-module code, with its quiet zone, into a square canvas of `canvasPixels` device
 * pixels: the largest whole number of pixels per module, centred. Returns null when even one pixel per
 * module with the quiet zone does not fit (the canvas is too small to scan).
 */
export function layoutQr(moduleCount: number, canvasPixels: number): QrLayout | null {
  const side = Math.floor(canvasPixels);
  const modulePixels = Math.floor(side / (moduleCount + 2 * QUIET_ZONE_MODULES));
  if (modulePixels < 1) return null;
  const offset = Math.floor((side - modulePixels * moduleCount) / 2);
  return { modulePixels, offset, canvasPixels: side };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The dark modules as rectangles in module units: one per horizontal run, so ~10x fewer fills than modules. */
export function darkRuns(matrix: QrMatrix): Rect[] {
  const runs: Rect[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let start = -1;
    for (let col = 0; col <= matrix.size; col++) {
      const dark = col < matrix.size && matrix.isDark(row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ x: start, y: row, width: col - start, height: 1 });
        start = -1;
      }
    }
  }
  return runs;
}

/** The part of CanvasRenderingContext2D that drawing needs (the same on WeChat's canvas 2d and browsers). */
export interface QrDrawingContext {
  fillStyle: unknown;
  fillRect(x: number, y: number, width: number, height: number): void;
}

export const QR_DARK = '#000000';
export const QR_LIGHT = '#ffffff';

/** Paints the whole canvas white (the quiet zone), then the dark runs, in device pixels. */
export function drawQr(context: QrDrawingContext, matrix: QrMatrix, layout: QrLayout): void {
  context.fillStyle = QR_LIGHT;
  context.fillRect(0, 0, layout.canvasPixels, layout.canvasPixels);
  context.fillStyle = QR_DARK;
  for (const run of darkRuns(matrix)) {
    context.fillRect(
      layout.offset + run.x * layout.modulePixels,
      layout.offset + run.y * layout.modulePixels,
      run.width * layout.modulePixels,
      run.height * layout.modulePixels,
    );
  }
}

/** A blank (all white) canvas: what an expired code leaves behind, so a screenshot of it cannot be used. */
export function clearQr(context: QrDrawingContext, canvasPixels: number): void {
  context.fillStyle = QR_LIGHT;
  context.fillRect(0, 0, canvasPixels, canvasPixels);
}

/**
 * What the code page's canvas shows: the code of `qrText`, or nothing (null, text that is not a card
 * code, a canvas too small to scan). Returns whether a code was drawn.
 */
export function paintQr(context: QrDrawingContext, qrText: string | null, canvasPixels: number): boolean {
  if (qrText !== null) {
    let matrix: QrMatrix | null = null;
    try {
      matrix = createQrMatrix(qrText);
    } catch {
      matrix = null; // Never expected from the platform: show nothing rather than something wrong.
    }
    const layout = matrix === null ? null : layoutQr(matrix.size, canvasPixels);
    if (matrix !== null && layout !== null) {
      drawQr(context, matrix, layout);
      return true;
    }
  }
  clearQr(context, canvasPixels);
  return false;
}
