/**
 * The toolbar popup in real Chromium (issue 8). The popup page is opened as a tab with
 * `popup.html?tab=<id>`, so it is about a fixture page in another tab, as the real popup is about
 * the active tab. Each control must change the stored settings snapshot (and the page, where the
 * content script makes it observable); an invalid import changes nothing; reset can be undone; the
 * page passes axe-core in light and dark; "On this page" lists the page's entities and jumps to
 * them.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../lib/settings/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { paintedTexts } from './harness/highlights';
import { startServer, type FixtureServer } from './harness/server';
import { contentStatus, localStorageArea, tabIdOf } from './harness/tabs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let ext: ExtensionBrowser;
let server: FixtureServer;
const opened: Page[] = [];

/**
 * A page whose mentions we count ourselves: "Syria" three times, "Bashar al-Assad" twice, and a
 * tall spacer so that the first mention starts below the fold (a jump must scroll).
 */
const ENTITY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Popup fixture</title></head>
<body>
  <main>
    <h1>A page about the story</h1>
    <div style="height: 2400px"></div>
    <p id="first">Syria said on Sunday that the talks would go on.</p>
    <p>Bashar al-Assad left Syria in December 2024.</p>
    <p>Reporters asked whether Bashar al-Assad would ever return to Syria.</p>
    <div style="height: 2400px"></div>
  </main>
</body></html>`;

beforeAll(async () => {
  server = await startServer();
  server.page('/popup-entities.html', ENTITY_PAGE);
  ext = await launchWithExtension();
});

afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => undefined);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function snapshot(): Promise<Settings> {
  return (await localStorageArea(ext)).settingsSnapshot as Settings;
}

/** Open a fixture page in a tab and wait until its content script answers. */
async function openArticle(path = '/article.html'): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  opened.push(page);
  await page.goto(server.url(path));
  const tabId = await tabIdOf(ext, page);
  await expect.poll(async () => (await contentStatus(ext, tabId))?.url).toBe(server.url(path));
  return { page, tabId };
}

/** The popup page about `tabId`, painted. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  opened.push(popup);
  await popup.getByRole('switch', { name: 'Highlight names on pages' }).waitFor();
  return popup;
}

/**
 * Back to defaults through the settings service, and wait until the snapshot says so and the popup
 * shows it (both its switches on, as by default): a click racing the change would act on the state
 * before it (on the site a previous test turned off, it would turn the site back on).
 */
async function resetSettings(popup: Page): Promise<void> {
  const reply = await popup.evaluate(() =>
    chrome.runtime.sendMessage<unknown, { ok: boolean }>({ type: 'toBackground/settings/reset' }),
  );
  expect(reply.ok).toBe(true);
  await expect.poll(snapshot).toEqual(DEFAULT_SETTINGS);
  await expect
    .poll(() =>
      popup
        .getByRole('switch')
        .evaluateAll((switches) => switches.every((input) => (input as HTMLInputElement).checked)),
    )
    .toBe(true);
}

async function openPanel(popup: Page, title: string): Promise<void> {
  const details = popup.locator('details', { has: popup.locator('summary', { hasText: title }) });
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').click();
  }
}

/** Run axe-core on the popup: the rules that passed (so we know it ran) and the violations. */
async function runAxe(popup: Page): Promise<{ passed: string[]; violations: string[] }> {
  // Evaluated over the DevTools protocol: the extension's CSP (script-src 'self') rightly blocks
  // an inline <script>, so `addScriptTag({ content })` cannot be used on an extension page.
  await popup.evaluate(AXE_SOURCE);
  return popup.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } })
      .axe;
    const result = await axe.run(document);
    return {
      passed: result.passes.map((rule) => rule.id),
      violations: result.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) => `${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
        ),
      ),
    };
  });
}

