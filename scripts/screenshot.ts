/**
 * `npm run screenshot`: build the extension, load it in headless Chromium and save PNGs of what a
 * user sees into docs/screenshots/ (the README shows them).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleHtml } from '../tests/e2e/harness/article';
import { CARD_TAG } from '../lib/card/card-host';
import { highlightCentre } from '../tests/e2e/harness/card';
import { launchWithExtension } from '../tests/e2e/harness/extension';
import { startServer } from '../tests/e2e/harness/server';
import { contentStatus, tabIdOf } from '../tests/e2e/harness/tabs';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(OUT, { recursive: true });

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startServer();
// The article as an ordinary web page, for the popup to be about (its "On this page" list).
const articleUrl = server.page(
  '/article-page.html',
  articleHtml({ wrapper: 'main', title: 'The article' }),
);
const ext = await launchWithExtension();
try {
  const article = await ext.context.newPage();
  await article.goto(articleUrl);
  const tabId = await tabIdOf(ext, article);
  // Wait for the page's scan to finish, so the popup shows the final counts.
  for (let tries = 0; !(await contentStatus(ext, tabId))?.scan?.done; tries += 1) {
    if (tries > 100) throw new Error('the article page was not scanned within 10 s');
    await new Promise((done) => setTimeout(done, 100));
  }

  for (const scheme of ['light', 'dark'] as const) {
    const demo = await ext.openExtensionPage('demo.html');
    await demo.emulateMedia({ colorScheme: scheme });
    await demo.setViewportSize({ width: 1100, height: 900 });
    await demo.locator('article').waitFor();
    await demo.waitForFunction(() =>
      [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')),
    );
    await demo.screenshot({ path: `${OUT}/demo-${scheme}.png` });

    // The hover card over the demo article: rest the pointer on a name.
    const name = await highlightCentre(demo, 'Ahmed Ash-Sharara');
    if (!name) throw new Error('the demo page has no highlight for "Ahmed Ash-Sharara"');
    await demo.mouse.move(name.x, 5);
    await demo.mouse.move(name.x, name.y, { steps: 8 });
    await demo.waitForFunction((tag) => document.querySelector(tag) !== null, CARD_TAG);
    // Let the card's data arrive and its position settle.
    await demo.waitForTimeout(600);
    await demo.screenshot({ path: `${OUT}/card-${scheme}.png` });
    await demo.close();

    // The popup about the article's tab, as when its toolbar button is clicked there.
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.locator('.entity').first().waitFor({ timeout: 15_000 });
    await popup.locator('main').screenshot({ path: `${OUT}/popup-${scheme}.png` });
    await popup.close();
  }
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await ext.close();
  await server.close();
}
