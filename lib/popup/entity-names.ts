/**
 * The names the popup shows for entity ids (hidden names, a jump's notice). They come from the
 * content table the background publishes in `storage.local`: the popup never imports the dataset
 * (style-anchors rule 5), which keeps its bundle small and its first paint quick.
 */
import { browser } from 'wxt/browser';
import { CONTENT_TABLE_KEY } from '../matcher/types';
import { parseContentTable } from '../messaging/protocol';

/** Entity id → name; empty when neither `storage.local` nor the background has the table. */
export async function loadEntityNames(): Promise<Record<string, string>> {
  const stored = await browser.storage.local.get(CONTENT_TABLE_KEY);
  let table = parseContentTable(stored[CONTENT_TABLE_KEY]);
  if (!table) {
    const reply: unknown = await browser.runtime
      .sendMessage({ type: 'toBackground/contentTable' })
      .catch(() => undefined);
    table = parseContentTable(reply);
  }
  return Object.fromEntries((table?.entities ?? []).map((entity) => [entity.id, entity.name]));
}
