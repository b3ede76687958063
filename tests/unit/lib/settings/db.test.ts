import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DOC_RECORD,
  MAX_QUARANTINE,
  SETTINGS_DB_NAME,
  SETTINGS_DB_VERSION,
  SYNC_RECORD,
  addQuarantine,
  dismissQuarantine,
  openSettingsDb,
  quarantineKey,
  quarantineOverflow,
  readQuarantine,
  readRecord,
  writeRecords,
  type SettingsDb,
} from '../../../../lib/settings/db';
import type { QuarantineEntry } from '../../../../lib/settings/types';

let factory: IDBFactory;

beforeEach(() => {
  factory = new IDBFactory();
});

/** Open the database at an older version with the raw API, as that version's code did. */
function openRaw(version: number, upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(SETTINGS_DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result, request.transaction!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
}

function entry(path: string, raw: unknown, at: number, dismissed = false): QuarantineEntry {
  return {
    key: quarantineKey(path, raw),
    source: 'sync',
    path,
    raw,
    reason: 'is not a setting of this version',
    at,
    dismissed,
  };
}

async function open(): Promise<SettingsDb> {
  const opened = await openSettingsDb({ factory });
  if (!opened.ok) throw new Error(opened.message);
  return opened.db;
}

const V1_DOC = {
  format: 1,
  version: 2,
  deviceId: 'device-a',
  clock: 10,
  registers: [['theme', 'dark', 10, 'device-a']],
  lists: { disabledSites: { ctx: [], entries: [] }, hiddenEntities: { ctx: [], entries: [] } },
  quarantine: [
    {
      source: 'sync',
      path: 'hoverDelayMs',
      raw: 'slow',
      reason: 'must be a number',
      at: 5,
      dismissed: false,
    },
    {
      source: 'sync',
      path: 'hoverDelayMs',
      raw: 'slow',
      reason: 'must be a number',
      at: 6,
      dismissed: false,
    },
    {
      source: 'local',
      path: 'colors.person',
      raw: 'chartreuse',
      reason: 'bad colour',
      at: 7,
      dismissed: true,
    },
  ],
};

describe('the settings database', () => {
  it('is created at the current version from nothing', async () => {
    const db = await open();
    expect(db.version).toBe(SETTINGS_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['quarantine', 'state']);
    expect(await readRecord(db, DOC_RECORD)).toBeUndefined();
    db.close();
  });

  it('upgrades a version-1 database, moving the quarantine out of the document', async () => {
    const old = await openRaw(1, (db) => db.createObjectStore('state'));
    await new Promise<void>((resolve, reject) => {
      const tx = old.transaction('state', 'readwrite');
      tx.objectStore('state').put(V1_DOC, DOC_RECORD);
      tx.objectStore('state').put(
        { writeLog: [1, 2], attempt: 0, incompleteSince: {} },
        SYNC_RECORD,
      );
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    old.close();

    const db = await open();
    expect(db.version).toBe(2);
    const { quarantine: _moved, ...rest } = V1_DOC;
    expect(await readRecord(db, DOC_RECORD)).toEqual(rest);
    expect(await readRecord(db, SYNC_RECORD)).toEqual({
      writeLog: [1, 2],
      attempt: 0,
      incompleteSince: {},
    });
    expect(await readQuarantine(db)).toEqual([
      {
        key: quarantineKey('hoverDelayMs', 'slow'),
        source: 'sync',
        path: 'hoverDelayMs',
        raw: 'slow',
        reason: 'must be a number',
        at: 5,
        dismissed: false,
      },
      {
        key: quarantineKey('colors.person', 'chartreuse'),
        source: 'local',
        path: 'colors.person',
        raw: 'chartreuse',
        reason: 'bad colour',
        at: 7,
        dismissed: true,
      },
    ]);
    db.close();
  });

  it('upgrades a version-1 database that has no document', async () => {
    (await openRaw(1, (db) => db.createObjectStore('state'))).close();
    const db = await open();
    expect(await readRecord(db, DOC_RECORD)).toBeUndefined();
    expect(await readQuarantine(db)).toEqual([]);
    db.close();
  });

  it('writes records in one transaction and keeps each quarantined value once', async () => {
    const db = await open();
    await writeRecords(db, { [DOC_RECORD]: { a: 1 }, [SYNC_RECORD]: { b: 2 } });
    expect(await readRecord(db, DOC_RECORD)).toEqual({ a: 1 });
    const entry: QuarantineEntry = {
      key: quarantineKey('theme', 'sepia'),
      source: 'sync',
      path: 'theme',
      raw: 'sepia',
      reason: 'bad',
      at: 1,
      dismissed: false,
    };
    await addQuarantine(db, [entry, entry]);
    await addQuarantine(db, [{ ...entry, at: 2 }]);
    expect(await readQuarantine(db)).toEqual([entry]);
    await dismissQuarantine(db);
    expect(await readQuarantine(db)).toEqual([{ ...entry, dismissed: true }]);
    db.close();
  });

  it('keeps at most MAX_QUARANTINE values, pruned on add: older values of a problem found again go first', async () => {
    const db = await open();
    const lone = entry('theme', 'sepia', 1, true);
    const repeated = Array.from({ length: MAX_QUARANTINE }, (_, i) =>
      entry('cardLayout', `w${i}`, 2 + i),
    );
    await addQuarantine(db, [lone, ...repeated]);
    await addQuarantine(db, [entry('demonyms', 'yes', 1000)]);
    const kept = await readQuarantine(db);
    expect(kept).toHaveLength(MAX_QUARANTINE);
    expect(kept).toContainEqual(lone);
    expect(kept).toContainEqual(entry('demonyms', 'yes', 1000));
    expect(kept).not.toContainEqual(repeated[0]);
    expect(kept).not.toContainEqual(repeated[1]);
    expect(kept).toContainEqual(repeated.at(-1));
    db.close();
  });

  it('drops values the user has seen before unseen ones, the oldest first', () => {
    const entries = Array.from({ length: MAX_QUARANTINE + 1 }, (_, i) =>
      entry(`field${i}`, i, i, i === 7 || i === 9),
    );
    expect(quarantineOverflow(entries)).toEqual([entries[7]]);
    const unseen = entries.map((kept) => ({ ...kept, dismissed: false }));
    expect(quarantineOverflow(unseen)).toEqual([unseen[0]]);
    expect(quarantineOverflow(unseen.slice(1))).toEqual([]);
  });

  it('reports IndexedDB missing, or failing to open, without throwing', async () => {
    expect(await openSettingsDb({ factory: null })).toEqual({
      ok: false,
      reason: 'unavailable',
      message: 'IndexedDB is not available',
    });
    const broken = {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    expect(await openSettingsDb({ factory: broken })).toMatchObject({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('gives up on an open blocked by an older connection that does not close, and lets go later', async () => {
    const old = await openRaw(1, (db) => db.createObjectStore('state'));
    // An older version's connection that ignores versionchange (a stale popup, say).
    old.onversionchange = null;
    const result = await openSettingsDb({ factory, blockedTimeoutMs: 50 });
    expect(result).toEqual({
      ok: false,
      reason: 'blocked',
      message: 'IndexedDB is blocked by an older connection that did not close',
    });
    // Once the old connection closes, the upgrade goes through and our late connection is closed
    // at once, so it blocks no one in turn.
    old.close();
    await vi.waitFor(async () => {
      const db = await open();
      expect(db.version).toBe(2);
      db.close();
    });
  });

  it('closes its own connection when a newer version asks', async () => {
    const onClose = vi.fn();
    const opened = await openSettingsDb({ factory, onClose });
    if (!opened.ok) throw new Error(opened.message);
    const newer = await openRaw(3);
    expect(onClose).toHaveBeenCalledWith('versionchange');
    expect(newer.version).toBe(3);
    newer.close();
  });
});
