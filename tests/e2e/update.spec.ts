/**
 * The extension updated under open pages, in real Chromium (issue 5: everything stops cleanly when
 * the context is invalidated by an update). Chromium starts no content script of the new version in
 * open tabs and leaves the old one running, orphaned; the background starts the new one there
 * (lib/background/open-tabs.ts), and the orphan stops as it starts (WXT's context tells older
 * copies of the script on the page that a new one started).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { paintedRanges, paintedTexts } from './harness/highlights';
import { innerFrame, startServer, type FixtureServer } from './harness/server';
import { scanFinished, tabIdOf } from './harness/tabs';

let ext: ExtensionBrowser;
let server: FixtureServer;

interface Open {
  readonly page: Page;
  readonly tabId: number;
  /** What the page's console said from the update on. */
  readonly logged: string[];
  /** The highlighted texts before the update. */
  readonly before: string[];
}

let shadow: Open;
let framed: Open;

/** A page with frames it writes itself, which the manifest does not run the script in. */
const WRITTEN_FRAMES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head>
<body><p>The page names Syria.</p>
<iframe srcdoc="<p>Vladimir Putin, in a srcdoc frame.</p>"></iframe>
<iframe id="blank"></iframe>
<script>document.getElementById('blank').contentDocument.body.innerHTML = '<p>Vladimir Putin, in about:blank.</p>';</script>
</body></html>`;
let written: Open;

async function openScanned(path: string): Promise<Open> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(ext, page);
  await scanFinished(ext, tabId);
  return { page, tabId, logged: [], before: (await paintedTexts(page)).sort() };
}

/** How many style sheets the web component's shadow root has adopted: one per live script. */
function shadowSheets(page: Page): Promise<number> {
  return page.evaluate(
    () => document.querySelector('news-card')!.shadowRoot!.adoptedStyleSheets.length,
  );
}

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension({ updatable: true });
  shadow = await openScanned('/shadow.html');
  framed = await openScanned('/frame-outer.html');
  server.page('/written-frames.html', WRITTEN_FRAMES);
  written = await openScanned('/written-frames.html');
  await vi.waitFor(async () => expect(await paintedTexts(innerFrame(framed.page))).not.toEqual([]));
  expect(await shadowSheets(shadow.page)).toBe(1);
  for (const { page, logged } of [shadow, framed, written]) {
    page.on('console', (message) => logged.push(message.text()));
    page.on('pageerror', (error) => logged.push(String(error)));
  }
  await ext.update();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the extension updated under open pages (Chromium)', () => {
  it('starts the new version in each open tab: it answers the popup and paints the same names', async () => {
    for (const { page, tabId, before } of [shadow, framed]) {
      // Only a script of the new version can answer the new background.
      await scanFinished(ext, tabId);
      expect((await paintedTexts(page)).sort()).toEqual(before);
    }
    expect(shadow.before).toEqual(expect.arrayContaining(['Vladimir Putin', 'Ahmed al-Sharaa']));
    // The orphan took its style sheet out as it stopped; only the new version's is left.
    expect(await shadowSheets(shadow.page)).toBe(1);
  });

  it('highlights what the page adds after, and nothing of ours logs a word', async () => {
    const { page, logged } = shadow;
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Syria.' }));
    });
    await expect.poll(() => paintedTexts(page)).toContain('Syria');
    expect(await shadowSheets(page)).toBe(1);
    expect(
      (await paintedRanges(page)).filter((range) => range.inShadow).map((range) => range.text),
    ).toEqual(expect.arrayContaining(['Vladimir Putin', 'Ahmed al-Sharaa']));
    expect(logged.filter((text) => /backstory/i.test(text))).toEqual([]);
  });

  it('leaves the frames a page writes itself unscanned, as the manifest does', async () => {
    const { page, tabId, before, logged } = written;
    expect(before).toEqual(['Syria']);
    await scanFinished(ext, tabId);
    // The injection reaches all three documents; the script stops at once in the two written ones.
    await page.waitForTimeout(500);
    for (const frame of page.frames()) {
      expect(await paintedTexts(frame), frame.url()).toEqual(
        frame === page.mainFrame() ? ['Syria'] : [],
      );
    }
    expect(page.frames()).toHaveLength(3);
    expect(logged.filter((text) => /backstory/i.test(text))).toEqual([]);
  });

  it('runs the new version in the frames of a tab too', async () => {
    const { page, logged } = framed;
    const frame = innerFrame(page);
    const before = await paintedTexts(frame);
    await frame.evaluate(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Russia.' }));
    });
    await expect
      .poll(async () => (await paintedTexts(frame)).sort())
      .toEqual([...before, 'Russia'].sort());
    expect(logged.filter((text) => /backstory/i.test(text))).toEqual([]);
  });

  it('keeps one copy in a frame: a second one injected there takes over from the first', async () => {
    const { page, tabId } = shadow;
    const injected = await ext.background.evaluate(async (id) => {
      const files = chrome.runtime.getManifest().content_scripts![0]!.js!;
      const results = await chrome.scripting.executeScript({ target: { tabId: id }, files });
      return results.length;
    }, tabId);
    expect(injected).toBe(1);
    await page.waitForTimeout(1000);
    // Two live copies would have adopted a sheet each into the shadow root as they scanned.
    await scanFinished(ext, tabId, 1_000);
    expect(await shadowSheets(page)).toBe(1);
    expect((await paintedTexts(page)).sort()).toEqual([...shadow.before, 'Syria'].sort());
  });
});
