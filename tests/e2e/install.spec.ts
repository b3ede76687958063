/**
 * A first install under pages already open, in real Chromium. Chromium starts a manifest's content
 * scripts only in pages loaded after an install, so a reader who installs Backstory with their news
 * already open would see nothing there until each tab was reloaded; on install the background
 * starts the script in every open web tab (lib/background/open-tabs.ts). Installed here through the
 * DevTools protocol, as a user's install is: `runtime.onInstalled` with reason "install".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleHtml, articleMatchSurfaces } from './harness/article';
import {
  launchBeforeInstall,
  type BrowserBeforeInstall,
  type ExtensionBrowser,
} from './harness/extension';
import { paintedRanges, paintedTexts } from './harness/highlights';
import { innerFrame, startServer, type FixtureServer } from './harness/server';
import { contentStatus, scanFinished, tabIdOf } from './harness/tabs';

let bare: BrowserBeforeInstall;
let ext: ExtensionBrowser;
let server: FixtureServer;
/** How many service workers the browser ran before the install: none of ours. */
let extensionWorkersBefore: number;

interface Open {
  readonly page: Page;
  /** What the page's console said. */
  readonly logged: string[];
  /** The highlighted texts before the install (a second after the last page loaded). */
  readonly before: string[];
}

const open: Record<'article' | 'framed' | 'shadow', Open> = {} as never;

async function openPage(path: string): Promise<Open> {
  const page = await bare.context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  page.on('pageerror', (error) => logged.push(String(error)));
  await page.goto(server.url(path));
  return { page, logged, before: [] };
}

beforeAll(async () => {
  server = await startServer();
  server.page('/the-article.html', articleHtml({ wrapper: 'article' }));
  bare = await launchBeforeInstall();
  open.article = await openPage('/the-article.html');
  open.framed = await openPage('/frame-outer.html');
  open.shadow = await openPage('/shadow.html');
  // Time enough for a content script to paint, had one been running.
  await open.shadow.page.waitForTimeout(1000);
  for (const entry of Object.values(open)) entry.before.push(...(await paintedTexts(entry.page)));
  extensionWorkersBefore = bare.context.serviceWorkers().length;
  ext = await bare.install();
});

afterAll(async () => {
  await bare?.close();
  await server?.close();
});

describe('a first install under open pages (Chromium)', () => {
  it('finds the pages bare before the install, with no extension running', () => {
    expect(extensionWorkersBefore).toBe(0);
    for (const { before } of Object.values(open)) expect(before).toEqual([]);
  });

  it('starts the script in each open tab: it answers the popup and paints the article exactly', async () => {
    const { page } = open.article;
    const tabId = await tabIdOf(ext, page);
    await scanFinished(ext, tabId);
    expect((await contentStatus(ext, tabId))?.active).toBe(true);
    expect(await paintedTexts(page)).toEqual(articleMatchSurfaces());
  });

  it("reaches the open tabs' frames and shadow roots too", async () => {
    const { framed, shadow } = open;
    await scanFinished(ext, await tabIdOf(ext, framed.page));
    expect(await paintedTexts(framed.page)).toEqual(['Iraq']);
    await vi.waitFor(async () =>
      expect(await paintedTexts(innerFrame(framed.page))).toEqual(['Syrian Foreign Ministry']),
    );
    await scanFinished(ext, await tabIdOf(ext, shadow.page));
    expect(
      (await paintedRanges(shadow.page))
        .filter((range) => range.inShadow)
        .map((range) => range.text),
    ).toEqual(expect.arrayContaining(['Vladimir Putin', 'Ahmed al-Sharaa']));
  });

  it('highlights what a page adds after the install, and nothing of ours logs a word', async () => {
    const { page } = open.framed;
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Syria.' }));
    });
    await expect.poll(() => paintedTexts(page)).toContain('Syria');
    for (const { logged } of Object.values(open)) {
      expect(logged.filter((text) => /backstory/i.test(text))).toEqual([]);
    }
  });
});
