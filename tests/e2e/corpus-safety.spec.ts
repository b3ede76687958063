/**
 * Page safety over every page of `../shared/corpus` (skipped when the corpus is absent): served on
 * 127.0.0.1 with the network blocked and the pages' own scripts off (see harness/corpus.ts), each
 * page must come through the extension with no exception from it, its DOM exactly as without the
 * extension, and every highlight inside rendered text.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../scripts/lib/chromium';
import {
  CORPUS_DIR,
  corpusAvailable,
  corpusHeaders,
  corpusPages,
  highlightProblems,
  watchExtensionErrors,
} from './harness/corpus';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { startServer, type FixtureServer } from './harness/server';
import { contentStatus, tabIdOf } from './harness/tabs';

const pages = corpusPages();

describe.runIf(corpusAvailable())('page safety over the shared corpus', () => {
  let ext: ExtensionBrowser;
  let plain: Browser;
  let plainContext: BrowserContext;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer({ '/corpus': CORPUS_DIR }, { headers: corpusHeaders });
    ext = await launchWithExtension();
    plain = await chromium.launch({
      executablePath: findChromium()!,
      headless: true,
      args: chromiumArgs(),
    });
    plainContext = await plain.newContext();
    await plainContext.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|about:)/, (route) =>
      route.abort(),
    );
  });

  afterAll(async () => {
    await plain?.close();
    await ext?.close();
    await server?.close();
  });

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('%s', async (path) => {
    const url = server.url(path);
    const page = await ext.context.newPage();
    const errors = await watchExtensionErrors(page, ext.extensionId);
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(ext, page);
    await expect
      .poll(async () => (await contentStatus(ext, tabId))?.scan?.done, {
        timeout: 60_000,
        interval: 100,
      })
      .toBe(true);

    // Every highlight lies in rendered text, never in script/style/form fields.
    const problems = await page.evaluate(highlightProblems);
    expect(problems).toEqual([]);

    const withExtension = await page.evaluate(() => document.documentElement.outerHTML);
    await errors.detach();
    await page.close();

    const other = await plainContext.newPage();
    await other.goto(url, { waitUntil: 'load' });
    const without = await other.evaluate(() => document.documentElement.outerHTML);
    await other.close();

    expect(errors.messages).toEqual([]);
    expect(withExtension === without).toBe(true);
  });
});
