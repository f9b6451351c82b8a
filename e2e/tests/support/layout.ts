// "Nothing is cut off or overlaps" (issue 7), measured in the browser on the screen showing now: no text
// over other text, no text clipped by a box that hides its overflow or by the screen's edge, and nothing
// wider than the screen. Text is measured by its rendered line boxes (Range.getClientRects), so a label
// pushed under its neighbour or a word sticking out of a button counts, whatever the markup.
import { expect, type Page } from '@playwright/test';
import { pageSettled } from './h5';

export interface LayoutFaults {
  /** Pairs of texts whose lines cover each other. */
  overlapping: string[];
  /** Texts whose lines reach beyond a box that hides overflow, or beyond the screen. */
  cutOff: string[];
  /** CSS px the page is wider than the screen (the document, or the page inside Taro's clipping panel). */
  overflowPx: number;
}

/** More than this many CSS px of intersection in both directions is an overlap (not glyphs touching). */
const OVERLAP_TOLERANCE_PX = 2;

export async function measureLayout(page: Page, pageSelector: string): Promise<LayoutFaults> {
  await pageSettled(page, pageSelector);
  return page.locator(`${pageSelector}:visible`).evaluate((root, tolerance) => {
    interface Line {
      text: string;
      rect: DOMRect;
      /** The fixed or sticky box the text rides on (a bottom bar), or null for the page's flow. */
      layer: Element | null;
      element: Element;
    }
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

    const lines: Line[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.opacity === '0') continue;
      const range = document.createRange();
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
    return {
      overlapping,
      cutOff: [...cutOff],
      overflowPx: Math.max(
        document.documentElement.scrollWidth - window.innerWidth,
        root.scrollWidth - root.clientWidth,
      ),
    };
  }, OVERLAP_TOLERANCE_PX);
}

/** Fails with the offending texts when anything on the screen overlaps, is cut off or is too wide. */
export async function expectLayoutIntact(page: Page, pageSelector: string): Promise<void> {
  const faults = await measureLayout(page, pageSelector);
  expect(faults.overlapping, `overlapping text on ${pageSelector}`).toEqual([]);
  expect(faults.cutOff, `text cut off on ${pageSelector}`).toEqual([]);
  expect(faults.overflowPx, `px wider than the screen on ${pageSelector}`).toBeLessThanOrEqual(0);
}
