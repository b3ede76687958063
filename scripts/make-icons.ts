/**
 * Render `assets/icon.svg` to the PNG sizes the manifest uses, in headless Chromium. Run after
 * editing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_INSTALL_HINT, chromiumArgs, findChromium } from './lib/chromium';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
try {
  for (const size of [16, 32, 48, 96, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(resolve(root, `public/icon/${size}.png`), png);
    await page.close();
  }
} finally {
  await browser.close();
}
