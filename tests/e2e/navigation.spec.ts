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
import {
  SPA_HTML,
  SPA_NAMES,
  SPA_WORLD_NAMES,
  SPA_WORLD_VIEW,
  addSharaaParagraph,
  keepPaintedRanges,
  keptStillPainted,
  navigateToWorld,
} from './harness/spa';
import { contentStatus, tabIdOf } from './harness/tabs';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startServer();
  server.page('/app/news', SPA_HTML);
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

describe('single-page navigation in Chromium', () => {
  it('rescans on a new URL: the new view is highlighted, the old one is gone, the rest painted afresh', async () => {
    const { page, tabId } = await openApp();
    expect(await paintedTexts(page)).toEqual(SPA_NAMES);
    await page.evaluate(keepPaintedRanges);

    await page.evaluate(navigateToWorld, SPA_WORLD_VIEW);
    await expect.poll(() => paintedTexts(page)).toEqual(SPA_WORLD_NAMES);
    // The header did not change, yet its name is painted by a new range: a fresh scan, not only
    // the observer catching the view's new text.
    expect(await page.evaluate(keptStillPainted)).toBe(0);
    expect((await contentStatus(ext, tabId))?.url).toBe(server.url('/app/world'));
    await page.close();
  });

  it('does not rescan on a new fragment (a table-of-contents link): the same ranges stay painted', async () => {
    const { page, tabId } = await openApp();
    const kept = await page.evaluate(keepPaintedRanges);
    expect(kept).toBe(SPA_NAMES.length);

    await page.click('#toc');
    expect(await page.evaluate(() => location.hash)).toBe('#later');
    // Later work shows the scanner has caught up with everything the navigation set off.
    await page.evaluate(addSharaaParagraph);
    await expect.poll(() => paintedTexts(page)).toContain('Ahmed al-Sharaa');
    expect(await page.evaluate(keptStillPainted)).toBe(kept);
    expect((await contentStatus(ext, tabId))?.url).toBe(server.url('/app/news#later'));
    await page.close();
  });
});
