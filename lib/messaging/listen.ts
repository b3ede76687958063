import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

type Listener = (
  raw: unknown,
  sender: Runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
) => true | undefined;

/**
 * Answer runtime messages that `parse` accepts; ignore the rest (so other listeners may answer
 * them). Replies go through `sendResponse` and `return true`, the one form the polyfill, the bare
 * `chrome` API and WXT's fake browser all honour. Returns a function that stops listening.
 *
 * @example
 *   const stop = listenForMessages(parseToContent, (message) => status());
 *   ctx.onInvalidated(stop);
 */
export function listenForMessages<M>(
  parse: (raw: unknown) => M | undefined,
  handle: (message: M, sender: Runtime.MessageSender) => unknown,
): () => void {
  const listener: Listener = (raw, sender, sendResponse) => {
    const message = parse(raw);
    if (message === undefined) return undefined;
    Promise.resolve()
      .then(() => handle(message, sender))
      .then(sendResponse, (error: unknown) => {
        console.error('[Backstory] message handler failed', error);
        sendResponse(undefined);
      });
    return true;
  };
  // The polyfill's types require `true` from a callback-style listener; ours
  // returns `undefined` for messages it does not handle, which the runtime allows.
  const typed = listener as Runtime.OnMessageListenerCallback;
  browser.runtime.onMessage.addListener(typed);
  return () => browser.runtime.onMessage.removeListener(typed);
}
