/**
 * The hover card in real Chromium (issue 6): it opens after the hover delay with the right entity,
 * not on a fast pass, nor beside a name's line (hit-testing, issue 5); the pointer can move into
 * it; Esc closes it; the keyboard command walks the highlights; "turn off on this site" removes
 * every highlight at once; a hostile page can neither hide nor restyle it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_TAG } from '../../lib/card/card-host';
import type { Settings } from '../../lib/settings/schema';
import { highlightCentre, readCard } from './harness/card';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { paintedTexts } from './harness/highlights';
import { startServer, type FixtureServer } from './harness/server';
import { contentStatus, localStorageArea, tabIdOf } from './harness/tabs';

let ext: ExtensionBrowser;
let server: FixtureServer;

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head>
<body style="margin: 40px; font: 18px/1.6 serif">
<p id="one">Russian President Vladimir Putin met Syrian interim president Ahmed Ash-Sharara in Moscow.</p>
<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.</p>
<p>Later the Syrian Foreign Ministry spoke about Bashar al-Assad and the bases in Syria.</p>
</body></html>`;

/** A name at the end of a short line, in a block as wide as the page. */
const SHORT_LINE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Short</title></head>
<body style="margin: 40px; font: 18px/1.6 serif"><p id="short">The talks were about Syria</p></body></html>`;

const HOSTILE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<style>
  * { all: unset !important; }
  html, body { display: block !important; }
  p { display: block !important; margin: 40px !important; font: 18px/1.6 serif !important; }
  .cover { display: block !important; position: fixed !important; inset: 0 !important;
    z-index: 2147483647 !important; background: rgba(255, 0, 0, 0.01) !important; pointer-events: none !important; }
  backstory-card, backstory-card * { display: none !important; opacity: 0 !important; }
  :root { filter: none !important; }
</style></head>
<body><div class="cover"></div><p>Talks between Vladimir Putin and Syria went on.</p></body></html>`;

beforeAll(async () => {
  server = await startServer();
  server.page('/card-article.html', ARTICLE);
  server.page('/hostile.html', HOSTILE);
  server.page('/short-line.html', SHORT_LINE);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(server.url(path));
  const tabId = await tabIdOf(ext, page);
  await expect
    .poll(async () => (await contentStatus(ext, tabId))?.scan?.done, { timeout: 15_000 })
    .toBe(true);
  return { page, tabId };
}

const cardOpen = (page: Page) =>
  page.evaluate((tag) => document.querySelector(tag) !== null, CARD_TAG);

/**
 * Make the content script hit-test by the caret under the pointer, as browsers without
 * `highlightsFromPoint` do: the method is removed in the script's own (isolated) world only.
 */
async function hitTestByCaret(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    // The existing contexts are reported before this returns.
    await session.send('Runtime.enable');
    const world = worlds.find(
      (context) =>
        context.auxData?.type === 'isolated' &&
        context.origin === `chrome-extension://${ext.extensionId}`,
    );
    if (!world) throw new Error('no content script world');
    const { result } = await session.send('Runtime.evaluate', {
      contextId: world.id,
      expression:
        'delete HighlightRegistry.prototype.highlightsFromPoint, typeof CSS.highlights.highlightsFromPoint',
    });
    expect(result.value).toBe('undefined');
  } finally {
    await session.detach();
  }
}

/** Moves the pointer onto a highlighted name slowly, the way a reader does. */
async function restOn(page: Page, text: string) {
  const at = await highlightCentre(page, text);
  if (!at) throw new Error(`no highlight "${text}"`);
  // Start in the page's empty top margin, so no other name is crossed on the way.
  await page.mouse.move(at.x - 30, 5);
  await page.mouse.move(at.x, at.y, { steps: 8 });
  return at;
}

