/**
 * The matcher's patterns: the distinct folded texts of a table's aliases, in table order, and the
 * aliases behind each. `compileTable` (compiling the automaton it keeps in the table) and
 * `createMatcher` (loading it) derive them the same way, so they agree on pattern numbers.
 */
import { foldText } from './normalize';
import type { MatcherTable } from './types';

export interface PreparedPatterns {
  /** Distinct folded alias texts. */
  readonly patterns: readonly string[];
  /** Aliases of each pattern. */
  readonly patternAliases: readonly (readonly number[])[];
}

export function preparePatterns(table: Pick<MatcherTable, 'aliases'>): PreparedPatterns {
  const patternIndex = new Map<string, number>();
  const patternAliases: number[][] = [];
  table.aliases.forEach((alias, index) => {
    const folded = alias.key ?? foldText(alias.text);
    if (folded.length === 0) {
      throw new Error(`matcher: alias ${index} ("${alias.text}") folds to nothing`);
    }
    let id = patternIndex.get(folded);
    if (id === undefined) {
      id = patternAliases.length;
      patternIndex.set(folded, id);
      patternAliases.push([]);
    }
    patternAliases[id]?.push(index);
  });
  return { patterns: [...patternIndex.keys()], patternAliases };
}
