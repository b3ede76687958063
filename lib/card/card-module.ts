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
