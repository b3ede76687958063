/**
 * The settings in `storage.sync`: format, chunking, merge rule (issue 7, PRODUCT.md section 6).
 *
 * `storage.sync` holds only what users changed, never defaults, so a fresh install has nothing to
 * write and cannot overwrite another device's choices. Keys (sync format 1):
 *
 * - `settings` → `{ f: 1, v: SETTINGS_VERSION, r: [[path, value, t, d], …] }`: one entry per field a
 *   user set on some device (`enabled`, `colors.person`, …): its value, its stamp time `t` (hybrid
 *   clock, ms) and the device id `d` that wrote it.
 * - `list:<name>` (`list:disabledSites`, `list:hiddenEntities`) → the manifest `{ f: 1, g, n, h, c
 *   }`: the write id `g` (random, new on every write), the number of chunks `n`, `h` the SHA-256
 *   (first 16 hex digits) of the chunks' text joined, and `c` the number of items.
 * - `list:<name>:<i>` for i < n → `{ g, p }`: the i-th piece of the list's payload, tagged with the
 *   write id it belongs to.
 *
 * A list's payload is the JSON `{ c: [[device, counter], …], e: [[item, deviceIndex, counter, …],
 * …] }` (the observed-remove set of crdt.ts: its causal context `c`, then each item with its dots,
 * each dot as an index into `c` and a counter), deflated (zlib, with its Adler-32 check) and
 * base64-encoded, then cut into pieces that keep every item under the per-item quota. Measured:
 * 5,000 sites of 16 characters on average, added one by one on three devices, take 64,133 bytes in
 * 10 items, so about 7,500 such sites fit in the 102,400-byte total.
 *
 * Every chunk of one write carries that write's `g`, so a reader can tell a list that another
 * device is still writing (chunks that arrived one by one, some still from an older write): a list
 * whose chunks do not all carry the manifest's `g` is incomplete and ignored until it is complete;
 * one whose chunks match but whose hash, compression or JSON fails is corrupt, kept in quarantine
 * and rewritten. A list left incomplete past a grace period is rewritten only by a device that has
 * changes of its own to it that sync lacks: any other copy (a fresh install's, empty) could only
 * take the half-written list's entries away from everyone who has not read them yet. Stale chunks
 * past `n` are removed by the same write, after its items, so that readers see the old list until
 * the new one is whole; unless that would take sync over its quota mid-way (one list shrinking
 * while another grows), in which case they are removed first, and readers see the shrinking list as
 * incomplete until the items land.
 *
 * Merge rule: when another device's change arrives (`storage.onChanged`, area `sync`), each field
 * is last-writer-wins by (t, d); the lists merge as observed-remove sets, so concurrent additions
 * all survive and removals stay removed (see crdt.ts). Then, if this device knows anything the sync
 * copy lacks, it writes its merged state back (debounced), so every device converges on the join of
 * all changes. The browser resolves concurrent writes of one item by keeping the last; the loser
 * sees the winner's value, merges it and writes the join, so nothing is lost.
 *
 * Quotas: every item stays under `QUOTA_BYTES_PER_ITEM` (8,192 bytes, key + JSON value), all of
 * them under `QUOTA_BYTES` (102,400) and `MAX_ITEMS` (512), with margins ({@link SYNC_LIMITS}); a
 * list that does not fit is kept on this device and reported, never cut (a partial list would read
 * as removals). Write rates are enforced by the background (lib/background/settings-sync.ts).
 */
import * as v from 'valibot';
import {
  emptySet,
  setFromParts,
  setEqual,
  setIsPristine,
  type Dot,
  type ObservedSet,
  type Register,
} from './crdt';
import { readStoredRegisters, sameContent, type DocPart, type SettingsDoc } from './doc';
import { LIST_NAMES, SETTINGS_VERSION, type FieldIssue, type ListName } from './schema';

export const SYNC_FORMAT = 1;
export const SETTINGS_ITEM = 'settings';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function manifestKey(list: ListName): string {
  return `list:${list}`;
}

export function chunkKey(list: ListName, index: number): string {
  return `list:${list}:${index}`;
}

/** The browser's `storage.sync` limits (Chrome's `chrome.storage.sync` constants; Firefox's match). */
export const SYNC_QUOTA = {
  bytesPerItem: 8192,
  bytes: 102_400,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1800,
} as const;

