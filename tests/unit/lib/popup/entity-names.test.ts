import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentTable } from '../../../../lib/background/dataset-service';
import { CONTENT_TABLE_KEY } from '../../../../lib/matcher/types';
import { listenForMessages } from '../../../../lib/messaging/listen';
import { parseContentTable, parseToBackgroundContent } from '../../../../lib/messaging/protocol';
import { loadEntityNames } from '../../../../lib/popup/entity-names';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadEntityNames', () => {
  it('reads the names from the published content table', async () => {
    await fakeBrowser.storage.local.set({ [CONTENT_TABLE_KEY]: contentTable() });
    const names = await loadEntityNames();
    expect(names['ahmed-al-sharaa']).toBe('Ahmed al-Sharaa');
    expect(Object.keys(names)).toHaveLength(contentTable().entities.length);
  });

  it('asks the background when the stored table is missing or of another build', async () => {
    await fakeBrowser.storage.local.set({ [CONTENT_TABLE_KEY]: { format: 1, entities: [] } });
    listenForMessages(parseToBackgroundContent, (message) =>
      message.type === 'toBackground/contentTable' ? contentTable() : undefined,
    );
    expect((await loadEntityNames())['syria']).toBe('Syria');
  });

  it('gives no names, and throws nothing, when nobody has the table', async () => {
    expect(await loadEntityNames()).toEqual({});
  });
});

describe('parseContentTable', () => {
  it('accepts this build’s table and nothing else', () => {
    expect(parseContentTable(contentTable())).toEqual(contentTable());
    expect(parseContentTable({ ...contentTable(), format: 1 })).toBeUndefined();
    expect(parseContentTable({ ...contentTable(), widestWindow: -1 })).toBeUndefined();
    expect(parseContentTable('table')).toBeUndefined();
  });
});