describe('the hover card in Chromium', () => {
  it('opens after the hover delay with the entity under the pointer', async () => {
    const { page, tabId } = await open('/card-article.html');
    // The card's code is not loaded on a page where nobody hovers.
    expect((await contentStatus(ext, tabId))?.card).toEqual({
      moduleLoaded: false,
      opened: 0,
      lastOpenMs: undefined,
    });
    await restOn(page, 'Vladimir Putin');
    // The default delay is 300 ms: a card this early would be a bug.
    await page.waitForTimeout(100);
    expect(await cardOpen(page)).toBe(false);
    await expect.poll(() => cardOpen(page), { timeout: 3000 }).toBe(true);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Vladimir Putin');
    const card = await readCard(page);
    expect(card?.dialog.role).toBe('dialog');
    expect(card?.dialog['aria-label'] ?? card?.dialog['aria-labelledby']).toBeTruthy();
    expect(card?.text).toContain('In the article');
    expect(card?.text).toMatch(/\d+ mentions? on this page/);
    await expect
      .poll(async () => (await contentStatus(ext, tabId))?.card?.lastOpenMs)
      .toBeGreaterThanOrEqual(0);
    expect((await contentStatus(ext, tabId))?.card).toMatchObject({
      moduleLoaded: true,
      opened: 1,
    });
    await page.close();
  });

  it('does not open on a fast pass across a name', async () => {
    const { page } = await open('/card-article.html');
    const at = await highlightCentre(page, 'Vladimir Putin');
    if (!at) throw new Error('no highlight');
    await page.mouse.move(at.left - 200, at.y);
    await page.mouse.move(at.right + 200, at.y, { steps: 3 });
    await page.waitForTimeout(800);
    expect(await cardOpen(page)).toBe(false);
    await page.close();
  });

  it.each(['highlightsFromPoint', 'the caret'])(
    'opens on the name, not on the blank space beside its line (hit-tested by %s)',
    async (method) => {
      const { page } = await open('/short-line.html');
      if (method === 'the caret') await hitTestByCaret(page);
      const at = await highlightCentre(page, 'Syria');
      if (!at) throw new Error('no highlight');
      const beside = { x: at.right + 200, y: at.y };
      // There the caret snaps to the end of the line, the name's last character.
      const caret = await page.evaluate(({ x, y }) => {
        const position = document.caretPositionFromPoint(x, y);
        return { text: position?.offsetNode.textContent, offset: position?.offset };
      }, beside);
      expect(caret).toEqual({ text: 'The talks were about Syria', offset: 26 });

      await page.mouse.move(beside.x, 5);
      await page.mouse.move(beside.x, beside.y, { steps: 8 });
      await page.waitForTimeout(800);
      expect(await cardOpen(page)).toBe(false);

      await restOn(page, 'Syria');
      await expect.poll(() => cardOpen(page), { timeout: 3000 }).toBe(true);
      await page.close();
    },
  );

  it('stays open while the pointer moves into it, and Esc closes it', async () => {
    const { page } = await open('/card-article.html');
    await restOn(page, 'Moscow');
    await expect.poll(() => cardOpen(page), { timeout: 3000 }).toBe(true);
    await expect.poll(async () => (await readCard(page))?.box?.height ?? 0).toBeGreaterThan(0);
    const box = (await readCard(page))?.box;
    if (!box) throw new Error('card has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(20, box.height / 2), {
      steps: 10,
    });
    await page.waitForTimeout(800);
    expect(await cardOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    await page.close();
  });

  it('walks the highlights with the keyboard command and returns focus on Esc', async () => {
    const { page, tabId } = await open('/card-article.html');
    // What the command handler does in the background (commands cannot be pressed headless).
    const step = (direction: 1 | -1) =>
      ext.background.evaluate(
        ([id, d]) =>
          chrome.tabs.sendMessage(id, { type: 'toContent/step', direction: d }, { frameId: 0 }),
        [tabId, direction] as const,
      );
    expect(await step(1)).toEqual({ found: true });
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Vladimir Putin');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe(CARD_TAG);
    await step(1);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('al-Sharaa');
    await step(-1);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Vladimir Putin');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe(CARD_TAG);
    await page.close();
  });

  it('cannot be hidden or restyled by a hostile page', async () => {
    const { page } = await open('/hostile.html');
    await restOn(page, 'Vladimir Putin');
    await expect.poll(() => cardOpen(page), { timeout: 3000 }).toBe(true);
    await expect.poll(async () => (await readCard(page))?.box?.height ?? 0).toBeGreaterThan(40);
    const card = await readCard(page);
    expect(card?.text).toContain('Vladimir Putin');
    const box = card?.box;
    if (!box) throw new Error('card has no box');
    // The top layer is above the page's highest z-index: the card is what is under the pointer.
    const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(top).toBe(CARD_TAG);
    await page.close();
  });

  it('"turn off on this site" removes every highlight at once, and it is stored', async () => {
    const { page, tabId } = await open('/card-article.html');
    expect((await paintedTexts(page)).length).toBeGreaterThan(4);
    await restOn(page, 'Bashar al-Assad');
    await expect.poll(() => cardOpen(page), { timeout: 3000 }).toBe(true);
    const button = await (await readCard(page))?.centreOf('Turn off on this site');
    if (!button) throw new Error('no "turn off on this site" button');
    await page.mouse.move(button.x, button.y, { steps: 10 });
    await page.mouse.click(button.x, button.y);
    await expect.poll(() => paintedTexts(page)).toEqual([]);
    expect(await cardOpen(page)).toBe(false);
    expect((await contentStatus(ext, tabId))?.active).toBe(false);
    expect(
      ((await localStorageArea(ext)).settingsSnapshot as Settings | undefined)?.disabledSites,
    ).toEqual(['127.0.0.1']);
    await page.close();
  });
});
