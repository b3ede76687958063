/**
 * When the hover card opens and closes (WCAG 1.4.13: dismissible, hoverable, persistent). The
 * pointer is hit-tested once per animation frame; a card opens after the hover delay if the pointer
 * rests on a name, and never while it moves fast across the page (10ten's speed gate: about 0.5
 * px/ms). Leaving the name starts a grace period in which the pointer may move into the card;
 * hovering the card keeps it open; Esc, a click elsewhere, scrolling the name away or leaving
 * closes it. Keyboard steps and the popup's "show" open it with focus inside, and Esc gives focus
 * back.
 *
 * The card's code and data are fetched when the pointer first rests on a name, during the delay, so
 * the card paints as soon as the delay ends.
 */
import type { CardData, CardSections } from '../card/card-data';
import type { CardHost, DismissReason } from '../card/card-host';
import type { CardModule } from '../card/card-module';
import { matchAtPoint, rangeContainsPoint } from '../dom/hit-test';
import type { MatchRecord } from '../dom/match-store';
import type { PageScanner } from '../dom/page-scanner';
import type { Painter } from '../dom/painter';

/** Pointer speeds above this (px per ms) are passes across the page, not rests on a word. */
export const FAST_POINTER = 0.5;
/** Time the pointer may spend between the name and the card. */
export const GRACE_MS = 300;
/**
 * A fast pass that ends on a name (a flick that stops dead sends no slow events) counts as a rest
 * once the pointer has not moved for this long.
 */
export const REST_MS = 100;

export interface HoverSettings {
  readonly hoverDelayMs: number;
  readonly theme: 'system' | 'light' | 'dark';
  readonly cardSections: CardSections;
}

export interface HoverDeps {
  readonly doc: Document;
  readonly scanner: PageScanner;
  readonly painter: Painter;
  readonly signal: AbortSignal;
  /**
   * False once the content script's context is gone (asking aborts `signal`). A card may open from
   * what is cached without any message failing, so it asks first.
   */
  isValid(): boolean;
  settings(): HoverSettings;
  /** Open shadow roots known to the scanner (for hit-testing inside them). */
  shadowRoots(): ShadowRoot[];
  loadCardModule(): Promise<CardModule>;
  fetchCard(entity: string, alias: number): Promise<CardData | undefined>;
  hideEntity(entity: string): void;
  turnOffSite(): void;
}

interface Sample {
  x: number;
  y: number;
  t: number;
}

