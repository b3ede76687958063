/**
 * A deliberately simple Matcher for DOM tests: exact, case-sensitive, whole-word literal aliases,
 * leftmost-longest. It stands in for the real matcher so the scanner's own logic is tested in
 * isolation.
 */
import type { EntityType } from '../../../data/schema';
import {
  MATCHER_FORMAT,
  type Match,
  type Matcher,
  type MatcherTable,
  type ScanResult,
} from '../../../lib/matcher/types';

export interface SimpleAlias {
  text: string;
  entity: string;
  type: EntityType;
  requireOnPage?: string[];
  demonym?: boolean;
}

export function simpleMatcher(aliases: SimpleAlias[]): Matcher {
  const entities = [...new Map(aliases.map((a) => [a.entity, a.type])).entries()].map(
    ([id, type]) => ({
      id,
      name: id,
      type,
    }),
  );
  const table: MatcherTable = {
    format: MATCHER_FORMAT,
    datasetVersion: 'test',
    entities,
    aliases: aliases.map((alias) => ({
      text: alias.text,
      entity: entities.findIndex((e) => e.id === alias.entity),
      kind: alias.demonym ? 'demonym' : 'name',
      requireOnPage: alias.requireOnPage,
    })),
  };
  const word = /[\p{L}\p{N}]/u;
  return {
    table,
    scan(text, options = {}): ScanResult {
      const candidates: Match[] = [];
      aliases.forEach((alias, index) => {
        if (alias.demonym && !options.demonyms) return;
        for (let at = text.indexOf(alias.text); at >= 0; at = text.indexOf(alias.text, at + 1)) {
          const end = at + alias.text.length;
          if (word.test(text[at - 1] ?? '') || word.test(text[end] ?? '')) continue;
          candidates.push({
            start: at,
            end,
            surface: alias.text,
            entity: alias.entity,
            alias: index,
            ...(alias.requireOnPage ? { needsPage: alias.requireOnPage } : {}),
          });
        }
      });
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const matches: Match[] = [];
      let last = -1;
      for (const candidate of candidates) {
        if (candidate.start < last) continue;
        matches.push(candidate);
        last = candidate.end;
      }
      const entitiesSeen = new Set(matches.filter((m) => !m.needsPage).map((m) => m.entity));
      return { matches, evidence: { entities: entitiesSeen, vetoed: new Set() } };
    },
    survey(text, options = {}) {
      // Every occurrence, word boundary or not.
      const starts = new Set<number>();
      for (const alias of aliases) {
        if (alias.demonym && !options.demonyms) continue;
        for (let at = text.indexOf(alias.text); at >= 0; at = text.indexOf(alias.text, at + 1)) {
          starts.add(at);
        }
      }
      return [...starts].sort((a, b) => a - b);
    },
  };
}
