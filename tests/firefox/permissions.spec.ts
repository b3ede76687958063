/**
 * Host permissions withheld (issue 9): in Firefox MV3 the user can take back the add-on's access to
 * websites (`permissions.remove`, or about:addons → Permissions). Pages loaded after that get no
 * content script and no highlights, the popup still opens without an error (and offers to allow
 * access), and the settings keep working. Its own browser: the permission stays removed.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../lib/settings/schema';
import { startServer, type FixtureServer } from '../e2e/harness/server';
import {
  gotoExtensionPage,
  launchFirefoxWithExtension,
  type FirefoxExtension,
} from './harness/extension';
import { paintedRanges } from './harness/page';
import {
  contentStatus,
  storageArea,
  tabIdByUrl,
  toBackground,
  type WebExtGlobal,
} from './harness/tabs';

let ext: FirefoxExtension;
let server: FixtureServer;
let control: Page;

beforeAll(async () => {
  server = await startServer();
  ext = await launchFirefoxWithExtension();
  control = await ext.openExtensionPage('demo.html');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The id of the active tab (without host permissions Firefox hides tab URLs from the add-on). */
async function activeTabId(page: Page): Promise<number> {
  await page.bringToFront();
  const id = await control.evaluate(async () => {
    const api = (globalThis as unknown as WebExtGlobal).browser;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

describe('Firefox with the host permissions withheld', () => {
  let earlier: Page;
  let earlierId: number;

  it('runs on a page while the permission is granted', async () => {
    earlier = await ext.openPage(server.url('/article.html'));
    earlierId = await tabIdByUrl(control, server.url('/article.html'));
    await expect.poll(async () => (await contentStatus(control, earlierId))?.active).toBe(true);
    const granted = await control.evaluate(() =>
      (globalThis as unknown as WebExtGlobal).browser.permissions.getAll(),
    );
    expect(granted.origins).toEqual(['http://*/*', 'https://*/*']);
  });

  it('gives the origins back with permissions.remove', async () => {
    const result = await control.evaluate(async () => {
      const api = (globalThis as unknown as WebExtGlobal).browser;
      const removed = await api.permissions.remove({ origins: ['http://*/*', 'https://*/*'] });
      return {
        removed,
        all: await api.permissions.getAll(),
        contains: await api.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
      };
    });
    expect(result).toMatchObject({ removed: true, all: { origins: [] }, contains: false });
  });

  it('a page loaded afterwards gets no content script and no highlights', async () => {
    const page = await ext.openPage(server.url('/article.html?after'));
    const tabId = await activeTabId(page);
    expect(tabId).not.toBe(earlierId);
    // Give a content script every chance to start (the scan of this page takes well under 1 s).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await contentStatus(control, tabId)).toBeUndefined();
    expect(await paintedRanges(page)).toEqual([]);
    await page.close();
  });

  it('a page open from before keeps its content script until it reloads', async () => {
    // Firefox does not unload a running content script when the permission goes.
    expect((await contentStatus(control, earlierId))?.active).toBe(true);
    await earlier.reload({ waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await contentStatus(control, earlierId)).toBeUndefined();
    expect(await paintedRanges(earlier)).toEqual([]);
  });

  it('the popup for such a tab opens, offers to allow access, and throws nothing', async () => {
    const page = await ext.openPage(server.url('/article.html?popup'));
    const tabId = await activeTabId(page);
    const popup = await ext.browser.newPage();
    await gotoExtensionPage(popup, ext.extensionUrl(`popup.html?tab=${tabId}`));
    // Firefox reports neither errors nor console messages of moz-extension pages over BiDi, and
    // runs no preload scripts there: listen from inside the page as early as we can, and judge the
    // start by what the popup shows (it renders its host-permission prompt only after its queries
    // for the settings, the tab and the content script have all come back).
    await popup.evaluate(() => {
      const errors: string[] = [];
      (globalThis as unknown as { __errors: string[] }).__errors = errors;
      addEventListener('error', (event) => errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    });
    const allow = await popup.waitForFunction(
      () =>
        [...document.querySelectorAll('button')].find((button) =>
          /allow/i.test(button.textContent ?? ''),
        ) ?? null,
      { timeout: 15_000 },
    );
    expect(allow).not.toBeNull();
    expect(
      await popup.evaluate(() => document.querySelector('input[role="switch"]') !== null),
    ).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(
      await popup.evaluate(() => (globalThis as unknown as { __errors: string[] }).__errors),
    ).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('settings still change and reach the snapshot', async () => {
    const reply = await toBackground(control, {
      type: 'toBackground/settings/update',
      patch: { hoverDelayMs: 600 },
    });
    expect(reply).toMatchObject({ ok: true });
    await expect
      .poll(
        async () =>
          ((await storageArea(control, 'local')).settingsSnapshot as Settings | undefined)
            ?.hoverDelayMs,
      )
      .toBe(600);
  });
});
