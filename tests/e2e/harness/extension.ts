import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  /** The extension's background service worker, for reading its storage. */
  readonly background: Worker;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  /** Open an extension page (popup.html, demo.html) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile directory (to test persistence across restarts). */
  userDataDir?: string;
  /** Another unpacked extension instead of the built one (the benchmarks' floors, `wxt dev`'s). */
  extensionDir?: string;
  /** Let requests to `wxt dev`'s server (http://localhost:3000) through, for its build's pages. */
  allowDevServer?: boolean;
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
    args: chromiumArgs(extensionDir),
    viewport: { width: 1280, height: 800 },
  });
  const allowed = ['https?://127\\.0\\.0\\.1[:/]', 'chrome-extension:', 'data:', 'blob:', 'about:'];
  if (options.allowDevServer) allowed.push('(https?|wss?)://localhost:3000/');
  const blocked = new RegExp(`^(?!${allowed.join('|')})`);
  await context.route(blocked, (route) => route.abort('blockedbyclient'));

  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(background.url()).host;
  const extensionUrl = (path: string) =>
    `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  return {
    context,
    extensionId,
    background,
    extensionUrl,
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
