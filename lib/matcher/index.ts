/**
 * The matcher: every alias of the dataset found in one linear pass over a text, whole words only,
 * insensitive to case, diacritics, typographic variants and look-alike letters, with offsets into
 * the original text. Pure TypeScript, no DOM: the background runs it for every page's scanner, and
 * `npm run scan` runs it over files.
 *
 * How a scan goes:
 *
 * 1. The text is folded as a stream (`normalize.ts`) and fed through an Aho–Corasick DFA
 *    (`automaton.ts`); each pattern end becomes a candidate if it starts and ends on a whole-word
 *    boundary of the original text (and, for case-sensitive aliases, has the alias's capitals).
 * 2. Candidates are resolved deterministically: leftmost first, then longest; a `notThis` phrase takes
 *    part like an alias and, when chosen, hides what it covers. An alias with `requireNear` stands
 *    only when an unambiguous mention of one of its entities is within its window; when several
 *    entities share the alias, the nearest evidence wins.
 * 3. Aliases with `requireOnPage` come out with `needsPage`, to be checked against the page's evidence
 *    (`acceptOnPage`), which the caller accumulates over the page's texts.
 */
import { compileAutomaton, loadAutomaton, type Automaton } from './automaton';
import { preparePatterns, type PreparedPatterns } from './patterns';
import { acceptOnPage } from './evidence';
import { foldCodePoint, foldText, isWordCodePoint } from './normalize';
import type {
  Match,
  Matcher,
  MatcherTable,
  PageEvidence,
  ScanOptions,
  ScanResult,
  TableAlias,
} from './types';

export { compileTable, contentTableOf } from './compile';
export { acceptOnPage, emptyEvidence, mergeEvidence } from './evidence';
export type * from './types';

/** Class-table sentinels for units whose fold is not a single pattern unit. */
const UNKNOWN = 0xffff;
const INVISIBLE = 0xfffe;
const EXPANDS = 0xfffd;
const SPACE = 0xfffc;
const SURROGATE = 0xfffb;
const FIRST_SENTINEL = 0xfffb;

/** How a candidate's alias is decided, in order of preference when several share a span. */
const enum Rank {
  Plain = 0,
  Near = 1,
  OnPage = 2,
  NotThis = 3,
}

interface CompiledAlias {
  readonly source: TableAlias;
  readonly entityId: string | undefined;
  readonly rank: Rank;
  readonly demonym: boolean;
  /** For case-sensitive aliases: the alias folded without lower-casing. */
  readonly caseKey: string | undefined;
  /** Counts as evidence for other aliases' context rules (no context of its own). */
  readonly unambiguous: boolean;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly alias: number;
}

class AutomatonMatcher implements Matcher {
  readonly table: MatcherTable;
  readonly #automaton: Automaton;
  /** Aliases of each pattern (patterns are distinct folded texts). */
  readonly #patternAliases: readonly (readonly number[])[];
  readonly #aliases: readonly CompiledAlias[];
  /**
   * Per pattern: whether its start and its end need a non-word neighbour to be a word's edge: a
   * letter or digit does, and so does a full stop, apostrophe or colon, which join letters into one
   * word (Unicode's word boundaries, UAX #29: "U.S." is not a word of "U.S.C."). Any other end is
   * an edge already: "US$" is a whole word in "US$1,000".
   */
  readonly #startNeedsEdge: readonly boolean[];
  readonly #endNeedsEdge: readonly boolean[];
  /** Raw UTF-16 unit → class of its fold, or a sentinel; filled lazily (UNKNOWN until first seen). */
  readonly #classOf = new Uint16Array(0x10000).fill(UNKNOWN);
  readonly #spaceClass: number;