/** What Backstory allows itself: the quotas with margins. */
export const SYNC_LIMITS = {
  /** Key + JSON value of one item. */
  bytesPerItem: 8000,
  bytes: 97_000,
  items: 480,
  writesPerMinute: 100,
  writesPerHour: 1500,
} as const;

/** Characters of payload per chunk: the item limit less the key and the `{"g":…,"p":…}` wrapper. */
const PIECE_LENGTH = SYNC_LIMITS.bytesPerItem - 96;

const encoder = new TextEncoder();

/** An item's size as the browser counts it: the key's length plus its value's JSON. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

// Codec ------------------------------------------------------------------------------------------

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipeThrough(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

async function deflate(text: string): Promise<string> {
  return toBase64(await pipeThrough(encoder.encode(text), new CompressionStream('deflate')));
}

async function inflate(base64: string): Promise<string> {
  const bytes = await pipeThrough(fromBase64(base64), new DecompressionStream('deflate'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

async function hash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return [...new Uint8Array(digest).subarray(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

/** A random write id. */
export function newWriteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((byte) => (byte % 36).toString(36)).join('');
}

// Lists ------------------------------------------------------------------------------------------

function listPayload(set: ObservedSet): string {
  const devices = [...set.ctx.keys()].sort();
  const index = new Map(devices.map((device, i) => [device, i]));
  const entries = [...set.entries]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([item, dots]) => [item, ...dots.flatMap((dot) => [index.get(dot[0])!, dot[1]])]);
  return JSON.stringify({ c: devices.map((device) => [device, set.ctx.get(device)]), e: entries });
}

const PayloadSchema = v.object({
  c: v.array(
    v.tuple([
      v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
      v.pipe(v.number(), v.integer(), v.minValue(1)),
    ]),
  ),
  e: v.array(
    v.pipe(
      v.array(v.union([v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))])),
      v.minLength(3),
    ),
  ),
});

function parsePayload(text: string): ObservedSet | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'the list is not valid JSON';
  }
  const parsed = v.safeParse(PayloadSchema, json);
  if (!parsed.success) return 'the list does not have the expected shape';
  const devices = parsed.output.c.map(([device]) => device);
  const entries: [string, Dot[]][] = [];
  for (const [item, ...rest] of parsed.output.e) {
    if (typeof item !== 'string' || rest.length % 2 !== 0) return 'a list entry is malformed';
    const dots: Dot[] = [];
    for (let i = 0; i < rest.length; i += 2) {
      const device = devices[rest[i] as number];
      const counter = rest[i + 1];
      if (device === undefined || typeof counter !== 'number' || counter < 1) {
        return 'a list entry refers to an unknown device';
      }
      dots.push([device, counter]);
    }
    entries.push([item, dots]);
  }
  return setFromParts(parsed.output.c, entries);
}

/** The sync items of one list, written under write id `g`. */
export async function encodeList(
  list: ListName,
  set: ObservedSet,
  g: string = newWriteId(),
): Promise<Record<string, unknown>> {
  const payload = await deflate(listPayload(set));
  const pieces: string[] = [];
  for (let i = 0; i < payload.length || pieces.length === 0; i += PIECE_LENGTH) {
    pieces.push(payload.slice(i, i + PIECE_LENGTH));
  }
  const items: Record<string, unknown> = {
    [manifestKey(list)]: {
      f: SYNC_FORMAT,
      g,
      n: pieces.length,
      h: await hash(pieces.join('')),
      c: set.entries.size,
    },
  };
  pieces.forEach((piece, index) => (items[chunkKey(list, index)] = { g, p: piece }));
  return items;
}

const ManifestSchema = v.object({
  f: v.pipe(v.number(), v.integer()),
  g: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  n: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SYNC_QUOTA.items)),
  h: v.string(),
  c: v.optional(v.number()),
});
const ChunkSchema = v.object({ g: v.string(), p: v.string() });

export type RemoteList =
  | { readonly status: 'absent' }
  | { readonly status: 'complete'; readonly g: string; readonly n: number }
  /** Another device is mid-write (or was interrupted): some chunks are missing or older. */
  | { readonly status: 'incomplete'; readonly g: string; readonly n: number }
  /** Every chunk is there but the list does not decode. */
  | { readonly status: 'corrupt'; readonly g: string; readonly n: number; readonly reason: string }
  /** Written in a newer sync format. */
  | { readonly status: 'future'; readonly format: number };

