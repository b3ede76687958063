/**
 * The core of the end-to-end suite in Firefox (issue 9): the Firefox build installed in Debian's
 * firefox-esr as a temporary add-on, driven over WebDriver BiDi. The content script answers on a
 * local page; the popup's global switch and a site turned off apply live; a settings change reaches
 * `storage.sync` (the gecko id gives the add-on a sync area); the article page is highlighted
 * through `CSS.highlights` with its DOM untouched and exactly the matcher's names on the seed
 * article, text runs through an inline custom element; editable fields stay unpainted, text added
 * later is painted and text removed unpainted, a web component's open shadow root and a page in an
 * iframe are painted; a mutation storm ends with every name painted; the hover card opens in the
 * top layer; a single-page app's new URL rescans the page and a new fragment does not.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_TAG } from '../../lib/card/card-host';
import {
  browserFamily,
  caretFromPointMethod,
  supportsCustomHighlights,
  supportsHighlightsFromPoint,
  supportsPopover,
} from '../../lib/platform/browser-support';
import type { Settings } from '../../lib/settings/schema';
import { GECKO_ID } from '../../wxt.config';
import { articleHtml, articleMatchSurfaces } from '../e2e/harness/article';
import { changeFeed, FEED_CASES } from '../e2e/harness/feed';
import { startServer, type FixtureServer } from '../e2e/harness/server';
import {
  SPA_HTML,
  SPA_NAMES,
  SPA_WORLD_NAMES,
  SPA_WORLD_VIEW,
  addSharaaParagraph,
  keepPaintedRanges,
  keptStillPainted,
  navigateToWorld,
} from '../e2e/harness/spa';
import { launchFirefoxWithExtension, type FirefoxExtension } from './harness/extension';
import {
  domMutations,
  elementState,
  paintedRanges,
  paintedTextCentre,
  recordDomMutations,
} from './harness/page';
import {
  contentStatus,
  storageArea,
  tabIdByUrl,
  toBackground,
  type WebExtGlobal,
} from './harness/tabs';
import { startStorm } from '../e2e/harness/storm';

let ext: FirefoxExtension;
let server: FixtureServer;
/** An extension page whose `browser` API the tests use (the demo page does nothing by itself). */
let control: Page;

