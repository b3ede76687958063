/**
 * The content script's matcher: the background's. A page's text goes there in a message and only
 * offsets come back, so the page's main thread never builds, runs or warms up the matcher (the one
 * background context keeps it compiled and warm for every page and frame). Replies are validated
 * like every message.
 */
import type { MatchService } from '../dom/match-service';
import { parseMatchReply, parseSurveyReply } from '../messaging/protocol';
import type { SendToBackground } from './invalidation';

/**
 * The most text one survey message carries (UTF-16 units). A message is serialised on the page's
 * main thread in one go: the HTML5 spec's 2 M characters took 44-54 ms as JSON and 21-26 ms as a
 * structured clone (the manifest asks for those), so a long text goes in pieces of a quarter
 * million characters, each sent in its own task (about 3 ms each).
 */
export const SURVEY_PIECE = 1 << 18;

/**
 * How far each piece after the first reaches back into the one before, so that a name cut by the
 * boundary is whole in the next piece. Far longer than any alias of the dataset (a test checks it),
 * which leaves room for the characters folding ignores inside a name (soft hyphens, marks).
 */
export const SURVEY_OVERLAP = 1024;

/** The matcher, plus the main-thread time spent on its messages (part of the page's cost). */
export interface BackgroundMatcher extends MatchService {
  readonly work: { readonly busyMs: number; readonly maxTaskMs: number };
}

/** The matcher behind `send` (boot.ts passes `backgroundSender`, which notices a dead context). */
export function backgroundMatcher(send: SendToBackground): BackgroundMatcher {
  const work = { busyMs: 0, maxTaskMs: 0 };
  /** Count the main-thread time since `start` as one task of this page's work. */
  const record = (start: number) => {
    const duration = performance.now() - start;
    work.busyMs += duration;
    work.maxTaskMs = Math.max(work.maxTaskMs, duration);
  };
  const invalid = () => new Error('Backstory: no valid reply from the matcher');
  const sendSurvey = (text: string, demonyms: boolean | undefined) =>
    send({ type: 'toBackground/survey', text, demonyms: demonyms === true });

  return {
    work,
    async survey(text, { demonyms }) {
      // The first piece goes out in the caller's task, which counts it; each later piece goes out
      // from the task that reads the reply before it, counted here with that reply.
      let from = 0;
      let pending = sendSurvey(text.slice(0, SURVEY_PIECE), demonyms);
      let starts: number[] = [];
      for (let end = SURVEY_PIECE; ; end += SURVEY_PIECE) {
        const reply = await pending;
        const began = performance.now();
        const piece = parseSurveyReply(reply);
        if (piece === undefined) {
          record(began);
          throw invalid();
        }
        for (const at of piece) starts.push(from + at);
        const more = end < text.length;
        if (more) {
          from = end - SURVEY_OVERLAP;
          pending = sendSurvey(text.slice(from, end + SURVEY_PIECE), demonyms);
        } else if (end > SURVEY_PIECE) {
          // A name in an overlap can be found twice, and out of order with the piece before.
          starts = [...new Set(starts)].sort((a, b) => a - b);
        }
        record(began);
        if (!more) return starts;
      }
    },
    async scan(text, { demonyms }) {
      const reply = await send({ type: 'toBackground/match', text, demonyms: demonyms === true });
      const began = performance.now();
      const result = parseMatchReply(reply);
      record(began);
      if (result === undefined) throw invalid();
      return result;
    },
  };
}
