/**
 * The content script's engine for one document: finds the dataset's names in its rendered text (the
 * document and its open shadow roots), paints them with the Custom Highlight API, and keeps up as
 * the page changes.
 *
 * Lifecycle (all of it tied to `signal`):
 *
 * - `start()` scans the document, visible text first, in slices of a few ms (the first slices right
 *   away, the rest in idle time).
 * - One MutationObserver per root (document or shadow root) queues the blocks whose text changed;
 *   added blocks are scanned alone, removed text is swept from the index. More than `STORM_RECORDS`
 *   records at once (chat apps, infinite scroll) switch that root to a coalesced, throttled full
 *   rescan.
 * - Custom elements met before their definition are looked at again a few times over 15 s, for the
 *   shadow root a late definition attaches (no mutation or event tells of it).
 * - `stop()` disconnects everything and unpaints; the page is left as found.
 */
import type { EntityType } from '../../data/schema';
import { acceptOnPage, emptyEvidence, mergeEvidence } from '../matcher/evidence';
import type { ContentTable, Match, PageEvidence, ScanResult, TableEntity } from '../matcher/types';
import { MAX_PAGE_TEXT } from '../messaging/protocol';
import type { MatchService } from './match-service';
import { highlightName, type HighlightStyle, type PaletteColor } from './highlight-styles';
import { LateDefinitions } from './late-definitions';
import { inDocumentOrder, MatchStore, type MatchRecord, type MatchState } from './match-store';
import type { Painter } from './painter';
import { afterNextFrame, deadline, SLICE_MS, whenIdle, yieldToMain } from './scheduler';
import {
  blockContainer,
  contextAround,
  contextAt,
  isBlockBoundary,
  isSkippedElement,
  locate,
  readGap,
  TextWalker,
  type TextBlock,
} from './text-walker';

/** What the scanner obeys (a projection of the user's settings). */
export interface ScannerSettings {
  readonly demonyms: boolean;
  readonly hiddenEntities: ReadonlySet<string>;
  readonly entityTypes: Readonly<Record<EntityType, boolean>>;
  readonly firstMentionOnly: boolean;
  readonly style: HighlightStyle;
  readonly colors: Readonly<Record<EntityType, PaletteColor>>;
}

export interface PageScannerOptions {
  readonly document: Document;
  /** The matcher (in a content script, the background's). */
  readonly matcher: MatchService;
  /** The entities' types and names, and the widest context window. */
  readonly table: Pick<ContentTable, 'entities' | 'widestWindow'>;
  readonly painter: Painter;
  readonly settings: ScannerSettings;
  /** Aborting it stops all work for good (content script invalidated). */
  readonly signal: AbortSignal;
  /** Tag name of the extension's own UI element (the card's host), never scanned. */
  readonly ownUiTag?: string;
  /** Called (at most once per batch) when the set of painted matches changed. */
  readonly onChange?: () => void;
  /** The main-thread budget of one slice of work (`SLICE_MS`; a test's 0 reads a block a slice). */
  readonly sliceMs?: number;
}

/** More records than this in one observer callback means a mutation storm. */
export const STORM_RECORDS = 1000;
/** More queued subtrees than this also counts as a storm. */
const STORM_QUEUE = 400;
/** A storm's coalesced rescan waits for this much quiet, but never longer than `STORM_MAX_WAIT_MS`. */
const STORM_QUIET_MS = 250;
const STORM_MAX_WAIT_MS = 1000;
/** Initial-scan slices run back to back (visible text first); the rest waits for idle time. */
const EAGER_SLICES = 3;
/**
 * Attributes that change what the walk reads (`hidden`, `contenteditable`) or what is rendered
 * (`style`, `class`, `open` on `details` and `dialog`).
 */
const WATCHED_ATTRIBUTES = ['hidden', 'contenteditable', 'style', 'class', 'open'];
/**
 * Restyles are gathered for this long before the matches in them are looked at again: a page that
 * animates classes or inline styles costs one look per interval, not one per frame.
 */
const VISIBILITY_CHECK_MS = 200;

/**
 * Separates blocks joined into one string for a single matcher pass. It is neither a letter nor a
 * space, so it is a word boundary and no alias, not even one with spaces, can match across it.
 */
export const BLOCK_SEPARATOR = '\u0000';

/**
 * Characters kept clear of the edge where the text around a rescanned subtree was cut: a name cut
 * there reads as another ("al-Assad" of "Bashar al-Assad"), and overlapping names settle which wins
 * over a few words; longer than any alias in the dataset.
 */
const CUT_MARGIN = 64;

export interface ScanTiming {
  startedAt: number | undefined;
  finishedAt: number | undefined;
  busyMs: number;
  maxTaskMs: number;
  /** Time spent waiting for the matcher's answers (the background's work, off this thread). */
  waitMs: number;
}

interface RootState {
  readonly root: Document | ShadowRoot;
  readonly observer: MutationObserver;
  /** Watches the attributes that decide whether text is read or rendered (`WATCHED_ATTRIBUTES`). */
  readonly attributes: MutationObserver;
  /**
   * Bumped when the root's matches are all dropped for a fresh scan (a storm): work started before
   * that is stale, and its results must not be added to the fresh ones.
   */
  generation: number;
  /** Set while a storm's coalesced rescan is scheduled. */
  stormTimer: ReturnType<typeof setTimeout> | undefined;
  stormSince: number;
  /**
   * Matches a storm's reset dropped, left painted until the rescan has painted the root afresh, so
   * that its names do not blink out for the length of the rescan.
   */
  outgoing: MatchRecord[];
}

interface WorkItem {
  readonly root: Document | ShadowRoot;
  /** The root's `generation` when the item was queued. */
  readonly generation: number;
  /** The subtree to (re)scan; the root itself for a full scan. */
  readonly node: Node;
  readonly full: boolean;
  readonly startAt?: Node;
  /**
   * Set for a place where text went away (`node` the parent it left, this the child after it, or
   * null at its end): nothing is read there, but the names on both sides are judged again.
   */
  readonly seam?: Node | null;
}

/** The text on one side of a change (`contextAround`, `contextAt`). */
type Context = { blocks: TextBlock[]; whole: boolean };

/** Blocks joined and read in one matcher pass (`#join`), with what the matcher found in them. */
interface Reading {
  readonly blocks: readonly TextBlock[];
  readonly starts: readonly number[];
  readonly result: ScanResult;
  readonly root: Document | ShadowRoot;
}

