/**
 * The background's hold on the dataset: it alone imports `data/` (the dataset never enters a page).
 * It has the matcher table (compiled at build time), runs the matcher for content scripts (they
 * send a page's text and get offsets back), publishes the small content table in `storage.local`,
 * and cuts hover-card data for one entity at a time.
 */
import { browser } from 'wxt/browser';
import { DATASET } from '../../data';
import type { Dataset } from '../../data/schema';
import type { CardData } from '../card/card-data';
import { compileTable, contentTableOf } from '../matcher/compile';
import { createMatcher } from '../matcher';
import {
  CONTENT_TABLE_KEY,
  MATCHER_FORMAT,
  type ContentTable,
  type Matcher,
  type MatcherTable,
} from '../matcher/types';
import type { MatchReply, SurveyReply } from '../messaging/protocol';
import prebuilt from 'virtual:backstory-matcher-table';

/** Where builds before the background matcher kept the whole table (removed on publish). */
const OLD_TABLE_KEY = 'matcherTable';

let compiled: MatcherTable | undefined;
let matcher: Matcher | undefined;

/**
 * The matcher table for the bundled dataset: the one compiled at build time, or (in development, or
 * should it not match this dataset) compiled on first use.
 */
export function matcherTable(dataset: Dataset = DATASET): MatcherTable {
  if (dataset !== DATASET) return compileTable(dataset);
  compiled ??= shippedTable() ?? compileTable(DATASET);
  return compiled;
}

/** The table compiled at build time, when there is one and it is of this dataset. */
function shippedTable(): MatcherTable | undefined {
  const table: unknown = prebuilt;
  return isCurrentTable(table) && Array.isArray((table as Partial<MatcherTable>).aliases)
    ? (table as unknown as MatcherTable)
    : undefined;
}

/** What content scripts need of the table. */
export function contentTable(): ContentTable {
  return contentTableOf(matcherTable());
}

/** True when a table (the stored content table, the shipped matcher table) is of this dataset. */
export function isCurrentTable(value: unknown, dataset: Dataset = DATASET): value is ContentTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<ContentTable>;
  return table.format === MATCHER_FORMAT && table.datasetVersion === dataset.version;
}

/** Write the content table to `storage.local` unless the current one is already there. */
export async function publishContentTable(): Promise<void> {
  const stored = await browser.storage.local.get([CONTENT_TABLE_KEY, OLD_TABLE_KEY]);
  if (OLD_TABLE_KEY in stored) await browser.storage.local.remove(OLD_TABLE_KEY);
  if (isCurrentTable(stored[CONTENT_TABLE_KEY])) return;
  await browser.storage.local.set({ [CONTENT_TABLE_KEY]: contentTable() });
}

function pageMatcher(): Matcher {
  matcher ??= createMatcher(matcherTable());
  return matcher;
}

/** `toBackground/survey`: where a name may start in a page's text. */
export function surveyText(text: string, demonyms: boolean): SurveyReply {
  return { starts: pageMatcher().survey(text, { demonyms }) };
}

/** `toBackground/match`: the matches in a page's text and its evidence, JSON-safe. */
export function matchText(text: string, demonyms: boolean): MatchReply {
  const { matches, evidence } = pageMatcher().scan(text, { demonyms });
  return {
    matches,
    evidence: { entities: [...evidence.entities], vetoed: [...evidence.vetoed] },
  };
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
