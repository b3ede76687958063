/**
 * The background's hold on the dataset: it alone imports `data/` (the dataset never enters a page).
 * It compiles the matcher table once and publishes it in `storage.local` for content scripts, and
 * cuts hover-card data for one entity at a time.
 */
import { browser } from 'wxt/browser';
import { DATASET } from '../../data';
import type { Dataset } from '../../data/schema';
import type { CardData } from '../card/card-data';
import { compileTable } from '../matcher/compile';
import { MATCHER_FORMAT, type MatcherTable } from '../matcher/types';

/** Where content scripts find the compiled matcher table. */
export const MATCHER_TABLE_KEY = 'matcherTable';

let compiled: MatcherTable | undefined;

/** The matcher table for the bundled dataset (compiled on first use). */
export function matcherTable(dataset: Dataset = DATASET): MatcherTable {
  if (dataset !== DATASET) return compileTable(dataset);
  compiled ??= compileTable(DATASET);
  return compiled;
}

/** True when a stored table is the one this build would publish. */
export function isCurrentTable(value: unknown, dataset: Dataset = DATASET): value is MatcherTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<MatcherTable>;
  return table.format === MATCHER_FORMAT && table.datasetVersion === dataset.version;
}

/** Write the table to `storage.local` unless the current one is already there. */
export async function publishMatcherTable(): Promise<void> {
  const stored = await browser.storage.local.get(MATCHER_TABLE_KEY);
  if (isCurrentTable(stored[MATCHER_TABLE_KEY])) return;
  await browser.storage.local.set({ [MATCHER_TABLE_KEY]: matcherTable() });
}

/**
 * A hover card's data for `entityId`, with the alias that matched (`aliasIndex` into the published
 * table) explained. Undefined for an unknown entity.
 */
export function cardData(
  entityId: string,
  aliasIndex: number,
  dataset: Dataset = DATASET,
): CardData | undefined {
  const entity = dataset.entities.find((candidate) => candidate.id === entityId);
  if (!entity) return undefined;
  const tableAlias = aliasIndex >= 0 ? matcherTable(dataset).aliases[aliasIndex] : undefined;
  const alias = tableAlias
    ? entity.aliases.find((candidate) => candidate.text === tableAlias.text)
    : undefined;
  const claimIds = new Set(entity.claims);
  return {
    datasetVersion: dataset.version,
    factsAsOf: dataset.factsAsOf,
    entity: {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      description: entity.description,
      nativeNames: entity.nativeNames,
      note: entity.note,
      facts: entity.facts,
      updates: entity.updates,
    },
    alias: alias && {
      text: alias.text,
      kind: alias.kind,
      ...(alias.note ? { note: alias.note } : {}),
      ...(alias.lang ? { lang: alias.lang } : {}),
    },
    claims: dataset.claims
      .filter((claim) => claimIds.has(claim.id))
      .map((claim) => ({
        id: claim.id,
        sentence: claim.sentence,
        text: claim.text,
        kind: claim.kind,
        attribution: claim.attribution,
        check: claim.check,
      })),
  };
}
