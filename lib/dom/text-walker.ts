/**
 * Collects a page's rendered text as "blocks": runs of adjacent text nodes inside one block-level
 * container, so a name split across inline elements ("Bashar al-<b>Assad</b>") is matched as one
 * string. One TreeWalker pass over elements and text, no NodeFilter callback (each callback is a
 * C++ → JS crossing); subtrees that never hold readable page text are skipped whole.
 *
 * The walk is incremental: `next(deadline)` returns the blocks completed before the deadline, so
 * callers can spread a huge page over many short slices. With a survey (see `survey` below) it
 * first finds which blocks can hold a name at all, and walks only those.
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

/**
 * The elements whose subtree the walk skips, as one selector (one native check per element): the
 * tags above, `hidden` (but not `hidden="until-found"`, which the browser reveals on find-in-page)
 * and editable regions.
 */
const SKIP_SELECTOR = [
  ...SKIP_TAGS,
  '[hidden]:not([hidden="until-found" i])',
  '[contenteditable]:not([contenteditable="false" i])',
].join(',');

const selectors = new Map<string, string>();

/** The skip selector, with the extension's own UI element added. */
function skipSelector(ownUiTag: string | undefined): string {
  if (ownUiTag === undefined) return SKIP_SELECTOR;
  let selector = selectors.get(ownUiTag);
  if (selector === undefined) selectors.set(ownUiTag, (selector = `${SKIP_SELECTOR},${ownUiTag}`));
  return selector;
}

/** A run of adjacent text nodes in one block, and their concatenated text. */
export interface TextBlock {
  readonly nodes: readonly Text[];
  /** Offset in `text` where each node's data starts. */
  readonly starts: readonly number[];
  readonly text: string;
  /** The block-level element (or root) that contains the run. */
  readonly container: Node;
  /**
   * With a survey, for a block it hit: where the block's text starts in the survey text, so callers
   * can keep the distances between blocks.
   */
  readonly at?: number;
  /**
   * With a survey, what lies between the block before and this one that the walk did not read: how
   * many blocks without a name it passed over, and how many characters the survey's offsets count
   * there that a reading leaves out: the blank text between blocks, and skipped elements' text (a
   * script, a hidden panel) where the survey left it out or the walk met it. Read, each block would
   * stand apart, and that text would go (`readGap`).
   */
  readonly passed?: number;
  readonly unread?: number;
}

/**
 * How many characters a reading of all the text between two blocks would put there: those the
 * survey counts there (`raw`), less those a reading leaves out, and a separator before each block
 * passed over and one before the next block (one at least). A passed-over block is taken as one
 * block, its text as it reads; blank text inside one, or a short script in one, still counts.
 */
export function readGap(raw: number, block: TextBlock): number {
  const text = raw - (block.unread ?? 0);
  return text > 0 ? text + (block.passed ?? 0) + 1 : 1;
}

export interface TextWalkerOptions {
  /** Called once for each open shadow root met in the walk (scan it as its own root). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Called for each custom element (a tag with a hyphen, `name`) met where shadow roots are looked
   * for that has none: if it is not defined yet, its definition may come later and attach one, and
   * nothing would tell the content script.
   */
  onShadowlessCustomElement?: (element: Element, name: string) => void;
  /** Tag name of the extension's own UI element, which is never scanned. */
  ownUiTag?: string;
  /**
   * Start at this node (visible text first) and walk to the end, then from the root's start up to
   * it.
   */
  startAt?: Node;
  /**
   * Survey the root first (see `read` and `surveyed`): take its text in one native call and look
   * for shadow roots; a loose match over that text (in the background) says where a name may start,
   * and the walk then skips every block in which none can. Most blocks of most pages name none of
   * the dataset's names, so most of a page costs one native read instead of the full walk.
   */
  survey?: boolean;
}

/** True when an element's subtree holds no page text to scan. */
export function isSkippedElement(element: Element, ownUiTag?: string): boolean {
  return element.matches(skipSelector(ownUiTag));
}

/**
 * Custom elements already judged (see `isBlockBoundary`): the first answer stays for the element's
 * life, so that the first walk and every later rescan of its part of the page split the text
 * alike.
 */
const customBlocks = new WeakMap<Element, boolean>();

/**
 * True for an element that separates runs of text. A standard element is judged by its tag, as a
 * reader sees it without the page's styles. A custom element's tag says nothing (`<x-link>` and
 * `<x-card>` look alike), so it is judged by how the page renders it, once: laid out inline
 * (`display: inline`, the default for an unknown tag, or `contents`), its text joins its
 * neighbours' ("al-<x-link>Assad</x-link>"); anything else (a card, a panel, an inline block, or a
 * document without styles to ask) is a block of its own.
 */
