/**
 * The background's hold on the dataset: it alone imports `data/` (the dataset never enters a page).
 * It has the matcher table (compiled at build time), runs the matcher for content scripts (they
 * send a page's text and get offsets back), and cuts hover-card data for one entity at a time. (The
 * small content table that pages and the popup need is compiled into their bundles at build time.)
 */
import { browser } from 'wxt/browser';
import { DATASET } from '../../data';
import type { Dataset } from '../../data/schema';
import type { CardData } from '../card/card-data';
import { compileTable } from '../matcher/compile';
import { createMatcher } from '../matcher';
import {
  MATCHER_FORMAT,
  type ContentTable,
  type Matcher,
  type MatcherTable,
} from '../matcher/types';
import type { MatchReply, SurveyReply } from '../messaging/protocol';
import prebuilt from 'virtual:backstory-matcher-table';

/**
 * Where earlier builds kept tables in `storage.local`: the whole matcher table (before matching
 * moved to the background), then the content table (before it was compiled into the bundles).
 */
const OLD_TABLE_KEYS = ['matcherTable', 'contentTable'];

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

/** True when a table (the shipped matcher table) is of this dataset. */
export function isCurrentTable(value: unknown, dataset: Dataset = DATASET): value is ContentTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<ContentTable>;
  return table.format === MATCHER_FORMAT && table.datasetVersion === dataset.version;
}

/** Remove the tables earlier builds kept in `storage.local` (they are part of the code now). */
export async function removeOldTables(): Promise<void> {
  const stored = await browser.storage.local.get(OLD_TABLE_KEYS);
  const present = OLD_TABLE_KEYS.filter((key) => key in stored);
  if (present.length > 0) await browser.storage.local.remove(present);
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
