import * as v from 'valibot';

/**
 * Every message between the extension's contexts, in one place (style-anchors rule 10). Types are
 * named by direction: `toContent/…` is sent by the popup or background to a tab's content script,
 * `toBackground/…` by any extension page or content script to the background. Each message is
 * validated where it is received: a message that does not parse is ignored.
 */
export const ToContentMessage = v.variant('type', [
  v.object({ type: v.literal('toContent/status') }),
]);
export type ToContentMessage = v.InferOutput<typeof ToContentMessage>;

export interface ContentStatus {
  /** True when the content script is running and the page is being highlighted. */
  readonly active: boolean;
  readonly url: string;
}

/** The reply type of each message type. */
export interface ToContentReplies {
  'toContent/status': ContentStatus;
}

export function parseToContent(raw: unknown): ToContentMessage | undefined {
  const result = v.safeParse(ToContentMessage, raw);
  return result.success ? result.output : undefined;
}
