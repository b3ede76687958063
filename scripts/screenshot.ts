/**
 * `npm run screenshot`: build the extension, load it in headless Chromium and save PNGs of what a
 * user sees into docs/screenshots/ (the README shows them).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/harness/extension';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(OUT, { recursive: true });

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const ext = await launchWithExtension();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const demo = await ext.openExtensionPage('demo.html');
    await demo.emulateMedia({ colorScheme: scheme });
    await demo.setViewportSize({ width: 1100, height: 900 });
    await demo.locator('article').waitFor();
    await demo.screenshot({ path: `${OUT}/demo-${scheme}.png` });
    await demo.close();

    const popup = await ext.openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.getByRole('switch').waitFor();
    await popup.locator('main').screenshot({ path: `${OUT}/popup-${scheme}.png` });
    await popup.close();
  }
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await ext.close();
}