  constructor(table: MatcherTable, prepared: PreparedPatterns, automaton: Automaton) {
    this.table = table;
    const { patternAliases } = prepared;
    this.#automaton = automaton;
    this.#patternAliases = patternAliases;
    this.#startNeedsEdge = prepared.patterns.map((p) => needsNeighbour(p.codePointAt(0) ?? 0));
    this.#endNeedsEdge = prepared.patterns.map((p) =>
      needsNeighbour(p.codePointAt(p.length - 1) ?? 0),
    );
    this.#aliases = table.aliases.map((alias, index) => {
      const entity = alias.entity >= 0 ? table.entities[alias.entity] : undefined;
      if (alias.entity >= 0 && entity === undefined) {
        throw new Error(`matcher: alias ${index} ("${alias.text}") names no entity`);
      }
      const rank =
        alias.entity < 0
          ? Rank.NotThis
          : alias.requireNear
            ? Rank.Near
            : alias.requireOnPage
              ? Rank.OnPage
              : Rank.Plain;
      return {
        source: alias,
        entityId: entity?.id,
        rank,
        demonym: alias.kind === 'demonym',
        caseKey:
          alias.caseSensitive === true ? (alias.caseKey ?? foldText(alias.text, true)) : undefined,
        unambiguous: rank === Rank.Plain,
      };
    });
    this.#spaceClass = this.#automaton.classOfUnit.get(0x20) ?? 0;
  }

  scan(text: string, options: ScanOptions = {}): ScanResult {
    return this.#resolve(this.#candidates(text, options.demonyms === true, false), text);
  }

  survey(text: string, options: ScanOptions = {}): number[] {
    const found = this.#candidates(text, options.demonyms === true, true);
    return [...new Set(found.map((candidate) => candidate.start))].sort((a, b) => a - b);
  }

  /** The class of a raw UTF-16 unit, computed on first sight. */
  #classify(unit: number): number {
    let cls: number;
    if (unit >= 0xd800 && unit <= 0xdbff) cls = SURROGATE;
    else {
      const fold = foldCodePoint(unit);
      if (fold === '') cls = INVISIBLE;
      else if (fold === ' ') cls = SPACE;
      else if (fold.length === 1) cls = this.#automaton.classOfUnit.get(fold.charCodeAt(0)) ?? 0;
      else cls = EXPANDS;
    }
    this.#classOf[unit] = cls;
    return cls;
  }

  /**
   * Step 1: one pass of the DFA; every pattern end becomes a candidate if it starts and ends on a
   * word boundary (`loose`: wherever it is).
   */
  #candidates(text: string, demonyms: boolean, loose: boolean): Candidate[] {
    const automaton = this.#automaton;
    const { delta, root, firstOutputRow, longestPattern, classOfUnit } = automaton;
    const classOf = this.#classOf;
    const spaceClass = this.#spaceClass;
    // Ring buffer: original offset of each of the last folded units (-1: inside an expansion).
    let size = 1;
    while (size <= longestPattern) size <<= 1;
    const mask = size - 1;
    const origin = new Int32Array(size);
    const found: Candidate[] = [];

    let row = root;
    let folded = 0;
    let lastWasSpace = true;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const unit = text.charCodeAt(i);
      let cls = classOf[unit] ?? UNKNOWN;
      if (cls === UNKNOWN) cls = this.#classify(unit);
      if (cls < FIRST_SENTINEL) {
        // The common case: one unit in, one folded unit out.
        lastWasSpace = false;
        const from = row;
        row = delta[from + cls] ?? 0;
        if (row === 0) row = automaton.resolve(from, cls);
        origin[folded & mask] = i;
        folded++;
        if (row >= firstOutputRow)
          this.#collect(text, row, folded, i + 1, origin, mask, found, demonyms, loose);
        continue;
      }
      if (cls === INVISIBLE) continue;
      if (cls === SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
        const from = row;
        row = delta[from + spaceClass] ?? 0;
        if (row === 0) row = automaton.resolve(from, spaceClass);
        origin[folded & mask] = i;
        folded++;
        if (row >= firstOutputRow)
          this.#collect(text, row, folded, i + 1, origin, mask, found, demonyms, loose);
        continue;
      }
      // An expansion or a character outside the BMP: fold it here, unit by unit.
      let codePoint = unit;
      if (cls === SURROGATE) codePoint = text.codePointAt(i) ?? unit;
      const width = codePoint > 0xffff ? 2 : 1;
      const fold = foldCodePoint(codePoint);
      if (fold.length > 0) {
        lastWasSpace = fold === ' ';
        for (let k = 0; k < fold.length; k++) {
          const unitClass = classOfUnit.get(fold.charCodeAt(k)) ?? 0;
          const from = row;
          row = delta[from + unitClass] ?? 0;
          if (row === 0) row = automaton.resolve(from, unitClass);
          origin[folded & mask] = k === 0 ? i : -1;
          folded++;
        }
        if (row >= firstOutputRow) {
          this.#collect(text, row, folded, i + width, origin, mask, found, demonyms, loose);
        }
      }
      i += width - 1;
    }
    return found;
  }

  #collect(
    text: string,
    row: number,
    folded: number,
    endAt: number,
    origin: Int32Array,
    mask: number,
    found: Candidate[],
    demonyms: boolean,
    loose: boolean,
  ): void {
    const { patternLength } = this.#automaton;
    let end = -1;
    let boundaryAtEnd: boolean | undefined;
    for (const pattern of this.#automaton.outputsAt(row)) {
      const start = origin[(folded - (patternLength[pattern] ?? 0)) & mask] ?? -1;
      if (start < 0) continue;
      if (!loose && this.#startNeedsEdge[pattern] === true && !boundaryBefore(text, start))
        continue;
      if (end < 0) end = extendOverMarks(text, endAt);
      if (!loose && this.#endNeedsEdge[pattern] === true) {
        boundaryAtEnd ??= boundaryAfter(text, end);
        if (!boundaryAtEnd) continue;
      }
      for (const alias of this.#patternAliases[pattern] ?? []) {
        const compiled = this.#aliases[alias];
        if (compiled === undefined) continue;
        if (compiled.demonym && !demonyms) continue;
        if (
          compiled.caseKey !== undefined &&
          foldText(text.slice(start, end), true) !== compiled.caseKey
        ) {
          continue;
        }
        found.push({ start, end, alias });
      }
    }
  }

  /** Steps 2 and 3: choose among overlapping candidates, apply context rules, gather evidence. */
  #resolve(candidates: Candidate[], text: string): ScanResult {
    const aliases = this.#aliases;
    const rankOf = (c: Candidate) => aliases[c.alias]?.rank ?? Rank.NotThis;
    candidates.sort(
      (a, b) => a.start - b.start || b.end - a.end || rankOf(a) - rankOf(b) || a.alias - b.alias,
    );

    // Evidence for `requireNear`: where unambiguous mentions stand when near-rules are left out.
    const near = new Map<string, number[]>();
    let needNear = false;
    let reach = -1;
    for (const candidate of candidates) {
      const alias = aliases[candidate.alias];
      if (alias === undefined) continue;
      if (alias.rank === Rank.Near) {
        needNear = true;
        continue;
      }
      if (candidate.start < reach) continue;
      reach = candidate.end;
      if (alias.unambiguous && alias.entityId !== undefined) {
        const spans = near.get(alias.entityId) ?? [];
        spans.push(candidate.start, candidate.end);
        near.set(alias.entityId, spans);
      }
    }

    const matches: Match[] = [];
    const evidence: PageEvidence = { entities: new Set(), vetoed: new Set() };
    reach = -1;
    for (let g = 0; g < candidates.length;) {
      const first = candidates[g];
      if (first === undefined) break;
      // A group: the candidates sharing one span (one pattern, several aliases).
      let h = g + 1;
      while (
        h < candidates.length &&
        candidates[h]?.start === first.start &&
        candidates[h]?.end === first.end
      ) {
        h++;
      }
      if (first.start < reach) {
        g = h;
        continue;
      }
      let chosen: Candidate | undefined;
      let chosenDistance = Infinity;
      for (let k = g; k < h; k++) {
        const candidate = candidates[k];
        const alias = candidate && aliases[candidate.alias];
        if (!candidate || !alias) continue;
        if (alias.rank !== Rank.Near) {
          if (!chosen) chosen = candidate;
          break;
        }
        if (!needNear) continue;
        const rule = alias.source.requireNear;
        const distance = rule ? nearest(near, rule.entities, candidate) : Infinity;
        if (rule && distance <= rule.window && distance < chosenDistance) {
          chosen = candidate;
          chosenDistance = distance;
        }
      }
      g = h;
      if (!chosen) continue;
      reach = chosen.end;
      const alias = aliases[chosen.alias];
      if (!alias) continue;
      if (alias.entityId === undefined) {
        for (const vetoed of alias.source.vetoes ?? []) evidence.vetoed.add(vetoed);
        continue;
      }
      const needsPage = alias.source.requireOnPage;
      matches.push({
        start: chosen.start,
        end: chosen.end,
        surface: text.slice(chosen.start, chosen.end),
        entity: alias.entityId,
        alias: chosen.alias,
        ...(needsPage ? { needsPage } : {}),
      });
      if (alias.unambiguous) evidence.entities.add(alias.entityId);
    }
    return { matches, evidence };
  }
}

