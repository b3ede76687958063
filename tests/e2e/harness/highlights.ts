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

export async function paintedRanges(target: Page | Frame): Promise<PaintedRange[]> {
  return target.evaluate(readPaintedRanges);
}

export async function paintedTexts(target: Page | Frame): Promise<string[]> {
  return (await paintedRanges(target)).map((range) => range.text);
}
