// What issue 7 asks of every screen, measured in the browser on the screen showing now, in one pass over
// its visible text:
// - whole and legible (both modes): no text over other text, no text clipped by a box that hides its
//   overflow or by the screen's edge, nothing wider than the screen, no clock range (08:00-08:30) broken
//   across two lines, text contrast >= 4.5:1 against what is behind it (WCAG relative luminance), every
//   control a finger taps >= 44 x 44 pt; Text is measured by its rendered line boxes (Range.getClientRects), so a
//   label pushed under its neighbour or a word sticking out of a button counts, whatever the markup;
// - the elder-mode (关怀模式) sizes, in the design mapping of packages/miniapp/src/styles/tokens.scss
//   (lib/designSize.ts: 1 pt = 1 CSS px at 375 px wide, scaling with the width): every visible text
//   >= 18 pt (the smallest one counts) with line spacing >= 1.3, every control a finger taps >= 60 x 60 pt.
import { expect, type Page } from '@playwright/test';
import { pageSettled } from './h5';

export interface TapTarget {
  name: string;
  widthPt: number;
  heightPt: number;
}

export interface ScreenMeasure {
  /** Pairs of texts whose lines cover each other. */
  overlapping: string[];
  /** Texts whose lines reach beyond a box that hides overflow, or beyond the screen. */
  cutOff: string[];
  /** CSS px the page is wider than the screen (the document, or the page inside Taro's clipping panel). */
  overflowPx: number;
  /** Clock ranges (08:00-08:30) broken across two lines. */
  brokenRanges: string[];
  /** The page carries the elder-mode class. */
  elder: boolean;
  /** Texts under 18 pt, with their size. */
  smallText: string[];
  /** Every visible tap target with its size in pt. */
  tapTargets: TapTarget[];
  /** Texts whose line height is under 1.3 times their size. */
  tightLines: string[];
  /** Texts under 4.5:1 against their background, with the ratio. */
  lowContrast: string[];
}

/** More than this many CSS px of intersection in both directions is an overlap (not glyphs touching). */
const OVERLAP_TOLERANCE_PX = 2;

/** Every control a finger taps: buttons, links, chips, switches, radios, tabs. */
const TAP_TARGETS = [
  'button',
  'a',
  '[role="button"]',
  '[role="link"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="checkbox"]',
].join(',');