export function isBlockBoundary(element: Element): boolean {
  const name = element.localName;
  if (BLOCK_TAGS.has(name)) return true;
  if (!name.includes('-')) return false;
  let block = customBlocks.get(element);
  if (block === undefined) {
    const display = element.ownerDocument.defaultView?.getComputedStyle(element).display;
    block = display !== 'inline' && display !== 'contents';
    customBlocks.set(element, block);
  }
  return block;
}

/** How many nodes the walker visits between two looks at its deadline. */
const NODES_PER_CHECK = 256;
/** How many of the survey root's children are read (one `textContent` each) between two looks. */
const CHILDREN_PER_CHECK = 32;

const enum Stage {
  /** Reading the root's text and looking for shadow roots. */
  Read,
  /** Waiting for the survey's result. */
  Survey,
  /** Finding the text nodes where the survey's offsets fall. */
  Locate,
  /** The walk proper. */
  Walk,
}

/**
 * Walks `root` (a document, shadow root, element or text node) and yields its text blocks. Create
 * one per scan; it is not reusable.
 *
 * @example
 *   const walker = new TextWalker(document, { survey: true });
 *   while (!walker.read(deadline(8))) await yieldToMain();
 *   walker.surveyed(await surveyStarts(walker.surveyText));
 *   let done = false;
 *   while (!done) ({ blocks, done } = walker.next(deadline(8)));
 */
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

  // The survey (when asked for).
  #stage: Stage;
  /** Whose text is surveyed: the root, or a document's body. */
  #surveyRoot: Node | undefined;
  #surveyText: string | undefined;
  /** While reading: the root's child to read next, and the texts read so far (and their length). */
  #takeNext: ChildNode | null | undefined;
  #taken: string[] = [];
  #takenLength = 0;
  /** While reading: the elements entered instead of read whole (see `#noteCode`). */
  readonly #enter = new Set<Node>();
  /**
   * Skipped children of the survey root left out of its text, as pairs: where in the survey text
   * (kept characters before it), and how long.
   */
  readonly #omitted: number[] = [];
  /** Their total length. */
  #omittedLength = 0;
  /**
   * The children of the survey root whose text was kept, in order, with where each one's text
   * starts and ends among all of the root's text (what `#locate` counts): only the children that
   * hold a survey offset are entered to find its text node.
   */
  readonly #spans: Node[] = [];
  readonly #spanStarts: number[] = [];
  readonly #spanEnds: number[] = [];
  #spanIndex = 0;
  /** Walks the elements (Read) of the survey root, or the text nodes (Locate) of one child. */
  #surveyWalker: TreeWalker | undefined;
  #surveyNext: Node | null = null;
  /** Survey offsets not yet located, ascending; and how much text the located nodes hold. */
  #pending: number[] = [];
  #located = 0;
  /** Text nodes where a survey offset falls → their offset in the survey text. */
  readonly #hits = new Map<Text, number>();
  /** Nodes on the way from the root to a place a name may start: only these blocks are walked. */
  #wanted: Set<Node> | undefined;
  /** The ancestors of `startAt`: entered even without a name, so that phase 2 ends on `startAt`. */
  #keep: ReadonlySet<Node> | undefined;
  /** Spans (by index) whose text changed after it was taken (see `changed`). */
  #changedSpans: Set<number> | undefined;
  /** Span → its index, built when the first change is reported. */
  #spanIndexOf: Map<Node, number> | undefined;
  /** Spans the survey's offsets no longer fit: every block in them is walked. */
  #whole: Set<Node> | undefined;
  /** While walking a whole span: the first node after it (null: the end), else undefined. */
  #wholeEnd: Node | null | undefined;
  /** Set when a pass could not resume: the node it stopped at had left the root. */
  #lost = false;

  // The block being built.
  #nodes: Text[] = [];
  #starts: number[] = [];
  #parts: string[] = [];
  #length = 0;
  #container: Node | null = null;
  #breakPending = false;
  // What the walk passed over and left unread since the last block (`TextBlock.passed`,
  // `unread`), and before the block being built; where the last block with a survey offset ended.
  #passed = 0;
  #unread = 0;
  #runPassed = 0;
  #runUnread = 0;
  #lastEnd: number | undefined;
  /** The survey's omitted text in all of the root's text, as (start, length) pairs; the next one. */
  #omittedFull: number[] = [];
  #omittedNext = 0;
  /** The short scripts and styles the survey kept, with their lengths, in order; the next one. */
  readonly #shortCode: (Element | number)[] = [];
  #shortNext = 0;

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
      const keep = new Set<Node>();
      for (let node = startAt.parentNode; node && node !== root; node = node.parentNode) {
        keep.add(node);
      }
      this.#keep = keep;
    } else {
      this.#phase = 2;
      // A lone text node is its own first node (a walker never returns its root).
      this.#resumeAt = root.nodeType === 3 ? root : this.#walker.nextNode();
    }
    this.#stage = Stage.Walk;
    if (options.survey === true && root.nodeType !== 3) {
      this.#stage = Stage.Read;
      // A document's text outside its body is in its head, which is never scanned.
      const surveyRoot =
        root.nodeType === 9
          ? ((root as Document).body ?? (root as Document).documentElement)
          : root;
      this.#surveyRoot = surveyRoot ?? root;
      this.#surveyWalker = doc.createTreeWalker(this.#surveyRoot, NodeFilter.SHOW_ELEMENT);
      // The root's own shadow root too (a web component added to the page is its own root).
      if (root.nodeType === 1) this.#shadowOf(root as Element);
      this.#surveyNext = this.#surveyWalker.nextNode();
    }
  }

  /** True once every node has been walked. */
  get done(): boolean {
    return this.#finished;
  }

  /**
   * True when the walk lost its place: the page removed the node a paused pass was to resume at (a
   * framework replacing a section while the scan waited), so what follows it cannot be reached from
   * there. The walk ends; the caller should scan the root again.
   */
  get lost(): boolean {
    return this.#lost;
  }

  /** True (and the walk lost) when `node`, where a pass resumes, is no longer under `root`. */
  #gone(node: Node | null | undefined, root: Node): boolean {
    if (!node || root.contains(node)) return false;
    this.#lost = true;
    this.#finished = true;
    return true;
  }

  /**
   * Walk until `deadline` expires (checked between blocks, and every few hundred nodes) or the end.
   * Returns the blocks completed in this slice.
   */
  next(deadline?: Deadline): { blocks: TextBlock[]; done: boolean } {
    if (this.#stage === Stage.Read || this.#stage === Stage.Survey) {
      throw new Error('TextWalker: survey the root first');
    }
    if (this.#stage === Stage.Locate && !this.#locate(deadline)) {
      return { blocks: [], done: false };
    }
    const blocks: TextBlock[] = [];
    if (this.#gone(this.#resumeAt, this.#root)) return { blocks, done: true };
    const ownUiTag = this.#options.ownUiTag;
    const wanted = this.#wanted;
    const keep = this.#keep;
    // With a survey, shadow roots were looked for while reading.
    const onShadowRoot = this.#surveyRoot ? undefined : this.#options.onShadowRoot;
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
          this.#passed = 0;
          this.#unread = 0;
          this.#lastEnd = undefined;
          this.#omittedNext = 0;
          this.#shortNext = 0;
          this.#walker.currentNode = this.#root;
          this.#wholeEnd = undefined;
          node = this.#walker.nextNode();
          continue;
        }
        this.#finished = true;
        break;
      }
      // Out of a whole span: the survey's offsets hold again. (Should the node after it have left
      // the page meanwhile, the rest of the root is walked whole: more work, nothing missed.)
      if (node === this.#wholeEnd) this.#wholeEnd = undefined;

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
          if (this.#nodes.length === 0) {
            // A block starts: what came between it and the one before is its own.
            this.#runPassed = this.#passed;
            this.#runUnread = this.#unread;
            this.#passed = 0;
            this.#unread = 0;
          }
          this.#nodes.push(text);
          this.#starts.push(this.#length);
          this.#parts.push(data);
          this.#length += data.length;
        } else this.#unread += data.length;
        node = node === this.#root ? null : this.#walker.nextNode();
        continue;
      }

      // An element.
      const element = node as Element;
      if (this.#wholeEnd === undefined && this.#whole?.has(element)) {
        this.#wholeEnd = nextWalked(element, this.#root);
      }
      const block = isBlockBoundary(element);
      // A block in which the survey found no name: nothing in it can match. (Checked before the
      // skip selector: most blocks of a surveyed page are passed over here, without a selector
      // match each.)
      if (
        block &&
        wanted &&
        this.#wholeEnd === undefined &&
        !wanted.has(element) &&
        !keep?.has(element)
      ) {
        this.#breakPending = true;
        const code = this.#shortCode.length > 0 ? this.#shortCodeIn(element) : 0;
        if (code > 0 && !hasReadableText(element, ownUiTag)) {
          // Only code and blanks (an ad's slot): read, it is no block at all.
          this.#unread += (element.textContent ?? '').length;
        } else {
          this.#passed++;
          this.#unread += code;
        }
        node = this.#skipSubtree();
        continue;
      }
      if (isSkippedElement(element, ownUiTag)) {
        this.#breakPending = true;
        if (wanted && this.#surveyKept(element)) {
          this.#unread += (element.textContent ?? '').length;
        }
        node = this.#skipSubtree();
        continue;
      }
      if (block) this.#breakPending = true;
      if (onShadowRoot) this.#shadowOf(element);
      node = this.#walker.nextNode();
    }
    this.#resumeAt = null;
    return { blocks, done: true };
  }

  /** Report `element`'s shadow root, or the element itself if it is a custom element without one. */
  #shadowOf(element: Element, name?: string): void {
    const shadow = (element as HTMLElement).shadowRoot;
    if (!shadow) {
      const onCustom = this.#options.onShadowlessCustomElement;
      if (onCustom) {
        const tag = name ?? element.localName;
        if (tag.includes('-')) onCustom(element, tag);
      }
      return;
    }
    // A host inside a skipped subtree (an editor, a hidden panel) keeps its shadow tree unscanned.
    for (let node: Node | null = element; node && node !== this.#root; node = node.parentNode) {
      if (node.nodeType === 1 && isSkippedElement(node as Element, this.#options.ownUiTag)) return;
    }
    this.#options.onShadowRoot?.(shadow);
  }

  /**
   * The survey's first step: look for shadow roots and long scripts (one pass over the root's
   * elements), then take the root's text (a native call per child). Returns true once done (then
   * `surveyText` holds the text), false when it stopped at the deadline. Without the `survey`
   * option there is nothing to read.
   */
  read(deadline?: Deadline): boolean {
    if (this.#stage !== Stage.Read) return true;
    const root = this.#surveyRoot!;
    if (this.#gone(this.#surveyNext, root) || this.#gone(this.#takeNext, root)) return true;
    const walker = this.#surveyWalker!;
    const watchShadows = this.#options.onShadowRoot !== undefined;
    let node = this.#surveyNext;
    let steps = 0;
    while (node !== null) {
      if (++steps % NODES_PER_CHECK === 0 && deadline?.expired()) {
        this.#surveyNext = node;
        return false;
      }
      const element = node as Element;
      const name = element.localName;
      if (watchShadows) this.#shadowOf(element, name);
      if (name === 'script' || name === 'style' || name === 'noscript') this.#noteCode(element);
      node = walker.nextNode();
    }
    this.#surveyNext = null;
    if (this.#surveyText === undefined && !this.#takeText(deadline)) return false;
    this.#stage = Stage.Survey;
    return true;
  }

  /**
   * A script or style (or `noscript`) with long text, wherever it is, is left out of the survey:
   * its ancestors are entered instead of read whole. On news pages, scripts of JSON deep in the
   * markup can hold most of the body's text (81% on readability/aktualne), which would be copied,
   * sent to the background and searched for nothing.
   */
  #noteCode(element: Element): void {
    const length = (element.textContent ?? '').length;
    if (length < LONG_CODE_TEXT) {
      // Kept in the survey's text: the walk takes its length out of a block it passes over.
      if (length > 0) this.#shortCode.push(element, length);
      return;
    }
    const root = this.#surveyRoot;
    const enter = this.#enter;
    for (let node = element.parentNode; node && node !== root && !enter.has(node);) {
      enter.add(node);
      node = node.parentNode;
    }
  }

  /**
   * The survey root's text, child by child (one native `textContent` each), leaving out the
   * children that are skipped elements: the scripts and styles of a page often hold far more text
   * (JSON, code) than the page shows. A child that holds a long skipped element further down (a
   * script of JSON deep in the page's markup) is entered instead, so that element is left out too.
   * A body can have thousands of children (the HTML5 spec has 6 000), so the deadline is looked at
   * every few dozen; returns false when it stopped there.
   */
  #takeText(deadline: Deadline | undefined): boolean {
    const parts = this.#taken;
    const ownUiTag = this.#options.ownUiTag;
    const root = this.#surveyRoot!;
    const enter = this.#enter;
    let kept = this.#takenLength;
    let child = this.#takeNext === undefined ? root.firstChild : this.#takeNext;
    let steps = 0;
    while (child) {
      if (++steps % CHILDREN_PER_CHECK === 0 && deadline?.expired()) {
        this.#takeNext = child;
        this.#takenLength = kept;
        return false;
      }
      const type = child.nodeType;
      if (type === 1 && enter.has(child) && !isSkippedElement(child as Element, ownUiTag)) {
        // Read its children instead (it has some: a long script is among them).
        child = child.firstChild;
        continue;
      }
      const text =
        type === 3 || type === 4
          ? (child as CharacterData).data
          : type === 1
            ? (child.textContent ?? '')
            : '';
      if (text.length > 0) {
        if (type === 1 && isSkippedElement(child as Element, ownUiTag)) {
          this.#omitted.push(kept, text.length);
          this.#omittedFull.push(kept + this.#omittedLength, text.length);
          this.#omittedLength += text.length;
        } else {
          const start = kept + this.#omittedLength;
          this.#spans.push(child);
          this.#spanStarts.push(start);
          this.#spanEnds.push(start + text.length);
          parts.push(text);
          kept += text.length;
        }
      }
      child = nextOutside(child, root);
    }
    this.#surveyText = parts.length === 1 ? parts[0]! : parts.join('');
    this.#taken = [];
    this.#takeNext = null;
    return true;
  }

  /**
   * The page changed at `node` (a mutation's target) after `read` began. The survey's offsets count
   * the text as it was read, so in the survey root's child that holds `node` they may now fall on
   * the wrong text nodes: that child is walked whole instead of by the offsets. A change elsewhere
   * (a child added straight under the root) moves no offset: each child's offsets are counted from
   * its own start. Once the walk proper has begun, changes are the caller's to rescan.
   */
  changed(node: Node): void {
    if (this.#stage === Stage.Walk || this.#surveyRoot === undefined) return;
    const spans = this.#spans;
    const indexOf = (this.#spanIndexOf ??= new Map<Node, number>());
    for (let i = indexOf.size; i < spans.length; i++) indexOf.set(spans[i]!, i);
    const root = this.#surveyRoot;
    for (
      let current: Node | null = node;
      current && current !== root;
      current = current.parentNode
    ) {
      const index = indexOf.get(current);
      if (index !== undefined) {
        (this.#changedSpans ??= new Set()).add(index);
        return;
      }
    }
  }

  /** Walk all of `span` (its text changed since it was read); drop its offsets. */
  #takeWhole(span: Node, end: number): void {
    const pending = this.#pending;
    while (pending.length > 0 && pending[pending.length - 1]! < end) pending.pop();
    (this.#whole ??= new Set()).add(span);
    this.#want(span);
  }

  /** Mark `node` and its ancestors up to the root as wanted: the walk enters them. */
  #want(node: Node): void {
    const wanted = this.#wanted!;
    for (let n: Node | null = node; n && n !== this.#root && !wanted.has(n); n = n.parentNode) {
      wanted.add(n);
    }
  }

  /** A survey offset as an offset into all of the root's text (what `#locate` counts). */
  #toFull(at: number): number {
    const omitted = this.#omitted;
    let full = at;
    for (let i = 0; i < omitted.length && omitted[i]! <= at; i += 2) full += omitted[i + 1]!;
    return full;
  }

  /**
   * What `read` took: the text of the root's text nodes in document order (a document's body),
   * without skipped elements straight under it. This is what to survey.
   */
  get surveyText(): string {
    return this.#surveyText ?? '';
  }

  /**
   * The survey's result: offsets in `surveyText` where a name may start (a superset of where one
   * does, such as `Matcher.survey` finds). Only the blocks holding one are walked; without a result
   * (`undefined`), all of them.
   */
  surveyed(starts: readonly number[] | undefined): void {
    if (this.#stage !== Stage.Survey)
      throw new Error('TextWalker: read the root before the survey');
    this.#surveyText = undefined;
    if (starts === undefined) {
      this.#stage = Stage.Walk;
      return;
    }
    this.#pending = starts.map((at) => this.#toFull(at)).sort((a, b) => b - a);
    this.#wanted = new Set();
    this.#stage = Stage.Locate;
    this.#surveyWalker = undefined;
    this.#surveyNext = null;
  }

  /**
   * Find the text nodes where the survey's offsets fall (counting text lengths in document order,
   * as `textContent` does) and mark them and their ancestors as wanted. Only the survey root's
   * children that hold an offset are entered: on a page whose body has thousands of children (the
   * HTML5 spec), most are never walked. Returns false when it stopped at the deadline.
   */
  #locate(deadline: Deadline | undefined): boolean {
    const pending = this.#pending;
    const wanted = this.#wanted!;
    const spans = this.#spans;
    const changed = this.#changedSpans;
    let node = this.#surveyNext;
    // The child being located changed while this waited for its next slice.
    if (node !== null && changed?.has(this.#spanIndex - 1)) {
      this.#takeWhole(spans[this.#spanIndex - 1]!, this.#spanEnds[this.#spanIndex - 1]!);
      node = null;
    }
    let steps = 0;
    while (pending.length > 0) {
      if (node === null) {
        // The next child holding the lowest pending offset.
        const target = pending[pending.length - 1]!;
        let i = this.#spanIndex;
        while (i < spans.length && this.#spanEnds[i]! <= target) i++;
        if (i >= spans.length) break;
        this.#spanIndex = i + 1;
        this.#located = this.#spanStarts[i]!;
        const span = spans[i]!;
        if (changed?.has(i)) {
          this.#takeWhole(span, this.#spanEnds[i]!);
          continue;
        }
        if (span.nodeType === 3 || span.nodeType === 4) node = span;
        else {
          const doc = this.#root.ownerDocument ?? (this.#root as Document);
          this.#surveyWalker = doc.createTreeWalker(
            span,
            NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION,
          );
          node = this.#surveyWalker.nextNode();
        }
        // An offset before this child's text (none should be) is in no text node.
        while (pending.length > 0 && pending[pending.length - 1]! < this.#located) pending.pop();
        continue;
      }
      if (++steps % NODES_PER_CHECK === 0 && deadline?.expired()) {
        this.#surveyNext = node;
        return false;
      }
      const start = this.#located;
      const end = start + (node as CharacterData).length;
      if (pending[pending.length - 1]! < end) {
        while (pending.length > 0 && pending[pending.length - 1]! < end) pending.pop();
        this.#hits.set(node as Text, start);
        this.#want(node);
      }
      this.#located = end;
      node = node === spans[this.#spanIndex - 1] ? null : this.#surveyWalker!.nextNode();
    }
    this.#surveyNext = null;
    this.#surveyWalker = undefined;
    this.#stage = Stage.Walk;
    // No name anywhere: nothing to walk.
    if (wanted.size === 0) this.#finished = true;
    // Phase 1 starts inside a whole span: walk the rest of it whole.
    const startAt = this.#startAt;
    if (startAt && this.#phase === 1 && this.#whole) {
      for (const span of this.#whole) {
        if (span.contains(startAt)) this.#wholeEnd = nextWalked(span, this.#root);
      }
    }
    return true;
  }

  /** Move past the current node's subtree; returns the next node or null. */
  #skipSubtree(): Node | null {
    return skipSubtree(this.#walker);
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

  /**
   * How much of the text from `start` to `end` (offsets in all of the root's text) the survey left
   * out. Asked in ascending order, between a phase's blocks.
   */
  #omittedBetween(start: number, end: number): number {
    const ranges = this.#omittedFull;
    let i = this.#omittedNext;
    while (i < ranges.length && ranges[i]! + ranges[i + 1]! <= start) i += 2;
    this.#omittedNext = i;
    let total = 0;
    for (; i < ranges.length && ranges[i]! < end; i += 2) {
      total += Math.min(end, ranges[i]! + ranges[i + 1]!) - Math.max(start, ranges[i]!);
    }
    return total;
  }

  /**
   * True when the survey's text holds this skipped element's text: it was read whole with a child
   * of the survey root, not left out as a child of the root or of an element entered instead
   * (`#takeText`, `#omittedFull`).
   */
  #surveyKept(element: Element): boolean {
    const parent = element.parentNode;
    return parent !== null && parent !== this.#surveyRoot && !this.#enter.has(parent);
  }

  /**
   * The length of the short scripts and styles in `block` (one the walk passes over) that the
   * survey kept in its text; those it left out are in `#omittedFull`. Asked in document order,
   * within a phase.
   */
  #shortCodeIn(block: Element): number {
    const code = this.#shortCode;
    let i = this.#shortNext;
    while (
      i < code.length &&
      (!(code[i] as Element).isConnected ||
        block.compareDocumentPosition(code[i] as Element) & Node.DOCUMENT_POSITION_PRECEDING)
    ) {
      i += 2;
    }
    let total = 0;
    for (; i < code.length && block.contains(code[i] as Element); i += 2) {
      if (this.#surveyKept(code[i] as Element)) total += code[i + 1] as number;
    }
    this.#shortNext = i;
    return total;
  }

  /** Where the block being built starts in the survey text, known from a node the survey hit. */
  #surveyOffset(): number | undefined {
    for (let i = 0; i < this.#nodes.length; i++) {
      const at = this.#hits.get(this.#nodes[i]!);
      if (at !== undefined) return at - this.#starts[i]!;
    }
    return undefined;
  }

  #flush(out: TextBlock[]): void {
    if (this.#nodes.length > 0) {
      const text = this.#parts.length === 1 ? this.#parts[0]! : this.#parts.join('');
      const at = this.#wanted ? this.#surveyOffset() : undefined;
      const passed = this.#runPassed;
      let unread = this.#runUnread;
      if (at !== undefined) {
        if (this.#lastEnd !== undefined && at >= this.#lastEnd) {
          unread += this.#omittedBetween(this.#lastEnd, at);
        }
        this.#lastEnd = at + text.length;
      }
      out.push({
        nodes: this.#nodes,
        starts: this.#starts,
        text,
        container: this.#container ?? this.#root,
        ...(at === undefined ? {} : { at }),
        ...(at !== undefined && (passed > 0 || unread > 0) ? { passed, unread } : {}),
      });
    }
    this.#nodes = [];
    this.#starts = [];
    this.#parts = [];
    this.#length = 0;
  }
}

/** Move a walker past its current node's subtree; returns the next node or null. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    const parent = walker.parentNode();
    if (!parent) return null;
  }
}

/**
 * Scripts and styles with at least this much text are left out of the survey wherever they are;
 * shorter ones inside a child that is read whole stay in its text (a few more characters to survey
 * cost less than entering their ancestors).
 */
const LONG_CODE_TEXT = 512;

/** The node after `node`'s subtree in document order, within `root`; null at the end. */
function nextOutside(node: Node, root: Node): ChildNode | null {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

/** The first element or text node (what the walk visits) after `node`'s subtree; null at the end. */
function nextWalked(node: Node, root: Node): Node | null {
  let next = nextOutside(node, root);
  while (next && next.nodeType !== 1 && next.nodeType !== 3) next = nextOutside(next, root);
  return next;
}

/** How many nodes `contextAround` looks at, at most. */
const CONTEXT_NODES = 2000;

/**
 * The text around `node` within its root, read as the walk reads it (skipped subtrees left out):
 * about `length` characters before it (`forward` false) or after it, in blocks, for a rescan of
 * `node` alone to be read with the context the page gives it (`contextAt`).
 */
export function contextAround(
  node: Node,
  root: Document | ShadowRoot,
  length: number,
  forward: boolean,
  ownUiTag?: string,
): { blocks: TextBlock[]; whole: boolean } {
  const parent = node.parentNode ?? root;
  return contextAt(parent, forward ? node.nextSibling : node, root, length, forward, ownUiTag);
}

/**
 * The text on one side of a point in the page: in `parent`, before its child `next` (at its end
 * when null). About `length` characters before it (`forward` false) or after it, read as the walk
 * reads them, in blocks. The text is cut at a space a little short of `length` (a cut word could
 * read as another name); blocks in document order. `whole` is true when the text read reaches the
 * root's start (or end): nothing was cut off.
 */
export function contextAt(
  parent: Node,
  next: Node | null,
  root: Document | ShadowRoot,
  length: number,
  forward: boolean,
  ownUiTag?: string,
): { blocks: TextBlock[]; whole: boolean } {
  let current: Node | null;
  if (forward) current = next ?? nextOutside(parent, root);
  else {
    const before = next ? next.previousSibling : parent.lastChild;
    current = before ? lastWalked(before, ownUiTag) : parent === root ? null : parent;
  }
  // The text nodes nearest first, with their blocks; null where the walk would end a block (at a
  // block-level or skipped element). A page can put thousands of empty elements between two
  // texts: the read stops after `CONTEXT_NODES` nodes (less context, no long task).
  const found: ({ text: Text; block: Node } | null)[] = [];
  let read = 0;
  for (let visited = 0; current && read < length && visited < CONTEXT_NODES; visited++) {
    if (current.nodeType === 3) {
      found.push({ text: current as Text, block: blockContainer(current.parentNode, root)! });
      read += (current as Text).data.length;
    } else if (
      current.nodeType === 1 &&
      (isBlockBoundary(current as Element) || skippedNode(current, ownUiTag))
    ) {
      found.push(null);
    }
    current = forward
      ? nextEntered(current, root, ownUiTag)
      : previousWalked(current, root, ownUiTag);
  }
  const whole = current === null && read < length;
  if (!forward) found.reverse();

  const blocks: TextBlock[] = [];
  let run: { text: Text; block: Node }[] = [];
  const close = () => {
    if (run.length === 0) return;
    const starts: number[] = [];
    let offset = 0;
    for (const { text } of run) {
      starts.push(offset);
      offset += text.data.length;
    }
    blocks.push({
      nodes: run.map(({ text }) => text),
      starts,
      text: run.map(({ text }) => text.data).join(''),
      container: run[0]!.block,
    });
    run = [];
  };
  for (const entry of found) {
    if (entry === null || (run.length > 0 && run[run.length - 1]!.block !== entry.block)) close();
    // As in the walk, a block starts at its first text that is not blank.
    if (entry !== null && (run.length > 0 || /\S/.test(entry.text.data))) run.push(entry);
  }
  close();
  return { blocks: forward ? cutAfter(blocks, length) : cutBefore(blocks, length), whole };
}

/**
 * The node before `node` in document order within `root`, as the walk reads the page backwards: the
 * last node of its previous sibling's subtree (a skipped element is not entered), or its parent
 * when it has none (the parent's text, in its children, is read already); null at the top.
 */
function previousWalked(node: Node, root: Node, ownUiTag?: string): Node | null {
  const sibling = node.previousSibling;
  if (!sibling) return node.parentNode === root ? null : node.parentNode;
  return lastWalked(sibling, ownUiTag);
}

/** The last node of `node`'s subtree the walk reads (a skipped element is not entered). */
function lastWalked(node: Node, ownUiTag?: string): Node {
  let current = node;
  while (current.lastChild && !skippedNode(current, ownUiTag)) current = current.lastChild;
  return current;
}

/** True when `element` has text the walk would read (not blank, not in a skipped element). */
function hasReadableText(element: Element, ownUiTag?: string): boolean {
  for (
    let node: Node | null = element.firstChild;
    node;
    node = nextEntered(node, element, ownUiTag)
  ) {
    if (node.nodeType === 3 && /\S/.test((node as Text).data)) return true;
  }
  return false;
}

/** True for an element the walk does not enter (`isSkippedElement`). */
function skippedNode(node: Node, ownUiTag?: string): boolean {
  return node.nodeType === 1 && isSkippedElement(node as Element, ownUiTag);
}

/** The node after `node` in document order within `root`, entering it unless it is skipped. */
function nextEntered(node: Node, root: Node, ownUiTag?: string): Node | null {
  return node.firstChild && !skippedNode(node, ownUiTag)
    ? node.firstChild
    : nextOutside(node, root);
}

/** The nearest block-level element from `node` up (`node` itself included), or `root`. */
export function blockContainer(node: Node | null, root: Node): Node | null {
  for (let current = node; current && current !== root; current = current.parentNode) {
    if (current.nodeType === 1 && isBlockBoundary(current as Element)) return current;
  }
  return node ? root : null;
}

/** The blocks' last `length` characters or fewer, from a word's start. */
function cutBefore(blocks: TextBlock[], length: number): TextBlock[] {
  let total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  while (blocks.length > 0 && total - blocks[0]!.text.length >= length) {
    total -= blocks.shift()!.text.length;
  }
  const first = blocks[0];
  if (!first || total <= length) return blocks;
  let cut = total - length;
  while (cut < first.text.length && !/\s/u.test(first.text[cut - 1]!)) cut++;
  if (cut >= first.text.length) return blocks.slice(1);
  let node = 0;
  while (node + 1 < first.starts.length && first.starts[node + 1]! <= cut) node++;
  blocks[0] = {
    nodes: first.nodes.slice(node),
    // The first node's data may start before the cut: its start is then negative, which `locate`
    // handles like any other.
    starts: first.starts.slice(node).map((start) => start - cut),
    text: first.text.slice(cut),
    container: first.container,
  };
  return blocks;
}

/** The blocks' first `length` characters or fewer, up to a word's end. */
function cutAfter(blocks: TextBlock[], length: number): TextBlock[] {
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (total + block.text.length <= length) {
      total += block.text.length;
      continue;
    }
    let end = length - total;
    while (end > 0 && !/\s/u.test(block.text[end]!)) end--;
    const kept = blocks.slice(0, i);
    if (end > 0) {
      let last = 0;
      while (last + 1 < block.starts.length && block.starts[last + 1]! < end) last++;
      kept.push({
        nodes: block.nodes.slice(0, last + 1),
        starts: block.starts.slice(0, last + 1),
        text: block.text.slice(0, end),
        container: block.container,
      });
    }
    return kept;
  }
  return blocks;
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
