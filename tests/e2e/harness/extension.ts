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

/** Chromium launched, before any extension of ours is known to it. */
interface Launched {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launch real Chromium (headless) with these switches (`chromiumArgs`' and more), and every request
 * that leaves the loopback interface blocked.
 */
async function launchChromium(
  args: readonly string[],
  options: Pick<LaunchOptions, 'userDataDir' | 'allowDevServer'> & {
    /** Playwright's own switches to leave out. */
    ignoreDefaultArgs?: string[];
  },
): Promise<Launched> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [...args],
    ...(options.ignoreDefaultArgs ? { ignoreDefaultArgs: options.ignoreDefaultArgs } : {}),
    viewport: { width: 1280, height: 800 },
  });
  const allowed = ['https?://127\\.0\\.0\\.1[:/]', 'chrome-extension:', 'data:', 'blob:', 'about:'];
  if (options.allowDevServer) allowed.push('(https?|wss?)://localhost:3000/');
  const blocked = new RegExp(`^(?!${allowed.join('|')})`);
  await context.route(blocked, (route) => route.abort('blockedbyclient'));
  return {
    context,
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Install the unpacked extension at `extensionDir` through the DevTools protocol (Chromium needs
 * `--enable-unsafe-extension-debugging` for it), as a user or a store installs it: the first time
 * `runtime.onInstalled` says "install", over the running one "update". Resolves with the new
 * background service worker (not `old`, the running one's).
 */
async function installUnpacked(
  context: BrowserContext,
  extensionDir: string,
  old?: Worker,
): Promise<Worker> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser to open a DevTools session on');
  const cdp = await browser.newBrowserCDPSession();
  const started = context.waitForEvent('serviceworker', {
    predicate: (worker) => worker !== old && worker.url().startsWith('chrome-extension://'),
  });
  // Playwright's typings list only the protocol's stable domains.
  const send = cdp.send.bind(cdp) as (method: string, params: object) => Promise<unknown>;
  await send('Extensions.loadUnpacked', { path: resolve(extensionDir) });
  const worker = await started;
  await cdp.detach();
  return worker;
}

function ensureBuilt(extensionDir: string): void {
  if (!extensionBuilt(extensionDir))
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
}

/** The handle on an installed extension, whose background worker is `first`. */
function extensionBrowser(
  launched: Launched,
  first: Worker,
  extensionDir: string,
  updatable: boolean,
): ExtensionBrowser {
  const { context } = launched;
  let background = first;
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
      if (!updatable) throw new Error('launch with `updatable: true` to update');
      background = await installUnpacked(context, extensionDir, background);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    close: () => launched.close(),
  };
}

/**
 * Launch real Chromium with the built extension loaded (headless), with every request that leaves
 * the loopback interface blocked.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  ensureBuilt(extensionDir);
  const launched = await launchChromium(
    [
      ...chromiumArgs(extensionDir),
      ...(options.updatable ? ['--enable-unsafe-extension-debugging'] : []),
    ],
    options,
  );
  const { context } = launched;
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return extensionBrowser(launched, background, extensionDir, options.updatable === true);
}

/** Chromium with the built extension not yet installed: for a first install under open tabs. */
export interface BrowserBeforeInstall {
  readonly context: BrowserContext;
  /**
   * Install the built extension as a user installs it (`runtime.onInstalled` with reason "install")
   * and wait for its background. The handle it gives can `update()`.
   */
  install(): Promise<ExtensionBrowser>;
  close(): Promise<void>;
}

/**
 * Launch real Chromium with no extension, which can install the built one later. Playwright turns
 * every extension off (`--disable-extensions`), which is left out here;
 * `--disable-extensions-except` is no way round it, as it installs the extensions it names at
 * start.
 */
export async function launchBeforeInstall(): Promise<BrowserBeforeInstall> {
  const extensionDir = CHROME_EXTENSION_DIR;
  ensureBuilt(extensionDir);
  const launched = await launchChromium(
    [...chromiumArgs(), '--enable-unsafe-extension-debugging'],
    { ignoreDefaultArgs: ['--disable-extensions'] },
  );
  return {
    context: launched.context,
    async install() {
      const background = await installUnpacked(launched.context, extensionDir);
      return extensionBrowser(launched, background, extensionDir, true);
    },
    close: () => launched.close(),
  };
}
