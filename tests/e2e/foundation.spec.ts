import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET } from '../../data';
import { CHROME_EXTENSION_DIR } from '../../scripts/lib/chromium';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { startServer, type FixtureServer } from './harness/server';
import { contentStatus, localStorageArea, tabIdOf } from './harness/tabs';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('loads with the manifest it was built with', async () => {
    const manifest = await ext.background.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Backstory');
    // `scripting` and the host permissions start the content script in tabs already open when the
    // extension is installed or updated (tests/e2e/invalidation.spec.ts).
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting']);
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // The bundles the content script imports, at a per-session address pages cannot probe.
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['card.js', 'content-engine.js'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ]);
    // Messages as structured clones (Chrome 148+), cheaper than JSON for a page's text.
    expect((manifest as { message_serialization?: string }).message_serialization).toBe(
      'structured_clone',
    );
  });

  it('keeps out of the content script what every page would pay for and not use', () => {
    // The manifest's script is compiled on every page a user opens, on its main thread and without
    // a code cache; it only loads the engine, a bundle of its own compiled as it streams in.
    const loader = readFileSync(join(CHROME_EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const engine = readFileSync(join(CHROME_EXTENSION_DIR, 'content-engine.js'), 'utf8');
    expect(loader).not.toContain('createTreeWalker');
    expect(engine).toContain('createTreeWalker');
    // The loader uses the browser's own API; the engine keeps webextension-polyfill
    // (lib/platform/extension-api-native.ts says why).
    expect(loader).not.toContain('webextension-polyfill');
    expect(engine).toContain('webextension-polyfill');
    for (const script of [loader, engine]) {
      // valibot's schemas carry `~run`: the content script checks what it reads directly.
      expect(script).not.toContain('~run');
      // IndexedDB (and idb) belong in the background and the popup.
      expect(script).not.toContain('indexedDB');
      // The cards' text comes from the background, asked for on hover.
      for (const entity of DATASET.entities) expect(script).not.toContain(entity.note.text);
    }
  });

  it('runs its content script on a local http page', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    const tabId = await tabIdOf(ext, page);
    await expect
      .poll(async () => {
        const status = await contentStatus(ext, tabId);
        return status && { active: status.active, url: status.url, scanned: status.scan?.done };
      })
      .toEqual({ active: true, url: server.url('/article.html'), scanned: true });
    await page.close();
  });

  it('shows the article on the demo page', async () => {
    const page = await ext.openExtensionPage('demo.html');
    await expect.poll(() => page.locator('article p:not(.demo__kicker)').count()).toBe(2);
    const text = await page.locator('article').innerText();
    expect(text).toContain('joint forces of Syria and the United States launched an attack');
    expect(text).toContain('Sergei V\u0435rshinin');
    await page.close();
  });

  it('turns the extension off and on from the popup, live in open tabs', async () => {
    const article = await ext.context.newPage();
    await article.goto(server.url('/article.html'));
    const tabId = await tabIdOf(ext, article);
    await expect.poll(async () => (await contentStatus(ext, tabId))?.active).toBe(true);

    const popup = await ext.openExtensionPage('popup.html');
    const toggle = popup.getByRole('switch', { name: 'Highlight names on pages' });
    await expect.poll(() => toggle.isChecked()).toBe(true);

    await toggle.click();
    expect(await toggle.isChecked()).toBe(false);
    await expect
      .poll(async () => (await localStorageArea(ext)).settingsSnapshot)
      .toMatchObject({ enabled: false });
    await expect.poll(async () => (await contentStatus(ext, tabId))?.active).toBe(false);

    await toggle.click();
    await expect.poll(async () => (await contentStatus(ext, tabId))?.active).toBe(true);
    await popup.close();
    await article.close();
  });

  it('opens the demo page from the popup', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    const [demo] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open the demo article' }).click(),
    ]);
    await demo.waitForLoadState();
    expect(demo.url()).toBe(ext.extensionUrl('demo.html'));
    await demo.close();
  });
});