async function decodeList(
  list: ListName,
  items: Readonly<Record<string, unknown>>,
): Promise<{ state: RemoteList; set?: ObservedSet; raw?: unknown }> {
  const rawManifest = items[manifestKey(list)];
  if (rawManifest === undefined) return { state: { status: 'absent' } };
  const manifest = v.safeParse(ManifestSchema, rawManifest);
  if (!manifest.success) {
    const f = isRecord(rawManifest) ? rawManifest.f : undefined;
    if (typeof f === 'number' && f > SYNC_FORMAT) {
      return { state: { status: 'future', format: f }, raw: rawManifest };
    }
    return {
      state: { status: 'corrupt', g: '', n: 0, reason: 'the list manifest is malformed' },
      raw: rawManifest,
    };
  }
  const { f, g, n, h } = manifest.output;
  if (f > SYNC_FORMAT) return { state: { status: 'future', format: f }, raw: rawManifest };
  const pieces: string[] = [];
  const raw: Record<string, unknown> = { [manifestKey(list)]: rawManifest };
  for (let i = 0; i < n; i++) {
    const value = items[chunkKey(list, i)];
    raw[chunkKey(list, i)] = value;
    const chunk = v.safeParse(ChunkSchema, value);
    if (!chunk.success || chunk.output.g !== g) return { state: { status: 'incomplete', g, n } };
    pieces.push(chunk.output.p);
  }
  const joined = pieces.join('');
  const corrupt = (reason: string) => ({
    state: { status: 'corrupt', g, n, reason } as const,
    raw,
  });
  if ((await hash(joined)) !== h) return corrupt('the list does not match its checksum');
  let text: string;
  try {
    text = await inflate(joined);
  } catch {
    return corrupt('the list does not decompress');
  }
  const set = parsePayload(text);
  if (typeof set === 'string') return corrupt(set);
  return { state: { status: 'complete', g, n }, set };
}

/** What `storage.sync` holds, read and checked. */
export interface RemoteView {
  /** The registers and complete lists, ready to merge. */
  readonly part: DocPart;
  readonly lists: Readonly<Record<ListName, RemoteList>>;
  readonly settingsItem: 'absent' | 'ok' | 'invalid' | 'future';
  /** Set when a newer version of Backstory wrote to sync: this one must not overwrite it. */
  readonly newer?: { readonly what: string };
  /** Values that failed validation, with their raw data (for the quarantine). */
  readonly issues: readonly FieldIssue[];
  /** Every key in the sync area with its size in bytes. */
  readonly sizes: ReadonlyMap<string, number>;
}

const SettingsItemSchema = v.object({
  f: v.pipe(v.number(), v.integer()),
  v: v.pipe(v.number(), v.integer(), v.minValue(1)),
  r: v.array(v.unknown()),
});

/**
 * Read `storage.sync`'s items (all of them, as `get(null)` returns them). Never throws: what does
 * not validate is reported and left out of the merge.
 */
export async function decodeSync(items: Readonly<Record<string, unknown>>): Promise<RemoteView> {
  const issues: FieldIssue[] = [];
  const sizes = new Map(Object.entries(items).map(([key, value]) => [key, itemBytes(key, value)]));
  let settingsItem: RemoteView['settingsItem'] = 'absent';
  let newer: RemoteView['newer'];
  let registers = new Map<string, Register>();
  let version: number | undefined;
  const rawSettings = items[SETTINGS_ITEM];
  if (rawSettings !== undefined) {
    const parsed = v.safeParse(SettingsItemSchema, rawSettings);
    if (!parsed.success) {
      settingsItem = 'invalid';
      issues.push({
        path: `sync:${SETTINGS_ITEM}`,
        raw: rawSettings,
        reason: 'is not a settings item',
      });
    } else if (parsed.output.f > SYNC_FORMAT) {
      settingsItem = 'future';
      newer = { what: `sync format ${parsed.output.f}` };
      issues.push({
        path: `sync:${SETTINGS_ITEM}`,
        raw: rawSettings,
        reason: `was written by a newer version of Backstory (sync format ${parsed.output.f})`,
      });
    } else {
      settingsItem = parsed.output.v > SETTINGS_VERSION ? 'future' : 'ok';
      version = parsed.output.v;
      if (parsed.output.v > SETTINGS_VERSION) {
        newer = { what: `settings version ${parsed.output.v}` };
        issues.push({
          path: `sync:${SETTINGS_ITEM}`,
          raw: rawSettings,
          reason: `was written by a newer version of Backstory (settings version ${parsed.output.v}); what validates is used`,
        });
      }
      // Even from a newer version, the stamped fields are read: unknown ones are carried, not lost.
      registers = readStoredRegisters(parsed.output.r, `sync:${SETTINGS_ITEM}`, issues);
    }
  }
  const lists = {} as Record<ListName, RemoteList>;
  const partLists: Partial<Record<ListName, ObservedSet>> = {};
  for (const list of LIST_NAMES) {
    const decoded = await decodeList(list, items);
    lists[list] = decoded.state;
    if (decoded.set) partLists[list] = decoded.set;
    if (decoded.state.status === 'corrupt') {
      issues.push({
        path: `sync:${manifestKey(list)}`,
        raw: decoded.raw,
        reason: decoded.state.reason,
      });
    } else if (decoded.state.status === 'future') {
      newer ??= { what: `sync format ${decoded.state.format}` };
      issues.push({
        path: `sync:${manifestKey(list)}`,
        raw: decoded.raw,
        reason: `was written by a newer version of Backstory (sync format ${decoded.state.format})`,
      });
    }
  }
  return {
    part: { registers, lists: partLists, ...(version !== undefined ? { version } : {}) },
    lists,
    settingsItem,
    ...(newer ? { newer } : {}),
    issues,
    sizes,
  };
}

