import type { Page } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import type { ContentStatus } from '../../../lib/messaging/protocol';

/**
 * The `browser` global of an extension page. Not declared globally for the whole project, so that
 * product code cannot use it without importing `wxt/browser`.
 */
export interface WebExtGlobal {
  browser: Browser.Browser;
}

/*
 * Helpers that use the extension's own APIs from one of its pages (`page.evaluate` in a
 * `moz-extension://` page runs with the `browser` global). Firefox gives the extension the URLs of
 * tabs through its host permissions, so tabs are found by URL.
 */

/** The tab id of the tab showing `url`. */
export async function tabIdByUrl(control: Page, url: string): Promise<number> {
  const id = await control.evaluate(async (wanted) => {
    const tabs = await (globalThis as unknown as WebExtGlobal).browser.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Ask a tab's content script (top frame) for its status, as the popup does. */
export async function contentStatus(
  control: Page,
  tabId: number,
): Promise<ContentStatus | undefined> {
  return control.evaluate(async (id) => {
    try {
      const reply: unknown = await (globalThis as unknown as WebExtGlobal).browser.tabs.sendMessage(
        id,
        { type: 'toContent/status' },
        { frameId: 0 },
      );
      return reply as ContentStatus | undefined;
    } catch {
      return undefined; // no content script in that tab
    }
  }, tabId);
}

/** Read one of the extension's storage areas. */
export async function storageArea(
  control: Page,
  area: 'local' | 'sync',
): Promise<Record<string, unknown>> {
  return control.evaluate(
    (name) => (globalThis as unknown as WebExtGlobal).browser.storage[name].get(null),
    area,
  );
}

/** Send a message to the extension's background, as an extension page. */
export async function toBackground(control: Page, message: unknown): Promise<unknown> {
  return control.evaluate(
    (body) => (globalThis as unknown as WebExtGlobal).browser.runtime.sendMessage(body),
    message as object,
  );
}
