/**
 * `npm run dev`, the README's quick start: WXT's development server, with its build loaded in real
 * Chromium (WXT's own browser launch turned off; this suite launches its own). Its extension pages
 * load their modules from the dev server, which serves ES modules, not the bundles the rest of the
 * suite tests, so a module that only works bundled breaks them here.
 */
import { resolve } from 'node:path';
import { createServer, type WxtDevServer } from 'wxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { paintedTexts } from './harness/highlights';

const ROOT = resolve(import.meta.dirname, '../..');

let server: WxtDevServer;
let ext: ExtensionBrowser;
const errors: string[] = [];

beforeAll(async () => {
  server = await createServer({ root: ROOT, webExt: { disabled: true } });
  await server.start();
  ext = await launchWithExtension({
    extensionDir: resolve(ROOT, '.output/chrome-mv3-dev'),
    allowDevServer: true,
  });
  ext.context.on('weberror', (error) => errors.push(String(error.error())));
});

afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

describe('npm run dev', () => {
  it('serves the popup and the demo page, which highlights the article', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('input[role="switch"]').count()).toBeGreaterThan(0);
    await popup.close();

    const demo = await ext.openExtensionPage('demo.html');
    await expect.poll(async () => (await paintedTexts(demo)).length).toBeGreaterThan(10);
    expect(await paintedTexts(demo)).toContain('Sergei V\u0435rshinin');
    await demo.close();
    expect(errors).toEqual([]);
  });
});
