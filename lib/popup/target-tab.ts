/**
 * Which tab the popup is about, and whether Backstory can run there. Pure functions, except
 * {@link findTargetTab}, which asks the browser.
 */
import { browser } from 'wxt/browser';

/**
 * - `web`: an http(s) page outside the browsers' protected hosts; the content script should run.
 * - `restricted`: a page where browsers do not let extensions run (their own pages, the web stores,
 *   other extensions' pages, local files, `about:`).
 * - `unknown`: no URL (the browser hides it without the `tabs` permission).
 */
export type UrlClass = 'web' | 'restricted' | 'unknown';

/**
 * Hosts where browsers block content scripts: Chrome's and Edge's web stores, and Firefox's add-ons
 * site (and the services behind it). Compared by hostname, with subdomains.
 */
const PROTECTED_HOSTS = [
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'content-signature-2.cdn.mozilla.net',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'sync.services.mozilla.com',
];

function onHost(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

/**
 * Classify a tab's URL for the popup's empty states.
 *
 * @example
 *   classifyUrl('https://example.com/news'); // 'web'
 *   classifyUrl('chrome://extensions/'); // 'restricted'
 *   classifyUrl(undefined); // 'unknown'
 */
export function classifyUrl(url: string | undefined): UrlClass {
  if (url === undefined || url === '') return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'restricted';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'restricted';
  const hostname = parsed.hostname.toLowerCase();
  if (PROTECTED_HOSTS.some((host) => onHost(hostname, host))) return 'restricted';
  // The old Chrome Web Store lives under a path of a shared host.
  if (onHost(hostname, 'chrome.google.com') && parsed.pathname.startsWith('/webstore'))
    return 'restricted';
  return 'web';
}

/**
 * The host permission pattern that lets the content script run on `url`'s origin
 * (`https://example.com/*`), or `undefined` for a URL that is not a web page.
 */
export function originPattern(url: string | undefined): string | undefined {
  if (classifyUrl(url) !== 'web') return undefined;
  return `${new URL(url!).origin}/*`;
}

/** The patterns the content script is declared for: every http(s) page. */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

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