/** An empty view, for a sync area that holds nothing (or cannot be read). */
export function emptyRemote(): RemoteView {
  return {
    part: { registers: new Map(), lists: {} },
    lists: { disabledSites: { status: 'absent' }, hiddenEntities: { status: 'absent' } },
    settingsItem: 'absent',
    issues: [],
    sizes: new Map(),
  };
}

// Planning a write -------------------------------------------------------------------------------

export interface WritePlan {
  /** Items to `set` (one write operation), empty when nothing needs writing. */
  readonly set: Record<string, unknown>;
  /** Stale chunk keys to `remove` (one more write operation), if any. */
  readonly remove: string[];
  /** Remove before setting: setting first would take sync over its quota before the removal. */
  readonly removeFirst: boolean;
  /** Lists that do not fit in the quota: kept on this device only. */
  readonly tooLarge: ListName[];
  /** Lists another device is still writing: left alone until `until`. */
  readonly waiting: { readonly list: ListName; readonly until: number }[];
  /** The sizes of every item in sync after the write. */
  readonly sizes: ReadonlyMap<string, number>;
}

export interface PlanOptions {
  readonly now: number;
  /** When each list was first seen incomplete, by write id. */
  readonly incompleteSince: Partial<
    Record<ListName, { readonly g: string; readonly since: number }>
  >;
  /** How long a half-written list is given to complete before this device rewrites it. */
  readonly graceMs: number;
  /**
   * Lists this device holds changes of that sync lacked when last readable (the device's own edits,
   * or entries it merged from elsewhere): the only ones it may rewrite over a half-written copy.
   */
  readonly unsynced: readonly ListName[];
  /** The user acted: data a newer version wrote may be overwritten. */
  readonly overwriteNewer?: boolean;
}

/** True when the sync copy lacks something this device knows (or is unreadable). */
export function syncLacks(doc: SettingsDoc, remote: RemoteView, list?: ListName): boolean {
  if (list) {
    const state = remote.lists[list];
    const set = remote.part.lists[list];
    if (state.status === 'absent') return !setIsPristine(doc.lists[list]);
    return !set || !setEqual(set, doc.lists[list]);
  }
  const registersDiffer = !sameContent(
    { registers: doc.registers, lists: {} },
    { registers: remote.part.registers, lists: {} },
  );
  if (registersDiffer) return true;
  if (remote.settingsItem === 'invalid') return true;
  if (remote.settingsItem === 'ok' && remote.part.version !== SETTINGS_VERSION) return true;
  return false;
}

/** The sizes of the items in sync once `set` is written and `remove` removed. */
function sizesAfter(
  sizes: ReadonlyMap<string, number>,
  set: Readonly<Record<string, unknown>>,
  remove: readonly string[],
): Map<string, number> {
  const after = new Map(sizes);
  for (const [key, value] of Object.entries(set)) after.set(key, itemBytes(key, value));
  for (const key of remove) after.delete(key);
  return after;
}

