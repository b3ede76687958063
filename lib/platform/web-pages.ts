/**
 * Which URLs are web pages Backstory runs on, for every part of the extension: the manifest's
 * content script and host permissions, the popup's empty states, the background starting the
 * content script in open tabs. Pure.
 */

/** The patterns the content script is declared for: every http(s) page. */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

/**
 * - `web`: an http(s) page outside the browsers' protected hosts; the content script should run.
 * - `restricted`: a page where browsers do not let extensions run (their own pages, the web stores,
 *   other extensions' pages, local files, `about:`).
 * - `unknown`: no URL (the browser hides the URL of a page the extension has no host access to,
 *   without the `tabs` permission).
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
 * Classify a tab's URL: whether the content script runs there.
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
