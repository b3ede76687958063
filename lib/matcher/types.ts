/**
 * The matcher's public contract, shared by the background (which compiles the table and runs the
 * matcher for content scripts), the page scanner, the `npm run scan` CLI and the tests. The matcher
 * is pure TypeScript and knows nothing of the DOM.
 */
import type { AliasKind, EntityType } from '../../data/schema';
import type { CompiledAutomaton } from './automaton';

/** Bumped when the table's shape changes; cached tables with another format are rebuilt. */
export const MATCHER_FORMAT = 2;

/**
 * What the matcher needs of the dataset, compiled once by the background: small and JSON-safe (no
 * notes, facts or claims), so tools and tests can save and reload it.
 */
export interface MatcherTable {
  readonly format: typeof MATCHER_FORMAT;
  readonly datasetVersion: string;
  readonly entities: readonly TableEntity[];
  readonly aliases: readonly TableAlias[];
  /**
   * The aliases' automaton, compiled with the table. Optional: a table without it (tests, tools)
   * gets it compiled when the matcher is built.
   */
  readonly automaton?: CompiledAutomaton;
}

/**
 * What a content script needs of the table (the matching itself happens in the background): the
 * entities, for their types and names, and the widest `requireNear` window. A few kilobytes,
 * compiled into the content script's and the popup's bundles (`virtual:backstory-content-table`).
 */
export interface ContentTable {
  readonly format: typeof MATCHER_FORMAT;
  readonly datasetVersion: string;
  readonly entities: readonly TableEntity[];
  /** The widest `requireNear` window of any alias, in characters (0 when none has one). */
  readonly widestWindow: number;
}

export interface TableEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
}

export interface TableAlias {
  /** The alias as written in the dataset. */
  readonly text: string;
  /**
   * `foldText(text)`, computed by `compileTable` (the first fold of each character is the slow part
   * of building a matcher).
   */
  readonly key?: string;
  /** `foldText(text, true)` for a case-sensitive alias. */
  readonly caseKey?: string;
  /** Index into `entities`, or -1 for a `notThis` phrase (matched only to be dropped). */
  readonly entity: number;
  readonly kind: AliasKind | 'not-this';
  readonly caseSensitive?: boolean;
  /** Context rules, as in the dataset (entity ids kept as ids). */
  readonly requireNear?: { readonly entities: readonly string[]; readonly window: number };
  readonly requireOnPage?: readonly string[];
  /** For a `notThis` phrase with `notOnPageWith`: the alias indexes it vetoes page-wide. */
  readonly vetoes?: readonly number[];
}

/** One mention found in a text. Offsets are UTF-16 code units into that text. */
export interface Match {
  readonly start: number;
  readonly end: number;
  /** Exactly `text.slice(start, end)`. */
  readonly surface: string;
  /** Dataset id of the entity. */
  readonly entity: string;
  /** Index into `MatcherTable.aliases`: which alias matched (the card says why). */
  readonly alias: number;
  /**
   * Set when the match stands only if the page mentions one of these entities unambiguously
   * (`requireOnPage`); check with `acceptOnPage`.
   */
  readonly needsPage?: readonly string[];
}

/** What a text tells about the whole page, accumulated over a page's chunks. */
export interface PageEvidence {
  /** Entities mentioned by an alias that needs no page-level evidence. */
  readonly entities: Set<string>;
  /** Alias indexes vetoed page-wide (a `notThis` phrase with `notOnPageWith` was seen). */
  readonly vetoed: Set<number>;
}

export interface ScanOptions {
  /** Match demonyms ("Syrian", "Russian"); off by default (a user setting). */
  readonly demonyms?: boolean;
}

export interface ScanResult {
  /**
   * Whole-word, longest-first, non-overlapping mentions, in text order, after `notThis` and
   * `requireNear`. Matches with `needsPage` are candidates until checked against the page's
   * evidence.
   */
  readonly matches: readonly Match[];
  /** The evidence this text adds (merge it into the page's). */
  readonly evidence: PageEvidence;
}

export interface Matcher {
  readonly table: MatcherTable;
  /** One linear pass over `text`. */
  scan(text: string, options?: ScanOptions): ScanResult;
  /**
   * A looser pass, for deciding which parts of a long text need `scan` at all: every offset where
   * an alias occurs, on a word boundary or not, with no context rules, ascending and each once.
   * Every match `scan` would find in any part of the text starts at one of these offsets.
   */
  survey(text: string, options?: ScanOptions): number[];
}
