import { browser } from 'wxt/browser';
import { listenForMessages } from '../messaging/listen';
import { parseToBackgroundContent } from '../messaging/protocol';
import { cardData, matchText, removeOldTables, surveyText } from './dataset-service';
import { injectIntoOpenTabs, manifestContentScripts } from './open-tabs';
import { SettingsService } from './settings-service';

/** Keyboard commands (manifest `commands`) and the direction they step through highlights. */
const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = {
  'next-highlight': 1,
  'previous-highlight': -1,
};

/**
 * Background start-up. Listeners are registered synchronously, as MV3 service workers require, so
 * events that wake the worker are not missed.
 */
export function startBackground(): void {
  // The settings' single writer: loads (migrating older settings), publishes the snapshot content
  // scripts read, answers `toBackground/settings/…`, and syncs.
  const settings = new SettingsService({ platform: browser });
  settings.start();
  settings.listen();

  // The dataset and the matcher stay here: content scripts send a page's text and get offsets back,
  // and get one card at a time.
  void removeOldTables().catch((error: unknown) => {
    console.error('[Backstory] could not remove the tables of an earlier build', error);
  });
  listenForMessages(parseToBackgroundContent, (message) => {
    switch (message.type) {
      case 'toBackground/survey':
        return surveyText(message.text, message.demonyms);
      case 'toBackground/match':
        return matchText(message.text, message.demonyms);
      case 'toBackground/card':
        return cardData(message.entity, message.alias);
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const direction = STEP_COMMANDS[command];
    if (direction === undefined) return;
    void stepInTab(tab?.id, direction);
  });

  browser.runtime.onInstalled.addListener((details) => {
    if (import.meta.env.DEV && details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') });
    }
    // Chromium leaves open tabs without this version's content script (open-tabs.ts says why);
    // Firefox starts it there itself.
    if (!import.meta.env.FIREFOX && (details.reason === 'install' || details.reason === 'update')) {
      void injectIntoOpenTabs(browser, manifestContentScripts(browser.runtime.getManifest()));
    }
  });
}

/** Ask the top frame of the tab (the active one if unknown) to move to the next highlight. */
async function stepInTab(tabId: number | undefined, direction: 1 | -1): Promise<void> {
  const id =
    tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? undefined;
  if (id === undefined) return;
  try {
    await browser.tabs.sendMessage(id, { type: 'toContent/step', direction }, { frameId: 0 });
  } catch {
    // No content script in that tab (a browser page, or the extension is off there).
  }
}
