/**
 * Noticing that the content script's context is gone: the extension was reloaded, updated, disabled
 * or removed under an open page. Chromium tells the orphaned script nothing. WXT's
 * `ContentScriptContext` finds out only when `isInvalid` is read, when a newer copy of the script
 * starts on the page (which the background sees to on install and update,
 * lib/background/open-tabs.ts) or from its own timers; its location watcher uses the Navigation API
 * there, so it never polls. So an extension disabled, removed, or reloaded where no new copy starts
 * leaves the orphan with its observers, listeners and highlights, and every page change costs a
 * message that fails.
 *
 * Rather than poll on every page, the script asks at the moments it would act: when a message to
 * the background fails, before a card opens, and when the tab is shown again (where a user who
 * reloaded the extension comes back to). Reading `isInvalid` on a dead context aborts `ctx.signal`,
 * and everything tied to it stops: highlights unregistered, observers disconnected, listeners
 * gone.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ToBackgroundContentMessage } from '../messaging/protocol';

/** A message to the background, and its reply. */
export type SendToBackground = (message: ToBackgroundContentMessage) => Promise<unknown>;

/** True while the context is valid; when it is not, reading this stops everything. */
export function stillValid(ctx: ContentScriptContext): boolean {
  return ctx.isValid;
}

/**
 * `runtime.sendMessage`, which asks after the context when a message fails. The answer comes before
 * the caller sees the error: if the extension is gone, the caller's work has been aborted by then,
 * so it stops quietly instead of reporting a failure.
 */
export function backgroundSender(ctx: ContentScriptContext): SendToBackground {
  return async (message) => {
    try {
      return await browser.runtime.sendMessage(message);
    } catch (error) {
      stillValid(ctx);
      throw error;
    }
  };
}

/** Ask after the context whenever the page becomes visible (a tab switch: one event, no cost). */
export function checkWhenShown(ctx: ContentScriptContext, doc: Document): void {
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (doc.visibilityState === 'visible') stillValid(ctx);
  });
}
