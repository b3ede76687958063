import { browser } from 'wxt/browser';
import { readSnapshot, writeSnapshot } from '../settings/snapshot';

/**
 * Background start-up. Listeners are registered synchronously, as MV3 service workers require, so
 * events that wake the worker are not missed.
 */
export function startBackground(): void {
  browser.runtime.onInstalled.addListener((details) => {
    // Write a complete, validated snapshot so content scripts never read a
    // missing or stale one.
    void readSnapshot().then(writeSnapshot);
    if (import.meta.env.DEV && details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') });
    }
  });
}
