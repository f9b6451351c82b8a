import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contrastRatio, parseHexColour, requiredContrast } from '../src/lib/contrast';
import { designPxToPt, ptToDesignPx } from '../src/lib/designSize';

// The design tokens as the stylesheet declares them: the standard set, and the elder set over it.
const sheet = readFileSync(path.join(__dirname, '../src/styles/tokens.scss'), 'utf8');

function mixin(name: string): Record<string, string> {
  const start = sheet.indexOf(`@mixin ${name} {`);
  if (start < 0) throw new Error(`no mixin ${name}`);
  const body = sheet.slice(start, sheet.indexOf('\n}', start));
  const tokens: Record<string, string> = {};
  for (const [, name, value] of body.matchAll(/--yika-([a-z0-9-]+):\s*([^;]+);/g)) {
    if (name && value) tokens[name] = value.trim();
  }
  return tokens;
}

const standard = mixin('yika-tokens');
const modes = { standard, elder: { ...standard, ...mixin('yika-elder-tokens') } };
/** A token's value; a missing one fails the test rather than comparing with undefined. */
function token(tokens: Record<string, string>, name: string): string {
  const value = tokens[name];
  if (value === undefined) throw new Error(`no token --yika-${name}`);
  return value;
}

const px = (value: string | undefined) => {
  const match = /^(\d+(?:\.\d+)?)px$/.exec(value ?? '');
  if (!match) throw new Error(`not a design px size: ${value}`);
  return Number(match[1]);
};

// Every text colour on every background it is drawn on, with the smallest text size it is used at.
const TEXT_PAIRS: ReadonlyArray<{ text: string; on: string; size: 'font-small' | 'font-body' }> = [
  ...['text', 'text-secondary', 'primary', 'danger'].flatMap((text) =>
    ['page', 'surface', 'chip'].map((on) => ({ text, on, size: 'font-small' as const })),
  ),
  { text: 'primary-text', on: 'primary', size: 'font-small' },
  { text: 'text-secondary', on: 'disabled', size: 'font-body' },
  { text: 'danger', on: 'danger-surface', size: 'font-small' },
  { text: 'text', on: 'danger-surface', size: 'font-small' },
];

describe('colour tokens', () => {
  it('are all hex colours, and every one is checked in a pair (or is a border)', () => {
    const colours = Object.keys(standard).filter((name) => name.startsWith('color-'));
    for (const name of colours) expect(parseHexColour(token(standard, name))).toBeDefined();
    const paired = new Set(TEXT_PAIRS.flatMap((pair) => [`color-${pair.text}`, `color-${pair.on}`]));
    expect(colours.filter((name) => !paired.has(name))).toEqual(['color-border']);
  });

  for (const [mode, tokens] of Object.entries(modes)) {
    it.each(TEXT_PAIRS)(`${mode}: $text on $on reads at its size`, ({ text, on, size }) => {
      const ratio = contrastRatio(token(tokens, `color-${text}`), token(tokens, `color-${on}`));
      expect(ratio).toBeGreaterThanOrEqual(requiredContrast(designPxToPt(px(tokens[size]))));
      // Even where 3:1 would do, keep body-text contrast: large text is not an excuse for grey.
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('elder mode outlines fields and chips at 3:1 on the page and surface (non-text contrast)', () => {
    for (const on of ['color-page', 'color-surface']) {
      expect(
        contrastRatio(token(modes.elder, 'color-border'), token(modes.elder, on)),
      ).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('size tokens (design px, 2 per pt)', () => {
  it('standard: text at least 16 pt, taps 44 pt, line height 1.3', () => {
    expect(designPxToPt(px(modes.standard['font-small']))).toBeGreaterThanOrEqual(16);
    expect(designPxToPt(px(modes.standard['tap-min']))).toBeGreaterThanOrEqual(44);
    expect(Number(modes.standard['line-height'])).toBeGreaterThanOrEqual(1.3);
    expect(Number(modes.standard['line-height-tight'])).toBeGreaterThanOrEqual(1.2);
  });

  it('elder: every text at least 18 pt, titles 20-22 pt and more, taps 60 pt, line height 1.3', () => {
    const elder = modes.elder;
    expect(designPxToPt(px(elder['font-small']))).toBeGreaterThanOrEqual(18);
    expect(designPxToPt(px(elder['font-body']))).toBeGreaterThanOrEqual(18);
    expect(designPxToPt(px(elder['font-title']))).toBeGreaterThanOrEqual(20);
    expect(designPxToPt(px(elder['font-heading']))).toBeGreaterThanOrEqual(22);
    expect(designPxToPt(px(elder['font-heading']))).toBeLessThanOrEqual(30);
    expect(designPxToPt(px(elder['tap-min']))).toBeGreaterThanOrEqual(60);
    expect(Number(elder['line-height'])).toBeGreaterThanOrEqual(1.3);
    expect(Number(elder['line-height-tight'])).toBeGreaterThanOrEqual(1.3);
  });

  it('elder is bigger than standard in every size', () => {
    for (const name of ['font-small', 'font-body', 'font-title', 'font-heading', 'tap-min']) {
      expect(px(modes.elder[name])).toBeGreaterThan(px(modes.standard[name]));
    }
  });

  it('maps 750 design px to 375 pt', () => {
    expect(designPxToPt(36)).toBe(18);
    expect(ptToDesignPx(60)).toBe(120);
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('refuses what is not a hex colour', () => {
    expect(parseHexColour('red')).toBeUndefined();
    expect(() => contrastRatio('red', '#fff')).toThrow('not a hex colour');
  });
});
