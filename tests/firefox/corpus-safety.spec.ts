/**
 * Page safety over every page of `../shared/corpus` in Firefox (skipped when the corpus is absent),
 * as the Chromium suite checks it: served on 127.0.0.1 with the network blocked and the pages' own
 * scripts off, each page must come through the extension with no error from it, no change at all to
 * its DOM, and every highlight inside rendered text. Firefox gives content scripts Xray views of
 * the page, so code that works in Chromium can still throw here (it did: iterating the page's
 * `CSS.highlights`).
 *
 * Errors: WebDriver BiDi reports a content script's console messages, with its `moz-extension://`
 * address, and its uncaught errors and rejections as the page's, an uncaught rejection without any
 * location. So every page error counts, except the reports Firefox itself makes about the page's
 * resources (its scripts blocked by the harness's CSP, its fonts and images blocked offline).
 */
import type { ConsoleMessage, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORPUS_DIR,
  corpusAvailable,
  corpusHeaders,
  corpusPages,
  highlightProblems,
} from '../e2e/harness/corpus';
import { startServer, type FixtureServer } from '../e2e/harness/server';
import { launchFirefoxWithExtension, type FirefoxExtension } from './harness/extension';
import { domMutations, recordDomMutations } from './harness/page';
import { contentStatus, tabIdByUrl } from './harness/tabs';

const pages = corpusPages();

/** How Firefox's own reports on a page's blocked or failed resources begin (never our errors). */
const BROWSER_REPORTS = [
  'Content-Security-Policy:',
  'Cross-Origin Request Blocked:',
  'Security Error: Content at ',
  'downloadable font:',
];
/**
 * Firefox's error page, shown in a frame whose address the harness blocks, calls helpers of its own
 * (`RPMGetBoolPref`) that automation leaves undefined: the error page's, never ours.
 */
const ERROR_PAGE_SCRIPT = /^ReferenceError: RPM\w+ is not defined/;

describe.runIf(corpusAvailable())('page safety over the shared corpus, in Firefox', () => {
  let ext: FirefoxExtension;
  let server: FixtureServer;
  let control: Page;

  beforeAll(async () => {
    server = await startServer({ '/corpus': CORPUS_DIR }, { headers: corpusHeaders });
    ext = await launchFirefoxWithExtension();
    control = await ext.openExtensionPage('demo.html');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('%s', async (path) => {
    const url = server.url(path);
    const errors: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      const type = message.type();
      if ((type === 'error' || type === 'warn') && message.location().url?.startsWith('moz-'))
        errors.push(`console.${type}: ${message.text()}`);
    };
    const onError = (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      const report = text.replace(/^Error: /, '');
      if (ERROR_PAGE_SCRIPT.test(report)) return;
      if (!BROWSER_REPORTS.some((prefix) => report.startsWith(prefix)))
        errors.push(`page error: ${text}`);
    };
    const page = await ext.openPage(url, async (tab) => {
      tab.on('console', onConsole);
      tab.on('pageerror', onError);
      await recordDomMutations(tab);
    });
    const tabId = await tabIdByUrl(control, url);
    await expect
      .poll(async () => (await contentStatus(control, tabId))?.scan?.done, {
        timeout: 60_000,
        interval: 100,
      })
      .toBe(true);

    expect(await page.evaluate(highlightProblems)).toEqual([]);
    // The recorder ran (an empty list, not none), and saw no change at all.
    expect(await domMutations(page)).toEqual([]);
    await page.close();
    expect(errors).toEqual([]);
  });
});
