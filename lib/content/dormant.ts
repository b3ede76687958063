/**
 * The content script where Backstory is off, globally or for the page's site: the loader
 * (loader.ts) does not load the engine there. It answers the popup as the engine would, and waits
 * for the settings to turn Backstory on here. The part of the content script compiled on every
 * page's main thread, so it stays small: it reads the raw snapshot without the settings' checks,
 * and only where it is sure; everything else is left to the engine.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForMessages } from '../messaging/listen';
import {
  inactiveReasonOf,
  parseToContent,
  type ContentStatus,
  type OffReason,
  type ToContentMessage,
  type ToContentReplies,
} from '../messaging/protocol';
import { canHighlightDocument } from '../platform/browser-support';
import { MAX_LIST_LENGTH } from '../settings/limits';
import { watchRawSnapshot } from '../settings/raw-snapshot';
import { isSiteKey, siteKeysFor } from '../settings/sites';

/**
 * Why the stored snapshot `raw` turns Backstory off for `hostname`, or undefined when the engine is
 * to decide. Where this gives a reason, the engine, reading the same snapshot through every check,
 * gives the same one (a property test holds them equal): the global switch set to `false`, or a
 * valid site key of this hostname in the site list. A longer list than the settings keep is left to
 * the engine.
 *
 * @example
 *   offHere({ enabled: true, disabledSites: ['example.com'] }, 'news.example.com'); // 'site-off'
 */
export function offHere(raw: unknown, hostname: string): OffReason | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { enabled, disabledSites } = raw as { enabled?: unknown; disabledSites?: unknown };
  if (enabled === false) return 'off';
  if (!Array.isArray(disabledSites) || disabledSites.length === 0) return undefined;
  if (disabledSites.length > MAX_LIST_LENGTH) return undefined;
  const keys: unknown[] = siteKeysFor(hostname);
  return disabledSites.some((item) => keys.includes(item) && isSiteKey(item))
    ? 'site-off'
    : undefined;
}

/** The engine's reply to each message, for a frame where it has not started. */
function answer(message: ToContentMessage, raw: unknown): unknown {
  const status: ContentStatus = {
    active: false,
    url: location.href,
    reason: inactiveReasonOf(
      canHighlightDocument(globalThis, document),
      offHere(raw, location.hostname),
    ),
  };
  switch (message.type) {
    case 'toContent/status':
      return status satisfies ToContentReplies['toContent/status'];
    case 'toContent/summary':
      return { ...status, entities: [] } satisfies ToContentReplies['toContent/summary'];
    case 'toContent/reveal':
    case 'toContent/step':
      return { found: false } satisfies ToContentReplies['toContent/step'];
  }
}

/** Stops the dormant listeners and returns the latest snapshot. */
export type HandOver = () => unknown;

/**
 * Stay dormant, from the snapshot `raw`: answer the popup and follow the snapshot. Resolves once a
 * stored snapshot no longer turns Backstory off here. The listeners, tied to `ctx`, go on until the
 * engine takes over, so that nothing it should hear is missed while it loads: call the `HandOver`
 * resolved with, and start the engine in the same task, with the snapshot it returns.
 *
 * `prepare` is called when the popup (or a keyboard command) asks this frame anything: the user is
 * looking at this page's state and may be about to turn Backstory on, so the loader can start
 * loading the engine then, and the page is highlighted as soon after the switch as if it had been.
 */
export function stayDormant(
  ctx: ContentScriptContext,
  raw: unknown,
  prepare: () => void = () => undefined,
): Promise<HandOver> {
  let latest = raw;
  let resolve: (handOver: HandOver) => void = () => undefined;
  const promise = new Promise<HandOver>((settle) => {
    resolve = settle;
  });
  const stops = [
    listenForMessages(parseToContent, (message) => {
      prepare();
      return answer(message, latest);
    }),
    watchRawSnapshot((next) => {
      latest = next;
      if (offHere(next, location.hostname) === undefined) resolve(handOver);
    }),
  ];
  const stop = (): void => {
    for (const stopOne of stops.splice(0)) stopOne();
  };
  const handOver: HandOver = () => {
    stop();
    return latest;
  };
  ctx.onInvalidated(stop);
  return promise;
}
