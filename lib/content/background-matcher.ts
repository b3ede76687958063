/**
 * The content script's matcher: the background's. A page's text goes there in a message and only
 * offsets come back, so the page's main thread never builds, runs or warms up the matcher (the one
 * background context keeps it compiled and warm for every page and frame). Replies are validated
 * like every message.
 */
import { browser } from 'wxt/browser';
import type { MatchService } from '../dom/match-service';
import { parseMatchReply, parseSurveyReply } from '../messaging/protocol';

/** The matcher, plus the main-thread time spent reading its replies (part of the page's cost). */
export interface BackgroundMatcher extends MatchService {
  readonly work: { readonly busyMs: number; readonly maxTaskMs: number };
}

export function backgroundMatcher(): BackgroundMatcher {
  const work = { busyMs: 0, maxTaskMs: 0 };
  /** Send a message; validate the reply on arrival, timing that as this page's work. */
  const ask = async <T>(message: object, parse: (raw: unknown) => T | undefined): Promise<T> => {
    const reply: unknown = await browser.runtime.sendMessage(message);
    const start = performance.now();
    const parsed = parse(reply);
    const duration = performance.now() - start;
    work.busyMs += duration;
    work.maxTaskMs = Math.max(work.maxTaskMs, duration);
    if (parsed === undefined) throw new Error('Backstory: no valid reply from the matcher');
    return parsed;
  };
  return {
    work,
    survey: (text, { demonyms }) =>
      ask({ type: 'toBackground/survey', text, demonyms: demonyms === true }, parseSurveyReply),
    scan: (text, { demonyms }) =>
      ask({ type: 'toBackground/match', text, demonyms: demonyms === true }, parseMatchReply),
  };
}
