/**
 * Stand-ins for the Custom Highlight API where the test DOM (happy-dom) has none: a Highlight is a
 * Set of ranges with a priority, the registry a Map, and StaticRange a plain record. The real API
 * is exercised by the e2e suite.
 */
import { vi } from 'vitest';
import type { HighlightPlatform } from '../../../lib/dom/painter';

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

export class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  readonly collapsed: boolean;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
    this.collapsed =
      init.startContainer === init.endContainer && init.startOffset === init.endOffset;
  }
}

export function installStaticRange(): void {
  if (typeof globalThis.StaticRange !== 'function') {
    (globalThis as { StaticRange?: unknown }).StaticRange = FakeStaticRange;
  }
}

/**
 * The Custom Highlight API's globals as the content script finds them (`CSS.highlights`,
 * `Highlight`), stubbed until `vi.unstubAllGlobals()`. Returns the registry.
 */
export function installHighlights(): Map<string, Highlight> {
  const registry = new Map<string, Highlight>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  return registry;
}

export function fakePlatform(): HighlightPlatform & { registry: Map<string, Highlight> } {
  return {
    registry: new Map<string, Highlight>(),
    createHighlight: () => new FakeHighlight() as unknown as Highlight,
    createStyleSheet: () => undefined,
  };
}

/** The painted text of every registered highlight, by name. */
export function paintedText(registry: Map<string, Highlight>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of registry) {
    const ranges = [...(highlight as unknown as Set<AbstractRange>)];
    if (ranges.length === 0) continue;
    out[name] = ranges.map(rangeText).sort();
  }
  return out;
}

export function rangeText(range: AbstractRange): string {
  const range2 = document.createRange();
  range2.setStart(range.startContainer, range.startOffset);
  range2.setEnd(range.endContainer, range.endOffset);
  return range2.toString();
}
