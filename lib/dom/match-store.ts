/**
 * The matches found on a page, indexed for the three questions the content script asks: which
 * matches touch this text node (hit-testing, rescans), which belong to this entity (counts, first
 * mention, keyboard steps), and which are currently painted.
 */
import type { EntityType } from '../../data/schema';

/** Why a match is not painted right now. */
export type MatchState =
  /** Painted */
  | 'shown'
  /** Waits for page-level evidence (an ambiguous alias's `requireOnPage`) */
  | 'pending'
  /** In text that is not rendered (display: none, visibility: hidden) */
  | 'invisible'
  /** The user's settings filter it out (hidden entity, entity type off) */
  | 'filtered'
  /** Counted but not painted: "first mention only" is on and this is a later one */
  | 'repeat';

export interface MatchRecord {
  readonly id: number;
  readonly entity: string;
  readonly type: EntityType;
  /** Index of the alias in the matcher table (the card says which spelling matched). */
  readonly alias: number;
  readonly surface: string;
  readonly range: StaticRange;
  /** Every text node the match touches, first to last. */
  readonly nodes: readonly Text[];
  readonly root: Document | ShadowRoot;
  /** Entities one of which the page must mention for this match to stand. */
  readonly needsPage: readonly string[] | undefined;
  state: MatchState;
  /** The highlight name it is painted under, while shown. */
  paintedAs: string | undefined;
}

export class MatchStore {
  readonly #byNode = new Map<Text, MatchRecord[]>();
  readonly #byEntity = new Map<string, Set<MatchRecord>>();
  readonly #all = new Set<MatchRecord>();
  #nextId = 1;

  get size(): number {
    return this.#all.size;
  }

  nextId(): number {
    return this.#nextId++;
  }

  add(record: MatchRecord): void {
    this.#all.add(record);
    for (const node of record.nodes) {
      const list = this.#byNode.get(node);
      if (list) list.push(record);
      else this.#byNode.set(node, [record]);
    }
    let set = this.#byEntity.get(record.entity);
    if (!set) this.#byEntity.set(record.entity, (set = new Set()));
    set.add(record);
  }

  delete(record: MatchRecord): void {
    if (!this.#all.delete(record)) return;
    for (const node of record.nodes) {
      const list = this.#byNode.get(node);
      if (!list) continue;
      const index = list.indexOf(record);
      if (index >= 0) list.splice(index, 1);
      if (list.length === 0) this.#byNode.delete(node);
    }
    const set = this.#byEntity.get(record.entity);
    set?.delete(record);
    if (set?.size === 0) this.#byEntity.delete(record.entity);
  }

  /** Matches touching `node`. */
  atNode(node: Text): readonly MatchRecord[] {
    return this.#byNode.get(node) ?? [];
  }

  hasNode(node: Text): boolean {
    return this.#byNode.has(node);
  }

  ofEntity(entity: string): ReadonlySet<MatchRecord> {
    return this.#byEntity.get(entity) ?? new Set();
  }

  entities(): IterableIterator<string> {
    return this.#byEntity.keys();
  }

  all(): IterableIterator<MatchRecord> {
    return this.#all.values();
  }

  /** Remove and return every record for which `test` is true. */
  deleteWhere(test: (record: MatchRecord) => boolean): MatchRecord[] {
    const removed: MatchRecord[] = [];
    for (const record of this.#all) if (test(record)) removed.push(record);
    for (const record of removed) this.delete(record);
    return removed;
  }
}

/** Sort records into document order (shadow trees after their host's preceding text). */
export function inDocumentOrder(records: Iterable<MatchRecord>): MatchRecord[] {
  return [...records].sort(compareRecords);
}

export function compareRecords(a: MatchRecord, b: MatchRecord): number {
  if (a === b) return 0;
  const nodeA = a.range.startContainer;
  const nodeB = b.range.startContainer;
  if (nodeA === nodeB) return a.range.startOffset - b.range.startOffset;
  const position = comparableNode(nodeA).compareDocumentPosition(comparableNode(nodeB));
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  // Same host (text inside a shadow tree vs. its host's light DOM), or unrelated.
  return nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** For ordering, a node inside a shadow tree stands at its host's place. */
function comparableNode(node: Node): Node {
  let current = node;
  for (;;) {
    const root = current.getRootNode();
    if (!(root instanceof ShadowRoot)) return current;
    current = root.host;
  }
}
