/**
 * The content script, wired: settings → scanner → painter, pointer → card, messages from the popup
 * and background. `startContent` (boot.ts) creates one per frame once it knows the extension is on
 * for the site; it can be turned off and on again live, and it stops for good when the content
 * script's context is invalidated.
 */
import { browser } from 'wxt/browser';
import type { CardData } from '../card/card-data';
import { CARD_MODULE_KEY, CARD_MODULE_PATH, CARD_TAG, type CardModule } from '../card/card-module';
import { PageScanner } from '../dom/page-scanner';
import { browserHighlightPlatform, Painter } from '../dom/painter';
import { canHighlightDocument } from '../platform/browser-support';
import type { MatchRecord } from '../dom/match-store';
import type { MatchService } from '../dom/match-service';
import type { ContentTable } from '../matcher/types';
import type { CardReport, ContentSummary } from '../messaging/protocol';
import { importBundle } from './bundles';
import { HoverController } from './hover';
import type { ContentSettings } from './settings-view';

export interface EngineDeps {
  readonly doc: Document;
  readonly signal: AbortSignal;
  /**
   * False once the content script's context is gone (asking notices it, and aborts `signal`): see
   * invalidation.ts.
   */
  isValid(): boolean;
  /** The matcher (the background's: see background-matcher.ts). */
  readonly matcher: MatchService;
  /** The entities' names and types, and the widest context window. */
  readonly table: ContentTable;
  readonly settings: ContentSettings;
  /** Ask the background for a card's data. */
  fetchCard(entity: string, alias: number): Promise<CardData | undefined>;
  hideEntity(entity: string): void;
  turnOffSite(): void;
}

/**
 * Load the card bundle into this content script's world (first hover only: hover.ts keeps it).
 * Async, so that an orphaned script, whose `runtime` is gone, gets a rejection, not a throw.
 */
export async function loadCardModule(): Promise<CardModule> {
  // In a content script the bundle comes by its web-accessible URL (on Chrome a per-session one);
  // on the extension's own demo page that URL is not 'self' to its CSP, the plain path is.
  const onExtensionPage = location.protocol.endsWith('-extension:');
  const url = onExtensionPage ? CARD_MODULE_PATH : browser.runtime.getURL(CARD_MODULE_PATH);
  return await importBundle<CardModule>(url, CARD_MODULE_KEY);
}

export class ContentEngine {
  readonly #deps: EngineDeps;
  readonly #scanner: PageScanner;
  readonly #hover: HoverController;
  readonly #painter: Painter;
  #settings: ContentSettings;
  /** The match the keyboard last stepped to. */
  #stepped: MatchRecord | undefined;

  constructor(deps: EngineDeps) {
    this.#deps = deps;
    this.#settings = deps.settings;
    // Before the scanner's own listener: the card closes (clearing its focus highlight) before
    // everything is unregistered, so nothing is left in the page's registry.
    deps.signal.addEventListener('abort', () => this.stop(), { once: true });
    this.#painter = new Painter(browserHighlightPlatform());
    this.#scanner = new PageScanner({
      document: deps.doc,
      matcher: deps.matcher,
      table: deps.table,
      painter: this.#painter,
      settings: deps.settings.scanner,
      signal: deps.signal,
      ownUiTag: CARD_TAG,
      onChange: () => this.#hover.refresh(),
    });
    this.#hover = new HoverController({
      doc: deps.doc,
      scanner: this.#scanner,
      painter: this.#painter,
      signal: deps.signal,
      isValid: () => deps.isValid(),
      settings: () => this.#settings.hover,
      shadowRoots: () => this.#scanner.shadowRoots(),
      loadCardModule,
      fetchCard: (entity, alias) => deps.fetchCard(entity, alias),
      hideEntity: (entity) => deps.hideEntity(entity),
      turnOffSite: () => deps.turnOffSite(),
    });
  }

  /** The page can be highlighted (Custom Highlight API present, not a design-mode document). */
  static supported(doc: Document): boolean {
    return canHighlightDocument(globalThis, doc);
  }

  get active(): boolean {
    return this.#scanner.running;
  }

  get scanner(): PageScanner {
    return this.#scanner;
  }

  get cardReport(): CardReport {
    return this.#hover.report;
  }

  start(): void {
    if (this.#deps.signal.aborted) return;
    this.#scanner.start();
    this.#hover.start();
  }

  stop(): void {
    this.#hover.stop();
    this.#scanner.stop();
    this.#stepped = undefined;
  }

  /** Single-page-app navigation: the page's text is new. */
  restart(): void {
    this.#hover.close();
    this.#stepped = undefined;
    this.#scanner.restart();
  }

  applySettings(settings: ContentSettings): void {
    this.#settings = settings;
    this.#scanner.applySettings(settings.scanner);
    this.#hover.refresh();
  }

  summary(): ContentSummary['entities'] {
    const entities = new Map(this.#deps.table.entities.map((entity) => [entity.id, entity]));
    return this.#scanner.summary().map(({ entity, type, count }) => ({
      id: entity,
      name: entities.get(entity)?.name ?? entity,
      type,
      count,
    }));
  }

  /** Scroll to the first mention of `entity` and open its card with focus. */
  async reveal(entity: string): Promise<boolean> {
    const record = this.#scanner.firstMention(entity);
    if (!record) return false;
    await this.#focus(record);
    return true;
  }

  /** Move to the next (1) or previous (-1) highlight and open its card with focus. */
  async step(direction: 1 | -1): Promise<boolean> {
    const list = this.#scanner.shownInOrder();
    if (list.length === 0) return false;
    const current = this.#hover.openRecord ?? this.#stepped;
    let index = current ? list.indexOf(current) : -1;
    if (index < 0) {
      // Start from what is on screen: the first highlight below the top of the viewport.
      const first = list.findIndex((record) => rangeTop(this.#deps.doc, record) >= 0);
      index = direction === 1 ? (first < 0 ? -1 : first - 1) : first < 0 ? list.length : first;
    }
    const next = list[(index + direction + list.length) % list.length]!;
    await this.#focus(next);
    return true;
  }

  async #focus(record: MatchRecord): Promise<void> {
    this.#stepped = record;
    const parent = record.range.startContainer.parentElement;
    parent?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    await this.#hover.open(record, { focus: true });
  }
}

function rangeTop(doc: Document, record: MatchRecord): number {
  const range = doc.createRange();
  try {
    range.setStart(record.range.startContainer, record.range.startOffset);
    range.setEnd(record.range.endContainer, record.range.endOffset);
  } catch {
    return -1;
  }
  return range.getBoundingClientRect().top;
}
