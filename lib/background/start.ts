import { browser } from 'wxt/browser';
import { SettingsService } from './settings-service';

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
  browser.runtime.onInstalled.addListener((details) => {
    if (import.meta.env.DEV && details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') });
    }
  });
}
