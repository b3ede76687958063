/**
 * Content script start-up, in the order that keeps it cheap on every page (style-anchors rule 12):
 *
 * 1. Read the settings snapshot; if the extension is off here, only listen (for the popup's status
 *    question and for the settings to change);
 * 2. Otherwise start scanning, with the content table (entities, context windows) that is compiled
 *    into this bundle; the matching itself happens in the background. Every listener is tied to
 *    `ctx`, so an invalidated script (extension reloaded or updated) stops cleanly, once it notices
 *    (invalidation.ts says when it asks).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardData } from '../card/card-data';
import { listenForMessages } from '../messaging/listen';
import { contentTable } from '../matcher/content-table';
import {
  inactiveReasonOf,
  parseToContent,
  type ContentStatus,
  type ContentSummary,
  type InactiveReason,
  type ToContentMessage,
} from '../messaging/protocol';
import { parseSnapshot, readRawSnapshot, watchSnapshot } from '../settings/snapshot';
import { isSiteEnabled, siteKey } from '../settings/sites';
import { hideEntity, turnOffSite } from '../settings/content-actions';
import type { Settings } from '../settings/schema';
import { backgroundMatcher } from './background-matcher';
import { ContentEngine } from './engine';
import { backgroundSender, checkWhenShown, stillValid } from './invalidation';
import { changesPage } from './navigation';
import { contentSettings, type ContentSettings } from './settings-view';

type Timed = <T>(work: () => T) => T;

/** A card reply names an entity; anything else (the background gone, an unknown id) is no card. */
function isCardData(value: unknown): value is CardData {
  if (typeof value !== 'object' || value === null) return false;
  const entity = (value as { entity?: { id?: unknown } }).entity;
  return typeof entity?.id === 'string';
}

/**
 * Start the content script in this frame. `snapshot` is the stored settings snapshot (the content
 * script's loader has read it before it loaded this bundle: lib/content/loader.ts); `loaderMs` the
 * main-thread time of the loader's task that imported this bundle.
 */
export async function startContent(
  ctx: ContentScriptContext,
  snapshot: Promise<unknown> = readRawSnapshot(),
  loaderMs = 0,
): Promise<void> {
  const hostname = location.hostname;
  const project = (next: Settings): ContentSettings =>
    contentSettings(next, isSiteEnabled(next, hostname));

  /**
   * Main-thread time of start-up, one entry per task: the loader's import, validating the settings,
   * the engine's wiring (with reading the table), the scan's start (the status adds them to the
   * scan's own). Timed pieces that run in the same task count as one, from the first piece's start
   * to the last one's end.
   */
  const startTasks: number[] = loaderMs > 0 ? [loaderMs] : [];
  let taskBegan: number | undefined;
  const timed: Timed = (work) => {
    const start = performance.now();
    try {
      return work();
    } finally {
      if (taskBegan === undefined) {
        taskBegan = start;
        startTasks.push(0);
        // A message is delivered in a later task (and, unlike a timer, is not throttled).
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          taskBegan = undefined;
        };
        channel.port2.postMessage(null);
      }
      startTasks[startTasks.length - 1] = performance.now() - taskBegan;
    }
  };

  const raw = await snapshot;
  if (ctx.isInvalid) return;
  let settings = timed(() => parseSnapshot(raw));
  let view = timed(() => project(settings));

  let engine: ContentEngine | undefined;
  const send = backgroundSender(ctx);
  const matcher = backgroundMatcher(send);
  const supported = ContentEngine.supported(document);

  const inactiveReason = (): InactiveReason =>
    inactiveReasonOf(supported, !settings.enabled ? 'off' : !view.on ? 'site-off' : undefined);

  const status = (): ContentStatus => {
    if (!engine?.active) return { active: false, url: location.href, reason: inactiveReason() };
    const timing = engine.scanner.timing;
    return {
      active: true,
      url: location.href,
      scan: {
        done: timing.done,
        startedAt: timing.startedAt,
        finishedAt: timing.finishedAt,
        busyMs: timing.busyMs + matcher.work.busyMs + startTasks.reduce((sum, ms) => sum + ms, 0),
        maxTaskMs: Math.max(timing.maxTaskMs, matcher.work.maxTaskMs, ...startTasks),
        waitMs: timing.waitMs,
        highlights: engine.scanner.records().filter((record) => record.state === 'shown').length,
        storms: engine.scanner.stats.storms,
      },
      card: engine.cardReport,
    };
  };

  const fetchCard = async (entity: string, alias: number): Promise<CardData | undefined> => {
    const reply = await send({
      type: 'toBackground/card',
      entity,
      alias,
      datasetVersion: contentTable().datasetVersion,
    });
    return isCardData(reply) ? reply : undefined;
  };

  const start = (): void => {
    if (ctx.isInvalid || !view.on || !supported) return;
    if (!engine) {
      engine = timed(
        () =>
          new ContentEngine({
            doc: document,
            signal: ctx.signal,
            isValid: () => stillValid(ctx),
            matcher,
            table: contentTable(),
            settings: view,
            fetchCard,
            hideEntity: (entity) => void hideEntity(entity),
            turnOffSite: () => void turnOffSite(siteKey(hostname)),
          }),
      );
    } else {
      engine.applySettings(view);
    }
    const started = engine;
    timed(() => started.start());
  };

  const answer = async (message: ToContentMessage): Promise<unknown> => {
    switch (message.type) {
      case 'toContent/status':
        return status();
      case 'toContent/summary':
        return {
          ...status(),
          entities: engine?.active ? engine.summary() : [],
        } satisfies ContentSummary;
      case 'toContent/reveal':
        return { found: (await engine?.reveal(message.entity)) ?? false };
      case 'toContent/step':
        // Only the top frame answers keyboard steps (the background sends to frame 0).
        return { found: (await engine?.step(message.direction)) ?? false };
    }
  };
  ctx.onInvalidated(listenForMessages(parseToContent, answer));

  ctx.onInvalidated(
    watchSnapshot((next) => {
      settings = next;
      view = project(next);
      if (!view.on) engine?.stop();
      else if (engine?.active) engine.applySettings(view);
      else start();
    }),
  );

  // Single-page apps change the URL without a new document: scan the new content afresh. A new
  // fragment (a table of contents, a footnote) is the same page, and keeps its highlights and card.
  ctx.addEventListener(window, 'wxt:locationchange', ({ oldUrl, newUrl }) => {
    if (engine?.active && changesPage(oldUrl, newUrl)) engine.restart();
  });
  checkWhenShown(ctx, document);

  start();
}
