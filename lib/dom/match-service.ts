/**
 * The matcher as the page scanner calls it. It is asynchronous because in a content script the
 * matching runs in the background (lib/content/background-matcher.ts): the page's main thread only
 * reads the text and paints, and the matcher's code, warm in the one background context, is never
 * compiled and warmed up again in every page and frame. Tests and tools wrap a local matcher.
 */
import type { Matcher, ScanOptions, ScanResult } from '../matcher/types';

export interface MatchService {
  /** Offsets in `text` where a name may start (`Matcher.survey`), ascending. */
  survey(text: string, options: ScanOptions): Promise<readonly number[]>;
  /** The matches of `text` and the evidence it gives (`Matcher.scan`). */
  scan(text: string, options: ScanOptions): Promise<ScanResult>;
}

/**
 * A matcher in this context, behind the same interface.
 *
 * @example
 *   new PageScanner({ matcher: localMatchService(createMatcher(table)), … });
 */
export function localMatchService(matcher: Matcher): MatchService {
  return {
    survey: (text, options) => Promise.resolve(matcher.survey(text, options)),
    scan: (text, options) => Promise.resolve(matcher.scan(text, options)),
  };
}
