/**
 * Which painted match is under the pointer. Highlights are paint only (no elements, no events), so
 * the pointer is hit-tested: `highlightsFromPoint` where the browser has it (Chrome 140, Firefox
 * 150), else the caret position under the point (`caretPositionFromPoint`, or WebKit/Blink's
 * `caretRangeFromPoint`) looked up in the match index. Either way the answer is confirmed against
 * the range's client rectangles, because caret APIs snap to the nearest text: the blank space
 * beside a line must not count. Which of these APIs exists is decided in
 * lib/platform/browser-support.ts.
 */
import {
  caretFromPointMethod,
  supportsHighlightsFromPoint,
  type CaretFromPointDocument,
} from '../platform/browser-support';
import type { MatchRecord } from './match-store';

/** What hit-testing needs of the scanner. */
export interface HitTestIndex {
  shownAt(node: Text): readonly MatchRecord[];
  recordForRange(range: AbstractRange): MatchRecord | undefined;
}

/** The text node and offset under a viewport point. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { node: Node; offset: number } | undefined {
  const caretDoc = doc as Document & CaretFromPointDocument;
  const method = caretFromPointMethod(caretDoc);
  if (method === 'caretPositionFromPoint') {
    const position =
      shadowRoots.length > 0
        ? caretDoc.caretPositionFromPoint(x, y, { shadowRoots })
        : caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (method === 'caretRangeFromPoint') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

/** True when (x, y) lies inside one of the range's line boxes (1 px tolerance). */
export function rangeContainsPoint(
  doc: Document,
  range: AbstractRange,
  x: number,
  y: number,
): boolean {
  const live = doc.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    return false; // the text changed under a stale range
  }
  for (const rect of live.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
      return true;
  }
  return false;
}

/** The painted match at a viewport point, if any. */
export function matchAtPoint(
  doc: Document,
  index: HitTestIndex,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): MatchRecord | undefined {
  const registry: unknown = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (supportsHighlightsFromPoint(registry)) {
    for (const hit of registry.highlightsFromPoint(x, y, { shadowRoots })) {
      for (const range of hit.ranges) {
        const record = index.recordForRange(range);
        if (record && rangeContainsPoint(doc, record.range, x, y)) return record;
      }
    }
    return undefined;
  }
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return undefined;
  for (const record of index.shownAt(caret.node as Text)) {
    if (rangeContainsPoint(doc, record.range, x, y)) return record;
  }
  return undefined;
}
