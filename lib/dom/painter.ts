/**
 * Paints ranges with the CSS Custom Highlight API: the page's DOM gets no element, attribute or
 * class. Ranges are grouped into one `Highlight` per registered name (see highlight-styles.ts); the
 * style sheet with the `::highlight()` rules is adopted by the document and by each open shadow
 * root that holds matches (rules do not cross into shadow trees).
 */
import { supportsCustomHighlights } from '../platform/browser-support';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_PREFIX, highlightCss } from './highlight-styles';

/** What the painter needs of the platform; injectable for tests. */
export interface HighlightPlatform {
  readonly registry: Map<string, Highlight> | HighlightRegistry;
  createHighlight(): Highlight;
  createStyleSheet(css: string): CSSStyleSheet | undefined;
}

/**
 * True where the Custom Highlight API exists (Chrome 105, Safari 17.2, Firefox 140); decided in
 * lib/platform/browser-support.ts.
 */
export function highlightsSupported(): boolean {
  return supportsCustomHighlights(globalThis);
}

export function browserHighlightPlatform(): HighlightPlatform {
  return {
    registry: CSS.highlights,
    createHighlight: () => new Highlight(),
    createStyleSheet(css) {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      } catch {
        return undefined;
      }
    },
  };
}

export class Painter {
  readonly #platform: HighlightPlatform;
  readonly #highlights = new Map<string, Highlight>();
  #sheet: CSSStyleSheet | undefined;
  readonly #styledRoots = new Set<Document | ShadowRoot>();

  constructor(platform: HighlightPlatform) {
    this.#platform = platform;
  }

  /** Paint `range` under highlight `name`. */
  add(name: string, range: AbstractRange): void {
    this.#highlight(name).add(range);
  }

  remove(name: string, range: AbstractRange): void {
    this.#highlights.get(name)?.delete(range);
  }

  /** Show `range` as the focused match (or nothing, with `undefined`). */
  setFocus(range: AbstractRange | undefined): void {
    const focus = this.#highlight(FOCUS_HIGHLIGHT);
    focus.priority = 1;
    focus.clear();
    if (range) focus.add(range);
  }

  /** Make sure `root` has the `::highlight()` rules (documents and shadow roots). */
  style(root: Document | ShadowRoot): void {
    // Tried once and again on every `restyle`, even where it cannot work (see the catch below).
    this.#styledRoots.add(root);
    this.#sheet ??= this.#platform.createStyleSheet(highlightCss());
    const sheet = this.#sheet;
    if (!sheet) return;
    try {
      // A page may replace its adoptedStyleSheets array; re-add ours if so.
      if (!root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
    } catch {
      // Some pages freeze or proxy adoptedStyleSheets: highlights there show unstyled.
    }
  }

  /** True once `root` has been given the `::highlight()` rules (or they were tried). */
  styles(root: Document | ShadowRoot): boolean {
    return this.#styledRoots.has(root);
  }

  /** Re-check every styled root (cheap); call after a batch of work. */
  restyle(): void {
    for (const root of this.#styledRoots) this.style(root);
  }

  /** Total ranges painted, for tests and diagnostics. */
  get size(): number {
    let size = 0;
    for (const [name, highlight] of this.#highlights)
      if (name !== FOCUS_HIGHLIGHT) size += highlight.size;
    return size;
  }

  /** Remove every range but keep the highlights registered. */
  clear(): void {
    for (const highlight of this.#highlights.values()) highlight.clear();
  }

  /** Unregister everything and take our style sheet back out of every root. */
  detach(): void {
    for (const name of this.#highlights.keys()) {
      if (this.#platform.registry.get(name) === this.#highlights.get(name))
        this.#platform.registry.delete(name);
    }
    this.#highlights.clear();
    const sheet = this.#sheet;
    for (const root of this.#styledRoots) {
      try {
        if (sheet && root.adoptedStyleSheets.includes(sheet)) {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
        }
      } catch {
        // See style().
      }
    }
    this.#styledRoots.clear();
  }

  #highlight(name: string): Highlight {
    let highlight = this.#highlights.get(name);
    if (!highlight) {
      if (!name.startsWith(HIGHLIGHT_PREFIX))
        throw new Error(`highlight name without prefix: ${name}`);
      highlight = this.#platform.createHighlight();
      this.#highlights.set(name, highlight);
      this.#platform.registry.set(name, highlight);
    }
    return highlight;
  }
}
