import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleText } from '../../../../data/article';
import { DATASET } from '../../../../data/index';
import { matchText, surveyText } from '../../../../lib/background/dataset-service';
import { backgroundMatcher } from '../../../../lib/content/background-matcher';
import { compileTable, createMatcher } from '../../../../lib/matcher';
import { listenForMessages } from '../../../../lib/messaging/listen';
import { MAX_PAGE_TEXT, parseToBackgroundContent } from '../../../../lib/messaging/protocol';

beforeEach(() => {
  fakeBrowser.reset();
});

/** The background's half, as lib/background/start.ts wires it. */
function answerLikeTheBackground(): void {
  listenForMessages(parseToBackgroundContent, (message) => {
    if (message.type === 'toBackground/survey') return surveyText(message.text, message.demonyms);
    if (message.type === 'toBackground/match') return matchText(message.text, message.demonyms);
    return undefined;
  });
}

describe('backgroundMatcher', () => {
  it('gives what the matcher gives, through messages', async () => {
    answerLikeTheBackground();
    const text = articleText();
    const local = createMatcher(compileTable(DATASET));
    const remote = backgroundMatcher();
    expect(await remote.scan(text, {})).toEqual(local.scan(text));
    expect(await remote.survey(text, {})).toEqual(local.survey(text));
  });

  it('rejects, with a reason, a reply that is not a valid answer', async () => {
    listenForMessages(
      (raw) => raw,
      () => ({ matches: 'nope' }),
    );
    await expect(backgroundMatcher().scan('Syria', {})).rejects.toThrow(/no valid reply/);
  });

  it('is refused by the background for a text longer than a message may carry', () => {
    const message = { type: 'toBackground/survey', text: 'x'.repeat(MAX_PAGE_TEXT + 1) };
    expect(parseToBackgroundContent({ ...message, demonyms: false })).toBeUndefined();
    expect(parseToBackgroundContent({ ...message, text: 'Syria', demonyms: false })).toBeDefined();
  });
});
