import type { Page } from 'playwright-core';
import type { ContentStatus } from '../../../lib/messaging/protocol';
import type { ExtensionBrowser } from './extension';

/**
 * The browser's tab id of `page`: bring it to the front and ask the extension's background which
 * tab is active (two tabs may show the same URL).
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.background.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** Ask the content script of a tab (top frame) for its status, as the popup does. */
export async function contentStatus(
  ext: ExtensionBrowser,
  tabId: number,
): Promise<ContentStatus | undefined> {
  return ext.background.evaluate(async (id) => {
    try {
      return await chrome.tabs.sendMessage<unknown, ContentStatus | undefined>(
        id,
        { type: 'toContent/status' },
        { frameId: 0 },
      );
    } catch {
      return undefined; // no content script in that tab
    }
  }, tabId);
}

/** Read the extension's `storage.local` through its background. */
export async function localStorageArea(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  return ext.background.evaluate(() => chrome.storage.local.get(null));
}