function samePatterns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((pattern, i) => pattern === b[i]);
}

/** Distance in characters from a candidate to the nearest evidence of these entities. */
function nearest(
  near: ReadonlyMap<string, number[]>,
  entities: readonly string[],
  candidate: Candidate,
): number {
  let best = Infinity;
  for (const entity of entities) {
    const spans = near.get(entity);
    if (!spans) continue;
    for (let s = 0; s < spans.length; s += 2) {
      const start = spans[s] ?? 0;
      const end = spans[s + 1] ?? 0;
      const distance = Math.max(0, start - candidate.end, candidate.start - end);
      if (distance < best) best = distance;
    }
  }
  return best;
}

/** See `AutomatonMatcher.#startNeedsEdge`. */
function needsNeighbour(codePoint: number): boolean {
  return (
    isWordCodePoint(codePoint) || codePoint === 0x2e || codePoint === 0x27 || codePoint === 0x3a
  );
}

/** The code point before `index`, skipping invisible characters (which fold to nothing). */
function boundaryBefore(text: string, index: number): boolean {
  let i = index;
  while (i > 0) {
    let codePoint = text.charCodeAt(i - 1);
    let width = 1;
    if (codePoint >= 0xdc00 && codePoint <= 0xdfff && i > 1) {
      const high = text.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        codePoint = ((high - 0xd800) << 10) + (codePoint - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (foldCodePoint(codePoint) !== '' || isWordCodePoint(codePoint)) {
      return !isWordCodePoint(codePoint);
    }
    i -= width;
  }
  return true;
}

/** The code point at `index` and after, skipping invisible characters. */
function boundaryAfter(text: string, index: number): boolean {
  let i = index;
  while (i < text.length) {
    const codePoint = text.codePointAt(i) ?? 0;
    if (foldCodePoint(codePoint) !== '' || isWordCodePoint(codePoint)) {
      return !isWordCodePoint(codePoint);
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  return true;
}

/** Combining marks after a match belong to its last letter ("Syriá" written with U+0301). */
function extendOverMarks(text: string, index: number): number {
  let i = index;
  while (i < text.length && MARK.test(text[i] ?? '')) i++;
  return i;
}
const MARK = /^\p{M}$/u;

/** Builds a matcher from a compiled table (see `compileTable`). */
export function createMatcher(table: MatcherTable): Matcher {
  const prepared = preparePatterns(table);
  const shipped = table.automaton;
  // A table without its automaton (tests, tools), or from another build: compile it here.
  const compiled =
    shipped && samePatterns(shipped.patterns, prepared.patterns)
      ? shipped
      : compileAutomaton(prepared.patterns);
  return new AutomatonMatcher(table, prepared, loadAutomaton(compiled));
}

/**
 * The matches of a text taken as a whole page: its own evidence decides `requireOnPage` and the
 * page-wide vetoes. This is what `npm run scan` prints.
 */
export function scanText(matcher: Matcher, text: string, options?: ScanOptions): Match[] {
  const { matches, evidence } = matcher.scan(text, options);
  return matches.filter((match) => acceptOnPage(match, evidence));
}
