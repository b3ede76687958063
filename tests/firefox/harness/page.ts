import type { Frame, Page } from 'puppeteer-core';
import {
  findPaintedText,
  readPaintedRanges,
  type PaintedRange,
} from '../../e2e/harness/highlights';

/** Every Backstory range in the page's (or the frame's) `CSS.highlights`, sorted by text. */
export async function paintedRanges(target: Page | Frame): Promise<PaintedRange[]> {
  return target.evaluate(readPaintedRanges);
}

/** The viewport centre of the first line box of the first painted range whose text is `text`. */
export async function paintedTextCentre(
  page: Page,
  text: string,
): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(findPaintedText, text);
}

/** Is an element with this tag in the page, and is it shown in the top layer as a popover? */
export async function elementState(
  page: Page,
  tag: string,
): Promise<{ present: boolean; popoverOpen: boolean }> {
  return page.evaluate((name) => {
    const element = document.querySelector(name);
    return {
      present: element !== null,
      popoverOpen: element?.matches(':popover-open') ?? false,
    };
  }, tag);
}

/**
 * Record every change to the page's DOM from `DOMContentLoaded` on (the parser's own insertions
 * come before it; the content script starts after it, at `document_idle`). Read the records with
 * {@link domMutations}.
 */
export async function recordDomMutations(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const records: string[] = [];
    (globalThis as unknown as { __mutations: string[] }).__mutations = records;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((list) => {
        for (const record of list) {
          const target = record.target as Element;
          records.push(
            `${record.type} on ${target.nodeName}${record.attributeName ? ` [${record.attributeName}]` : ''}`,
          );
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  });
}

/** The DOM changes recorded since `DOMContentLoaded` (see {@link recordDomMutations}). */
export async function domMutations(page: Page): Promise<string[] | undefined> {
  return page.evaluate(() => (globalThis as unknown as { __mutations?: string[] }).__mutations);
}