export class PageScanner {
  readonly #options: PageScannerOptions;
  readonly #store = new MatchStore();
  readonly #roots = new Map<Document | ShadowRoot, RootState>();
  readonly #queue: WorkItem[] = [];
  readonly #queued = new Set<Node>();
  #settings: ScannerSettings;
  readonly #entities: Map<string, TableEntity>;
  /** Longest gap between two blocks a `requireNear` rule can tell from a longer one. */
  readonly #widestWindow: number;
  #evidence: PageEvidence = emptyEvidence();
  /** Aborted by `stop()`; a fresh one per `start()`. */
  #run: AbortController | undefined;
  #pumping = false;
  #sweepNeeded = false;
  #changed = false;
  #idle: Promise<void> = Promise.resolve();
  readonly #stats = {
    fullScans: 0,
    subtreeScans: 0,
    storms: 0,
    slices: 0,
    seams: 0,
    rejudged: 0,
  };
  readonly #timing: ScanTiming = {
    startedAt: undefined,
    finishedAt: undefined,
    busyMs: 0,
    maxTaskMs: 0,
    waitMs: 0,
  };
  #resolveIdle: (() => void) | undefined;
  /** The full scan whose survey offsets are pending (see `TextWalker.changed`). */
  #surveying: { root: Document | ShadowRoot; walker: TextWalker } | undefined;
  /** Elements whose `style`, `class` or `open` changed since the last visibility check. */
  readonly #restyled = new Set<Element>();
  #visibilityTimer: ReturnType<typeof setTimeout> | undefined;
  /** The document was in `designMode` at the last change we heard of (see `#followDesignMode`). */
  #inDesignMode = false;
  /** Custom elements met before their definition, looked at again for a late shadow root. */
  readonly #lateDefinitions = new LateDefinitions(
    (element) => this.#onDefinedLate(element),
    (start) => this.#recordTask(start),
  );

  constructor(options: PageScannerOptions) {
    this.#options = options;
    this.#settings = options.settings;
    this.#entities = new Map(options.table.entities.map((entity) => [entity.id, entity]));
    this.#widestWindow = options.table.widestWindow + 1;
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  get running(): boolean {
    return this.#run !== undefined;
  }

  /** Work done so far: scans, storms, slices (tests, benchmarks, diagnostics). */
  get stats(): Readonly<{
    fullScans: number;
    subtreeScans: number;
    storms: number;
    slices: number;
    /** Places where text went away whose names beside them were read again (`#readSeam`). */
    seams: number;
    /** Entities whose names beside a rescanned subtree read otherwise with it (`#rejudge`). */
    rejudged: number;
  }> {
    return { ...this.#stats };
  }

  /**
   * Main-thread time the scanner has used: the sum and the longest of its tasks, and when the first
   * scan started and the queue last ran dry.
   */
  get timing(): Readonly<ScanTiming> & { readonly done: boolean } {
    return { ...this.#timing, done: !this.#pumping && this.#queue.length === 0 };
  }

  /** Resolves when no work is queued (for tests and benchmarks). */
  whenIdle(): Promise<void> {
    return this.#idle;
  }

  /** Scan the whole document (visible text first) and start observing it. */
  start(): void {
    if (this.#options.signal.aborted || this.#run) return;
    this.#run = new AbortController();
    const doc = this.#options.document;
    // Read the scroll position before touching anything that could invalidate layout.
    const startAt = visibleStart(doc);
    this.#addRoot(doc);
    this.#enqueue({ root: doc, node: doc, full: true, startAt });
  }

  /** Stop observing and unpaint everything. */
  stop(): void {
    this.#run?.abort();
    this.#run = undefined;
    for (const state of this.#roots.values()) {
      state.observer.disconnect();
      state.attributes.disconnect();
      if (state.stormTimer !== undefined) clearTimeout(state.stormTimer);
    }
    this.#forgetAll();
    this.#roots.clear();
    clearTimeout(this.#visibilityTimer);
    this.#visibilityTimer = undefined;
    this.#lateDefinitions.clear();
    this.#inDesignMode = false;
    this.#options.painter.detach();
    this.#settle();
  }

  /**
   * Drop all queued work and every match, with the page-level evidence they gave. A scan still
   * waiting for the matcher is stale from now on (each root's generation moves on).
   */
  #forgetAll(): void {
    for (const state of this.#roots.values()) state.generation++;
    this.#queue.length = 0;
    this.#queued.clear();
    this.#surveying = undefined;
    this.#restyled.clear();
    for (const record of this.#store.all()) this.#unpaint(record);
    this.#store.deleteWhere(() => true);
    for (const root of this.#roots.keys()) this.#dropOutgoing(root);
    this.#evidence = emptyEvidence();
  }

  /** Unpaint what a storm's reset of `root` left painted (its rescan is done, or all is dropped). */
  #dropOutgoing(root: Document | ShadowRoot): void {
    const state = this.#roots.get(root);
    if (!state || state.outgoing.length === 0) return;
    for (const record of state.outgoing) this.#unpaint(record);
    state.outgoing = [];
  }

  /**
   * Nothing in a `designMode` document is highlighted (it is all editable, like a contenteditable
   * region), but nothing tells a content script when a page turns it on: an editor's frame does so
   * after load, and its first edit is the first change we hear of. Then every match goes and queued
   * or pending work is dropped (the observers stay); at the first change after it is off again, the
   * document is scanned afresh. True while it is on, or when it just went off (the rescan covers
   * the change).
   */
  #followDesignMode(): boolean {
    const on = this.#options.document.designMode === 'on';
    if (on === this.#inDesignMode) return on;
    this.#inDesignMode = on;
    if (!on) {
      this.restart();
      return true;
    }
    this.#forgetAll();
    this.#notify();
    return true;
  }

  /** Forget everything and scan again (single-page-app navigation, demonym setting). */
  restart(): void {
    this.stop();
    this.start();
  }

  /** Apply new settings live; rescans only when matching itself changed. */
  applySettings(settings: ScannerSettings): void {
    const previous = this.#settings;
    this.#settings = settings;
    if (!this.running) return;
    if (previous.demonyms !== settings.demonyms) {
      this.restart();
      return;
    }
    const restyle =
      previous.style !== settings.style ||
      Object.keys(settings.colors).some(
        (type) => previous.colors[type as EntityType] !== settings.colors[type as EntityType],
      );
    for (const record of this.#store.all()) {
      if (restyle) this.#unpaint(record);
      this.#evaluate(record);
    }
    this.#refreshFirstMentions(this.#store.entities());
    this.#notify();
  }

  /** Matches whose text is rendered and accepted, by entity, with counts. */
  summary(): { entity: string; type: EntityType; count: number }[] {
    const out: { entity: string; type: EntityType; count: number }[] = [];
    for (const entity of this.#store.entities()) {
      let count = 0;
      let type: EntityType | undefined;
      for (const record of this.#store.ofEntity(entity)) {
        if (countable(record)) {
          count++;
          type = record.type;
        }
      }
      if (count > 0 && type) out.push({ entity, type, count });
    }
    return out.sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity));
  }

  /** Number of counted mentions of `entity` on this page. */
  mentions(entity: string): number {
    let count = 0;
    for (const record of this.#store.ofEntity(entity)) if (countable(record)) count++;
    return count;
  }

  /** Painted matches in document order (keyboard navigation). */
  shownInOrder(): MatchRecord[] {
    const shown: MatchRecord[] = [];
    for (const record of this.#store.all()) if (record.state === 'shown') shown.push(record);
    return inDocumentOrder(shown);
  }

  /** First counted mention of `entity` in document order. */
  firstMention(entity: string): MatchRecord | undefined {
    return inDocumentOrder([...this.#store.ofEntity(entity)].filter(countable))[0];
  }

  /** Matches (painted) touching a text node, for hit-testing. */
  shownAt(node: Text): readonly MatchRecord[] {
    return this.#store.atNode(node).filter((record) => record.state === 'shown');
  }

  /** The record painted with exactly this range (from `highlightsFromPoint`). */
  recordForRange(range: AbstractRange): MatchRecord | undefined {
    if (range.startContainer.nodeType !== 3) return undefined;
    return this.#store
      .atNode(range.startContainer as Text)
      .find((record) => record.range === range && record.state === 'shown');
  }

  /** The open shadow roots being scanned (hit-testing needs them). */
  shadowRoots(): ShadowRoot[] {
    const roots: ShadowRoot[] = [];
    for (const root of this.#roots.keys()) if (root.nodeType === 11) roots.push(root as ShadowRoot);
    return roots;
  }

  /** Every record (tests and diagnostics). */
  records(): MatchRecord[] {
    return [...this.#store.all()];
  }

  // ---- roots and observers ----

  #addRoot(root: Document | ShadowRoot): void {
    if (this.#roots.has(root)) return;
    const observer = new MutationObserver((records) => this.#onMutations(root, records));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const attributes = new MutationObserver((records) => this.#onAttributes(root, records));
    attributes.observe(root, { subtree: true, attributeFilter: WATCHED_ATTRIBUTES });
    this.#roots.set(root, {
      root,
      observer,
      attributes,
      generation: 0,
      outgoing: [],
      stormTimer: undefined,
      stormSince: 0,
    });
  }

  #onShadowRoot = (shadow: ShadowRoot): void => {
    if (this.#roots.has(shadow) || !this.#run) return;
    this.#addRoot(shadow);
    this.#enqueue({ root: shadow, node: shadow, full: true });
  };

  #onShadowlessCustomElement = (element: Element, name: string): void => {
    if (this.#run) this.#lateDefinitions.note(element, name);
  };

  /** A custom element defined after the scan met it: scan the shadow root it may have now. */
  #onDefinedLate(element: Element): void {
    const shadow = (element as HTMLElement).shadowRoot;
    const root = element.getRootNode() as Document | ShadowRoot;
    if (shadow && this.#roots.has(root) && !inSkippedSubtree(element, root, this.#options.ownUiTag))
      this.#onShadowRoot(shadow);
  }

  #onMutations(root: Document | ShadowRoot, records: MutationRecord[]): void {
    const state = this.#roots.get(root);
    if (!state || !this.#run || this.#followDesignMode()) return;
    if (state.stormTimer !== undefined || records.length > STORM_RECORDS) {
      this.#storm(state);
      return;
    }
    // A full scan waiting for the survey of this root reads offsets into the text it took: tell it
    // where the text changed since.
    const surveying = this.#surveying;
    if (surveying?.root === root) {
      for (const record of records) surveying.walker.changed(record.target);
    }
    const ownUiTag = this.#options.ownUiTag;
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target;
        if (text.nodeType === 3 && !inSkippedSubtree(text.parentNode, root, ownUiTag)) {
          this.#enqueueChange(root, text, false);
        }
        continue;
      }
      // childList
      if (record.removedNodes.length > 0) {
        this.#sweepNeeded = true;
        // Text on either side of a removed inline piece now runs together ("al-<i>x</i>Assad"),
        // and the names on either side of removed text lost it as context (text added in its
        // place is read with them).
        if (record.addedNodes.length === 0) {
          const joined =
            Array.prototype.some.call(record.removedNodes, isInline) &&
            this.#enqueueJoin(root, record.target);
          if (!joined) this.#enqueueSeam(root, record.target, record.nextSibling);
        }
      }
      if (record.addedNodes.length === 0) continue;
      if (inSkippedSubtree(record.target, root, ownUiTag)) continue;
      for (const added of record.addedNodes) {
        if (added.nodeType === 3) this.#enqueueChange(root, added, false);
        else if (added.nodeType === 1) {
          const element = added as Element;
          if (isSkippedElement(element, ownUiTag)) continue;
          this.#enqueueChange(root, element, isBlockBoundary(element));
        }
      }
    }
    if (this.#queue.length > STORM_QUEUE) {
      this.#storm(state);
      return;
    }
    if (this.#sweepNeeded) this.#kick();
  }

  /**
   * Queue the text around a changed node: the node alone when it is a block (its text joins no
   * neighbour's), else its whole block container, unless that container is the page body (then the
   * node alone: rescanning the body for every inline insertion would be quadratic).
   */
  #enqueueChange(root: Document | ShadowRoot, node: Node, isBlock: boolean): void {
    let target = node;
    if (!isBlock) {
      const container = blockContainer(node.parentNode, root);
      if (container && !isPageLevel(container, root)) target = container;
    }
    this.#enqueue({ root, node: target, full: false });
  }

  /**
   * Rescan the block around `parent`, whose inline child was removed; not when it is page-level (a
   * removal straight under the body joins no text a reader sees as one run).
   */
  #enqueueJoin(root: Document | ShadowRoot, parent: Node): boolean {
    if (parent.nodeType !== 1 || isPageLevel(parent, root)) return false;
    if (inSkippedSubtree(parent, root, this.#options.ownUiTag)) return true;
    this.#enqueueChange(root, parent, isBlockBoundary(parent as Element));
    return true;
  }

  /**
   * Judge again the names around a place text left (`WorkItem.seam`), when there are names to
   * judge. Seams do not take a rescan's place in `#queued`: several can wait in one parent.
   */
  #enqueueSeam(root: Document | ShadowRoot, parent: Node, next: Node | null): void {
    if (this.#store.size === 0 || this.#queued.has(parent)) return;
    if (inSkippedSubtree(parent, root, this.#options.ownUiTag)) return;
    const generation = this.#roots.get(root)?.generation ?? 0;
    this.#queue.push({ root, node: parent, full: false, seam: next, generation });
    this.#kick();
  }

  /**
   * The attributes that decide what is read changed (`hidden`, `contenteditable`): rescan that
   * subtree, which drops its matches first, and finds none when it is now skipped. Those that
   * decide what is rendered (`style`, `class`, `open`) only matter for the matches already found:
   * their visibility is looked at again once the browser has restyled.
   */
  #onAttributes(root: Document | ShadowRoot, records: MutationRecord[]): void {
    const state = this.#roots.get(root);
    if (!state || !this.#run || this.#followDesignMode() || state.stormTimer !== undefined) return;
    const ownUiTag = this.#options.ownUiTag;
    const readChanged = (record: MutationRecord) =>
      record.attributeName === 'hidden' || record.attributeName === 'contenteditable';
    // Hundreds at once (a list filter cleared): one coalesced rescan, as for added nodes.
    let reads = 0;
    for (const record of records) if (readChanged(record)) reads++;
    if (reads + this.#queue.length > STORM_QUEUE) {
      this.#storm(state);
      return;
    }
    for (const record of records) {
      const element = record.target as Element;
      if (readChanged(record)) {
        if (element === this.#options.document.documentElement) continue;
        if (inSkippedSubtree(element.parentNode, root, ownUiTag)) continue;
        this.#enqueueChange(root, element, isBlockBoundary(element));
      } else if (this.#store.size > 0) {
        this.#restyled.add(element);
      }
    }
    if (this.#restyled.size > 0) this.#scheduleVisibilityCheck();
  }

  #scheduleVisibilityCheck(): void {
    const run = this.#run;
    if (this.#visibilityTimer !== undefined || !run) return;
    this.#visibilityTimer = setTimeout(() => {
      void afterNextFrame().then(() => {
        // A stop since cleared the handle; a later run may hold one of its own by now.
        if (run !== this.#run || run.signal.aborted) return;
        this.#visibilityTimer = undefined;
        this.#checkVisibility();
      });
    }, VISIBILITY_CHECK_MS);
  }

  /**
   * Look again at whether the matches inside restyled elements are rendered: a "read more" opened,
   * a tab shown, an accordion closed. Runs after a frame, when the browser's styles are fresh.
   */
  #checkVisibility(): void {
    const start = performance.now();
    const restyled = this.#restyled;
    const visibility = new Map<Element, boolean>();
    const touched = new Set<string>();
    for (const record of this.#store.all()) {
      const parent = record.nodes[0]?.parentElement;
      if (!parent || !insideAny(parent, restyled)) continue;
      const visible = renderedMemo(parent, visibility);
      if (visible === (record.state !== 'invisible')) continue;
      if (visible) {
        record.state = 'shown';
        this.#evaluate(record);
      } else this.#setState(record, 'invisible');
      touched.add(record.entity);
    }
    restyled.clear();
    if (touched.size > 0) {
      this.#refreshFirstMentions(touched);
      this.#changed = true;
    }
    this.#flushChanges();
    this.#recordTask(start);
  }

  /**
   * The walk of `item` lost its place (the page replaced what it was to resume at): a root is
   * scanned again, coalesced like a storm, since the page is evidently busy; a subtree still on the
   * page is queued again.
   */
  #lostPlace(item: WorkItem): void {
    const state = this.#roots.get(item.root);
    if (!state) return;
    if (item.full) this.#storm(state);
    else if (item.node.isConnected)
      this.#enqueue({ root: item.root, node: item.node, full: false });
  }

  #storm(state: RootState): void {
    const now = performance.now();
    if (state.stormTimer === undefined) {
      state.stormSince = now;
      this.#stats.storms++;
    } else clearTimeout(state.stormTimer);
    const wait = Math.max(0, Math.min(STORM_QUIET_MS, state.stormSince + STORM_MAX_WAIT_MS - now));
    state.stormTimer = setTimeout(() => {
      state.stormTimer = undefined;
      if (!this.#run || !this.#roots.has(state.root)) return;
      // Coalesced: drop this root's queued work and its matches, then scan it whole. A scan of it
      // already under way (waiting for the matcher) is stale from now on. The dropped matches stay
      // painted until the rescan is done (`#dropOutgoing`).
      state.generation++;
      for (let i = this.#queue.length - 1; i >= 0; i--) {
        const item = this.#queue[i]!;
        if (item.root === state.root) {
          this.#queue.splice(i, 1);
          this.#queued.delete(item.node);
        }
      }
      state.outgoing.push(...this.#store.deleteWhere((r) => r.root === state.root));
      this.#notify();
      this.#enqueue({ root: state.root, node: state.root, full: true });
    }, wait);
  }

  // ---- the work queue ----

  #enqueue(item: Omit<WorkItem, 'generation'>): void {
    if (this.#queued.has(item.node)) return;
    this.#queued.add(item.node);
    this.#queue.push({ ...item, generation: this.#roots.get(item.root)?.generation ?? 0 });
    this.#kick();
  }

  /** True when `item`'s root was reset (a storm) after it was queued: its results are stale. */
  #superseded(item: WorkItem): boolean {
    return this.#roots.get(item.root)?.generation !== item.generation;
  }

  #kick(): void {
    if (this.#pumping || !this.#run) return;
    this.#pumping = true;
    this.#idle = new Promise((resolve) => (this.#resolveIdle = resolve));
    void this.#pump(this.#run.signal);
  }

  async #pump(signal: AbortSignal): Promise<void> {
    let slices = 0;
    const timing = this.#timing;
    try {
      // Let the current task (the page's own script, or our start-up) finish first.
      await yieldToMain();
      timing.startedAt ??= performance.now();
      let taskStart = performance.now();
      const sliceMs = this.#options.sliceMs ?? SLICE_MS;
      let limit = deadline(sliceMs);
      // Our task ends while `work` goes on elsewhere (the browser's rendering, its idle time, the
      // background's matcher: `matcher` counts it as waiting for that); a new one starts after.
      const outside = async <T>(work: Promise<T>, matcher = false): Promise<T> => {
        this.#recordTask(taskStart);
        const sent = performance.now();
        try {
          return await work;
        } finally {
          taskStart = performance.now();
          if (matcher) timing.waitMs += taskStart - sent;
          limit = deadline(sliceMs);
        }
      };
      const pause = (idle: boolean) => outside(idle ? whenIdle() : yieldToMain());
      const away = <T>(work: Promise<T>) => outside(work, true);
      // The names around a place text left, judged again (`#readSeam`): a small item, which
      // yields once the slice's budget is spent, as the others do.
      const seam = async (item: WorkItem, parent: Node, next: Node | null) => {
        try {
          await this.#readSeam(item, parent, next, away);
        } catch (error) {
          if (!signal.aborted) console.warn('[Backstory] could not scan part of the page', error);
        }
        if (!signal.aborted && limit.expired() && this.#queue.length > 0) await pause(false);
      };
      while (!signal.aborted) {
        if (this.#sweepNeeded) this.#sweep();
        const item = this.#queue.shift();
        if (!item) break;
        if (item.seam === undefined) this.#queued.delete(item.node);
        else if (this.#queued.has(item.node)) continue; // its rescan judges them all
        if (!item.node.isConnected || this.#coveredByQueued(item.node)) continue;
        if (this.#options.document.designMode === 'on') continue;
        if (item.seam !== undefined) {
          await seam(item, item.node, item.seam);
          if (signal.aborted) return;
          continue;
        }

        const walker = new TextWalker(item.node, {
          onShadowRoot: this.#onShadowRoot,
          onShadowlessCustomElement: this.#onShadowlessCustomElement,
          ownUiTag: this.#options.ownUiTag,
          startAt: item.startAt,
          // A whole root is surveyed first; a changed subtree is small enough to walk as it is.
          survey: item.full,
        });
        if (item.full) {
          this.#stats.fullScans++;
          this.#surveying = { root: item.root, walker };
        } else {
          this.#stats.subtreeScans++;
          this.#forgetSubtree(item.node);
          // Hidden or made editable since it was queued: its matches are gone, nothing to read,
          // and the names beside it lost it as context.
          if (inSkippedSubtree(item.node, item.root, this.#options.ownUiTag)) {
            const { parentNode, nextSibling } = item.node;
            if (parentNode) await seam(item, parentNode, nextSibling);
            if (signal.aborted) return;
            continue;
          }
        }
        // No slice read a block yet; one reading held the subtree with the text on both sides.
        let first = true;
        let bothSides = false;
        try {
          if (item.full) {
            while (!walker.read(limit)) {
              await pause(++slices > EAGER_SLICES);
              if (signal.aborted) return;
            }
            if (!walker.lost) {
              const text = walker.surveyText;
              walker.surveyed(
                text.length <= MAX_PAGE_TEXT
                  ? await away(this.#options.matcher.survey(text, this.#scanOptions()))
                  : undefined,
              );
              if (signal.aborted) return;
            }
          }
          // Blocks read again with the next slice (`#readAcross`): first `recorded` blocks whose
          // matches are recorded already, there only as context, then blocks held back. A
          // subtree's rescan is read with the page's text around it, as context only.
          let context: TextBlock[] = [];
          let recorded = 0;
          // The text before the subtree, when this reading starts with it (`#rejudge`).
          let before: Context | undefined;
          for (;;) {
            if (this.#superseded(item) || walker.lost) break;
            const { blocks: slice, done } = walker.next(limit);
            this.#stats.slices++;
            before = undefined;
            if (!item.full && first && slice.length > 0) {
              before = this.#around(item, false);
              context = before.blocks;
              recorded = context.length;
            }
            if (slice.length > 0) first = false;
            let blocks = context.length === 0 ? slice : [...context, ...slice];
            let after: Context | undefined;
            if (!item.full && done && blocks.length > recorded) {
              after = this.#around(item, true);
              if (after.blocks.length > 0) blocks = [...blocks, ...after.blocks];
            }
            const following = after?.blocks.length ?? 0;
            const plan = this.#readAcross(blocks, recorded, done, following);
            if (plan.record > recorded) {
              const joined = this.#join(blocks);
              const result = await away(
                this.#options.matcher.scan(joined.text, this.#scanOptions()),
              );
              if (signal.aborted) return;
              if (result.matches.length > 0 && !this.#options.painter.styles(item.root)) {
                // The first names in a shadow root (a document has the rules already): give it
                // the highlight styles, and let the browser render a frame before we read any
                // layout. Adding a style sheet invalidates the page's styles; read right away, our
                // task would pay for the page's own restyle (on a page of 100 000 nodes, a
                // one-second task). A shadow root that names nothing never gets a style sheet.
                this.#options.painter.style(item.root);
                await outside(afterNextFrame());
                if (signal.aborted) return;
              }
              if (this.#superseded(item)) break;
              this.#applyMatches(blocks, joined.starts, result, item.root, recorded, plan.record);
              // One reading holds the subtree with the text on both sides: the names beside it
              // are judged again with it as their context.
              if (before && after) {
                const reading = { blocks, starts: joined.starts, result, root: item.root };
                this.#rejudgeSides(reading, joined.text.length, before, after);
                bothSides = true;
              }
            }
            ({ context, recorded } = plan);
            this.#flushChanges();
            if (done || signal.aborted) break;
            slices++;
            await pause(item.full && slices > EAGER_SLICES);
          }
        } catch (error) {
          // The matcher did not answer (the background restarting, a page with more text than a
          // message takes): this part of the page stays unhighlighted, the rest goes on.
          if (!signal.aborted) console.warn('[Backstory] could not scan part of the page', error);
        }
        if (this.#surveying?.walker === walker) this.#surveying = undefined;
        // Read in more than one slice (a new section's worth of text), no reading held it with the
        // text on both sides: the names beside it are judged again at its two edges, as where text
        // went away.
        if (!item.full && !first && !bothSides && !walker.lost && !this.#superseded(item)) {
          const { parentNode, nextSibling } = item.node;
          if (parentNode && !signal.aborted) {
            this.#enqueueSeam(item.root, parentNode, item.node);
            this.#enqueueSeam(item.root, parentNode, nextSibling);
          }
        }
        if (walker.lost && !this.#superseded(item)) this.#lostPlace(item);
        else if (item.full && !this.#superseded(item) && !signal.aborted) {
          this.#dropOutgoing(item.root);
          this.#flushChanges();
        }
        // Small items share a slice; yield once its budget is spent.
        if (limit.expired() && this.#queue.length > 0) await pause(false);
      }
      this.#recordTask(taskStart);
      timing.finishedAt = performance.now();
    } finally {
      this.#pumping = false;
      this.#settle();
      // Work queued after the loop's last check, or by a restart while this pump was waiting.
      const run = this.#run;
      if (this.#queue.length > 0 && run && !run.signal.aborted) this.#kick();
    }
  }

  #scanOptions(): { demonyms: boolean } {
    return { demonyms: this.#settings.demonyms };
  }

  #recordTask(start: number): void {
    const duration = performance.now() - start;
    this.#timing.busyMs += duration;
    if (duration > this.#timing.maxTaskMs) this.#timing.maxTaskMs = duration;
  }

  #settle(): void {
    if (this.#pumping) return;
    this.#resolveIdle?.();
    this.#resolveIdle = undefined;
    this.#idle = Promise.resolve();
  }

  /** True when an ancestor of `node` is queued too (its rescan covers this one). */
  #coveredByQueued(node: Node): boolean {
    if (this.#queued.size === 0) return false;
    for (let current = node.parentNode; current; current = current.parentNode) {
      if (this.#queued.has(current)) return true;
    }
    return false;
  }

  /** Drop the matches of text nodes inside `node` before rescanning it. */
  #forgetSubtree(node: Node): void {
    const doc = node.ownerDocument ?? this.#options.document;
    if (node.nodeType === 3) {
      for (const record of [...this.#store.atNode(node as Text)]) this.#remove(record);
      return;
    }
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (this.#store.hasNode(text as Text)) {
        for (const record of [...this.#store.atNode(text as Text)]) this.#remove(record);
      }
    }
  }

  /** Drop records whose text left the page. */
  #sweep(): void {
    this.#sweepNeeded = false;
    const gone = this.#store.deleteWhere((record) =>
      record.nodes.some((node) => !node.isConnected || node.getRootNode() !== record.root),
    );
    for (const record of gone) this.#unpaint(record);
    if (gone.length > 0) {
      this.#refreshFirstMentions(new Set(gone.map((record) => record.entity)));
      this.#notify();
    }
  }

  // ---- matching ----

  /**
   * The slice's blocks as one text for a single matcher pass, joined by a separator no alias
   * crosses. Blocks the walker skipped (no name in them) leave a gap of separators as long as
   * reading them would (`readGap`), up to the widest context window, so a `requireNear` rule
   * measures the distance the page has.
   */
  #join(blocks: readonly TextBlock[]): { text: string; starts: number[] } {
    const starts: number[] = [];
    let length = 0;
    const parts: string[] = [];
    let previousEnd: number | undefined;
    for (const block of blocks) {
      if (parts.length > 0) {
        // A block before the previous one in the page (the walk went on from the top after the
        // part first in view) is as far from it as a window can tell.
        const gap =
          block.at !== undefined && previousEnd !== undefined
            ? Math.min(
                block.at < previousEnd ? Infinity : readGap(block.at - previousEnd, block),
                this.#widestWindow,
              )
            : 1;
        parts.push(gap === 1 ? BLOCK_SEPARATOR : BLOCK_SEPARATOR.repeat(gap));
        length += gap;
      }
      starts.push(length);
      parts.push(block.text);
      length += block.text.length;
      // A block the survey did not hit has no offset of its own: it follows the previous one.
      const at = block.at ?? (previousEnd === undefined ? undefined : previousEnd + 1);
      previousEnd = at === undefined ? undefined : at + block.text.length;
    }
    return { text: parts.join(''), starts };
  }

  /**
   * How a slice's blocks (after the `recorded` ones read again as context) are read across the
   * boundary the time budget put after them, so that a `requireNear` rule sees what it would in the
   * page's text as a whole. Blocks with less than the widest context window of text after them are
   * held back, unrecorded, and read again with the next slice; so are the blocks within the window
   * before those, as their context. The last slice records all but its `following` blocks (the text
   * after a rescanned subtree, context only). Returns how many blocks to record now (from
   * `recorded` on), and what to read the next slice with.
   */
  #readAcross(
    blocks: readonly TextBlock[],
    recorded: number,
    done: boolean,
    following = 0,
  ): { record: number; context: TextBlock[]; recorded: number } {
    if (done) return { record: blocks.length - following, context: [], recorded: 0 };
    const window = this.#widestWindow;
    // The first block held back; `after` is the text after the end of the block before it.
    let held = blocks.length;
    let after = 0;
    while (held > recorded && after < window) {
      held--;
      after +=
        blocks[held]!.text.length + (held > 0 ? gapBetween(blocks[held - 1]!, blocks[held]!) : 0);
    }
    // The first block of their context; `before` is the text between its end and their start.
    let first = held;
    let before = 0;
    while (first > 0) {
      before += gapBetween(blocks[first - 1]!, blocks[first]!);
      if (before >= window) break;
      first--;
      before += blocks[first]!.text.length;
    }
    return { record: held, context: blocks.slice(first), recorded: held - first };
  }

  /**
   * The page's text before (or after) a subtree being rescanned (`contextAround`): as context for
   * the subtree's names, and, for `#rejudge`, the names within a window of it with their own
   * context (`#contextLength`).
   */
  #around(item: WorkItem, forward: boolean): Context {
    const { node, root } = item;
    return contextAround(node, root, this.#contextLength, forward, this.#options.ownUiTag);
  }

  /**
   * Twice the widest window and the margin: a name within a window of the change (its end a window
   * away or nearer, its start that and its length) has its own window and the margin before the cut
   * inside what is read, so `#rejudge` takes it, when its length and the cut's shortfall (to the
   * start of a word) are within one margin more.
   */
  get #contextLength(): number {
    return 2 * (this.#widestWindow + CUT_MARGIN);
  }

  /**
   * `#rejudge` both sides of a reading: its first blocks (the text `before` the change) and its
   * last (the text `after` it). Where a side was cut short of the root's edge, the names nearer the
   * cut than a window and the margin are left as they are.
   */
  #rejudgeSides(reading: Reading, length: number, before: Context, after: Context): void {
    const margin = this.#widestWindow + CUT_MARGIN;
    const count = reading.blocks.length;
    this.#rejudge(reading, 0, before.blocks.length, before.whole ? 0 : margin, Infinity);
    const end = after.whole ? Infinity : length - margin;
    this.#rejudge(reading, count - after.blocks.length, count, 0, end);
  }

  /**
   * Judge again the names on both sides of a place in `parent` (before its child `next`, or at its
   * end) where text went away: read the text around it (`#around`'s length each side), and let
   * `#rejudge` take what reads otherwise now. Nothing is read when no name is there to judge.
   */
  async #readSeam(
    item: WorkItem,
    parent: Node,
    next: Node | null,
    away: <T>(work: Promise<T>) => Promise<T>,
  ): Promise<void> {
    if (next && next.parentNode !== parent) return; // moved since: its own change says where
    const tag = this.#options.ownUiTag;
    if (inSkippedSubtree(parent, item.root, tag)) return; // nothing beside it is read
    const length = this.#contextLength;
    const before = contextAt(parent, next, item.root, length, false, tag);
    const after = contextAt(parent, next, item.root, length, true, tag);
    const blocks = [...before.blocks, ...after.blocks];
    if (!blocks.some((block) => block.nodes.some((node) => this.#store.hasNode(node)))) return;
    this.#stats.seams++;
    const joined = this.#join(blocks);
    const result = await away(this.#options.matcher.scan(joined.text, this.#scanOptions()));
    if (this.#superseded(item) || !this.#run || this.#run.signal.aborted) return;
    // Text that left meanwhile is the next seam's.
    if (blocks.some((block) => block.nodes.some((node) => !node.isConnected))) return;
    const reading = { blocks, starts: joined.starts, result, root: item.root };
    this.#rejudgeSides(reading, joined.text.length, before, after);
    this.#flushChanges();
  }

  /**
   * Judge again the names of context blocks `from` to `to` of a reading (text the page had before a
   * rescanned subtree came, read with it): where the matcher now reads them otherwise ("US" becomes
   * "US troops" when a Syrian name comes in beside it), the old records give way to the new. Only
   * names starting at `minStart` or later and ending by `maxEnd` in the joined text are judged:
   * nearer the cut edge of the context, a name's window reaches past what was read (and is then
   * more than a window from the subtree, which cannot have changed it).
   */
  #rejudge(reading: Reading, from: number, to: number, minStart: number, maxEnd: number): void {
    const { blocks, starts, result, root } = reading;
    if (from >= to) return;
    const key = (start: number, end: number, entity: string, alias: number) =>
      `${start}:${end}:${entity}:${alias}`;
    // The records now in those blocks, by where they are in the joined text.
    const old = new Map<string, MatchRecord>();
    const unjudged: [number, number][] = [];
    const seen = new Set<MatchRecord>();
    for (let b = from; b < to; b++) {
      const block = blocks[b]!;
      for (const node of block.nodes) {
        for (const record of this.#store.atNode(node)) {
          if (seen.has(record)) continue;
          seen.add(record);
          const first = block.nodes.indexOf(record.range.startContainer as Text);
          const last = block.nodes.indexOf(record.range.endContainer as Text);
          const start =
            first < 0 ? -Infinity : starts[b]! + block.starts[first]! + record.range.startOffset;
          const end =
            last < 0 ? Infinity : starts[b]! + block.starts[last]! + record.range.endOffset;
          if (start >= minStart && end <= maxEnd) {
            old.set(key(start, end, record.entity, record.alias), record);
          } else unjudged.push([start, end]);
        }
      }
    }
    const touched = new Set<string>();
    const visibility = new Map<Element, boolean>();
    const fresh: { match: Match; block: number }[] = [];
    let b = 0;
    for (const match of result.matches) {
      while (b + 1 < starts.length && starts[b + 1]! <= match.start) b++;
      if (b < from || b >= to || match.start < minStart || match.end > maxEnd) continue;
      if (match.end - starts[b]! > blocks[b]!.text.length) continue; // never across blocks
      if (unjudged.some(([start, end]) => match.start < end && start < match.end)) continue;
      const known = key(match.start, match.end, match.entity, match.alias);
      if (old.delete(known)) continue; // read as before
      if (this.#evidence.vetoed.has(match.alias)) continue;
      fresh.push({ match, block: b });
    }
    // What is left of the old records was read otherwise this time.
    for (const record of old.values()) {
      this.#remove(record);
      touched.add(record.entity);
    }
    for (const { match, block } of fresh) {
      const record = this.#createRecord(match, blocks[block]!, starts[block]!, root, visibility);
      if (!record) continue;
      this.#store.add(record);
      this.#evaluate(record);
      touched.add(record.entity);
    }
    if (touched.size > 0) {
      this.#stats.rejudged += touched.size;
      this.#refreshFirstMentions(touched);
      this.#changed = true;
    }
  }

  /**
   * Record, evaluate and paint the matches of joined blocks (`#join`), of the blocks from `from` up
   * to `to` (the others are context, `#readAcross`).
   */
  #applyMatches(
    blocks: readonly TextBlock[],
    starts: readonly number[],
    result: ScanResult,
    root: Document | ShadowRoot,
    from = 0,
    to = blocks.length,
  ): void {
    const evidenceChanged = mergeEvidence(this.#evidence, result.evidence);

    const touched = new Set<string>();
    const visibility = new Map<Element, boolean>();
    let blockIndex = 0;
    for (const match of result.matches) {
      while (blockIndex + 1 < starts.length && starts[blockIndex + 1]! <= match.start) blockIndex++;
      if (blockIndex < from || blockIndex >= to) continue; // context only
      const block = blocks[blockIndex]!;
      const offset = starts[blockIndex]!;
      if (match.start < offset || match.end - offset > block.text.length) continue; // never across blocks
      // Ruled out page-wide, by this text or by any scanned before it.
      if (this.#evidence.vetoed.has(match.alias)) continue;
      const record = this.#createRecord(match, block, offset, root, visibility);
      if (!record) continue;
      this.#store.add(record);
      this.#evaluate(record);
      touched.add(record.entity);
    }
    if (evidenceChanged) {
      for (const record of this.#store.all()) {
        if (this.#evidence.vetoed.has(record.alias)) {
          this.#remove(record);
          touched.add(record.entity);
        } else if (record.state === 'pending') {
          this.#evaluate(record);
          if (record.state !== 'pending') touched.add(record.entity);
        }
      }
    }
    if (touched.size > 0) {
      this.#refreshFirstMentions(touched);
      this.#changed = true;
    }
  }

  #createRecord(
    match: Match,
    block: TextBlock,
    offset: number,
    root: Document | ShadowRoot,
    visibility: Map<Element, boolean>,
  ): MatchRecord | undefined {
    const start = locate(block, match.start - offset);
    const end = locate(block, match.end - offset, true);
    const entity = this.#entities.get(match.entity);
    if (!entity) return undefined;
    const nodes: Text[] = [];
    const first = block.nodes.indexOf(start.node);
    const last = block.nodes.indexOf(end.node, first);
    for (let i = first; i <= last; i++) nodes.push(block.nodes[i]!);
    const range = new StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    });
    const parent = start.node.parentElement;
    const visible = parent ? renderedMemo(parent, visibility) : true;
    return {
      id: this.#store.nextId(),
      entity: entity.id,
      type: entity.type,
      alias: match.alias,
      surface: match.surface,
      range,
      nodes,
      root,
      needsPage: match.needsPage,
      state: visible ? 'shown' : 'invisible',
      paintedAs: undefined,
    };
  }

  /** Decide a record's state from evidence and settings, and paint or unpaint it. */
  #evaluate(record: MatchRecord): void {
    let state: MatchState;
    if (record.state === 'invisible') state = 'invisible';
    else if (record.needsPage && !acceptOnPage(record, this.#evidence)) state = 'pending';
    else if (this.#filtered(record)) state = 'filtered';
    else state = 'shown';
    this.#setState(record, state);
  }

  #filtered(record: MatchRecord): boolean {
    const settings = this.#settings;
    return settings.hiddenEntities.has(record.entity) || !settings.entityTypes[record.type];
  }

  #setState(record: MatchRecord, state: MatchState): void {
    record.state = state;
    if (state === 'shown') this.#paint(record);
    else this.#unpaint(record);
  }

  /** With "first mention only", show just the first eligible record of each entity. */
  #refreshFirstMentions(entities: Iterable<string>): void {
    if (!this.#settings.firstMentionOnly) return;
    for (const entity of entities) {
      const eligible = [...this.#store.ofEntity(entity)].filter(countable);
      const [first, ...rest] = inDocumentOrder(eligible);
      if (first) this.#setState(first, 'shown');
      for (const record of rest) this.#setState(record, 'repeat');
    }
  }

  #paint(record: MatchRecord): void {
    const name = highlightName(this.#settings.style, this.#settings.colors[record.type]);
    if (record.paintedAs === name) return;
    this.#unpaint(record);
    this.#options.painter.add(name, record.range);
    record.paintedAs = name;
    this.#changed = true;
  }

  #unpaint(record: MatchRecord): void {
    if (record.paintedAs === undefined) return;
    this.#options.painter.remove(record.paintedAs, record.range);
    record.paintedAs = undefined;
    this.#changed = true;
  }

  #remove(record: MatchRecord): void {
    this.#unpaint(record);
    this.#store.delete(record);
  }

  #flushChanges(): void {
    if (!this.#changed) return;
    this.#options.painter.restyle();
    this.#notify();
  }

  #notify(): void {
    this.#changed = false;
    this.#options.onChange?.();
  }
}

/** Counted in "N mentions": accepted, rendered, and not filtered out by the user. */
function countable(record: MatchRecord): boolean {
  return record.state === 'shown' || record.state === 'repeat';
}

/** Rendered: not display:none / visibility:hidden / content-visibility hidden. */
function isRendered(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({ visibilityProperty: true });
}

/** `isRendered`, remembered per element for one batch (matches share parents). */
function renderedMemo(element: Element, memo: Map<Element, boolean>): boolean {
  let rendered = memo.get(element);
  if (rendered === undefined) memo.set(element, (rendered = isRendered(element)));
  return rendered;
}

function isPageLevel(node: Node, root: Document | ShadowRoot): boolean {
  if (node === root) return true;
  if (root.nodeType === 9) {
    const doc = root as Document;
    return node === doc.documentElement || node === doc.body;
  }
  return false;
}

/** A text node or an element inside a run of text (not a block of its own). */
function isInline(node: Node): boolean {
  return node.nodeType === 3 || (node.nodeType === 1 && !isBlockBoundary(node as Element));
}

/** True when `node` or an ancestor (across shadow boundaries) is in `elements`. */
function insideAny(node: Node, elements: ReadonlySet<Element>): boolean {
  for (let current: Node | null = node; current;) {
    if (elements.has(current as Element)) return true;
    current = current.nodeType === 11 ? (current as ShadowRoot).host : current.parentNode;
  }
  return false;
}

function inSkippedSubtree(node: Node | null, root: Node, ownUiTag: string | undefined): boolean {
  for (let current = node; current && current !== root; current = current.parentNode) {
    if (current.nodeType === 1 && isSkippedElement(current as Element, ownUiTag)) return true;
  }
  return false;
}

/**
 * Where to start the initial scan so that what the reader sees is highlighted first: the block at
 * the upper part of the viewport when the page is scrolled, else the beginning.
 */
function visibleStart(doc: Document): Node | undefined {
  const view = doc.defaultView;
  if (!view || view.scrollY < view.innerHeight / 2) return undefined;
  const element = doc.elementFromPoint(view.innerWidth / 2, Math.min(80, view.innerHeight / 4));
  if (!element) return undefined;
  let block: Element | null = element;
  while (block && !isBlockBoundary(block)) block = block.parentElement;
  return block && block !== doc.body && block !== doc.documentElement ? block : undefined;
}

/**
 * The separators `#join` puts between two blocks read one after the other, before its cap: as many
 * characters as reading the text the walk skipped between them would put there (`readGap`). A block
 * before the one ahead of it (the walk went on from the top of the page after the part first in
 * view) is as far as can be.
 */
function gapBetween(previous: TextBlock, block: TextBlock): number {
  if (previous.at === undefined || block.at === undefined) return 1;
  const end = previous.at + previous.text.length;
  return block.at < end ? Infinity : readGap(block.at - end, block);
}