export class HoverController {
  readonly #deps: HoverDeps;
  #listeners: AbortController | undefined;
  #frame = 0;
  #latest: PointerEvent | undefined;
  #previous: Sample | undefined;
  #candidate: MatchRecord | undefined;
  #delayTimer: ReturnType<typeof setTimeout> | undefined;
  #restTimer: ReturnType<typeof setTimeout> | undefined;
  #report: { moduleLoaded: boolean; opened: number; lastOpenMs: number | undefined } = {
    moduleLoaded: false,
    opened: 0,
    lastOpenMs: undefined,
  };
  #graceTimer: ReturnType<typeof setTimeout> | undefined;
  #open: MatchRecord | undefined;
  #overCard = false;
  #host: CardHost | undefined;
  #module: Promise<CardModule> | undefined;
  readonly #cards = new Map<string, Promise<CardData | undefined>>();
  /** Where focus was before a keyboard-opened card took it. */
  #returnFocus: Element | null = null;
  /** Bumped on every open/close so stale async work is dropped. */
  #generation = 0;

  constructor(deps: HoverDeps) {
    this.#deps = deps;
    deps.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  get openRecord(): MatchRecord | undefined {
    return this.#open;
  }

  start(): void {
    if (this.#listeners || this.#deps.signal.aborted) return;
    this.#listeners = new AbortController();
    const options = { passive: true, signal: this.#listeners.signal };
    this.#deps.doc.addEventListener('pointermove', this.#onPointerMove, options);
    this.#deps.doc.addEventListener('pointerleave', () => this.#onPointerGone(), options);
  }

  stop(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
    cancelAnimationFrame(this.#frame);
    this.#cancelDelay();
    this.#cancelRest();
    this.close();
    this.#host?.destroy();
    this.#host = undefined;
  }

  /** Close the card (if open) and clear the focus highlight. */
  close(reason?: DismissReason): void {
    this.#cancelGrace();
    this.#generation++;
    const wasOpen = this.#open !== undefined;
    this.#open = undefined;
    this.#overCard = false;
    this.#host?.hide();
    // Only an open card has a focus highlight: a stopped engine must not register a new one.
    if (wasOpen) this.#deps.painter.setFocus(undefined);
    if (wasOpen && reason === 'escape' && this.#returnFocus) {
      const target = this.#returnFocus as HTMLElement;
      if (target.isConnected && typeof target.focus === 'function')
        target.focus({ preventScroll: true });
    }
    this.#returnFocus = null;
  }

  /** Open the card for `record` (keyboard step, popup, or the end of the hover delay). */
  async open(
    record: MatchRecord,
    options: { focus: boolean; pointer?: { x: number; y: number } },
  ): Promise<void> {
    if (!this.#deps.isValid()) return;
    const generation = ++this.#generation;
    const openedAt = performance.now();
    this.#cancelDelay();
    this.#cancelGrace();
    if (options.focus) {
      this.#returnFocus = this.#returnFocus ?? this.#deps.doc.activeElement;
    }
    const dataPromise = this.#cardData(record);
    const module = await this.#loadModule().catch((error: unknown) => {
      // An extension gone (reloaded, updated) is no failure to report: asking stops everything.
      if (this.#deps.isValid()) console.warn('[Backstory] could not load the hover card', error);
      return undefined;
    });
    if (generation !== this.#generation || this.#deps.signal.aborted) return;
    if (!module) {
      // No card this time, and nothing left waiting for one; the next hover tries again.
      this.close();
      return;
    }
    this.#host ??= module.createCardHost(this.#deps.doc, {
      onPointerEnter: () => {
        this.#overCard = true;
        this.#cancelGrace();
      },
      onPointerLeave: () => {
        this.#overCard = false;
        this.#startGrace();
      },
      onDismiss: (reason) => this.close(reason),
    });
    const settings = this.#deps.settings();
    this.#open = record;
    this.#deps.painter.setFocus(record.range);
    const base = {
      anchor: record.range,
      pointer: options.pointer,
      focus: options.focus,
      surface: record.surface,
      mentions: this.#deps.scanner.mentions(record.entity),
      sections: settings.cardSections,
      theme: settings.theme,
      onHideEntity: () => {
        this.close();
        this.#deps.hideEntity(record.entity);
      },
      onSiteOff: () => {
        this.close();
        this.#deps.turnOffSite();
      },
    };
    // Show at once with whatever is cached; fill in when the data arrives.
    const settled = await Promise.race([dataPromise, Promise.resolve(PENDING)]);
    if (generation !== this.#generation) return;
    this.#host.show({ ...base, data: settled === PENDING ? undefined : settled });
    this.#report.opened++;
    requestAnimationFrame(() => {
      if (generation === this.#generation) this.#report.lastOpenMs = performance.now() - openedAt;
    });
    if (settled === PENDING) {
      const data = await dataPromise;
      if (generation === this.#generation) this.#host.update({ data });
    }
  }

  /** Refresh the open card's mention count (the page changed). */
  refresh(): void {
    if (!this.#open || !this.#host) return;
    if (this.#open.state !== 'shown') {
      this.close();
      return;
    }
    this.#host.update({ mentions: this.#deps.scanner.mentions(this.#open.entity) });
  }

  /** Prefetch the card's code and an entity's data (the pointer rests on a name). */
  prefetch(record: MatchRecord): void {
    void this.#loadModule().catch(() => undefined);
    void this.#cardData(record);
  }

  #loadModule(): Promise<CardModule> {
    this.#module ??= this.#deps.loadCardModule().then(
      (module) => {
        this.#report.moduleLoaded = true;
        return module;
      },
      (error: unknown) => {
        // Do not keep a failed load: the next hover tries again.
        this.#module = undefined;
        throw error;
      },
    );
    return this.#module;
  }

  /** What the popup and the benchmarks learn about the card on this page. */
  get report(): Readonly<{
    moduleLoaded: boolean;
    opened: number;
    lastOpenMs: number | undefined;
  }> {
    return { ...this.#report };
  }

  #cardData(record: MatchRecord): Promise<CardData | undefined> {
    const key = `${record.entity}:${record.alias}`;
    let promise = this.#cards.get(key);
    if (!promise) {
      promise = this.#deps.fetchCard(record.entity, record.alias).catch(() => undefined);
      this.#cards.set(key, promise);
      // Do not keep a failed fetch: the next hover tries again.
      void promise.then((data) => {
        if (!data) this.#cards.delete(key);
      });
    }
    return promise;
  }

  #onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    this.#latest = event;
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const latest = this.#latest;
      if (latest && !this.#deps.signal.aborted) this.#process(latest);
    });
  };

  #process(event: PointerEvent, resting = false): void {
    this.#cancelRest();
    const now = event.timeStamp;
    const sample = { x: event.clientX, y: event.clientY, t: now };
    const previous = this.#previous;
    this.#previous = sample;
    const dt = previous ? now - previous.t : Infinity;
    const fast =
      !resting &&
      previous !== undefined &&
      dt > 0 &&
      dt < 100 &&
      Math.hypot(sample.x - previous.x, sample.y - previous.y) / dt > FAST_POINTER;

    // Over the card itself: its own enter/leave events decide.
    if (this.#host?.isHost(event.target as Node | null) || this.#overCard) return;

    const doc = this.#deps.doc;
    const open = this.#open;
    if (open && rangeContainsPoint(doc, open.range, sample.x, sample.y)) {
      this.#cancelGrace();
      this.#cancelDelay();
      return;
    }
    const record = matchAtPoint(
      doc,
      this.#deps.scanner,
      sample.x,
      sample.y,
      this.#deps.shadowRoots(),
    );
    if (open) this.#startGrace();
    if (!record || fast) {
      this.#cancelDelay();
      if (record) {
        this.#restTimer = setTimeout(() => {
          this.#restTimer = undefined;
          if (!this.#deps.signal.aborted) this.#process(event, true);
        }, REST_MS);
      }
      return;
    }
    if (record === this.#candidate && this.#delayTimer !== undefined) return;
    this.#cancelDelay();
    this.#candidate = record;
    this.prefetch(record);
    const pointer = { x: sample.x, y: sample.y };
    this.#delayTimer = setTimeout(() => {
      this.#delayTimer = undefined;
      const candidate = this.#candidate;
      this.#candidate = undefined;
      if (candidate && candidate.state === 'shown')
        void this.open(candidate, { focus: false, pointer });
    }, this.#deps.settings().hoverDelayMs);
  }

  #onPointerGone(): void {
    this.#cancelDelay();
    if (this.#open && !this.#overCard) this.#startGrace();
  }

  #cancelDelay(): void {
    if (this.#delayTimer !== undefined) clearTimeout(this.#delayTimer);
    this.#delayTimer = undefined;
    this.#candidate = undefined;
  }

  #cancelRest(): void {
    if (this.#restTimer !== undefined) clearTimeout(this.#restTimer);
    this.#restTimer = undefined;
  }

  #startGrace(): void {
    if (this.#graceTimer !== undefined || !this.#open) return;
    // A card opened from the keyboard stays until dismissed (it was not opened by hovering).
    if (this.#returnFocus !== null) return;
    this.#graceTimer = setTimeout(() => {
      this.#graceTimer = undefined;
      if (!this.#overCard) this.close('outside');
    }, GRACE_MS);
  }

  #cancelGrace(): void {
    if (this.#graceTimer !== undefined) clearTimeout(this.#graceTimer);
    this.#graceTimer = undefined;
  }
}

const PENDING = Symbol('pending');
