/**
 * What a hover card shows, as the background sends it to a content script: one entity's notes and
 * the article's claims about it, cut from the bundled dataset (which never enters the page
 * itself).
 */
import type { AliasKind, CheckStatus, Entity } from '../../data/schema';

export interface CardAlias {
  readonly text: string;
  readonly kind: AliasKind;
  readonly note?: string;
  readonly lang?: string;
}

export interface CardClaim {
  readonly id: string;
  readonly sentence: number;
  readonly text: string;
  readonly kind: 'reported' | 'framing';
  readonly attribution?: string | null;
  readonly check?: {
    readonly status: CheckStatus;
    readonly note: string;
    readonly sources: readonly string[];
  };
}

export interface CardData {
  readonly datasetVersion: string;
  /** The newest date the dataset's facts were checked against. */
  readonly factsAsOf: string;
  readonly entity: Pick<
    Entity,
    'id' | 'name' | 'type' | 'description' | 'nativeNames' | 'note' | 'facts' | 'updates'
  >;
  /** The alias that matched on the page, when known. */
  readonly alias?: CardAlias;
  readonly claims: readonly CardClaim[];
}

/** Which parts of the card to show (a user setting). */
export interface CardSections {
  readonly background: boolean;
  readonly facts: boolean;
  readonly claims: boolean;
  readonly updates: boolean;
}
