import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerLikeTheBackground } from '../../helpers/background';
import { articleText } from '../../../../data/article';
import { DATASET } from '../../../../data/index';
import { surveyText } from '../../../../lib/background/dataset-service';
import {
  SURVEY_OVERLAP,
  SURVEY_PIECE,
  backgroundMatcher,
} from '../../../../lib/content/background-matcher';
import type { SendToBackground } from '../../../../lib/content/invalidation';
import { compileTable, createMatcher } from '../../../../lib/matcher';
import { listenForMessages } from '../../../../lib/messaging/listen';
import { MAX_PAGE_TEXT, parseToBackgroundContent } from '../../../../lib/messaging/protocol';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Straight through the fake browser's runtime, as `backgroundSender` sends while valid. */
const send: SendToBackground = (message) => fakeBrowser.runtime.sendMessage(message);

describe('backgroundMatcher', () => {
  it('gives what the matcher gives, through messages', async () => {
    answerLikeTheBackground();
    const text = articleText();
    const local = createMatcher(compileTable(DATASET));
    const remote = backgroundMatcher(send);
    expect(await remote.scan(text, {})).toEqual(local.scan(text));
    expect(await remote.survey(text, {})).toEqual(local.survey(text));
  });

  it('surveys a long text in pieces, finding every name a single survey finds', async () => {
    const sent: number[] = [];
    listenForMessages(parseToBackgroundContent, (message) => {
      if (message.type !== 'toBackground/survey') return undefined;
      sent.push(message.text.length);
      return surveyText(message.text, message.demonyms);
    });
    // Names everywhere, and around every boundary between pieces: cut by it, just before and
    // after it, and at the edges of the overlap.
    const filler = 'Ahmed al-Sharaa and the region said on Tuesday that talks would go on. ';
    let text = filler.repeat(Math.ceil((3.5 * SURVEY_PIECE) / filler.length));
    const name = ' Vladimir Putin ';
    const places = [
      [1, -7],
      [1, 40],
      [2, -1],
      [2, -SURVEY_OVERLAP - 3],
      [3, 0],
      [3, -SURVEY_OVERLAP + 2],
      [3, -name.length],
    ];
    for (const [piece, offset] of places) {
      const at = piece! * SURVEY_PIECE + offset!;
      text = text.slice(0, at) + name + text.slice(at + name.length);
    }
    const expected = createMatcher(compileTable(DATASET)).survey(text);
    const remote = backgroundMatcher(send);
    expect(await remote.survey(text, {})).toEqual(expected);
    expect(sent.length).toBe(Math.ceil(text.length / SURVEY_PIECE));
    expect(Math.max(...sent)).toBeLessThanOrEqual(SURVEY_PIECE + SURVEY_OVERLAP);
    // The later pieces are sent, and every reply read, in tasks the page pays for.
    expect(remote.work.busyMs).toBeGreaterThan(0);
    expect(remote.work.maxTaskMs).toBeGreaterThan(0);
  });

  it('reaches back far enough for any name of the dataset', () => {
    const longest = Math.max(
      ...DATASET.entities.flatMap((entity) => entity.aliases.map((alias) => alias.text.length)),
    );
    expect(longest * 4).toBeLessThanOrEqual(SURVEY_OVERLAP);
  });

  it('rejects, with a reason, a reply that is not a valid answer', async () => {
    listenForMessages(
      (raw) => raw,
      () => ({ matches: 'nope' }),
    );
    await expect(backgroundMatcher(send).scan('Syria', {})).rejects.toThrow(/no valid reply/);
  });

  it('is refused by the background for a text longer than a message may carry', () => {
    const message = { type: 'toBackground/survey', text: 'x'.repeat(MAX_PAGE_TEXT + 1) };
    expect(parseToBackgroundContent({ ...message, demonyms: false })).toBeUndefined();
    expect(parseToBackgroundContent({ ...message, text: 'Syria', demonyms: false })).toBeDefined();
  });
});
