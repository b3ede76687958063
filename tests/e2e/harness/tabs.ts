import type { Page } from 'playwright-core';
import { expect, vi } from 'vitest';
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

/**
 * Wait until the content script of a tab (top frame) says its scan is done; fails after `timeout`.
 * Usable in hooks too (`expect.poll` is for tests only).
 */
export async function scanFinished(
  ext: ExtensionBrowser,
  tabId: number,
  timeout = 15_000,
): Promise<void> {
  await vi.waitFor(async () => expect((await contentStatus(ext, tabId))?.scan?.done).toBe(true), {
    timeout,
    interval: 50,
  });
}

/** Read the extension's `storage.local` through its background. */
export async function localStorageArea(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  return ext.background.evaluate(() => chrome.storage.local.get(null));
}
