/**
 * The background's half of the content script's messages, as lib/background/start.ts wires it, on
 * WXT's fake browser: the content script's matcher asks, the real dataset service answers.
 */
import { matchText, surveyText } from '../../../lib/background/dataset-service';
import { listenForMessages } from '../../../lib/messaging/listen';
import { parseToBackgroundContent } from '../../../lib/messaging/protocol';

export function answerLikeTheBackground(): void {
  listenForMessages(parseToBackgroundContent, (message) => {
    if (message.type === 'toBackground/survey') return surveyText(message.text, message.demonyms);
    if (message.type === 'toBackground/match') return matchText(message.text, message.demonyms);
    return undefined;
  });
}
