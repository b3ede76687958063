/**
 * The settings' IndexedDB cache, in the extension's origin: opened by the background (the only
 * writer) and read by the popup for its first paint. Never by a content script: its IndexedDB is
 * the page's (lint enforces it).
 *
 * Versions (each upgrade step runs in order, so any older database reaches the current one):
 *
 * - 1: store `state`, out-of-line keys: `doc` → the settings document (doc.ts, its stored form, with
 *   the quarantine as an array inside it), `sync` → the sync bookkeeping (settings-sync.ts).
 * - 2: the quarantine moves out of `doc` into its own store (`quarantine`, auto-increment ids, unique
 *   index `byKey`), so large raw values are not rewritten with every change and each is kept once.
 *
 * Opening never hangs and never throws: no IndexedDB, an error, or an open blocked by an older
 * connection (one that does not close on `versionchange`) gives a reason, and the caller falls back
 * to `storage.local`. Our own connections close as soon as a newer version asks (`versionchange`).
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { QuarantineEntry } from './types';

export const SETTINGS_DB_NAME = 'backstory-settings';
export const SETTINGS_DB_VERSION = 2;

export const DOC_RECORD = 'doc';
export const SYNC_RECORD = 'sync';

export interface SettingsDbSchema extends DBSchema {
  state: { key: string; value: unknown };
  quarantine: {
    key: number;
    value: QuarantineEntry & { id?: number };
    indexes: { byKey: string };
  };
}

export type SettingsDb = IDBPDatabase<SettingsDbSchema>;

export type OpenResult =
  | { readonly ok: true; readonly db: SettingsDb }
  | {
      readonly ok: false;
      readonly reason: 'unavailable' | 'blocked' | 'error';
      readonly message: string;
    };

export interface OpenOptions {
  /** The IndexedDB factory; `null` for none. Defaults to the global one. */
  readonly factory?: IDBFactory | null;
  readonly name?: string;
  /** How long to wait once the open is blocked by an older connection, before giving up. */
  readonly blockedTimeoutMs?: number;
  /** Our connection closed because a newer version asked, or the browser closed it. */
  readonly onClose?: (why: 'versionchange' | 'terminated') => void;
}

