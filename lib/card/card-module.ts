/**
 * The contract between the content script and the lazily loaded card bundle (`card.js`). The card's
 * code (Preact, Floating UI, the components) is loaded on the first hover only, so pages where
 * nobody hovers pay nothing for it.
 */
import type { CardHost, CardHostEvents } from './card-host';

export interface CardModule {
  createCardHost(doc: Document, events: CardHostEvents): CardHost;
}

/** Where card.js registers itself in the content script's (isolated) global scope. */
export const CARD_MODULE_KEY = '__backstoryCardModule';

/** The web-accessible path of the card bundle. */
export const CARD_MODULE_PATH = '/card.js';

/**
 * The card's host element on the page (defined here, not in card-host.ts, so the content script can
 * recognise its own UI without bundling the card's code).
 */
export const CARD_TAG = 'backstory-card';