describe('the popup in Chromium', () => {
  it('paints the stored settings from the first frame: no flash of defaults', async () => {
    const { tabId } = await openArticle();
    const setup = await openPopup(tabId);
    await resetSettings(setup);
    const reply = await setup.evaluate(() =>
      chrome.runtime.sendMessage<unknown, { ok: boolean }>({
        type: 'toBackground/settings/update',
        patch: { enabled: false, theme: 'dark' },
      }),
    );
    expect(reply.ok).toBe(true);
    await expect.poll(async () => (await snapshot()).theme).toBe('dark');
    await setup.close();

    const popup = await ext.context.newPage();
    opened.push(popup);
    // Record the popup as it is first put on screen, before anything could reconcile it.
    await popup.addInitScript(() => {
      const record = window as unknown as { firstPaint?: { theme?: string; on: boolean } };
      new MutationObserver((_, observer) => {
        const main = document.querySelector('main');
        const toggle = document.querySelector<HTMLInputElement>('input[role="switch"]');
        if (!main || !toggle) return;
        record.firstPaint = { theme: main.dataset.theme, on: toggle.checked };
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(ext.extensionUrl(`popup.html?tab=${tabId}`));
    await expect
      .poll(() => popup.evaluate(() => (window as unknown as { firstPaint?: unknown }).firstPaint))
      .toEqual({ theme: 'dark', on: false });
  });

  it('the global switch changes the snapshot and turns the page off and on', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);
    await expect.poll(async () => (await contentStatus(ext, tabId))?.active).toBe(true);

    const toggle = popup.getByRole('switch', { name: 'Highlight names on pages' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(async () => (await snapshot()).enabled).toBe(false);
    await expect.poll(async () => (await contentStatus(ext, tabId))?.active).toBe(false);
    await expect.poll(() => popup.getByText('Backstory is turned off.').isVisible()).toBe(true);
    // The site switch cannot be used while everything is off.
    expect(await popup.getByRole('switch', { name: 'On 127.0.0.1' }).isDisabled()).toBe(true);

    await toggle.click();
    await expect.poll(async () => (await snapshot()).enabled).toBe(true);
    await expect.poll(async () => (await contentStatus(ext, tabId))?.active).toBe(true);
  });

  it('the site switch adds and removes the site, live in the tab, and the list restores it', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);

    const siteSwitch = popup.getByRole('switch', { name: 'On 127.0.0.1' });
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);
    await siteSwitch.click();
    await expect.poll(async () => (await snapshot()).disabledSites).toEqual(['127.0.0.1']);
    await expect
      .poll(async () => contentStatus(ext, tabId))
      .toMatchObject({ active: false, reason: 'site-off' });
    await expect
      .poll(() => popup.getByText('Backstory is off on 127.0.0.1.').isVisible())
      .toBe(true);
    expect(await siteSwitch.isChecked()).toBe(false);

    // The "sites where Backstory is off" list shows it and turns it back on.
    await openPanel(popup, 'Hidden names and sites');
    await popup.getByRole('button', { name: 'Turn back on: 127.0.0.1' }).click();
    await expect.poll(async () => (await snapshot()).disabledSites).toEqual([]);
    await expect.poll(async () => (await contentStatus(ext, tabId))?.active).toBe(true);
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);

    // And the switch itself turns it back on too.
    await siteSwitch.click();
    await expect.poll(async () => (await snapshot()).disabledSites).toEqual(['127.0.0.1']);
    await siteSwitch.click();
    await expect.poll(async () => (await snapshot()).disabledSites).toEqual([]);
    await expect.poll(async () => (await contentStatus(ext, tabId))?.active).toBe(true);
  });

  it('a panel opens from the keyboard with its controls in place, and keeps them when closed', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    const summary = popup.locator('summary', { hasText: 'Hover card' });
    const delay = popup.getByRole('slider', { name: 'Hover delay' });
    // In the DOM or not (a closed panel's body is hidden from the role queries either way).
    const rendered = popup.locator('#hover-delay');
    expect(await rendered.count()).toBe(0); // not rendered before the panel first opens
    await summary.focus();
    await popup.keyboard.press('Enter');
    await delay.waitFor();
    await popup.keyboard.press('Enter'); // closed again
    await expect
      .poll(() => summary.evaluate((node) => node.parentElement!.hasAttribute('open')))
      .toBe(false);
    expect(await rendered.count()).toBe(1);
    await popup.keyboard.press(' ');
    await delay.waitFor();
  });

  it('every settings control changes the stored snapshot', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);
    await openPanel(popup, 'Highlights');
    await openPanel(popup, 'Hover card');

    await popup.getByRole('radio', { name: 'Background', exact: true }).check();
    await expect.poll(async () => (await snapshot()).highlightStyle).toBe('background');

    await popup.getByRole('checkbox', { name: 'Place', exact: true }).uncheck();
    await expect.poll(async () => (await snapshot()).entityTypes.place).toBe(false);

    await popup.getByRole('combobox', { name: 'Colour for Person' }).selectOption('red');
    await expect.poll(async () => (await snapshot()).colors.person).toBe('red');

    await popup.getByRole('checkbox', { name: /adjectives such as/ }).check();
    await expect.poll(async () => (await snapshot()).demonyms).toBe(true);

    await popup.getByRole('checkbox', { name: /only the first mention/ }).check();
    await expect.poll(async () => (await snapshot()).firstMentionOnly).toBe(true);

    const delay = popup.getByRole('slider', { name: 'Hover delay' });
    await delay.focus();
    await delay.press('ArrowRight');
    await delay.press('ArrowRight');
    await expect.poll(async () => (await snapshot()).hoverDelayMs).toBe(400);
    expect(await popup.locator('output[for="hover-delay"]').innerText()).toBe('400 ms');

    await popup.getByRole('radio', { name: 'Dark', exact: true }).check();
    await expect.poll(async () => (await snapshot()).theme).toBe('dark');
    expect(await popup.locator('main').getAttribute('data-theme')).toBe('dark');

    await popup.getByRole('checkbox', { name: 'Key facts' }).uncheck();
    await expect.poll(async () => (await snapshot()).cardSections.facts).toBe(false);

    // Everything else kept its default: each control changed its own field only.
    expect(await snapshot()).toEqual({
      ...DEFAULT_SETTINGS,
      highlightStyle: 'background',
      entityTypes: { ...DEFAULT_SETTINGS.entityTypes, place: false },
      colors: { ...DEFAULT_SETTINGS.colors, person: 'red' },
      demonyms: true,
      firstMentionOnly: true,
      hoverDelayMs: 400,
      theme: 'dark',
      cardSections: { ...DEFAULT_SETTINGS.cardSections, facts: false },
    });
  });

  it('highlight controls change the page: entity types and demonyms', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);
    await expect.poll(() => paintedTexts(page)).toContain('Palmyra');
    expect(await paintedTexts(page)).not.toContain('Russian');

    await openPanel(popup, 'Highlights');
    // "Russian" is the demonym of Russia, a place.
    await popup.getByRole('checkbox', { name: /adjectives such as/ }).check();
    await expect.poll(() => paintedTexts(page)).toContain('Russian');

    await popup.getByRole('checkbox', { name: 'Place', exact: true }).uncheck();
    await expect.poll(() => paintedTexts(page)).not.toContain('Palmyra');
    const painted = await paintedTexts(page);
    expect(painted).not.toContain('Russian');
    expect(painted).not.toContain('Syria');
    // People are still highlighted.
    expect(painted).toContain('Sergei V\u0435rshinin');
  });

  it('a damaged value from another device is reported at the top of the popup, and can be dismissed', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);
    // Another device's write, as storage.sync delivers it: a colour that is not one of ours.
    await ext.background.evaluate(() =>
      chrome.storage.sync.set({
        settings: { f: 1, v: 2, r: [['colors.person', 'pink', Date.now(), 'other-device']] },
      }),
    );
    const alert = popup.getByRole('alert').filter({ hasText: 'colors.person' });
    await alert.waitFor(); // with every panel closed
    expect(await alert.evaluate((node) => node.closest('details'))).toBeNull();
    expect((await snapshot()).colors.person).toBe(DEFAULT_SETTINGS.colors.person);
    await alert.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => alert.count()).toBe(0);
  });

  it('a hidden name is listed and can be shown again', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage<unknown, { ok: boolean }>({
        type: 'toBackground/settings/list',
        list: 'hiddenEntities',
        op: 'add',
        item: 'palmyra',
      }),
    );
    expect(reply.ok).toBe(true);
    await openPanel(popup, 'Hidden names and sites');
    const restore = popup.getByRole('button', { name: 'Show again: Palmyra' });
    await restore.waitFor();
    await restore.click();
    await expect.poll(async () => (await snapshot()).hiddenEntities).toEqual([]);
    await expect.poll(() => restore.count()).toBe(0);
  });

  it('an invalid import shows its errors beside the button and changes nothing', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);
    await openPanel(popup, 'Hover card');
    await popup.getByRole('radio', { name: 'Light', exact: true }).check();
    await expect.poll(async () => (await snapshot()).theme).toBe('light');
    const before = await snapshot();

    await openPanel(popup, 'Sync and backup');
    const input = popup.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'backstory-settings',
          version: 2,
          settings: { theme: 'blue', hoverDelayMs: 99_999, enabled: false },
        }),
      ),
    });
    const errors = popup.locator('#import-errors');
    await errors.waitFor();
    const text = await errors.innerText();
    expect(text).toContain('nothing changed');
    expect(text).toContain('settings.theme');
    expect(text).toContain('settings.hoverDelayMs');
    expect(await input.getAttribute('aria-describedby')).toBe('import-errors');
    // Nothing changed, not even the valid field of the file.
    expect(await snapshot()).toEqual(before);

    // A file that is not JSON at all.
    await input.setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "backstory-settings", "settings": {'),
    });
    await expect.poll(() => errors.innerText()).toContain('not valid JSON');
    expect(await snapshot()).toEqual(before);
  });

  it('export downloads a file that imports back', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);
    await openPanel(popup, 'Hover card');
    await popup.getByRole('radio', { name: 'Dark', exact: true }).check();
    await expect.poll(async () => (await snapshot()).theme).toBe('dark');

    await openPanel(popup, 'Sync and backup');
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^backstory-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const file = readFileSync(path, 'utf8');
    expect(JSON.parse(file)).toMatchObject({
      format: 'backstory-settings',
      settings: { theme: 'dark' },
    });

    await resetSettings(popup);
    await popup.locator('input[type="file"]').setInputFiles({
      name: 'exported.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await popup.getByText('Settings imported.').waitFor();
    await expect.poll(async () => (await snapshot()).theme).toBe('dark');
  });

  it('reset to defaults can be undone', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);
    await openPanel(popup, 'Hover card');
    await popup.getByRole('radio', { name: 'Dark', exact: true }).check();
    await popup.getByRole('checkbox', { name: 'Background note' }).uncheck();
    await expect.poll(async () => (await snapshot()).cardSections.background).toBe(false);
    const changed = await snapshot();
    expect(changed.theme).toBe('dark');

    await openPanel(popup, 'Sync and backup');
    await popup.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(snapshot).toEqual(DEFAULT_SETTINGS);
    await expect.poll(() => popup.locator('main').getAttribute('data-theme')).toBe('system');

    const undo = popup.getByRole('button', { name: 'Undo reset' });
    await undo.click();
    await expect.poll(snapshot).toEqual(changed);
    await expect.poll(() => undo.count()).toBe(0);
    expect(await popup.getByRole('checkbox', { name: 'Background note' }).isChecked()).toBe(false);
  });

  it('a page where extensions cannot run, or where Backstory is not running, gets an explanation', async () => {
    // The demo page is an extension page: no content script may run there.
    const demo = await ext.openExtensionPage('demo.html');
    opened.push(demo);
    const demoTab = await tabIdOf(ext, demo);
    const popup = await openPopup(demoTab);
    await popup.getByText('Backstory cannot run on this page').waitFor();
    expect(await popup.getByRole('switch').count()).toBe(1); // no site switch

    // A blank tab: the browser does not tell the URL, and no content script answers.
    const blank = await ext.context.newPage();
    opened.push(blank);
    const blankTab = await tabIdOf(ext, blank);
    const popup2 = await openPopup(blankTab);
    await popup2.getByText('Backstory is not running in this tab.').waitFor();
    expect(await popup2.locator('.warning').count()).toBe(0);
  });

  const looks = [
    { system: 'light', theme: 'system', dark: false },
    { system: 'dark', theme: 'system', dark: true },
    // The theme setting wins over the system's.
    { system: 'light', theme: 'dark', dark: true },
    { system: 'dark', theme: 'light', dark: false },
  ] as const;
  for (const { system, theme, dark } of looks) {
    it(`passes axe-core with every panel open (system ${system}, theme ${theme})`, async () => {
      const { tabId } = await openArticle();
      const popup = await openPopup(tabId);
      await resetSettings(popup);
      await popup.emulateMedia({ colorScheme: system });
      if (theme !== 'system') {
        await openPanel(popup, 'Hover card');
        await popup
          .getByRole('radio', { name: theme === 'dark' ? 'Dark' : 'Light', exact: true })
          .check();
        await expect.poll(async () => (await snapshot()).theme).toBe(theme);
      }
      for (const title of ['Highlights', 'Hover card', 'Hidden names and sites', 'Sync and backup'])
        await openPanel(popup, title);
      // A list entry and the import errors are on screen too.
      await popup.getByRole('switch', { name: 'On 127.0.0.1' }).click();
      await popup.getByRole('button', { name: 'Turn back on: 127.0.0.1' }).waitFor();
      await popup.locator('input[type="file"]').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('[]'),
      });
      await popup.locator('#import-errors').waitFor();
      expect(
        await popup.evaluate(
          () => getComputedStyle(document.querySelector('main')!).backgroundColor,
        ),
      ).toBe(dark ? 'rgb(22, 25, 29)' : 'rgb(255, 255, 255)');
      const { passed, violations } = await runAxe(popup);
      expect(violations).toEqual([]);
      // It looked at what matters here: contrast, labels, names of buttons and switches.
      expect(passed).toEqual(
        expect.arrayContaining(['color-contrast', 'label', 'button-name', 'heading-order']),
      );
    });
  }

  it('reflows at 200 % zoom: nothing is cut off or needs sideways scrolling', async () => {
    const { tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await resetSettings(popup);
    // Chrome's popup is at most 800 × 600 device pixels: 400 × 300 CSS pixels at 200 % zoom.
    await popup.setViewportSize({ width: 400, height: 300 });
    for (const title of ['Highlights', 'Hover card', 'Hidden names and sites', 'Sync and backup'])
      await openPanel(popup, title);
    const layout = await popup.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const controls = [...document.querySelectorAll('button, input, select, summary, label')];
      return {
        width,
        scrollWidth: document.documentElement.scrollWidth,
        controls: controls.length,
        outside: controls
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > width + 0.5))
          .map(({ element, box }) => `${element.outerHTML.slice(0, 60)} ${box.left}–${box.right}`),
      };
    });
    expect(layout.width).toBe(400);
    expect(layout.scrollWidth).toBeLessThanOrEqual(400);
    expect(layout.controls).toBeGreaterThan(30);
    expect(layout.outside).toEqual([]);
  });

  it('lists the entities of the page by type with counts, and a click jumps to the first', async () => {
    const { page, tabId } = await openArticle('/popup-entities.html');
    const popup = await openPopup(tabId);
    await resetSettings(popup);

    const syria = popup.getByRole('button', { name: 'Syria, 3 mentions: show the first one' });
    const assad = popup.getByRole('button', {
      name: 'Bashar al-Assad, 2 mentions: show the first one',
    });
    await syria.waitFor({ timeout: 15_000 });
    await assad.waitFor();
    // Grouped by type, under their headings.
    expect(await popup.getByRole('list', { name: 'Places' }).innerText()).toContain('Syria');
    expect(await popup.getByRole('list', { name: 'People' }).innerText()).toContain(
      'Bashar al-Assad',
    );
    expect(await syria.innerText()).toContain('×3');

    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('backstory-card'))).toBeNull();
    await syria.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    // The first mention is on screen.
    const top = await page.evaluate(
      () => document.getElementById('first')!.getBoundingClientRect().top,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    // Its card is open: the card's host element is on the page only while a card is open.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('backstory-card') !== null))
      .toBe(true);
    // The jump worked, so the popup said nothing about it; asked directly, the tab finds it too.
    expect(await popup.getByText('is no longer on the page').count()).toBe(0);
    const reveal = await ext.background.evaluate(
      (id) =>
        chrome.tabs.sendMessage<unknown, unknown>(
          id,
          { type: 'toContent/reveal', entity: 'bashar-al-assad' },
          { frameId: 0 },
        ),
      tabId,
    );
    expect(reveal).toEqual({ found: true });
  });
});
