import type { Frame, Page } from 'playwright-core';

export interface PaintedRange {
  /** The registered highlight's name. */
  name: string;
  text: string;
  /** True when the range lies inside an open shadow root. */
  inShadow: boolean;
}

/**
 * Every range registered in the page's `CSS.highlights` under a Backstory name, read from the page
 * itself (content-script highlights are visible to the page's registry). Runs in the page:
 * Playwright and Puppeteer both pass it to `evaluate`, so it uses nothing from outside its body.
 */
export function readPaintedRanges(): PaintedRange[] {
  const out: PaintedRange[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory-') || name === 'backstory-focus') continue;
    for (const abstract of highlight) {
      const range = new Range();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      out.push({
        name,
        text: range.toString(),
        inShadow: abstract.startContainer.getRootNode() instanceof ShadowRoot,
      });
    }
  }
  return out.sort((a, b) => a.text.localeCompare(b.text));
}

/**
 * The viewport centre and sides of the first line box of the first Backstory range whose text is
 * `wanted`. Runs in the page, like {@link readPaintedRanges}.
 */
export function findPaintedText(
  wanted: string,
): { x: number; y: number; left: number; right: number } | undefined {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory-') || name === 'backstory-focus') continue;
    for (const abstract of highlight) {
      const range = new Range();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      if (range.toString() !== wanted) continue;
      const rect = range.getClientRects()[0];
      if (rect)
        return {
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          left: rect.left,
          right: rect.right,
        };
    }
  }
  return undefined;
}

export async function paintedRanges(target: Page | Frame): Promise<PaintedRange[]> {
  return target.evaluate(readPaintedRanges);
}

export async function paintedTexts(target: Page | Frame): Promise<string[]> {
  return (await paintedRanges(target)).map((range) => range.text);
}
