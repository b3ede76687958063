/**
 * The extension removed under an open page, in Firefox. Firefox ends a removed add-on's content
 * scripts outright (disabling is not tested: BiDi cannot): nothing of ours runs again in that page
 * to clear its highlights. They stay registered, but the `::highlight()` rules come as the content
 * script's CSS, which Firefox takes away with the add-on, so nothing stays drawn. Installed again,
 * Firefox injects the new script into the open tab, which paints afresh and unregisters what the
 * old one left; installed over itself (an update), the same. Its own browser: the add-on is
 * removed.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from '../e2e/harness/server';
import { launchFirefoxWithExtension, type FirefoxExtension } from './harness/extension';
import { FIREFOX_EXTENSION_DIR } from './harness/firefox';
import { paintedRanges } from './harness/page';

let ext: FirefoxExtension;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  ext = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface Drawn {
  /** Every registered Backstory highlight, by name, with its number of ranges. */
  registered: Record<string, number>;
  /** How the first painted name is drawn: its highlight's text-decoration line. */
  line: string | undefined;
}

function drawn(target: Page): Promise<Drawn> {
  return target.evaluate(() => {
    const registered: Record<string, number> = {};
    let line: string | undefined;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      registered[name] = highlight.size;
      const [range] = highlight;
      if (line === undefined && range && name.startsWith('backstory-underline-')) {
        const element = range.startContainer.parentElement!;
        line = getComputedStyle(element, `::highlight(${name})`).textDecorationLine;
      }
    }
    return { registered, line };
  });
}

/**
 * Register a highlight under a Backstory name the new script does not use (a colour of its own), as
 * a script from an earlier version would have left it.
 */
async function plantLeftover(target: Page): Promise<void> {
  await target.evaluate(() => {
    const [first] = CSS.highlights.values();
    const [range] = first ?? [];
    CSS.highlights.set('backstory-both-red', new Highlight(...(range ? [range] : [])));
  });
}

describe('Backstory removed from Firefox under an open page', () => {
  it('draws the article’s names while installed', async () => {
    page = await ext.openPage(server.url('/article.html'));
    await expect
      .poll(async () => (await paintedRanges(page)).length, { timeout: 15_000 })
      .toBeGreaterThan(2);
    expect((await drawn(page)).line).toBe('underline');
  });

  it('draws nothing once the add-on is removed', async () => {
    const before = await drawn(page);
    await ext.browser.uninstallExtension(ext.addonId);
    await expect.poll(async () => (await drawn(page)).line, { timeout: 15_000 }).toBe('none');
    // Nothing of ours ran to unregister them: only the rules went.
    expect((await drawn(page)).registered).toEqual(before.registered);
  });

  it('installed again, paints the page afresh and unregisters what the old script left', async () => {
    const before = await drawn(page);
    await plantLeftover(page);
    expect(Object.keys((await drawn(page)).registered)).toContain('backstory-both-red');
    await ext.browser.installExtension(FIREFOX_EXTENSION_DIR);
    await expect.poll(async () => (await drawn(page)).line, { timeout: 15_000 }).toBe('underline');
    await expect
      .poll(async () => (await drawn(page)).registered, { timeout: 15_000 })
      .toEqual(before.registered);
  });

  it('updated in place (installed again over itself), keeps one set of highlights, drawn', async () => {
    const before = await drawn(page);
    await plantLeftover(page);
    await ext.browser.installExtension(FIREFOX_EXTENSION_DIR);
    // The leftover going shows that a new script ran; the ranges, that it did not paint twice.
    await expect
      .poll(async () => (await drawn(page)).registered, { timeout: 15_000 })
      .toEqual(before.registered);
    expect((await drawn(page)).line).toBe('underline');
  });
});
