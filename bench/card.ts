/**
 * `npm run bench -- card`: how fast the hover card appears, in real Chromium with the built
 * extension, on the article served as a news page. For each highlighted name the pointer rests on
 * it; the content script reports the time from the hover delay's end to the animation frame that
 * paints the card (its `card.lastOpenMs` status). Target: under one frame (16 ms).
 *
 * Also checks the card's code is loaded only on the first hover (never on a page nobody hovers).
 * Prints a summary and writes bench/results/card.json.
 */
import { articleHtml } from '../tests/e2e/harness/article';
import { highlightCentre } from '../tests/e2e/harness/card';
import { launchWithExtension } from '../tests/e2e/harness/extension';
import { paintedTexts } from '../tests/e2e/harness/highlights';
import { startServer } from '../tests/e2e/harness/server';
import { contentStatus, tabIdOf } from '../tests/e2e/harness/tabs';
import { median, writeResults } from './report';

export async function benchCard(): Promise<void> {
  const server = await startServer();
  server.page('/article.html', articleHtml({ bodyStyle: 'margin: 48px; font: 18px/1.7 serif' }));
  const ext = await launchWithExtension();
  try {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(server.url('/article.html'));
    const tabId = await tabIdOf(ext, page);
    for (let i = 0; i < 200 && !(await contentStatus(ext, tabId))?.scan?.done; i++) {
      await page.waitForTimeout(50);
    }
    const before = (await contentStatus(ext, tabId))?.card;
    const names = [...new Set(await paintedTexts(page))];
    const times: number[] = [];
    for (const name of names) {
      const at = await highlightCentre(page, name);
      if (!at || at.y > 880) continue;
      await page.mouse.move(at.x, 4);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(400);
      const opened = (await contentStatus(ext, tabId))?.card?.opened ?? 0;
      await page.mouse.move(at.x, at.y, { steps: 6 });
      for (let i = 0; i < 60; i++) {
        const card = (await contentStatus(ext, tabId))?.card;
        if ((card?.opened ?? 0) > opened && card?.lastOpenMs !== undefined) {
          times.push(card.lastOpenMs);
          break;
        }
        await page.waitForTimeout(25);
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    const summary = {
      hovers: times.length,
      medianMs: median(times),
      p90Ms: sorted[Math.floor(sorted.length * 0.9)] ?? NaN,
      maxMs: sorted.at(-1) ?? NaN,
      firstMs: times[0],
      moduleLoadedBeforeHover: before?.moduleLoaded ?? false,
    };
    console.log(
      `\nHover card: ${summary.hovers} hovers, delay end → painted frame: median ${summary.medianMs.toFixed(1)} ms, p90 ${summary.p90Ms.toFixed(1)} ms, max ${summary.maxMs.toFixed(1)} ms, first ${summary.firstMs?.toFixed(1)} ms (target < 16 ms); card code loaded before any hover: ${summary.moduleLoadedBeforeHover}`,
    );
    writeResults('card.json', { ...summary, times });
  } finally {
    await ext.close();
    await server.close();
  }
}