export async function measureScreen(page: Page, pageSelector: string): Promise<ScreenMeasure> {
  await pageSettled(page, pageSelector);
  return page.locator(`${pageSelector}:visible`).evaluate(
    (root, { tolerance, tapTargets }) => {
      interface Line {
        text: string;
        rect: DOMRect;
        /** The fixed or sticky box the text rides on (a bottom bar), or null for the page's flow. */
        layer: Element | null;
        element: Element;
      }
      const pt = window.innerWidth / 375;
      const label = (text: string) => JSON.stringify(text.slice(0, 14));
      const layerOf = (element: Element): Element | null => {
        for (
          let node: Element | null = element;
          node && node !== root.parentElement;
          node = node.parentElement
        ) {
          const position = getComputedStyle(node).position;
          if (position === 'fixed' || position === 'sticky') return node;
        }
        return null;
      };

      // Colours as the browser computes them: `rgb(r, g, b)` or `rgba(r, g, b, a)`.
      const rgba = (css: string): [number, number, number, number] => {
        const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
        return [r, g, b, css.startsWith('rgba') ? a : 1];
      };
      const luminance = ([r, g, b]: number[]) => {
        const channel = (value: number) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
      };
      /** The first opaque-enough background behind the element (the page's white when there is none). */
      const backgroundOf = (element: Element): number[] => {
        for (let node: Element | null = element; node; node = node.parentElement) {
          const [r, g, b, a] = rgba(getComputedStyle(node).backgroundColor);
          if (a > 0.5) return [r, g, b];
        }
        return [255, 255, 255];
      };
      const contrast = (element: Element, color: string) => {
        const background = backgroundOf(element);
        // A translucent text colour shows partly the background through: blend it as painted.
        const [r, g, b, a] = rgba(color);
        const painted = [r, g, b].map((channel, index) => a * channel + (1 - a) * background[index]!);
        const [light, dark] = [luminance(painted), luminance(background)].sort((x, y) => y - x);
        return (light! + 0.05) / (dark! + 0.05);
      };

      const lines: Line[] = [];
      const brokenRanges: string[] = [];
      const smallText: string[] = [];
      const tightLines: string[] = [];
      const lowContrast: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const element = node.parentElement;
        if (!text || !element || element.getClientRects().length === 0) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.opacity === '0') continue;
        const sizePt = parseFloat(style.fontSize) / pt;
        if (sizePt < 17.95) smallText.push(`${label(text)} ${sizePt.toFixed(1)}pt`);
        const spacing = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
        // 'normal' is about 1.15 in these fonts: too tight for 1.3.
        if (!(spacing >= 1.295))
          tightLines.push(`${label(text)} ${Number.isNaN(spacing) ? style.lineHeight : spacing.toFixed(2)}`);
        const ratio = contrast(element, style.color);
        if (ratio < 4.5) lowContrast.push(`${label(text)} ${ratio.toFixed(2)}:1`);
        const range = document.createRange();
        for (const match of (node.textContent ?? '').matchAll(/\d{1,2}:\d{2}-\d{1,2}:\d{2}/g)) {
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
          if (tops.size > 1) brokenRanges.push(label(match[0]));
        }
        range.selectNodeContents(node);
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width > 0.5 && rect.height > 0.5)
            lines.push({ text, rect, layer: layerOf(element), element });
        }
      }

      const overlapping: string[] = [];
      for (let i = 0; i < lines.length; i += 1) {
        for (let j = i + 1; j < lines.length; j += 1) {
          const a = lines[i]!;
          const b = lines[j]!;
          if (a.layer !== b.layer || a.element === b.element) continue;
          const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
          const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
          if (width > tolerance && height > tolerance)
            overlapping.push(`${label(a.text)} over ${label(b.text)}`);
        }
      }

      const cutOff = new Set<string>();
      for (const { text, rect, element } of lines) {
        // A box that scrolls sideways (a row of chips) shows the rest on a swipe: not cut off. Boxes around
        // the page (Taro's page container scrolls the page inside a box that hides overflow) are not looked
        // at: below the fold is not cut off, and the screen's edge is checked apart.
        let scrolled = false;
        for (let box: Element | null = element; box; box = box === root ? null : box.parentElement) {
          const style = getComputedStyle(box);
          const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
          const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
          scrolled = style.overflowX === 'auto' || style.overflowX === 'scroll';
          if (scrolled) break;
          if (!hidesX && !hidesY) continue;
          const bounds = box.getBoundingClientRect();
          const outX = rect.left < bounds.left - 1 || rect.right > bounds.right + 1;
          const outY = rect.top < bounds.top - 1 || rect.bottom > bounds.bottom + 1;
          if ((hidesX && outX) || (hidesY && outY)) cutOff.add(`${label(text)} clipped by .${box.className}`);
        }
        if (scrolled) continue;
        if (rect.right > window.innerWidth + 1 || rect.left < -1) cutOff.add(`${label(text)} off the screen`);
      }

      const targets = Array.from(root.querySelectorAll(tapTargets))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0)
        .map(({ element, box }) => ({
          name: label((element.getAttribute('aria-label') ?? element.textContent ?? '').trim()),
          widthPt: box.width / pt,
          heightPt: box.height / pt,
        }));

      return {
        overlapping,
        cutOff: [...cutOff],
        overflowPx: Math.max(
          document.documentElement.scrollWidth - window.innerWidth,
          root.scrollWidth - root.clientWidth,
        ),
        brokenRanges,
        elder: root.classList.contains('yika-page--elder'),
        smallText,
        tapTargets: targets,
        tightLines,
        lowContrast,
      };
    },
    { tolerance: OVERLAP_TOLERANCE_PX, tapTargets: TAP_TARGETS },
  );
}

/** The tap targets under `minPt` x `minPt`, as `"name" 40x32pt`. */
function targetsUnder(targets: TapTarget[], minPt: number): string[] {
  return targets
    .filter((target) => target.widthPt < minPt - 0.05 || target.heightPt < minPt - 0.05)
    .map((target) => `${target.name} ${target.widthPt.toFixed(0)}x${target.heightPt.toFixed(0)}pt`);
}

/**
 * Fails with the offending texts when anything on the screen overlaps, is cut off, too wide or faint, or
 * a tap target is under 44 x 44 pt (the size for everyone; 关怀模式 asks 60).
 */
export async function expectScreenWhole(page: Page, pageSelector: string): Promise<void> {
  const measured = await measureScreen(page, pageSelector);
  expect(measured.overlapping, `overlapping text on ${pageSelector}`).toEqual([]);
  expect(measured.cutOff, `text cut off on ${pageSelector}`).toEqual([]);
  expect(measured.overflowPx, `px wider than the screen on ${pageSelector}`).toBeLessThanOrEqual(0);
  expect(measured.brokenRanges, `clock ranges broken across lines on ${pageSelector}`).toEqual([]);
  expect(measured.lowContrast, `contrast under 4.5:1 on ${pageSelector}`).toEqual([]);
  expect(targetsUnder(measured.tapTargets, 44), `tap targets under 44 x 44 pt on ${pageSelector}`).toEqual(
    [],
  );
}

/** Fails unless the screen is in 关怀模式 with text >= 18 pt, line spacing >= 1.3 and tap targets >= 60 x 60 pt. */
export async function expectElderRules(page: Page, pageSelector: string): Promise<void> {
  const measured = await measureScreen(page, pageSelector);
  expect(measured.elder, `${pageSelector} is in 关怀模式`).toBe(true);
  expect(measured.smallText, `text under 18 pt on ${pageSelector}`).toEqual([]);
  expect(targetsUnder(measured.tapTargets, 60), `tap targets under 60 x 60 pt on ${pageSelector}`).toEqual(
    [],
  );
  expect(measured.tightLines, `line spacing under 1.3 on ${pageSelector}`).toEqual([]);
}
