import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import {
  CHROME_EXTENSION_DIR,
  CHROMIUM_INSTALL_HINT,
  chromiumArgs,
  extensionBuilt,
  findChromium,
} from '../../../scripts/lib/chromium';

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /**
   * The extension's background service worker, for reading its storage (after `update`, the new
   * one).
   */
  readonly background: Worker;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  /** Open an extension page (popup.html, demo.html) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Install the extension's directory again over the running one, as a store update installs a new
   * version (`runtime.onInstalled` with reason "update"), and wait for its new background. Needs
   * `updatable` at launch.
   */
  update(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile directory (to test persistence across restarts). */
  userDataDir?: string;
  /** Another unpacked extension instead of the built one (the benchmarks' floors, `wxt dev`'s). */
  extensionDir?: string;
  /** Let requests to `wxt dev`'s server (http://localhost:3000) through, for its build's pages. */
  allowDevServer?: boolean;
  /**
   * Allow `update()`: Chromium's DevTools protocol loads unpacked extensions only with
   * `--enable-unsafe-extension-debugging`. (`runtime.reload()` in headless Chromium unloads an
   * extension given on the command line and does not load it again.)
   */
  updatable?: boolean;
}

/**
 * Launch real Chromium with the built extension loaded (headless), with every request that leaves
 * the loopback interface blocked.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  if (!extensionBuilt(extensionDir))
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);

  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      ...chromiumArgs(extensionDir),
      ...(options.updatable ? ['--enable-unsafe-extension-debugging'] : []),
    ],
    viewport: { width: 1280, height: 800 },
  });
  const allowed = ['https?://127\\.0\\.0\\.1[:/]', 'chrome-extension:', 'data:', 'blob:', 'about:'];
  if (options.allowDevServer) allowed.push('(https?|wss?)://localhost:3000/');
  const blocked = new RegExp(`^(?!${allowed.join('|')})`);
  await context.route(blocked, (route) => route.abort('blockedbyclient'));

  let background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(background.url()).host;
  const extensionUrl = (path: string) =>
    `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  return {
    context,
    extensionId,
    get background() {
      return background;
    },
    extensionUrl,
    async update() {
      if (!options.updatable) throw new Error('launch with `updatable: true` to update');
      const browser = context.browser();
      if (!browser) throw new Error('no browser to open a DevTools session on');
      const cdp = await browser.newBrowserCDPSession();
      const old = background;
      const started = context.waitForEvent('serviceworker', {
        predicate: (worker) => worker !== old && worker.url().startsWith(extensionUrl('')),
      });
      // Playwright's typings list only the protocol's stable domains.
      const send = cdp.send.bind(cdp) as (method: string, params: object) => Promise<unknown>;
      await send('Extensions.loadUnpacked', { path: resolve(extensionDir) });
      background = await started;
      await cdp.detach();
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
