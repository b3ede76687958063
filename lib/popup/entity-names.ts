/**
 * The names the popup shows for entity ids (hidden names, a jump's notice). They come from the
 * content table compiled into the bundle at build time: the popup never imports the dataset
 * (style-anchors rule 5), which keeps its bundle small and its first paint quick.
 */
import { contentTable } from '../matcher/content-table';

/** Entity id → name, for every entity of this build's dataset. */
export function entityNames(): Record<string, string> {
  return Object.fromEntries(contentTable().entities.map((entity) => [entity.id, entity.name]));
}
