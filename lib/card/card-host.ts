/**
 * The hover card's host on the page: a `backstory-card` element with a closed shadow root (page
 * scripts cannot read or rewrite the card, page CSS cannot restyle it), shown in the top layer as a
 * manual popover where the Popover API exists (so no page z-index or `overflow` can cover it),
 * positioned next to the matched text with Floating UI, and following it on scroll.
 *
 * The host element exists only while the card is open: opening adds it to the page, closing removes
 * it again.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  type VirtualElement,
} from '@floating-ui/dom';
import { h, render } from 'preact';
import { HoverCard, type HoverCardProps } from '../../components/card/HoverCard';
import { supportsPopover } from '../platform/browser-support';

import { CARD_TAG } from './card-module';

export { CARD_TAG };

export type DismissReason = 'escape' | 'outside' | 'scrolled-away' | 'hidden' | 'close-button';

export interface ShowCardOptions extends Omit<HoverCardProps, 'onClose'> {
  /** The matched text the card belongs to. */
  anchor: AbstractRange;
  /** The pointer position, so a match that wraps lines anchors on the hovered line. */
  pointer?: { x: number; y: number };
  /** Move keyboard focus into the card (opened by keyboard, not by hover). */
  focus: boolean;
}

export interface CardHostEvents {
  onPointerEnter(): void;
  onPointerLeave(): void;
  onDismiss(reason: DismissReason): void;
}

/** The card's CSS, adopted into its shadow root. */
export interface CardHost {
  readonly isOpen: boolean;
  show(options: ShowCardOptions): void;
  /** Re-render the open card (data arrived, mentions changed). */
  update(options: Partial<Omit<ShowCardOptions, 'anchor'>>): void;
  hide(): void;
  /** True for the host element (the page-side node of the card). */
  isHost(node: Node | null): boolean;
  destroy(): void;
}

function liveRange(doc: Document, range: AbstractRange): Range | undefined {
  const live = doc.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return undefined;
  }
}

export function createCardHost(doc: Document, css: string, events: CardHostEvents): CardHost {
  let host: HTMLElement | undefined;
  let shadow: ShadowRoot | undefined;
  let mountPoint: HTMLElement | undefined;
  let current: ShowCardOptions | undefined;
  let stopAutoUpdate: (() => void) | undefined;
  let listeners: AbortController | undefined;

  const view = doc.defaultView ?? window;

  function build(): void {
    host = doc.createElement(CARD_TAG);
    shadow = host.attachShadow({ mode: 'closed' });
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    mountPoint = doc.createElement('div');
    shadow.append(mountPoint);
    // Keys typed inside the card are the card's: the page's shortcuts must not fire.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      shadow.addEventListener(type, (event) => {
        event.stopPropagation();
        if (type === 'keydown' && (event as KeyboardEvent).key === 'Escape') {
          event.preventDefault();
          events.onDismiss('escape');
        }
      });
    }
    mountPoint.addEventListener('pointerenter', () => events.onPointerEnter());
    mountPoint.addEventListener('pointerleave', () => events.onPointerLeave());
  }

  function renderCard(): void {
    if (!mountPoint || !current) return;
    const { anchor: _anchor, pointer: _pointer, focus: _focus, ...props } = current;
    render(h(HoverCard, { ...props, onClose: () => events.onDismiss('close-button') }), mountPoint);
  }

  function position(): void {
    const card = mountPoint?.firstElementChild as HTMLElement | null | undefined;
    if (!card || !current) return;
    const range = liveRange(doc, current.anchor);
    if (!range) {
      events.onDismiss('hidden');
      return;
    }
    const rect = range.getBoundingClientRect();
    if (
      rect.bottom < 0 ||
      rect.top > view.innerHeight ||
      rect.right < 0 ||
      rect.left > view.innerWidth
    ) {
      events.onDismiss('scrolled-away');
      return;
    }
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const pointer = current.pointer;
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer ? { x: pointer.x, y: pointer.y } : undefined),
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  }

  function attach(): void {
    if (!host) build();
    const element = host!;
    if (!element.isConnected) doc.documentElement.append(element);
    if (supportsPopover(element)) {
      element.setAttribute('popover', 'manual');
      try {
        if (!element.matches(':popover-open')) element.showPopover();
      } catch {
        // Not in the top layer (e.g. the document is not fully active): z-index still applies.
      }
    }
  }

  function addPageListeners(): void {
    listeners = new AbortController();
    const signal = listeners.signal;
    doc.addEventListener(
      'pointerdown',
      (event) => {
        if (!host || event.composedPath().includes(host)) return;
        events.onDismiss('outside');
      },
      { capture: true, signal },
    );
    view.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') events.onDismiss('escape');
      },
      { capture: true, signal },
    );
    doc.addEventListener(
      'visibilitychange',
      () => {
        if (doc.visibilityState === 'hidden') events.onDismiss('hidden');
      },
      { signal },
    );
    doc.addEventListener('fullscreenchange', () => events.onDismiss('hidden'), { signal });
  }

  return {
    get isOpen() {
      return current !== undefined;
    },

    show(options) {
      const wasOpen = current !== undefined;
      current = options;
      attach();
      renderCard();
      stopAutoUpdate?.();
      const card = mountPoint!.firstElementChild as HTMLElement | null;
      const range = liveRange(doc, options.anchor);
      if (card && range) {
        const reference: VirtualElement = {
          getBoundingClientRect: () => range.getBoundingClientRect(),
          contextElement: range.startContainer.parentElement ?? undefined,
        };
        stopAutoUpdate = autoUpdate(reference, card, position, { animationFrame: false });
      }
      if (!wasOpen) addPageListeners();
      if (options.focus && card) {
        card.tabIndex = -1;
        card.focus({ preventScroll: true });
      }
    },

    update(options) {
      if (!current) return;
      current = { ...current, ...options };
      renderCard();
      position();
    },

    hide() {
      if (!current) return;
      current = undefined;
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      listeners?.abort();
      listeners = undefined;
      if (mountPoint) render(null, mountPoint);
      if (host?.isConnected) {
        if (supportsPopover(host) && host.matches(':popover-open')) host.hidePopover();
        host.remove();
      }
    },

    isHost(node) {
      return node !== null && node === host;
    },

    destroy() {
      this.hide();
      host = undefined;
      shadow = undefined;
      mountPoint = undefined;
    },
  };
}
