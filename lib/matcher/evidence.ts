/**
 * Page-level evidence: what the whole page says, accumulated over its texts, and the check that
 * decides an alias needing it. Pure and dependency-free, so the content script uses the same rules
 * as the matcher without bundling the matcher.
 */
import type { Match, PageEvidence } from './types';

/** A page's evidence before anything is scanned. */
export function emptyEvidence(): PageEvidence {
  return { entities: new Set(), vetoed: new Set() };
}

/** Adds `from` to `into`; true if `into` changed. */
export function mergeEvidence(into: PageEvidence, from: PageEvidence): boolean {
  let changed = false;
  for (const entity of from.entities) {
    if (!into.entities.has(entity)) {
      into.entities.add(entity);
      changed = true;
    }
  }
  for (const alias of from.vetoed) {
    if (!into.vetoed.has(alias)) {
      into.vetoed.add(alias);
      changed = true;
    }
  }
  return changed;
}

/** Whether a match (or a record of one) stands given what the whole page says. */
export function acceptOnPage(
  match: Pick<Match, 'alias' | 'needsPage'>,
  evidence: PageEvidence,
): boolean {
  if (evidence.vetoed.has(match.alias)) return false;
  return !match.needsPage || match.needsPage.some((entity) => evidence.entities.has(entity));
}
