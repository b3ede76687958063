import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import {
  FIREFOX_EXTENSION_DIR,
  FIREFOX_INSTALL_HINT,
  findFirefox,
  firefoxExtensionBuilt,
} from './firefox';

export interface FirefoxExtension {
  readonly browser: Browser;
  /** The add-on id Firefox reports for the installed extension (the manifest's gecko id). */
  readonly addonId: string;
  /** The extension's internal UUID, fixed by a pref so that its pages have a known address. */
  readonly uuid: string;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  /** Open an extension page (popup.html, demo.html) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Open an http page in a new tab and wait for it to load; `beforeLoad` runs on the new tab first
   * (e.g. to add a preload script). Firefox's remote agent fails the navigation when a frame of the
   * page loads an error page ("Address rejected": frames from elsewhere are blocked here), although
   * the page itself loads: so a failed navigation counts only if the tab does not then show the
   * page, loaded.
   */
  openPage(url: string, beforeLoad?: (page: Page) => Promise<void>): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Prefs for a quiet, offline Firefox. Every http(s) request goes to a proxy on the discard port (so
 * it fails at once), except those to the loopback interface, where the fixture server is: the tests
 * would notice nothing if the extension (or Firefox) reached out, but nothing can leave the machine
 * either.
 */
function prefs(uuid: string): Record<string, unknown> {
  return {
    // A known internal UUID, so `moz-extension://` pages can be opened by address.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'app.update.enabled': false,
    'toolkit.telemetry.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
  };
}

/**
 * Launch Debian's firefox-esr headless through puppeteer-core over WebDriver BiDi and install the
 * built extension as a temporary add-on (`browser.installExtension`).
 *
 * `--remote-allow-system-access`: without it, Firefox's remote agent refuses to navigate to
 * `moz-extension://` pages ("not allowed in this context").
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  if (!firefoxExtensionBuilt())
    throw new Error(
      `No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`,
    );

  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(uuid),
    defaultViewport: { width: 1280, height: 800 },
  });
  let addonId: string;
  try {
    addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;

  return {
    browser,
    addonId,
    uuid,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, extensionUrl(path));
      return page;
    },
    async openPage(url, beforeLoad) {
      const page = await browser.newPage();
      await beforeLoad?.(page);
      try {
        await page.goto(url, { waitUntil: 'load' });
      } catch (error) {
        const loaded = await page
          .waitForFunction(
            (wanted) => location.href === wanted && document.readyState === 'complete',
            { timeout: 30_000 },
            url,
          )
          .then(() => true)
          .catch(() => false);
        if (!loaded) throw error;
      }
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Navigate to a `moz-extension://` page. Firefox loads it, but puppeteer's navigation promise does
 * not settle for these URLs over BiDi: wait briefly, then wait for the document itself.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 1_500 }).catch(() => undefined);
  await page.waitForFunction(
    (expected) => location.href === expected && document.readyState !== 'loading',
    { timeout: 15_000 },
    url,
  );
}
