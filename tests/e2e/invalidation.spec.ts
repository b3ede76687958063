/**
 * The content script after its extension goes away under open pages, in real Chromium (issue 5).
 * `runtime.reload()` in headless Chromium unloads an extension given on the command line and does
 * not load it again, as disabling or removing it would: Chromium leaves the old script running,
 * orphaned, with no new copy to tell it (tests/e2e/update.spec.ts has the update, where one
 * starts). The orphan must notice and stop cleanly (no highlight, style sheet or listener left,
 * nothing logged) the first time it would act: a change to the page, the tab shown again, a rest on
 * a name.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_TAG } from '../../lib/card/card-host';
import { highlightCentre } from './harness/card';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { paintedTexts } from './harness/highlights';
import { startServer, type FixtureServer } from './harness/server';
import { scanFinished, tabIdOf } from './harness/tabs';

let ext: ExtensionBrowser;
let server: FixtureServer;

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head>
<body style="margin: 40px; font: 18px/1.6 serif">
<p>Russian President Vladimir Putin met Syrian interim president Ahmed Ash-Sharara in Moscow.</p>
</body></html>`;

interface Orphan {
  readonly page: Page;
  /** What the page's console said after the extension was reloaded. */
  readonly logged: string[];
}

/** One page per way of noticing, all orphaned by the same reload. */
const orphans = new Map<'changed' | 'shown' | 'hovered', Orphan>();

function orphan(name: 'changed' | 'shown' | 'hovered'): Orphan {
  const found = orphans.get(name);
  if (!found) throw new Error(`no page ${name}`);
  return found;
}

async function openScanned(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(server.url('/article.html'));
  const tabId = await tabIdOf(ext, page);
  await scanFinished(ext, tabId);
  expect(await paintedTexts(page)).toContain('Vladimir Putin');
  return page;
}

/** Every trace of Backstory the page can see: registered highlights (any), adopted style sheets. */
function traces(page: Page): Promise<{ highlights: string[]; sheets: number }> {
  return page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('backstory-')),
    sheets: document.adoptedStyleSheets.length,
  }));
}

const NONE = { highlights: [], sheets: 0 };

beforeAll(async () => {
  server = await startServer();
  server.page('/article.html', ARTICLE);
  ext = await launchWithExtension();
  for (const name of ['changed', 'shown', 'hovered'] as const) {
    orphans.set(name, { page: await openScanned(), logged: [] });
  }
  const gone = new Promise((resolve) => ext.background.once('close', resolve));
  // The reply never comes: the worker goes away with the extension.
  void ext.background.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await gone;
  for (const { page, logged } of orphans.values())
    page.on('console', (message) => logged.push(message.text()));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('an orphaned content script in Chromium (the extension reloaded)', () => {
  it('stops at the next change to the page, and says nothing', async () => {
    const { page, logged } = orphan('changed');
    // Still painted: nothing has told it yet.
    expect((await traces(page)).highlights.length).toBeGreaterThan(0);
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Syria.' }));
    });
    await expect.poll(() => traces(page)).toEqual(NONE);
    // Stopped for good: later changes are not even tried.
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Iraq.' }));
    });
    await page.waitForTimeout(500);
    expect(await traces(page)).toEqual(NONE);
    expect(logged.filter((text) => text.includes('Backstory'))).toEqual([]);
  });

  it('stops when its tab is shown again', async () => {
    const { page, logged } = orphan('shown');
    expect((await traces(page)).highlights.length).toBeGreaterThan(0);
    // Headless Chromium keeps every tab visible: fire the event a tab switch back fires.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => traces(page)).toEqual(NONE);
    expect(logged.filter((text) => text.includes('Backstory'))).toEqual([]);
  });

  it('stops when the pointer rests on a name, and opens no card', async () => {
    const { page, logged } = orphan('hovered');
    const at = await highlightCentre(page, 'Vladimir Putin');
    if (!at) throw new Error('no highlight');
    await page.mouse.move(at.x - 30, 5);
    await page.mouse.move(at.x, at.y, { steps: 8 });
    await expect.poll(() => traces(page)).toEqual(NONE);
    await page.waitForTimeout(800);
    expect(await page.evaluate((tag) => document.querySelector(tag) === null, CARD_TAG)).toBe(true);
    expect(logged.filter((text) => text.includes('Backstory'))).toEqual([]);
  });
});
