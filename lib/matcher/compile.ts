/**
 * Compiles the dataset into the matcher's table: the entities' ids, names and types, every alias
 * with its context rules, and every `notThis` phrase as an alias of no entity. The background does
 * this once; content scripts get only its entities (`contentTableOf`).
 */
import type { Dataset } from '../../data/schema';
import { compileAutomaton } from './automaton';
import { foldText } from './normalize';
import { preparePatterns } from './patterns';
import {
  MATCHER_FORMAT,
  type ContentTable,
  type MatcherTable,
  type TableAlias,
  type TableEntity,
} from './types';

export function compileTable(dataset: Dataset): MatcherTable {
  const entities: TableEntity[] = dataset.entities.map(({ id, name, type }) => ({
    id,
    name,
    type,
  }));
  const aliases: TableAlias[] = [];
  // notThis phrases, keyed by their fold so a phrase listed by several aliases is matched once
  // and vetoes all of them. A case-sensitive alias's phrases keep its capitals: "FOLLOW US" is
  // the pronoun, "follow US sanctions" the country.
  const notThis = new Map<string, { text: string; caseSensitive: boolean; vetoes: number[] }>();

  dataset.entities.forEach((entity, entityIndex) => {
    for (const alias of entity.aliases) {
      const index = aliases.length;
      const context = alias.context;
      aliases.push({
        text: alias.text,
        key: foldText(alias.text),
        entity: entityIndex,
        kind: alias.kind,
        ...(alias.caseSensitive === true
          ? { caseSensitive: true, caseKey: foldText(alias.text, true) }
          : {}),
        ...(context?.requireNear ? { requireNear: context.requireNear } : {}),
        ...(context?.requireOnPage ? { requireOnPage: context.requireOnPage } : {}),
      });
      const caseSensitive = alias.caseSensitive === true;
      for (const phrase of context?.notThis ?? []) {
        const key = caseSensitive ? `case:${foldText(phrase, true)}` : foldText(phrase);
        const entry = notThis.get(key) ?? { text: phrase, caseSensitive, vetoes: [] };
        const pageWide = context?.notOnPageWith;
        if (pageWide === true || (Array.isArray(pageWide) && pageWide.includes(phrase))) {
          entry.vetoes.push(index);
        }
        notThis.set(key, entry);
      }
    }
  });

  for (const { text, caseSensitive, vetoes } of notThis.values()) {
    aliases.push({
      text,
      key: foldText(text),
      entity: -1,
      kind: 'not-this',
      ...(caseSensitive ? { caseSensitive: true, caseKey: foldText(text, true) } : {}),
      ...(vetoes.length > 0 ? { vetoes } : {}),
    });
  }

  const { patterns } = preparePatterns({ aliases });
  return {
    format: MATCHER_FORMAT,
    datasetVersion: dataset.version,
    entities,
    aliases,
    automaton: compileAutomaton(patterns),
  };
}

/** The part of a table a content script needs (see `ContentTable`). */
export function contentTableOf(table: MatcherTable): ContentTable {
  return {
    format: table.format,
    datasetVersion: table.datasetVersion,
    entities: table.entities,
    widestWindow: table.aliases.reduce(
      (widest, alias) => Math.max(widest, alias.requireNear?.window ?? 0),
      0,
    ),
  };
}