/** True when items of these sizes break the total or the item-count limit. */
function overLimits(sizes: ReadonlyMap<string, number>): boolean {
  let total = 0;
  for (const size of sizes.values()) total += size;
  return total > SYNC_LIMITS.bytes || sizes.size > SYNC_LIMITS.items;
}

/**
 * Whether this device should write `list`, now or once a half-written copy's grace period ends:
 * sync lacks something of it, it was not written by a newer version (unless the user acted), a
 * half-written copy (which may be whole on the way, only not here yet) is replaced only with
 * changes of this device's own (see the module comment), and a corrupt one, unreadable everywhere,
 * never with a list no one ever edited.
 */
export function shouldWriteList(
  doc: SettingsDoc,
  remote: RemoteView,
  list: ListName,
  options: Pick<PlanOptions, 'unsynced' | 'overwriteNewer'>,
): boolean {
  const { status } = remote.lists[list];
  if (status === 'future' && !options.overwriteNewer) return false;
  if (status === 'incomplete' && !options.unsynced.includes(list)) return false;
  if (status === 'corrupt' && setIsPristine(doc.lists[list])) return false;
  return syncLacks(doc, remote, list);
}

/**
 * Decide what to write so that sync holds this device's merged state: the settings item when its
 * registers differ, each list whose content differs (whole: manifest and every chunk, with a new
 * write id), and the removal of chunks a shorter list left behind, after the items unless that
 * would break the quota mid-way. A list another device is still writing is left alone for
 * `graceMs`, and for good unless this device has changes of its own to it; a list that would break
 * the quota is left out and reported.
 */
export async function planWrite(
  doc: SettingsDoc,
  remote: RemoteView,
  options: PlanOptions,
): Promise<WritePlan> {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  const waiting: WritePlan['waiting'] = [];
  if (syncLacks(doc, remote)) {
    set[SETTINGS_ITEM] = {
      f: SYNC_FORMAT,
      v: SETTINGS_VERSION,
      r: [...doc.registers]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([path, register]) => [path, register.value, register.t, register.d]),
    };
  }
  const listWrites = new Map<ListName, { set: Record<string, unknown>; remove: string[] }>();
  for (const list of LIST_NAMES) {
    const state = remote.lists[list];
    if (!shouldWriteList(doc, remote, list, options)) continue;
    if (state.status === 'incomplete') {
      const seen = options.incompleteSince[list];
      const since = seen?.g === state.g ? seen.since : options.now;
      if (options.now < since + options.graceMs) {
        waiting.push({ list, until: since + options.graceMs });
        continue;
      }
    }
    const items = await encodeList(list, doc.lists[list] ?? emptySet());
    const count = Object.keys(items).length - 1;
    const stale = [...remote.sizes.keys()].filter((key) => {
      const match = key.startsWith(`${manifestKey(list)}:`)
        ? key.slice(manifestKey(list).length + 1)
        : '';
      return /^\d+$/.test(match) && Number(match) >= count;
    });
    listWrites.set(list, { set: items, remove: stale });
  }

  const tooLarge: ListName[] = [];
  const finalSizes = (): Map<string, number> => {
    let sizes = sizesAfter(remote.sizes, set, []);
    for (const write of listWrites.values()) sizes = sizesAfter(sizes, write.set, write.remove);
    return sizes;
  };
  const writeBytes = (items: Record<string, unknown>) =>
    Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  let sizes = finalSizes();
  while (overLimits(sizes) && listWrites.size > 0) {
    // Leave out the largest list write and try again.
    const [largest] = [...listWrites].sort(
      (a, b) => writeBytes(b[1].set) - writeBytes(a[1].set),
    )[0]!;
    listWrites.delete(largest);
    tooLarge.push(largest);
    sizes = finalSizes();
  }
  for (const write of listWrites.values()) {
    Object.assign(set, write.set);
    remove.push(...write.remove);
  }
  for (const [key, value] of Object.entries(set)) {
    if (itemBytes(key, value) > SYNC_LIMITS.bytesPerItem) {
      throw new Error(`Backstory: sync item ${key} would exceed the per-item quota`);
    }
  }
  // Removing first never goes over (sync only shrinks), but leaves a list incomplete mid-way.
  const removeFirst = remove.length > 0 && overLimits(sizesAfter(remote.sizes, set, []));
  return { set, remove, removeFirst, tooLarge, waiting, sizes };
}
