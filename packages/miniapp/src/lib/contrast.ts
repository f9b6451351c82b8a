// WCAG 2.x contrast: the ratio between two colours' relative luminances, (L1 + 0.05) / (L2 + 0.05).
// Used by the token test so a colour change that makes text hard to read fails before it ships.

/** #rgb or #rrggbb to [r, g, b] in 0..255; undefined for anything else. */
export function parseHexColour(colour: string): [number, number, number] | undefined {
  let hex = colour.trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(hex)) hex = `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}`;
  if (!/^#[0-9a-f]{6}$/.test(hex)) return undefined;
  const byte = (at: number) => parseInt(hex.slice(at, at + 2), 16);
  return [byte(1), byte(3), byte(5)];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(colour: string): number {
  const rgb = parseHexColour(colour);
  if (!rgb) throw new Error(`not a hex colour: ${colour}`);
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

/** The contrast ratio, 1 (same colour) to 21 (black on white); order of the colours does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Text at 18 pt or more (large text) needs 3:1, smaller text 4.5:1 (WCAG AA, MIIT 2021). */
export const LARGE_TEXT_PT = 18;

export function requiredContrast(textPt: number): number {
  return textPt >= LARGE_TEXT_PT ? 3 : 4.5;
}