beforeAll(async () => {
  server = await startServer();
  server.page('/the-article.html', articleHtml({ wrapper: 'article' }));
  server.page('/app/news', SPA_HTML);
  ext = await launchFirefoxWithExtension();
  control = await ext.openExtensionPage('demo.html');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function snapshot(): Promise<Settings | undefined> {
  return (await storageArea(control, 'local')).settingsSnapshot as Settings | undefined;
}

/** The popup's switch with this label (a checkbox with the switch role, inside its label). */
async function popupSwitch(popup: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await popup.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find((input) =>
        input.closest('label')?.textContent?.includes(wanted),
      ),
    { timeout: 15_000 },
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

async function isChecked(input: ElementHandle<HTMLInputElement>): Promise<boolean> {
  return input.evaluate((element) => element.checked);
}

/** Open the article fixture and wait until its content script says it is highlighting. */
async function openArticle(
  path = '/article.html',
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ page: Page; tabId: number }> {
  const page = await ext.openPage(server.url(path), beforeLoad);
  const tabId = await tabIdByUrl(control, server.url(path));
  await expect.poll(async () => (await contentStatus(control, tabId))?.active).toBe(true);
  return { page, tabId };
}

/** Open a fixture page and wait until its content script has finished scanning it. */
async function openScanned(path: string): Promise<Page> {
  const { page, tabId } = await openArticle(path);
  await expect.poll(async () => (await contentStatus(control, tabId))?.scan?.done).toBe(true);
  return page;
}

describe('the built extension in Firefox', () => {
  it('installs with the gecko id and the manifest it was built with', async () => {
    expect(ext.addonId).toBe(GECKO_ID);
    const manifest = await control.evaluate(() =>
      (globalThis as unknown as WebExtGlobal).browser.runtime.getManifest(),
    );
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    // Firefox starts the content script in open tabs itself; host permissions are the user's.
    // (Firefox reports a manifest without the key as an empty list.)
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
  });

  it("takes the platform module's Firefox paths", async () => {
    // The module's detection functions are pure and self-contained: run their source in Firefox
    // against its real globals.
    const call = (page: Page, fn: (...args: never[]) => unknown, args: string) =>
      page.evaluate(`(${fn.toString()})(${args})`);
    const { page } = await openArticle();
    expect(await call(page, supportsCustomHighlights, 'globalThis')).toBe(true);
    expect(await call(page, supportsHighlightsFromPoint, 'CSS.highlights')).toBe(true);
    expect(await call(page, caretFromPointMethod, 'document')).toBe('caretPositionFromPoint');
    expect(await call(page, supportsPopover, 'HTMLElement.prototype')).toBe(true);
    expect(await call(control, browserFamily, 'browser.runtime')).toBe('firefox');
    // Firefox's storage.sync carries no quota constants: syncQuota falls back to the documented ones.
    expect(
      await control.evaluate(() => {
        const area = (globalThis as unknown as WebExtGlobal).browser.storage.sync as object;
        return ['QUOTA_BYTES', 'QUOTA_BYTES_PER_ITEM', 'MAX_ITEMS'].filter((key) => key in area);
      }),
    ).toEqual([]);
    await page.close();
  });

  it('runs its content script on a local http page and answers toContent/status', async () => {
    const { page, tabId } = await openArticle();
    const status = await contentStatus(control, tabId);
    expect(status).toMatchObject({ active: true, url: server.url('/article.html') });
    // Measured, not asserted (the timing targets are benchmarked): printed for the report.
    await expect.poll(async () => (await contentStatus(control, tabId))?.scan?.done).toBe(true);
    const scan = (await contentStatus(control, tabId))?.scan;
    console.info(
      `[firefox e2e] article scan: busy ${scan?.busyMs.toFixed(1)} ms, longest task ${scan?.maxTaskMs.toFixed(1)} ms, ${scan?.highlights} highlights`,
    );
    await page.close();
  });

  it("turns the extension off and on from the popup's global switch, live in an open tab", async () => {
    const { page, tabId } = await openArticle();
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    const toggle = await popupSwitch(popup, 'Highlight names on pages');
    await expect.poll(() => isChecked(toggle)).toBe(true);

    await toggle.click();
    await expect.poll(() => isChecked(toggle)).toBe(false);
    await expect.poll(async () => (await snapshot())?.enabled).toBe(false);
    await expect
      .poll(() => contentStatus(control, tabId))
      .toMatchObject({ active: false, reason: 'off' });

    await toggle.click();
    await expect.poll(async () => (await snapshot())?.enabled).toBe(true);
    await expect.poll(async () => (await contentStatus(control, tabId))?.active).toBe(true);
    await popup.close();
    await page.close();
  });

  it('a site turned off applies live, and turned back on too', async () => {
    const { page, tabId } = await openArticle();
    const off = await toBackground(control, {
      type: 'toBackground/settings/list',
      list: 'disabledSites',
      op: 'add',
      item: server.url('/article.html'),
    });
    expect(off).toMatchObject({ ok: true, state: { settings: { disabledSites: ['127.0.0.1'] } } });
    await expect
      .poll(() => contentStatus(control, tabId))
      .toMatchObject({ active: false, reason: 'site-off' });

    const on = await toBackground(control, {
      type: 'toBackground/settings/list',
      list: 'disabledSites',
      op: 'remove',
      item: '127.0.0.1',
    });
    expect(on).toMatchObject({ ok: true, state: { settings: { disabledSites: [] } } });
    await expect.poll(async () => (await contentStatus(control, tabId))?.active).toBe(true);
    await page.close();
  });

  it('a page opened while its site is off says so, and is highlighted once the site is back on', async () => {
    const list = (op: 'add' | 'remove') =>
      toBackground(control, {
        type: 'toBackground/settings/list',
        list: 'disabledSites',
        op,
        item: '127.0.0.1',
      });
    expect(await list('add')).toMatchObject({ ok: true });
    const page = await ext.openPage(server.url('/the-article.html'));
    const tabId = await tabIdByUrl(control, server.url('/the-article.html'));
    await expect
      .poll(() => contentStatus(control, tabId))
      .toEqual({ active: false, url: server.url('/the-article.html'), reason: 'site-off' });
    expect(await paintedRanges(page)).toEqual([]);

    expect(await list('remove')).toMatchObject({ ok: true });
    await expect.poll(async () => (await contentStatus(control, tabId))?.scan?.done).toBe(true);
    expect((await paintedRanges(page)).map((range) => range.text)).toEqual(articleMatchSurfaces());
    await page.close();
  });

  it('a settings change reaches browser.storage.sync (the add-on has a gecko id)', async () => {
    const reply = await toBackground(control, {
      type: 'toBackground/settings/update',
      patch: { hoverDelayMs: 450 },
    });
    expect(reply).toMatchObject({ ok: true, state: { settings: { hoverDelayMs: 450 } } });
    // The background debounces sync writes; the change then lands in the sync area's register list.
    await expect
      .poll(() => storageArea(control, 'sync'), { timeout: 15_000 })
      .toMatchObject({
        settings: {
          r: expect.arrayContaining([
            ['hoverDelayMs', 450, expect.any(Number), expect.any(String)],
          ]) as unknown,
        },
      });
    // Put the default back for the tests that follow (the hover card waits for this delay).
    await toBackground(control, {
      type: 'toBackground/settings/update',
      patch: { hoverDelayMs: 300 },
    });
    await expect.poll(async () => (await snapshot())?.hoverDelayMs).toBe(300);
  });

  it('highlights the article page through CSS.highlights and leaves its DOM untouched', async () => {
    const { page } = await openArticle('/article.html', recordDomMutations);
    await expect
      .poll(async () => (await paintedRanges(page)).map((range) => range.text), {
        timeout: 15_000,
      })
      .toEqual(expect.arrayContaining(['Palmyra', 'Syria', 'United States']));
    for (const range of await paintedRanges(page)) expect(range.name).toMatch(/^backstory-/);

    // The page's body, parsed from the same source without the extension, is what the live page
    // shows: no element, attribute or class was added.
    const untouched = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      return { live: document.body.innerHTML, parsed: parsed.body.innerHTML };
    });
    expect(untouched.live).toBe(untouched.parsed);
    // Nor was anything added and taken away again: no change at all since DOMContentLoaded.
    expect(await domMutations(page)).toEqual([]);
    await page.close();
  });

  it('highlights the article exactly as the matcher reads its text, Cyrillic-е Vershinin included', async () => {
    const page = await openScanned('/the-article.html');
    const painted = (await paintedRanges(page)).map((range) => range.text);
    expect(painted).toEqual(articleMatchSurfaces());
    expect(painted).toContain('Sergei V\u0435rshinin');
    await page.close();
  });

  it('reads text through a custom element laid out inline, not across ones laid out as blocks', async () => {
    const page = await openScanned('/custom-elements.html');
    // As in Chromium: an unstyled custom element is inline; `x-card` is a block here.
    const painted = (await paintedRanges(page)).map((range) => range.text).sort();
    expect(painted).toEqual(['Bashar al-Assad', 'Putin', 'Syria']);
    await page.close();
  });

  it('never highlights inside editable fields, scripts or hidden text', async () => {
    const page = await openScanned('/editable.html');
    // "Syria" is in the fixture nine times; only the plain paragraph's is for reading.
    expect((await paintedRanges(page)).map((range) => range.text)).toEqual(['Syria']);
    await page.close();
  });

  it('highlights text added after load, and drops text that goes away', async () => {
    const page = await openScanned('/article.html');
    const texts = async () => (await paintedRanges(page)).map((range) => range.text);
    const before = await texts();
    expect(before).not.toContain('Bashar al-Assad');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later, Bashar al-Assad was mentioned.';
      document.body.append(p);
    });
    await expect
      .poll(texts)
      .toEqual([...before, 'Bashar al-Assad'].sort((a, b) => a.localeCompare(b)));
    await page.evaluate(() => document.getElementById('late')!.remove());
    await expect.poll(texts).toEqual(before);
    await page.close();
  });

  it.each(FEED_CASES)(
    'reads the names beside a paragraph added or taken away again ($path)',
    async ({ path, html, change, before, after }) => {
      server.page(path, html);
      const page = await openScanned(path);
      const texts = async () => (await paintedRanges(page)).map((range) => range.text);
      await expect.poll(texts).toEqual(before);
      await page.evaluate(changeFeed, change);
      await expect.poll(texts).toEqual(after);
      await page.close();
    },
  );

  it('highlights inside the shadow root a web component gets when it is defined after the scan', async () => {
    const page = await openScanned('/late-shadow.html');
    expect((await paintedRanges(page)).map((range) => range.text)).toEqual(['Syria']);
    await page.evaluate(() => (window as unknown as { defineLateCard(): void }).defineLateCard());
    await expect
      .poll(
        async () => (await paintedRanges(page)).filter((r) => r.inShadow).map((r) => r.text),
        // The first look comes 250 ms after the scan met the element.
        { timeout: 5000 },
      )
      .toEqual(['Ahmed al-Sharaa', 'Vladimir Putin']);
    await page.close();
  });

  it('highlights a page inside an iframe, in the frame’s own registry', async () => {
    const { page } = await openArticle('/frame-outer.html');
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/frame-inner.html'));
    expect(frame).toBeDefined();
    await expect
      .poll(async () => (await paintedRanges(frame!)).map((range) => range.text), {
        timeout: 15_000,
      })
      .toEqual(['Syrian Foreign Ministry']);
    expect((await paintedRanges(page)).map((range) => range.text)).toEqual(['Iraq']);
    await page.close();
  });

  it('opens the hover card in the top layer on hover, without touching the body', async () => {
    const { page } = await openArticle();
    await expect.poll(() => paintedTextCentre(page, 'Palmyra'), { timeout: 15_000 }).toBeDefined();
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    expect(await elementState(page, CARD_TAG)).toEqual({ present: false, popoverOpen: false });

    const point = (await paintedTextCentre(page, 'Palmyra'))!;
    // Come to rest on the name as a reader would: a pointer still moving fast is passing over.
    await page.mouse.move(point.x - 40, point.y + 40);
    await page.mouse.move(point.x - 2, point.y, { steps: 4 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() => elementState(page, CARD_TAG), { timeout: 10_000 })
      .toEqual({ present: true, popoverOpen: true });
    // The card's host hangs off <html>, outside the page's body; its content is in a closed shadow root.
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
    expect(
      await page.evaluate((tag) => {
        const host = document.querySelector<HTMLElement>(tag);
        return {
          underHtml: host?.parentElement === document.documentElement,
          open: host?.shadowRoot,
        };
      }, CARD_TAG),
    ).toEqual({ underHtml: true, open: null });

    await page.keyboard.press('Escape');
    await expect
      .poll(() => elementState(page, CARD_TAG))
      .toEqual({
        present: false,
        popoverOpen: false,
      });
    await page.close();
  });

  it('comes through a mutation storm by coalesced rescans, with every name of the feed painted', async () => {
    const { page, tabId } = await openArticle('/storm.html');
    await expect.poll(async () => (await contentStatus(control, tabId))?.scan?.done).toBe(true);
    const texts = async () => (await paintedRanges(page)).map((range) => range.text);
    expect(await texts()).toEqual(['Syria']);
    const named = await page.evaluate(startStorm);
    expect(named).toBe(80);
    // The end state, read only while no scan is under way (during a rescan the old ranges stay
    // painted beside the new ones until it is done).
    await expect
      .poll(
        async () => ((await contentStatus(control, tabId))?.scan?.done ? texts() : 'scanning'),
        { timeout: 15_000 },
      )
      .toEqual(['Syria', ...Array<string>(named).fill('Vladimir Putin')]);
    expect((await contentStatus(control, tabId))?.scan?.storms).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('rescans on a single-page navigation to a new URL, and not on a new fragment', async () => {
    const { page, tabId } = await openArticle('/app/news');
    await expect.poll(async () => (await contentStatus(control, tabId))?.scan?.done).toBe(true);
    const texts = async () => (await paintedRanges(page)).map((range) => range.text);
    expect(await texts()).toEqual(SPA_NAMES);

    // A new fragment (a table-of-contents link): the same ranges stay painted, and later work
    // shows the scanner has caught up with whatever the navigation set off.
    const kept = await page.evaluate(keepPaintedRanges);
    await page.click('#toc');
    expect(await page.evaluate(() => location.hash)).toBe('#later');
    await page.evaluate(addSharaaParagraph);
    await expect.poll(texts, { timeout: 10_000 }).toContain('Ahmed al-Sharaa');
    expect(await page.evaluate(keptStillPainted)).toBe(kept);

    // A new URL: a fresh scan paints the new view, and the header with a new range.
    await page.evaluate(keepPaintedRanges);
    await page.evaluate(navigateToWorld, SPA_WORLD_VIEW);
    await expect
      .poll(texts, { timeout: 10_000 })
      .toEqual([...SPA_WORLD_NAMES, 'Ahmed al-Sharaa'].sort());
    expect(await page.evaluate(keptStillPainted)).toBe(0);
    expect((await contentStatus(control, tabId))?.url).toBe(server.url('/app/world'));
    await page.close();
  });
});
