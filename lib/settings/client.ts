/**
 * The settings API for extension pages (the popup): read the cached settings for the first paint,
 * follow changes, and ask the background — the single writer — for every change. Extension pages
 * only; a content script uses content-actions.ts (this module opens our IndexedDB, which a content
 * script must not).
 */
import { browser } from 'wxt/browser';
import type {
  ToBackgroundSettingsMessage,
  ToBackgroundSettingsReplies,
} from '../messaging/protocol';
import { DOC_RECORD, openSettingsDb, readRecord } from './db';
import { projectDoc, readStoredDoc } from './doc';
import type { Settings } from './schema';
import { SNAPSHOT_KEY, parseSnapshot, readSnapshot } from './snapshot';
import {
  STATUS_KEY,
  type ExportResult,
  type FieldError,
  type ResetResult,
  type SettingsResult,
  type SettingsStateReply,
  type StoredStatus,
  type SyncStatus,
  type UndoToken,
} from './types';

export interface CachedSettings {
  readonly settings: Settings;
  /** Sync status and warnings as last published by the background, if any. */
  readonly status: StoredStatus | undefined;
  /** Where the settings came from: our IndexedDB cache, or (no cache yet) the snapshot. */
  readonly source: 'indexeddb' | 'snapshot';
}

export interface CacheOptions {
  readonly factory?: IDBFactory | null;
  readonly dbName?: string;
}

async function readStatus(): Promise<StoredStatus | undefined> {
  try {
    const stored = await browser.storage.local.get(STATUS_KEY);
    return stored[STATUS_KEY] as StoredStatus | undefined;
  } catch {
    return undefined;
  }
}

/**
 * The settings as cached in IndexedDB, for a first paint without a flash of defaults; the snapshot
 * in `storage.local` when there is no cache (first run, IndexedDB unavailable or blocked). Never
 * throws. The connection is closed at once so that it never blocks an upgrade.
 *
 * @example
 *   const { settings } = await loadCachedSettings();
 *   render(settings);
 *   const fresh = await getState(); // then reconcile
 */
export async function loadCachedSettings(options: CacheOptions = {}): Promise<CachedSettings> {
  const status = readStatus();
  const opened = await openSettingsDb({
    ...(options.factory !== undefined ? { factory: options.factory } : {}),
    ...(options.dbName ? { name: options.dbName } : {}),
    blockedTimeoutMs: 100,
  });
  if (opened.ok) {
    try {
      const raw = await readRecord(opened.db, DOC_RECORD);
      const { doc } = readStoredDoc(raw, 'IndexedDB');
      if (doc)
        return { settings: projectDoc(doc).settings, status: await status, source: 'indexeddb' };
    } catch {
      // Fall through to the snapshot.
    } finally {
      opened.db.close();
    }
  }
  return { settings: await readSnapshot(), status: await status, source: 'snapshot' };
}

export interface SettingsChange {
  readonly settings?: Settings;
  readonly status?: StoredStatus;
}

/**
 * Call `listener` whenever the settings or the sync status change (from this or another device).
 * Returns a function that stops listening.
 */
export function subscribe(listener: (change: SettingsChange) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const snapshot = changes[SNAPSHOT_KEY];
    const status = changes[STATUS_KEY];
    if (!snapshot && !status) return;
    listener({
      ...(snapshot ? { settings: parseSnapshot(snapshot.newValue) } : {}),
      ...(status?.newValue ? { status: status.newValue as StoredStatus } : {}),
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

const NO_ANSWER: FieldError = {
  path: '',
  message: 'Backstory’s background did not answer; nothing was changed. Try again.',
};

async function send<T extends ToBackgroundSettingsMessage['type']>(
  message: Extract<ToBackgroundSettingsMessage, { type: T }>,
): Promise<ToBackgroundSettingsReplies[T] | undefined> {
  try {
    return await browser.runtime.sendMessage<
      typeof message,
      ToBackgroundSettingsReplies[T] | undefined
    >(message);
  } catch (error) {
    console.warn('[Backstory] the settings service did not answer', error);
    return undefined;
  }
}

async function change(
  message: Extract<
    ToBackgroundSettingsMessage,
    {
      type:
        | 'toBackground/settings/update'
        | 'toBackground/settings/list'
        | 'toBackground/settings/import';
    }
  >,
): Promise<SettingsResult> {
  return (await send(message)) ?? { ok: false, errors: [NO_ANSWER] };
}

/** Settings, sync status, warnings and the raw values kept for recovery. */
export async function getState(): Promise<SettingsStateReply> {
  const reply = await send({ type: 'toBackground/settings/get' });
  if (!reply) throw new Error(NO_ANSWER.message);
  return reply;
}

/** Change some fields: `update({ hoverDelayMs: 500, colors: { person: 'red' } })`. */
export function update(patch: Record<string, unknown>): Promise<SettingsResult> {
  return change({ type: 'toBackground/settings/update', patch });
}

/** Turn Backstory off on a site (a site key, hostname or URL). */
export function addSite(site: string): Promise<SettingsResult> {
  return change({
    type: 'toBackground/settings/list',
    list: 'disabledSites',
    op: 'add',
    item: site,
  });
}

export function removeSite(site: string): Promise<SettingsResult> {
  return change({
    type: 'toBackground/settings/list',
    list: 'disabledSites',
    op: 'remove',
    item: site,
  });
}

export function hideEntity(entity: string): Promise<SettingsResult> {
  return change({
    type: 'toBackground/settings/list',
    list: 'hiddenEntities',
    op: 'add',
    item: entity,
  });
}

export function unhideEntity(entity: string): Promise<SettingsResult> {
  return change({
    type: 'toBackground/settings/list',
    list: 'hiddenEntities',
    op: 'remove',
    item: entity,
  });
}

/** The settings as a JSON file's text and a suggested file name. */
export async function exportSettings(): Promise<ExportResult> {
  const reply = await send({ type: 'toBackground/settings/export' });
  if (!reply) throw new Error(NO_ANSWER.message);
  return reply;
}

/** Import a settings file's text. On any problem nothing changes and each bad field is named. */
export function importSettings(text: string): Promise<SettingsResult> {
  return change({ type: 'toBackground/settings/import', text });
}

/** Reset to defaults; keep the returned `undo` to offer "Undo reset". */
export async function reset(): Promise<ResetResult> {
  return (
    (await send({ type: 'toBackground/settings/reset' })) ?? { ok: false, errors: [NO_ANSWER] }
  );
}

export async function undoReset(undo: UndoToken): Promise<SettingsResult> {
  return (
    (await send({ type: 'toBackground/settings/undoReset', undo })) ?? {
      ok: false,
      errors: [NO_ANSWER],
    }
  );
}

/** Mark the warnings about set-aside values as seen (the values stay kept). */
export async function dismissWarnings(): Promise<SettingsResult> {
  return (
    (await send({ type: 'toBackground/settings/dismissWarnings' })) ?? {
      ok: false,
      errors: [NO_ANSWER],
    }
  );
}

/** Whether the user's settings have reached sync storage. */
export async function getSyncStatus(): Promise<SyncStatus> {
  return (await getState()).sync;
}
