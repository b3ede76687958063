/**
 * Paints ranges with the CSS Custom Highlight API: the page's DOM gets no element, attribute or
 * class. Ranges are grouped into one `Highlight` per registered name (see highlight-styles.ts).
 *
 * The `::highlight()` rules reach a document as the content script's CSS, listed in the manifest
 * (the demo page links the same sheet): the browser adds them before the page is built, and Firefox
 * takes them away with the extension, so highlights a removed extension can no longer clear do not
 * stay painted. Rules do not cross into shadow trees, so each open shadow root that holds matches
 * adopts a style sheet of them.
 */
import {
  FOCUS_HIGHLIGHT,
  HIGHLIGHT_PREFIX,
  highlightCss,
  highlightNames,
} from './highlight-styles';

/** What the painter needs of the platform; injectable for tests. */
export interface HighlightPlatform {
  readonly registry: Map<string, Highlight> | HighlightRegistry;
  createHighlight(): Highlight;
  createStyleSheet(css: string): CSSStyleSheet | undefined;
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

function isDocument(root: Document | ShadowRoot): root is Document {
  return root.nodeType === Node.DOCUMENT_NODE;
}

export class Painter {
  readonly #platform: HighlightPlatform;
  readonly #highlights = new Map<string, Highlight>();
  #sheet: CSSStyleSheet | undefined;
  readonly #styledRoots = new Set<ShadowRoot>();

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

  /** Make sure `root` has the `::highlight()` rules; a document has them already. */
  style(root: Document | ShadowRoot): void {
    if (isDocument(root)) return;
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

  /** True once `root` has the `::highlight()` rules (or they were tried); always for a document. */
  styles(root: Document | ShadowRoot): boolean {
    return isDocument(root) || this.#styledRoots.has(root);
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

  /** Unregister everything and take our style sheet back out of every shadow root. */
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

  /**
   * Unregister the highlights of a Backstory script that is gone from this page without clearing
   * up. Firefox ends a removed extension's scripts outright, and injects the script into open tabs
   * when the extension is installed again: the old highlights would show again, under the new
   * rules, beside ours. By name: a Firefox content script cannot iterate the page's registry (no
   * iterators through Xrays, and a dead script's entries deny access).
   */
  #sweep(): void {
    const registry = this.#platform.registry;
    if (registry.size === 0) return;
    for (const name of highlightNames()) registry.delete(name);
  }

  #highlight(name: string): Highlight {
    let highlight = this.#highlights.get(name);
    if (!highlight) {
      if (!name.startsWith(HIGHLIGHT_PREFIX))
        throw new Error(`highlight name without prefix: ${name}`);
      if (this.#highlights.size === 0) this.#sweep();
      highlight = this.#platform.createHighlight();
      this.#highlights.set(name, highlight);
      this.#platform.registry.set(name, highlight);
    }
    return highlight;
  }
}
