/**
 * Which tab the popup is about, and whether Backstory can run there. Pure functions, except
 * {@link findTargetTab}, which asks the browser.
 */
import { browser } from 'wxt/browser';
import { classifyUrl } from '../platform/web-pages';

/**
 * The host permission pattern that lets the content script run on `url`'s origin
 * (`https://example.com/*`), or `undefined` for a URL that is not a web page.
 */
export function originPattern(url: string | undefined): string | undefined {
  if (classifyUrl(url) !== 'web') return undefined;
  return `${new URL(url!).origin}/*`;
}

/**
 * The `?tab=<id>` override of the popup's URL (end-to-end tests open the popup as a page in a tab
 * of its own, so "the active tab" would be the popup itself). A positive whole number, or
 * undefined.
 */
export function tabOverride(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id > 0 && Number.isSafeInteger(id) ? id : undefined;
}

export interface TargetTab {
  readonly id: number;
  /** Absent where the browser does not tell (no `tabs` permission and no host access). */
  readonly url: string | undefined;
  /** True when the tab was named by `?tab=` (the popup is then a page, not a popup). */
  readonly overridden: boolean;
}

/**
 * The tab the popup is about: the `?tab=` override if given, else the active tab of the popup's
 * window. `undefined` when there is none (or the named tab is gone).
 */
export async function findTargetTab(search: string): Promise<TargetTab | undefined> {
  const override = tabOverride(search);
  try {
    if (override !== undefined) {
      const tab = await browser.tabs.get(override);
      return { id: override, url: tab.url || undefined, overridden: true };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return undefined;
    return { id: tab.id, url: tab.url || undefined, overridden: false };
  } catch {
    return undefined;
  }
}
