/**
 * Single-page-app navigations in real Chromium (issue 5): a new URL without a new document rescans
 * the page, a new fragment of the same URL (a table of contents, a footnote) leaves it as it is.
 * Chromium reports both through the Navigation API, which WXT's location watcher listens to.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { paintedTexts } from './harness/highlights';
import { startServer, type FixtureServer } from './harness/server';
import { contentStatus, tabIdOf } from './harness/tabs';

let ext: ExtensionBrowser;
let server: FixtureServer;

/** An app shell: a header that stays, a view the app replaces, and a link to a later section. */
const APP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title></head>
<body style="margin: 40px; font: 18px/1.6 serif">
<header>World news: Syria</header>
<p><a id="toc" href="#later">Later in this story</a></p>
<main id="view"><p>Vladimir Putin spoke in Moscow.</p></main>
<div style="height: 3000px"></div>
<h2 id="later">Later</h2><p>Then Iraq was mentioned.</p>
<script>
  function navigate(path, html) {
    history.pushState({}, '', path);
    document.getElementById('view').innerHTML = html;
  }
</script>
</body></html>`;

beforeAll(async () => {
  server = await startServer();
  server.page('/app/news', APP);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openApp(): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(server.url('/app/news'));
  const tabId = await tabIdOf(ext, page);
  await expect
    .poll(async () => (await contentStatus(ext, tabId))?.scan?.done, { timeout: 15_000 })
    .toBe(true);
  return { page, tabId };
}

/** Keep, in the page, the painted ranges as they are now (the very objects, not their text). */
function keepPaintedRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    const kept: AbstractRange[] = [];
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('backstory-') && name !== 'backstory-focus') kept.push(...highlight);
    (window as { keptRanges?: AbstractRange[] }).keptRanges = kept;
    return kept.length;
  });
}

/** How many of the kept ranges are still painted: a rescan paints new ones and drops the old. */
function keptStillPainted(page: Page): Promise<number> {
  return page.evaluate(() => {
    const kept = (window as { keptRanges?: AbstractRange[] }).keptRanges ?? [];
    const painted = [...CSS.highlights.values()];
    return kept.filter((range) => painted.some((highlight) => highlight.has(range))).length;
  });
}

describe('single-page navigation in Chromium', () => {
  it('rescans on a new URL: the new view is highlighted, the old one is gone, the rest painted afresh', async () => {
    const { page, tabId } = await openApp();
    expect(await paintedTexts(page)).toEqual(['Iraq', 'Moscow', 'Syria', 'Vladimir Putin']);
    await keepPaintedRanges(page);

    await page.evaluate(() => {
      (window as unknown as { navigate(path: string, html: string): void }).navigate(
        '/app/world',
        '<p>Bashar al-Assad left for Moscow.</p>',
      );
    });
    await expect
      .poll(() => paintedTexts(page))
      .toEqual(['Bashar al-Assad', 'Iraq', 'Moscow', 'Syria']);
    // The header did not change, yet its name is painted by a new range: a fresh scan, not only
    // the observer catching the view's new text.
    expect(await keptStillPainted(page)).toBe(0);
    expect((await contentStatus(ext, tabId))?.url).toBe(server.url('/app/world'));
    await page.close();
  });

  it('does not rescan on a new fragment (a table-of-contents link): the same ranges stay painted', async () => {
    const { page, tabId } = await openApp();
    const kept = await keepPaintedRanges(page);
    expect(kept).toBe(4);

    await page.click('#toc');
    expect(await page.evaluate(() => location.hash)).toBe('#later');
    // Later work shows the scanner has caught up with everything the navigation set off.
    await page.evaluate(() => {
      document.body.append(
        Object.assign(document.createElement('p'), { textContent: 'Ahmed al-Sharaa spoke.' }),
      );
    });
    await expect.poll(() => paintedTexts(page)).toContain('Ahmed al-Sharaa');
    expect(await keptStillPainted(page)).toBe(kept);
    expect((await contentStatus(ext, tabId))?.url).toBe(server.url('/app/news#later'));
    await page.close();
  });
});
