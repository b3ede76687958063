import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleText } from '../../../../data/article';
import { DATASET } from '../../../../data/index';
import {
  isCurrentTable,
  matcherTable,
  matchText,
  removeOldTables,
  surveyText,
} from '../../../../lib/background/dataset-service';
import { compileTable, contentTableOf, createMatcher } from '../../../../lib/matcher';
import { contentTable } from '../../../../lib/matcher/content-table';
import prebuilt from 'virtual:backstory-matcher-table';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the matcher in the background', () => {
  const local = createMatcher(compileTable(DATASET));

  it('matches a page text exactly as the matcher does, in a JSON-safe reply', () => {
    const text = articleText();
    const reply = matchText(text, false);
    const expected = local.scan(text);
    expect(reply.matches).toEqual(expected.matches);
    expect(new Set(reply.evidence.entities)).toEqual(expected.evidence.entities);
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('surveys every place a match starts', () => {
    const text = articleText();
    const starts = new Set(surveyText(text, false).starts);
    const matches = matchText(text, false).matches;
    expect(matches.length).toBeGreaterThan(30);
    for (const match of matches) expect(starts.has(match.start)).toBe(true);
  });

  it('obeys the demonym setting', () => {
    expect(matchText('Syrian troops', false).matches).toEqual([]);
    expect(matchText('Syrian troops', true).matches.map((m) => m.entity)).toEqual(['syria']);
  });
});

describe('the matcher table', () => {
  it('comes compiled with the build, and the background uses that one', () => {
    expect(prebuilt).toEqual(compileTable(DATASET));
    expect(matcherTable()).toBe(prebuilt);
  });
});

describe('the content table', () => {
  it('holds the entities and the widest context window, nothing of the aliases', () => {
    const table = contentTable();
    expect(table.entities.map((entity) => entity.id)).toEqual(DATASET.entities.map((e) => e.id));
    expect(table.widestWindow).toBe(200);
    expect(Object.keys(table).sort()).toEqual(
      ['datasetVersion', 'entities', 'format', 'widestWindow'].sort(),
    );
    expect(JSON.stringify(table).length).toBeLessThan(5000);
  });

  it('comes compiled with the build, as the dataset makes it', () => {
    expect(contentTable()).toEqual(contentTableOf(compileTable(DATASET)));
    expect(contentTable()).toBe(contentTable());
  });

  it('replaces the tables earlier builds kept in storage.local, which are removed', async () => {
    await fakeBrowser.storage.local.set({
      matcherTable: { format: 2, aliases: [] },
      contentTable: { format: 3, entities: [] },
      settingsSnapshot: { enabled: false },
    });
    await removeOldTables();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      settingsSnapshot: { enabled: false },
    });
  });
});

describe('isCurrentTable', () => {
  it('accepts a table of this dataset only', () => {
    expect(isCurrentTable(prebuilt)).toBe(true);
    expect(isCurrentTable({ ...contentTable(), datasetVersion: 'old' })).toBe(false);
    expect(isCurrentTable({ ...contentTable(), format: 1 })).toBe(false);
    expect(isCurrentTable('table')).toBe(false);
  });
});
