/**
 * Collects a page's rendered text as "blocks": runs of adjacent text nodes inside one block-level
 * container, so a name split across inline elements ("Bashar al-<b>Assad</b>") is matched as one
 * string. One TreeWalker pass over elements and text, no NodeFilter callback (each callback is a
 * C++ → JS crossing); subtrees that never hold readable page text are skipped whole.
 *
 * The walk is incremental: `next(deadline)` returns the blocks completed before the deadline, so
 * callers can spread a huge page over many short slices.
 */
import type { Deadline } from './scheduler';

/** Elements whose content is not page text a reader sees, or not ours to touch. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

/** Elements that start a new run of text (their text never joins a neighbour's). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'img',
  'label',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** A run of adjacent text nodes in one block, and their concatenated text. */
export interface TextBlock {
  readonly nodes: readonly Text[];
  /** Offset in `text` where each node's data starts. */
  readonly starts: readonly number[];
  readonly text: string;
  /** The block-level element (or root) that contains the run. */
  readonly container: Node;
}

export interface TextWalkerOptions {
  /** Called once for each open shadow root met in the walk (scan it as its own root). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** True for the extension's own UI elements, which are never scanned. */
  isOwnUi?: (element: Element) => boolean;
  /**
   * Start at this node (visible text first) and walk to the end, then from the root's start up to
   * it.
   */
  startAt?: Node;
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** True when an element's subtree holds no page text to scan. */
export function isSkippedElement(
  element: Element,
  isOwnUi?: (element: Element) => boolean,
): boolean {
  return (
    SKIP_TAGS.has(element.localName) ||
    (element as HTMLElement).hidden === true ||
    isEditable(element) ||
    (isOwnUi?.(element) ?? false)
  );
}

/** True for an element that separates runs of text. */
export function isBlockBoundary(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName) || element.localName.includes('-');
}

/**
 * Walks `root` (a document, shadow root or element) and yields its text blocks. Create one per
 * scan; it is not reusable.
 *
 * @example
 *   const walker = new TextWalker(document);
 *   let done = false;
 *   while (!done) ({ blocks, done } = walker.next(deadline(8)));
 */
/** How many nodes the walker visits between two looks at its deadline. */
const NODES_PER_CHECK = 256;

export class TextWalker {
  readonly #root: Node;
  readonly #walker: TreeWalker;
  readonly #options: TextWalkerOptions;
  /** Memo: element → its block container (or root). */
  readonly #containers = new Map<Node, Node>();
  readonly #startAt: Node | undefined;
  /** 1 = from `startAt` to the end, 2 = from the start up to `startAt`. */
  #phase: 1 | 2;
  #finished = false;
  /** Set when the walk stopped at a node it has not processed yet. */
  #resumeAt: Node | null = null;

  // The block being built.
  #nodes: Text[] = [];
  #starts: number[] = [];
  #parts: string[] = [];
  #length = 0;
  #container: Node | null = null;
  #breakPending = false;

  constructor(root: Node, options: TextWalkerOptions = {}) {
    this.#root = root;
    this.#options = options;
    const doc = root.ownerDocument ?? (root as Document);
    this.#walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    const startAt = options.startAt;
    if (startAt && startAt !== root && root.contains(startAt)) {
      this.#startAt = startAt;
      this.#phase = 1;
      this.#walker.currentNode = startAt;
      this.#resumeAt = startAt;
    } else {
      this.#phase = 2;
      this.#resumeAt = this.#walker.nextNode();
    }
  }

  /** True once every node has been walked. */
  get done(): boolean {
    return this.#finished;
  }

  /**
   * Walk until `deadline` expires (checked between blocks, and every few hundred nodes) or the end.
   * Returns the blocks completed in this slice.
   */
  next(deadline?: Deadline): { blocks: TextBlock[]; done: boolean } {
    const blocks: TextBlock[] = [];
    const isOwnUi = this.#options.isOwnUi;
    const onShadowRoot = this.#options.onShadowRoot;
    let node = this.#resumeAt;
    let steps = 0;

    while (!this.#finished) {
      // Long stretches without a finished block (thousands of inline nodes in one block, or of
      // empty markup) must not overrun the slice either: the block in progress waits in the
      // walker's fields for the next slice.
      if (node !== null && ++steps % NODES_PER_CHECK === 0 && deadline?.expired()) {
        this.#resumeAt = node;
        return { blocks, done: false };
      }
      if (node === null || (this.#phase === 2 && node === this.#startAt)) {
        this.#flush(blocks);
        if (this.#phase === 1) {
          // Wrap around: from the root's start up to where phase 1 began.
          this.#phase = 2;
          this.#walker.currentNode = this.#root;
          node = this.#walker.nextNode();
          continue;
        }
        this.#finished = true;
        break;
      }

      if (node.nodeType === 3) {
        const text = node as Text;
        const data = text.data;
        const container = this.#containerOf(text.parentNode);
        if (this.#breakPending || container !== this.#container) {
          const before = blocks.length;
          this.#flush(blocks);
          this.#container = container;
          this.#breakPending = false;
          if (blocks.length > before && deadline?.expired()) {
            // Stop between blocks; this node starts the next slice.
            this.#resumeAt = node;
            return { blocks, done: false };
          }
        }
        if (this.#nodes.length > 0 || /\S/.test(data)) {
          this.#nodes.push(text);
          this.#starts.push(this.#length);
          this.#parts.push(data);
          this.#length += data.length;
        }
        node = this.#walker.nextNode();
        continue;
      }

      // An element.
      const element = node as Element;
      if (isSkippedElement(element, isOwnUi)) {
        this.#breakPending = true;
        node = this.#skipSubtree();
        continue;
      }
      if (isBlockBoundary(element)) this.#breakPending = true;
      const shadow = (element as HTMLElement).shadowRoot;
      if (shadow && onShadowRoot) onShadowRoot(shadow);
      node = this.#walker.nextNode();
    }
    this.#resumeAt = null;
    return { blocks, done: true };
  }

  /** Move past the current node's subtree; returns the next node or null. */
  #skipSubtree(): Node | null {
    const walker = this.#walker;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      const parent = walker.parentNode();
      if (!parent) return null;
    }
  }

  #containerOf(parent: Node | null): Node {
    if (parent === null) return this.#root;
    const memo = this.#containers.get(parent);
    if (memo) return memo;
    let container: Node = this.#root;
    for (
      let current: Node | null = parent;
      current && current !== this.#root;
      current = current.parentNode
    ) {
      if (current.nodeType === 1 && isBlockBoundary(current as Element)) {
        container = current;
        break;
      }
    }
    this.#containers.set(parent, container);
    return container;
  }

  #flush(out: TextBlock[]): void {
    if (this.#nodes.length > 0) {
      const text = this.#parts.length === 1 ? this.#parts[0]! : this.#parts.join('');
      out.push({
        nodes: this.#nodes,
        starts: this.#starts,
        text,
        container: this.#container ?? this.#root,
      });
    }
    this.#nodes = [];
    this.#starts = [];
    this.#parts = [];
    this.#length = 0;
  }
}

/**
 * Find the text node and offset in a block for a text offset. `end` selects the node that ends at
 * the offset rather than the one that starts there.
 */
export function locate(
  block: TextBlock,
  offset: number,
  end = false,
): { node: Text; offset: number } {
  const { starts, nodes } = block;
  // Binary search for the last node starting at or before `offset`
  // (strictly before, for an end offset).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid]!;
    if (end ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}