/** A short, stable fingerprint of a JSON value (FNV-1a, 32 bits), for the quarantine's keys. */
export function fingerprint(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? 'undefined';
  } catch {
    text = String(value);
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length}`;
}

type UpgradeTransaction = IDBPTransaction<
  SettingsDbSchema,
  StoreNames<SettingsDbSchema>[],
  'versionchange'
>;

/** The quarantine key of a raw value: the same value of the same field is kept once. */
export function quarantineKey(path: string, raw: unknown): string {
  return `${path}:${fingerprint(raw)}`;
}

/**
 * At most this many raw values are kept: in IndexedDB, in the `storage.local` fallback and in the
 * background's memory alike, by the one policy of {@link quarantineOverflow}. Without a bound, a
 * problem found again and again (every edit a newer version makes to a field this one does not
 * know) would grow the store, and every reply to the popup, for good.
 */
export const MAX_QUARANTINE = 500;

/** What entries report the same problem by: the field (or item, or stored record) and the reason. */
export function quarantineProblem(entry: Pick<QuarantineEntry, 'path' | 'reason'>): string {
  return JSON.stringify([entry.path, entry.reason]);
}

/**
 * The entries to drop so that at most {@link MAX_QUARANTINE} stay (`entries` in the order they were
 * kept). The least useful for recovery go first: older values of a problem found again (its newest
 * value stays), then values the user has seen, then the rest; the oldest first within each. So a
 * flood of one problem's values never pushes out a value of another, and nothing goes while there
 * is room.
 */
export function quarantineOverflow<T extends QuarantineEntry>(entries: readonly T[]): T[] {
  const excess = entries.length - MAX_QUARANTINE;
  if (excess <= 0) return [];
  const newest = new Map<string, T>();
  for (const entry of entries) {
    const kept = newest.get(quarantineProblem(entry));
    if (!kept || entry.at >= kept.at) newest.set(quarantineProblem(entry), entry);
  }
  const rank = (entry: T) =>
    newest.get(quarantineProblem(entry)) !== entry ? 0 : entry.dismissed ? 1 : 2;
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.entry.at - b.entry.at || a.index - b.index)
    .slice(0, excess)
    .map(({ entry }) => entry);
}

function upgrade(db: SettingsDb, oldVersion: number, transaction: UpgradeTransaction): void {
  if (oldVersion < 1) {
    db.createObjectStore('state');
  }
  if (oldVersion < 2) {
    const quarantine = db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
    quarantine.createIndex('byKey', 'key', { unique: true });
    if (oldVersion >= 1) {
      // Only IndexedDB requests may be awaited here, or the upgrade transaction commits early.
      const state = transaction.objectStore('state');
      void state.get(DOC_RECORD).then(async (doc) => {
        if (typeof doc !== 'object' || doc === null || !('quarantine' in doc)) return;
        const { quarantine: moved, ...rest } = doc as Record<string, unknown>;
        if (Array.isArray(moved)) {
          const seen = new Set<string>();
          for (const entry of moved as Partial<QuarantineEntry>[]) {
            const record: QuarantineEntry = {
              source: entry.source ?? 'indexeddb',
              path: String(entry.path ?? ''),
              raw: entry.raw,
              reason: String(entry.reason ?? 'was set aside'),
              at: typeof entry.at === 'number' ? entry.at : 0,
              dismissed: entry.dismissed === true,
              key: '',
            };
            const key = quarantineKey(record.path, record.raw);
            if (seen.has(key)) continue;
            seen.add(key);
            await transaction.objectStore('quarantine').add({ ...record, key });
          }
        }
        await state.put(rest, DOC_RECORD);
      });
    }
  }
}

/**
 * Open (creating or upgrading) the settings database.
 *
 * @example
 *   const opened = await openSettingsDb();
 *   if (opened.ok) await readRecord(opened.db, DOC_RECORD);
 */
export function openSettingsDb(options: OpenOptions = {}): Promise<OpenResult> {
  const factory =
    options.factory === undefined
      ? (globalThis as { indexedDB?: IDBFactory }).indexedDB
      : options.factory;
  if (!factory) {
    return Promise.resolve({
      ok: false,
      reason: 'unavailable',
      message: 'IndexedDB is not available',
    });
  }
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(options.name ?? SETTINGS_DB_NAME, SETTINGS_DB_VERSION);
  } catch (error) {
    return Promise.resolve({ ok: false, reason: 'unavailable', message: messageOf(error) });
  }
  return new Promise<OpenResult>((resolve) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: OpenResult) => {
      if (settled) {
        // The open succeeded after we gave up on it: let go, so we block no one in turn.
        if (result.ok) result.db.close();
        return;
      }
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      resolve(result);
    };
    request.addEventListener('upgradeneeded', (event) => {
      try {
        upgrade(
          wrap(request.result) as unknown as SettingsDb,
          event.oldVersion,
          wrap(request.transaction!) as unknown as UpgradeTransaction,
        );
      } catch (error) {
        request.transaction?.abort();
        finish({ ok: false, reason: 'error', message: messageOf(error) });
      }
    });
    request.addEventListener('blocked', () => {
      timer ??= setTimeout(
        () =>
          finish({
            ok: false,
            reason: 'blocked',
            message: 'IndexedDB is blocked by an older connection that did not close',
          }),
        options.blockedTimeoutMs ?? 500,
      );
    });
    request.addEventListener('success', () => {
      const raw = request.result;
      raw.addEventListener('versionchange', () => {
        raw.close();
        options.onClose?.('versionchange');
      });
      raw.addEventListener('close', () => options.onClose?.('terminated'));
      finish({ ok: true, db: wrap(raw) as unknown as SettingsDb });
    });
    request.addEventListener('error', (event) => {
      // Handled here: do not let it surface as an uncaught error.
      event.preventDefault();
      finish({ ok: false, reason: 'error', message: messageOf(request.error) });
    });
  });
}

function messageOf(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return error.message;
  return String(error);
}

export async function readRecord(db: SettingsDb, key: string): Promise<unknown> {
  return db.get('state', key);
}

/** Write the document and the sync bookkeeping in one transaction. */
export async function writeRecords(
  db: SettingsDb,
  records: Record<string, unknown>,
): Promise<void> {
  const tx = db.transaction('state', 'readwrite');
  await Promise.all([
    ...Object.entries(records).map(([key, value]) => tx.store.put(value, key)),
    tx.done,
  ]);
}

/** Add quarantine entries not already kept (by key), and drop what the bound then leaves out. */
export async function addQuarantine(
  db: SettingsDb,
  entries: readonly QuarantineEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const unique = entries.filter(
    (entry, index) => entries.findIndex((other) => other.key === entry.key) === index,
  );
  const tx = db.transaction('quarantine', 'readwrite');
  const index = tx.store.index('byKey');
  for (const entry of unique) {
    if ((await index.getKey(entry.key)) === undefined) await tx.store.add({ ...entry });
  }
  if ((await tx.store.count()) > MAX_QUARANTINE) {
    for (const record of quarantineOverflow(await tx.store.getAll())) {
      await tx.store.delete(record.id!);
    }
  }
  await tx.done;
}

/**
 * The kept values, in the order they were kept: at most {@link MAX_QUARANTINE} (a database written
 * before the bound may hold more, until the next add prunes it).
 */
export async function readQuarantine(db: SettingsDb): Promise<QuarantineEntry[]> {
  const records = await db.getAll('quarantine');
  const dropped = new Set(quarantineOverflow(records));
  return records.filter((record) => !dropped.has(record)).map(({ id: _id, ...entry }) => entry);
}

/** Mark every kept value as seen (they stay kept). */
export async function dismissQuarantine(db: SettingsDb): Promise<void> {
  const tx = db.transaction('quarantine', 'readwrite');
  let cursor = await tx.store.openCursor();
  while (cursor) {
    if (!cursor.value.dismissed) await cursor.update({ ...cursor.value, dismissed: true });
    cursor = await cursor.continue();
  }
  await tx.done;
}
