import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET } from '../../data';
import { compileTable } from '../../lib/matcher/compile';
import { createMatcher, scanText } from '../../lib/matcher';
import { chromiumArgs, findChromium } from '../../scripts/lib/chromium';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { paintedRanges, paintedTexts } from './harness/highlights';
import { articleHtml, articleMatchSurfaces } from './harness/article';
import { changeFeed, FEED_CASES } from './harness/feed';
import { startServer, type FixtureServer } from './harness/server';
import { contentStatus, tabIdOf } from './harness/tabs';
import { startStorm } from './harness/storm';

let ext: ExtensionBrowser;
let plain: Browser;
let server: FixtureServer;

async function openAndScan(url: string) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  await expect
    .poll(async () => (await contentStatus(ext, tabId))?.scan?.done, { timeout: 15_000 })
    .toBe(true);
  return { page, tabId };
}

beforeAll(async () => {
  server = await startServer();
  server.page('/the-article.html', articleHtml({ wrapper: 'article' }));
  ext = await launchWithExtension();
  plain = await chromium.launch({
    executablePath: findChromium()!,
    headless: true,
    args: chromiumArgs(),
  });
});

afterAll(async () => {
  await plain?.close();
  await ext?.close();
  await server?.close();
});

describe('highlighting in Chromium', () => {
  it('highlights the article exactly as the matcher reads its text, Cyrillic-е Vershinin included', async () => {
    const { page } = await openAndScan(server.url('/the-article.html'));
    const painted = await paintedTexts(page);
    expect(painted).toEqual(articleMatchSurfaces());
    expect(painted).toContain('Sergei V\u0435rshinin');
    expect(painted).toContain('Ahmed Ash-Sharara');
    expect(painted).toContain('Assad al-Shibani');
    expect(painted).toContain('Et-Tanf');
    await page.close();
  });

  it('leaves the page’s DOM exactly as it was', async () => {
    const url = server.url('/the-article.html');
    const { page } = await openAndScan(url);
    expect((await paintedTexts(page)).length).toBeGreaterThan(10);
    const withExtension = await page.evaluate(() => document.documentElement.outerHTML);
    const other = await plain.newPage();
    await other.goto(url);
    const without = await other.evaluate(() => document.documentElement.outerHTML);
    expect(withExtension).toBe(without);
    await other.close();
    await page.close();
  });

  it('paints with the rules its manifest brings, never touching the page’s own style sheets', async () => {
    server.page(
      '/nothing.html',
      '<!doctype html><html><head><title>Weather</title></head><body><p>Sunny in Lisbon.</p><script>var x = "Syria";</script></body></html>',
    );
    const { page, tabId } = await openAndScan(server.url('/nothing.html'));
    expect((await contentStatus(ext, tabId))?.active).toBe(true);
    expect(await paintedTexts(page)).toEqual([]);
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Syria.' }));
    });
    await expect.poll(() => paintedTexts(page)).toEqual(['Syria']);
    // The `::highlight()` rules come as the content script's CSS: the name is drawn (the default
    // style is an underline) and the document adopted no sheet of ours.
    const drawn = await page.evaluate(() => {
      const [name] = [...CSS.highlights.keys()].filter((key) => key !== 'backstory-focus');
      const paragraph = document.querySelectorAll('p')[1]!;
      return {
        name,
        line: getComputedStyle(paragraph, `::highlight(${name})`).textDecorationLine,
        sheets: document.adoptedStyleSheets.length,
      };
    });
    expect(drawn.name).toMatch(/^backstory-underline-/);
    expect({ line: drawn.line, sheets: drawn.sheets }).toEqual({ line: 'underline', sheets: 0 });
    await page.close();
  });

  it('never highlights inside editable fields, scripts or hidden text', async () => {
    const { page } = await openAndScan(server.url('/editable.html'));
    const ranges = await paintedRanges(page);
    expect(ranges.map((r) => r.text)).toEqual(['Syria']);
    const container = await page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('backstory-') || name === 'backstory-focus') continue;
        for (const range of highlight) return (range.startContainer.parentNode as Element).id;
      }
      return undefined;
    });
    expect(container).toBe('plain');
    await page.close();
  });

  it('highlights text added after load, and drops text that goes away', async () => {
    const { page } = await openAndScan(server.url('/article.html'));
    const before = await paintedTexts(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later, Bashar al-Assad was mentioned.';
      document.body.append(p);
    });
    await expect
      .poll(() => paintedTexts(page))
      .toEqual([...before, 'Bashar al-Assad'].sort((a, b) => a.localeCompare(b)));
    await page.evaluate(() => document.getElementById('late')!.remove());
    await expect.poll(() => paintedTexts(page)).toEqual(before);
    await page.close();
  });

  it.each(FEED_CASES)(
    'reads the names beside a paragraph added or taken away again ($path)',
    async ({ path, html, change, before, after }) => {
      server.page(path, html);
      const { page } = await openAndScan(server.url(path));
      const texts = () => paintedTexts(page);
      await expect.poll(texts).toEqual(before);
      await page.evaluate(changeFeed, change);
      await expect.poll(texts).toEqual(after);
      await page.close();
    },
  );

  it('highlights inside a web component’s open shadow root', async () => {
    const { page } = await openAndScan(server.url('/shadow.html'));
    const ranges = await paintedRanges(page);
    const inShadow = ranges.filter((range) => range.inShadow).map((range) => range.text);
    expect(inShadow).toEqual(expect.arrayContaining(['Vladimir Putin', 'Ahmed al-Sharaa']));
    // The shadow root got the ::highlight() rules it needs to show them.
    const sheets = await page.evaluate(
      () => document.querySelector('news-card')!.shadowRoot!.adoptedStyleSheets.length,
    );
    expect(sheets).toBeGreaterThan(0);
    await page.close();
  });

  it('highlights inside the shadow root a web component gets when it is defined after the scan', async () => {
    const { page } = await openAndScan(server.url('/late-shadow.html'));
    expect(await paintedTexts(page)).toEqual(['Syria']);
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

  it('comes through a mutation storm by coalesced rescans, with every name of the feed painted', async () => {
    const { page, tabId } = await openAndScan(server.url('/storm.html'));
    expect(await paintedTexts(page)).toEqual(['Syria']);
    const named = await page.evaluate(startStorm);
    expect(named).toBe(80);
    // The end state, read only while no scan is under way (during a rescan the old ranges stay
    // painted beside the new ones until it is done).
    await expect
      .poll(
        async () =>
          (await contentStatus(ext, tabId))?.scan?.done ? paintedTexts(page) : 'scanning',
        { timeout: 15_000 },
      )
      .toEqual(['Syria', ...Array<string>(named).fill('Vladimir Putin')]);
    expect((await contentStatus(ext, tabId))?.scan?.storms).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('reads text through a custom element laid out inline, and not across custom elements laid out as blocks', async () => {
    const { page } = await openAndScan(server.url('/custom-elements.html'));
    const matcher = createMatcher(compileTable(DATASET));
    // An unstyled custom element is inline (the browser's default); `x-card` is a block here.
    const expected = ['Bashar al-Assad left Syria.', 'Vladimir', 'Putin spoke.']
      .flatMap((text) => scanText(matcher, text).map((match) => match.surface))
      .sort((a, b) => a.localeCompare(b));
    expect(expected).toEqual(['Bashar al-Assad', 'Putin', 'Syria']);
    expect(await paintedTexts(page)).toEqual(expected);
    await page.close();
  });

  it('highlights a page inside an iframe', async () => {
    const { page } = await openAndScan(server.url('/frame-outer.html'));
    const frame = page.frame({ url: /frame-inner\.html$/ })!;
    await expect.poll(() => paintedTexts(frame)).toEqual(['Syrian Foreign Ministry']);
    expect(await paintedTexts(page)).toEqual(['Iraq']);
    await page.close();
  });

  it('turns off and on live, without a reload', async () => {
    const { page, tabId } = await openAndScan(server.url('/the-article.html'));
    const count = (await paintedTexts(page)).length;
    expect(count).toBeGreaterThan(10);
    const setEnabled = (enabled: boolean) =>
      ext.background.evaluate(async (value) => {
        const key = 'settingsSnapshot';
        const stored = (await chrome.storage.local.get(key))[key] as Record<string, unknown>;
        await chrome.storage.local.set({ [key]: { ...stored, enabled: value } });
      }, enabled);
    await setEnabled(false);
    await expect.poll(() => paintedTexts(page)).toEqual([]);
    expect((await contentStatus(ext, tabId))?.active).toBe(false);
    await setEnabled(true);
    await expect.poll(async () => (await paintedTexts(page)).length).toBe(count);
    await page.close();
  });
});
