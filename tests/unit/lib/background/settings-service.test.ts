import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_KEY, LEGACY_TIME } from '../../../../lib/background/settings-service';
import { SYNC_ALARM } from '../../../../lib/background/settings-sync';
import { EXPORT_FORMAT } from '../../../../lib/settings/changes';
import {
  DOC_RECORD,
  MAX_QUARANTINE,
  SETTINGS_DB_NAME,
  openSettingsDb,
  readQuarantine,
  readRecord,
} from '../../../../lib/settings/db';
import { DOC_FORMAT, storeDoc } from '../../../../lib/settings/doc';
import {
  DEFAULT_SETTINGS,
  MAX_LIST_LENGTH,
  SETTINGS_VERSION,
  defaultSettings,
  type Settings,
} from '../../../../lib/settings/schema';
import { SNAPSHOT_KEY, SNAPSHOT_VERSION_KEY } from '../../../../lib/settings/snapshot';
import {
  SETTINGS_ITEM,
  chunkKey,
  decodeSync,
  encodeList,
  manifestKey,
} from '../../../../lib/settings/sync-format';
import { emptySet, setAddAll, setValues } from '../../../../lib/settings/crdt';
import {
  STATUS_KEY,
  type ResetResult,
  type SettingsResult,
  type SettingsStateReply,
  type StoredStatus,
} from '../../../../lib/settings/types';
import { World, type Device } from './settings-world';

let world: World;
let device: Device;

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  world = new World();
  device = await world.device('device-a');
});

async function local(key: string): Promise<unknown> {
  return (await device.browser.storage.local.get(key))[key];
}

async function syncItems(target = device): Promise<Record<string, unknown>> {
  return target.syncArea.get(null);
}

async function state(target = device): Promise<SettingsStateReply> {
  return target.send<SettingsStateReply>({ type: 'toBackground/settings/get' });
}

async function storedDoc(target = device): Promise<unknown> {
  const opened = await openSettingsDb({ factory: target.indexedDB });
  if (!opened.ok) throw new Error(opened.message);
  const doc = await readRecord(opened.db, DOC_RECORD);
  opened.db.close();
  return doc;
}

describe('a fresh install', () => {
  it('publishes the defaults for content scripts and writes nothing to sync', async () => {
    device.start();
    await world.advance(10_000);
    expect(await local(SNAPSHOT_KEY)).toEqual(DEFAULT_SETTINGS);
    expect(await local(SNAPSHOT_VERSION_KEY)).toBe(SETTINGS_VERSION);
    expect(await syncItems()).toEqual({});
    expect(world.relay.writes).toEqual([]);
    const reply = await state();
    expect(reply.settings).toEqual(DEFAULT_SETTINGS);
    expect(reply.sync).toEqual({ state: 'synced' });
    expect(reply.warnings).toEqual([]);
    expect(await local(STATUS_KEY)).toEqual({ sync: { state: 'synced' }, warnings: [] });
  });

  it('adopts what another device already synced, and does not overwrite it', async () => {
    const theirs = await encodeList(
      'hiddenEntities',
      setAddAll(emptySet(), ['russia'], 'device-b'),
      'w',
    );
    await device.syncArea.set({
      [SETTINGS_ITEM]: { f: 1, v: SETTINGS_VERSION, r: [['theme', 'dark', 5, 'device-b']] },
      ...theirs,
    });
    const before = await syncItems();
    device.start();
    await world.advance(10_000);
    expect(device.service.settings).toMatchObject({ theme: 'dark', hiddenEntities: ['russia'] });
    expect(await local(SNAPSHOT_KEY)).toMatchObject({ theme: 'dark', hiddenEntities: ['russia'] });
    expect(world.relay.writes).toEqual([]);
    expect(await syncItems()).toEqual(before);
  });
});

describe('the foundation (settings v1) upgrading', () => {
  it("migrates { enabled: false } to the exact v2 snapshot and syncs the user's choice", async () => {
    await device.browser.storage.local.set({ [SNAPSHOT_KEY]: { enabled: false } });
    device.start();
    await world.idle();
    const expected: Settings = { ...defaultSettings(), enabled: false };
    expect(await local(SNAPSHOT_KEY)).toEqual(expected);
    expect(await local(SNAPSHOT_VERSION_KEY)).toBe(SETTINGS_VERSION);
    expect(device.service.doc.registers.get('enabled')).toEqual({
      value: false,
      t: LEGACY_TIME,
      d: 'device-a',
    });
    await world.advance(2000);
    expect(await syncItems()).toEqual({
      [SETTINGS_ITEM]: {
        f: 1,
        v: SETTINGS_VERSION,
        r: [['enabled', false, LEGACY_TIME, 'device-a']],
      },
    });
  });

  it('does not sync a v1 value that equals the default', async () => {
    await device.browser.storage.local.set({ [SNAPSHOT_KEY]: { enabled: true } });
    device.start();
    await world.advance(5000);
    expect(device.service.doc.registers.size).toBe(0);
    expect(await syncItems()).toEqual({});
  });

  it('lets a dated choice from another device win over the migrated one', async () => {
    await device.browser.storage.local.set({ [SNAPSHOT_KEY]: { enabled: false } });
    await device.syncArea.set({
      [SETTINGS_ITEM]: {
        f: 1,
        v: SETTINGS_VERSION,
        r: [['enabled', true, 1_700_000_000_000, 'device-b']],
      },
    });
    device.start();
    await world.advance(5000);
    expect(device.service.settings.enabled).toBe(true);
  });
});

describe('changing settings', () => {
  beforeEach(async () => {
    device.start();
    await world.idle();
  });

  it('publishes the change to content scripts at once, stores it, and syncs it after the debounce', async () => {
    const reply = await device.send<SettingsResult>({
      type: 'toBackground/settings/update',
      patch: { hoverDelayMs: 500, colors: { person: 'red' } },
    });
    const expected = {
      ...defaultSettings(),
      hoverDelayMs: 500,
      colors: { ...DEFAULT_SETTINGS.colors, person: 'red' },
    };
    expect(reply).toMatchObject({
      ok: true,
      state: { settings: expected, sync: { state: 'pending' } },
    });
    expect(await local(SNAPSHOT_KEY)).toEqual(expected);
    expect(await storedDoc()).toMatchObject({ format: DOC_FORMAT, deviceId: 'device-a' });
    expect(await syncItems()).toEqual({});
    expect((await local(STATUS_KEY)) as StoredStatus).toMatchObject({
      sync: { state: 'pending', message: 'Saved on this device, will sync' },
    });

    await world.advance(900);
    expect(await syncItems()).toEqual({});
    await world.advance(200);
    const remote = await decodeSync(await syncItems());
    expect([...remote.part.registers.keys()].sort()).toEqual(['colors.person', 'hoverDelayMs']);
    expect((await state()).sync).toEqual({ state: 'synced' });
  });

  it('coalesces a burst of changes into one write', async () => {
    for (let delay = 0; delay <= 2000; delay += 100) {
      await device.send({ type: 'toBackground/settings/update', patch: { hoverDelayMs: delay } });
      await world.advance(100);
    }
    await world.advance(6000);
    // One write at the max wait (5 s into the burst), one for the rest.
    expect(world.relay.writes.length).toBeLessThanOrEqual(2);
    const remote = await decodeSync(await syncItems());
    expect(remote.part.registers.get('hoverDelayMs')?.value).toBe(2000);
  });

  it('rejects an invalid patch with every bad field, changing nothing anywhere', async () => {
    const docBefore = await storedDoc();
    const reply = await device.send<SettingsResult>({
      type: 'toBackground/settings/update',
      patch: { theme: 'dark', hoverDelayMs: 'soon', nope: 1 },
    });
    expect(reply).toEqual({
      ok: false,
      errors: [
        { path: 'hoverDelayMs', message: 'must be a number' },
        { path: 'nope', message: 'is not a setting' },
      ],
    });
    expect(device.service.settings).toEqual(DEFAULT_SETTINGS);
    expect(await local(SNAPSHOT_KEY)).toEqual(DEFAULT_SETTINGS);
    expect(await storedDoc()).toEqual(docBefore);
    await world.advance(10_000);
    expect(await syncItems()).toEqual({});
  });

  it('adds and removes sites (URLs normalised) and hidden entities', async () => {
    await device.send({
      type: 'toBackground/settings/list',
      list: 'disabledSites',
      op: 'add',
      item: 'https://www.Example.com/news',
    });
    await device.send({
      type: 'toBackground/settings/list',
      list: 'hiddenEntities',
      op: 'add',
      item: 'russia',
    });
    expect(await local(SNAPSHOT_KEY)).toMatchObject({
      disabledSites: ['example.com'],
      hiddenEntities: ['russia'],
    });
    await device.send({
      type: 'toBackground/settings/list',
      list: 'disabledSites',
      op: 'remove',
      item: 'example.com',
    });
    expect(device.service.settings.disabledSites).toEqual([]);
    const bad = await device.send<SettingsResult>({
      type: 'toBackground/settings/list',
      list: 'hiddenEntities',
      op: 'add',
      item: 'Not An Id',
    });
    expect(bad).toEqual({
      ok: false,
      errors: [{ path: 'hiddenEntities', message: 'must be an entity id (kebab-case)' }],
    });
  });

  it('lets a content script only hide an entity or turn off its own site', async () => {
    const page = { tab: { id: 3 } as never, url: 'https://news.example.com/story' };
    const handle = (message: unknown) => device.service.handle(message as never, page);
    expect(
      await handle({
        type: 'toBackground/settings/list',
        list: 'disabledSites',
        op: 'add',
        item: 'news.example.com',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await handle({
        type: 'toBackground/settings/list',
        list: 'hiddenEntities',
        op: 'add',
        item: 'russia',
      }),
    ).toMatchObject({ ok: true });
    for (const message of [
      { type: 'toBackground/settings/list', list: 'disabledSites', op: 'add', item: 'other.org' },
      { type: 'toBackground/settings/list', list: 'hiddenEntities', op: 'remove', item: 'russia' },
      { type: 'toBackground/settings/update', patch: { enabled: false } },
      { type: 'toBackground/settings/reset' },
      { type: 'toBackground/settings/get' },
    ]) {
      expect(await handle(message)).toMatchObject({ ok: false });
    }
    expect(device.service.settings).toMatchObject({
      enabled: true,
      disabledSites: ['news.example.com'],
      hiddenEntities: ['russia'],
    });
  });

  it('resets to defaults and undoes the reset', async () => {
    await device.send({
      type: 'toBackground/settings/update',
      patch: { theme: 'dark', disabledSites: ['a.com', 'b.com'], entityTypes: { place: false } },
    });
    const custom = device.service.settings;
    const reset = await device.send<ResetResult>({ type: 'toBackground/settings/reset' });
    expect(reset).toMatchObject({
      ok: true,
      state: { settings: DEFAULT_SETTINGS },
      undo: { settings: custom },
    });
    expect(await local(SNAPSHOT_KEY)).toEqual(DEFAULT_SETTINGS);
    if (!reset.ok) return;
    const undone = await device.send<SettingsResult>({
      type: 'toBackground/settings/undoReset',
      undo: reset.undo,
    });
    expect(undone).toMatchObject({ ok: true, state: { settings: custom } });
    expect(await local(SNAPSHOT_KEY)).toEqual(custom);
    const refused = await device.send<SettingsResult>({
      type: 'toBackground/settings/undoReset',
      undo: { settings: { ...custom, theme: 'neon' } },
    });
    expect(refused).toEqual({
      ok: false,
      errors: [{ path: 'undo.settings.theme', message: 'must be one of system, light, dark' }],
    });
  });

  it('refuses to add one more entry to a full list, changing nothing', async () => {
    const sites = Array.from({ length: MAX_LIST_LENGTH }, (_, i) => `s${i}.com`);
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      settings: { disabledSites: sites },
    });
    expect(await device.send({ type: 'toBackground/settings/import', text })).toMatchObject({
      ok: true,
    });
    const before = await local(SNAPSHOT_KEY);
    const add = (item: string) =>
      device.send({ type: 'toBackground/settings/list', list: 'disabledSites', op: 'add', item });
    expect(await add('one-more.com')).toEqual({
      ok: false,
      errors: [{ path: 'disabledSites', message: `must have at most ${MAX_LIST_LENGTH} entries` }],
    });
    expect(await local(SNAPSHOT_KEY)).toEqual(before);
    // One already there is no addition; removing one makes room again.
    expect(await add('s1.com')).toMatchObject({ ok: true });
    await device.send({
      type: 'toBackground/settings/list',
      list: 'disabledSites',
      op: 'remove',
      item: 's1.com',
    });
    expect(await add('one-more.com')).toMatchObject({ ok: true });
    expect(device.service.settings.disabledSites).toHaveLength(MAX_LIST_LENGTH);
  });

  it('refuses an import that would take a list past MAX_LIST_LENGTH, changing nothing', async () => {
    await device.send({
      type: 'toBackground/settings/list',
      list: 'disabledSites',
      op: 'add',
      item: 'mine.com',
    });
    const before = await local(SNAPSHOT_KEY);
    const sites = Array.from({ length: MAX_LIST_LENGTH }, (_, i) => `s${i}.com`);
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      settings: { theme: 'dark', disabledSites: sites },
    });
    expect(await device.send({ type: 'toBackground/settings/import', text })).toEqual({
      ok: false,
      errors: [
        {
          path: 'settings.disabledSites',
          message: `must have at most ${MAX_LIST_LENGTH} entries with those already here (it would have ${MAX_LIST_LENGTH + 1})`,
        },
      ],
    });
    expect(await local(SNAPSHOT_KEY)).toEqual(before);
    // Over the limit by itself, the file is refused in the same words as any bad field.
    const longer = text.replace('"s0.com"', '"s0.com","one-more.com"');
    expect(await device.send({ type: 'toBackground/settings/import', text: longer })).toEqual({
      ok: false,
      errors: [
        { path: 'settings.disabledSites', message: `must have at most ${MAX_LIST_LENGTH} entries` },
      ],
    });
    expect(device.service.settings.disabledSites).toEqual(['mine.com']);
  });

  it('exports a file that imports back; an invalid import changes nothing', async () => {
    await device.send({
      type: 'toBackground/settings/update',
      patch: { theme: 'dark', hiddenEntities: ['russia'] },
    });
    const exported = await device.send<{ text: string; filename: string }>({
      type: 'toBackground/settings/export',
    });
    expect(JSON.parse(exported.text)).toMatchObject({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      settings: device.service.settings,
    });
    expect(exported.filename).toBe('backstory-settings-2025-12-13.json');
    await device.send({ type: 'toBackground/settings/reset' });

    const before = device.service.settings;
    const truncated = await device.send<SettingsResult>({
      type: 'toBackground/settings/import',
      text: exported.text.slice(0, 80),
    });
    expect(truncated.ok).toBe(false);
    const partlyBad = await device.send<SettingsResult>({
      type: 'toBackground/settings/import',
      text: exported.text.replace('"dark"', '"neon"'),
    });
    expect(partlyBad).toEqual({
      ok: false,
      errors: [{ path: 'settings.theme', message: 'must be one of system, light, dark' }],
    });
    expect(device.service.settings).toEqual(before);

    const imported = await device.send<SettingsResult>({
      type: 'toBackground/settings/import',
      text: exported.text,
    });
    expect(imported).toMatchObject({
      ok: true,
      state: { settings: { theme: 'dark', hiddenEntities: ['russia'] } },
    });
  });
});

describe('the service worker stopping', () => {
  it('keeps a pending change and syncs it when the worker starts again', async () => {
    device.start();
    await world.idle();
    await device.send({ type: 'toBackground/settings/update', patch: { demonyms: true } });
    // The worker is stopped before the debounced write.
    device.service.stop();
    await world.advance(60_000);
    expect(await syncItems()).toEqual({});

    device.start();
    await world.idle();
    expect(device.service.settings.demonyms).toBe(true);
    expect((await state()).sync.state).toBe('pending');
    await world.advance(2000);
    expect((await decodeSync(await syncItems())).part.registers.get('demonyms')?.value).toBe(true);
    expect((await state()).sync).toEqual({ state: 'synced' });
  });
});

describe('sync failures', () => {
  beforeEach(async () => {
    device.start();
    await world.idle();
  });

  it.each([
    ['QUOTA_BYTES quota exceeded', 'sync storage is full'],
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'sync storage is full'],
    [
      'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
      "the browser's limit on sync writes was reached",
    ],
    ['Network error: offline', 'sync is offline'],
  ])('%s: kept locally, pending, retried with backoff, then synced', async (message, words) => {
    device.failures.push({ message, remaining: 2 });
    const create = vi.spyOn(device.browser.alarms, 'create');
    await device.send({ type: 'toBackground/settings/update', patch: { theme: 'light' } });
    await world.advance(1500);
    expect(await syncItems()).toEqual({});
    const first = await state();
    expect(first.sync).toMatchObject({
      state: 'pending',
      message: `Saved on this device, will sync (${words})`,
    });
    expect(first.settings.theme).toBe('light');
    expect(await local(SNAPSHOT_KEY)).toMatchObject({ theme: 'light' });
    expect(create).toHaveBeenCalledWith(SYNC_ALARM, { when: first.sync.retryAt });
    expect(first.sync.retryAt! - world.clock.now).toBeGreaterThanOrEqual(4000);

    await world.advance(first.sync.retryAt! - world.clock.now - 1);
    expect(device.failures[0]!.remaining).toBe(1);
    await world.advance(1);
    expect(device.failures[0]!.remaining).toBe(0);
    const second = await state();
    expect(second.sync.state).toBe('pending');
    // Backoff: the second wait is longer than the first.
    expect(second.sync.retryAt! - world.clock.now).toBeGreaterThan(
      first.sync.retryAt! - (world.clock.now - 1) - 2,
    );

    await world.advance(second.sync.retryAt! - world.clock.now);
    expect((await decodeSync(await syncItems())).part.registers.get('theme')?.value).toBe('light');
    expect((await state()).sync).toEqual({ state: 'synced' });
  });

  it('waits at least a minute after the write-rate error', async () => {
    device.failures.push({
      message: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
      remaining: 1,
    });
    await device.send({ type: 'toBackground/settings/update', patch: { theme: 'light' } });
    await world.advance(1500);
    expect((await state()).sync.retryAt! - world.clock.now).toBeGreaterThanOrEqual(58_000);
  });

  it('retries when the alarm wakes a worker that lost its timer', async () => {
    device.failures.push({ message: 'QUOTA_BYTES quota exceeded', remaining: 1 });
    await device.send({ type: 'toBackground/settings/update', patch: { theme: 'light' } });
    await world.advance(1500);
    const { retryAt } = (await state()).sync;
    device.service.stop();
    world.clock.now = retryAt! + 1;
    device.start();
    await world.idle();
    // The restarted worker holds to the stored retry time, and the alarm wakes it.
    await device.browser.alarms.onAlarm.trigger({
      name: SYNC_ALARM,
      scheduledTime: retryAt!,
      persistAcrossSessions: false,
    });
    await world.advance(1500);
    expect((await decodeSync(await syncItems())).part.registers.get('theme')?.value).toBe('light');
  });

  it('keeps its own write rate under the browser limit, waiting when the budget is spent', async () => {
    device.start({ debounceMs: 10, maxWaitMs: 10 });
    await world.idle();
    for (let i = 0; i < 150; i++) {
      await device.send({ type: 'toBackground/settings/update', patch: { hoverDelayMs: i } });
      await world.advance(200);
    }
    const status = await state();
    expect(status.sync.state).toBe('pending');
    await world.advance(120_000);
    const times = world.relay.writes.map((write) => write.at);
    for (const time of times) {
      expect(
        times.filter((other) => other > time - 60_000 && other <= time).length,
      ).toBeLessThanOrEqual(100);
    }
    expect((await decodeSync(await syncItems())).part.registers.get('hoverDelayMs')?.value).toBe(
      149,
    );
    expect((await state()).sync).toEqual({ state: 'synced' });
  });
});

describe('sync unavailable', () => {
  it('says so when the browser has no sync storage', async () => {
    device.start({
      platform: {
        storage: {
          local: device.browser.storage.local,
          onChanged: device.browser.storage.onChanged,
        },
      },
    });
    await world.idle();
    await device.send({ type: 'toBackground/settings/update', patch: { theme: 'dark' } });
    expect((await state()).sync).toEqual({
      state: 'unavailable',
      message: 'This browser has no sync storage; settings stay on this device',
    });
    expect(await local(SNAPSHOT_KEY)).toMatchObject({ theme: 'dark' });
  });

  it('says so when sync storage is turned off', async () => {
    vi.spyOn(device.syncArea, 'get').mockRejectedValue(
      new Error('Please set webextensions.storage.sync.enabled to true in about:config'),
    );
    device.start();
    await world.idle();
    expect((await state()).sync).toMatchObject({ state: 'unavailable' });
  });
});

describe('bad data', () => {
  it('in IndexedDB: wrong types fall back to defaults, raw kept in the quarantine, warned', async () => {
    const opened = await openSettingsDb({ factory: device.indexedDB });
    if (!opened.ok) throw new Error(opened.message);
    const doc = storeDoc({
      deviceId: 'device-a',
      clock: 10,
      version: SETTINGS_VERSION,
      registers: new Map([
        ['theme', { value: 'dark', t: 10, d: 'device-a' }],
        ['hoverDelayMs', { value: 'slow', t: 10, d: 'device-a' }],
        ['fontSize', { value: 14, t: 10, d: 'device-a' }],
      ]),
      lists: { disabledSites: emptySet(), hiddenEntities: emptySet() },
    });
    await opened.db.put('state', doc, DOC_RECORD);
    opened.db.close();
    device.start();
    const reply = await state();
    expect(reply.settings).toEqual({ ...defaultSettings(), theme: 'dark' });
    expect(reply.quarantine.map((entry) => [entry.path, entry.raw, entry.source])).toEqual([
      ['fontSize', 14, 'indexeddb'],
      ['hoverDelayMs', 'slow', 'indexeddb'],
    ]);
    expect(reply.warnings.map((warning) => warning.message)).toEqual([
      'fontSize (14) is not a setting of this version (kept for a newer version); the default is used and the original is kept',
      'hoverDelayMs ("slow") must be a number; the default is used and the original is kept',
    ]);
    // Dismissed warnings go away; the raw values stay kept.
    const dismissed = await device.send<SettingsResult>({
      type: 'toBackground/settings/dismissWarnings',
    });
    expect(dismissed.ok && dismissed.state.warnings).toEqual([]);
    expect((await state()).quarantine).toHaveLength(2);
  });

  it('in sync: an invalid field is ignored (default used), kept and carried, and an unknown one too', async () => {
    await device.syncArea.set({
      [SETTINGS_ITEM]: {
        f: 1,
        v: SETTINGS_VERSION,
        r: [
          ['colors.person', 'chartreuse', 5, 'device-b'],
          ['sparkles', true, 5, 'device-b'],
          ['theme', 'dark', 5, 'device-b'],
        ],
      },
    });
    device.start();
    const reply = await state();
    expect(reply.settings).toEqual({ ...defaultSettings(), theme: 'dark' });
    expect(reply.quarantine.map((entry) => [entry.source, entry.path, entry.raw])).toEqual([
      ['sync', 'colors.person', 'chartreuse'],
      ['sync', 'sparkles', true],
    ]);
    // A change here writes back the fields it could not use, untouched.
    await device.send({ type: 'toBackground/settings/update', patch: { demonyms: true } });
    await world.advance(2000);
    const remote = await decodeSync(await syncItems());
    expect(remote.part.registers.get('colors.person')).toEqual({
      value: 'chartreuse',
      t: 5,
      d: 'device-b',
    });
    expect(remote.part.registers.get('sparkles')).toEqual({ value: true, t: 5, d: 'device-b' });
  });

  it('in sync: a future settings version is read where it validates, and not written over until the user acts', async () => {
    const future = {
      f: 1,
      v: SETTINGS_VERSION + 1,
      r: [
        ['theme', 'light', 5, 'device-b'],
        ['cardLayout', 'wide', 5, 'device-b'],
      ],
    };
    await device.syncArea.set({ [SETTINGS_ITEM]: future });
    await device.browser.storage.local.set({ [SNAPSHOT_KEY]: { enabled: false } });
    device.start();
    await world.advance(10_000);
    const reply = await state();
    expect(reply.settings).toMatchObject({ theme: 'light', enabled: false });
    expect(reply.sync).toEqual({
      state: 'error',
      message: `A newer version of Backstory (settings version ${SETTINGS_VERSION + 1}) is using sync; this device will not write to sync until you change a setting here`,
    });
    expect(await syncItems()).toEqual({ [SETTINGS_ITEM]: future });
    expect(reply.quarantine.find((entry) => entry.path === 'sync:settings')?.raw).toEqual(future);

    await device.send({ type: 'toBackground/settings/update', patch: { hoverDelayMs: 100 } });
    await world.advance(2000);
    const remote = await decodeSync(await syncItems());
    expect(remote.part.version).toBe(SETTINGS_VERSION);
    // Nothing of the newer version's is lost: its fields are carried.
    expect(remote.part.registers.get('cardLayout')).toEqual({ value: 'wide', t: 5, d: 'device-b' });
    expect(remote.part.registers.get('enabled')?.value).toBe(false);
    expect((await state()).sync).toEqual({ state: 'synced' });
  });

  it('in sync: a half-written list is ignored until complete, then merged', async () => {
    device.start();
    await world.idle();
    const items = await encodeList(
      'disabledSites',
      setAddAll(emptySet(), ['a.com', 'b.com'], 'device-b'),
      'gb',
    );
    await device.receive({ [manifestKey('disabledSites')]: items[manifestKey('disabledSites')] });
    const during = await state();
    expect(during.settings.disabledSites).toEqual([]);
    expect(during.warnings.map((warning) => warning.id)).toContain('incomplete-disabledSites');
    await device.receive({ [chunkKey('disabledSites', 0)]: items[chunkKey('disabledSites', 0)] });
    const after = await state();
    expect(after.settings.disabledSites).toEqual(['a.com', 'b.com']);
    expect(after.warnings).toEqual([]);
    expect(world.relay.writes).toEqual([]);
  });

  it('in sync: a list still half-written after the grace period is rewritten from this device', async () => {
    device.start();
    await world.idle();
    await device.send({
      type: 'toBackground/settings/list',
      list: 'disabledSites',
      op: 'add',
      item: 'mine.com',
    });
    const items = await encodeList(
      'disabledSites',
      setAddAll(emptySet(), ['theirs.com'], 'device-b'),
      'gb',
    );
    await device.receive({ [manifestKey('disabledSites')]: items[manifestKey('disabledSites')] });
    await world.advance(5000);
    expect((await decodeSync(await syncItems())).lists.disabledSites.status).toBe('incomplete');
    await world.advance(15_000);
    const remote = await decodeSync(await syncItems());
    expect(setValues(remote.part.lists.disabledSites!)).toEqual(['mine.com']);
  });

  it.each<[string, { indexedDB?: null }]>([
    ['IndexedDB', {}],
    ['the storage.local fallback', { indexedDB: null }],
  ])(
    "in sync: a newer version's many edits keep the quarantine bounded in %s, with one warning per problem",
    async (_where, options) => {
      await device.browser.storage.local.set({
        [SNAPSHOT_KEY]: { enabled: 'no' },
        [SNAPSHOT_VERSION_KEY]: 2,
      });
      device.start(options);
      await world.idle();
      for (let i = 0; i < 300; i++) {
        // A newer Backstory on another device changes a field this version does not know.
        await device.receive({
          [SETTINGS_ITEM]: {
            f: 1,
            v: SETTINGS_VERSION + 1,
            r: [['cardLayout', `w${i}`, 1000 + i, 'device-z']],
          },
        });
        await world.advance(1000);
      }
      const check = async () => {
        const reply = await state();
        expect(reply.quarantine.length).toBeLessThanOrEqual(MAX_QUARANTINE);
        expect(
          reply.quarantine.map((entry) => [entry.source, entry.path, entry.raw]),
        ).toContainEqual(['snapshot', 'enabled', 'no']);
        const data = reply.warnings.filter((warning) => warning.kind === 'data');
        expect(data.map((warning) => warning.message)).toEqual([
          'enabled ("no") must be true or false; the default is used and the original is kept',
          expect.stringMatching(
            /^sync:settings \(.*\) was written by a newer version .*the originals are kept \(\d+ values\)$/,
          ),
          expect.stringMatching(
            /^cardLayout \("w299"\) is not a setting of this version .*the originals are kept \(\d+ values\)$/,
          ),
        ]);
      };
      await check();
      const opened = await openSettingsDb({ factory: device.indexedDB });
      if (!opened.ok) throw new Error(opened.message);
      const stored = await readQuarantine(opened.db);
      opened.db.close();
      expect(stored.length).toBeLessThanOrEqual(options.indexedDB === null ? 0 : MAX_QUARANTINE);
      device.start(options);
      await check();
    },
  );

  it("in sync: a fresh install never rewrites another device's half-written list, however long it stays so", async () => {
    device.start();
    await world.idle();
    const items = await encodeList(
      'disabledSites',
      setAddAll(emptySet(), ['theirs.com'], 'device-b'),
      'gb',
    );
    const manifest = { [manifestKey('disabledSites')]: items[manifestKey('disabledSites')] };
    await device.receive(manifest);
    await world.advance(60_000);
    expect(world.relay.writes).toEqual([]);
    expect(await syncItems()).toEqual(manifest);
    // A change to another field is synced, and still leaves the list alone.
    await device.send({ type: 'toBackground/settings/update', patch: { theme: 'dark' } });
    await world.advance(60_000);
    expect(world.relay.writes.flatMap((write) => write.keys)).toEqual([SETTINGS_ITEM]);
    await device.receive({ [chunkKey('disabledSites', 0)]: items[chunkKey('disabledSites', 0)] });
    expect((await state()).settings.disabledSites).toEqual(['theirs.com']);
  });

  it('in the snapshot: a wrong type is not fatal', async () => {
    await device.browser.storage.local.set({
      [SNAPSHOT_KEY]: { enabled: 'no', theme: 'dark' },
      [SNAPSHOT_VERSION_KEY]: 2,
    });
    device.start();
    const reply = await state();
    expect(reply.settings).toEqual({ ...defaultSettings(), theme: 'dark' });
    expect(reply.quarantine.map((entry) => [entry.source, entry.path, entry.raw])).toEqual([
      ['snapshot', 'enabled', 'no'],
    ]);
    expect(await local(SNAPSHOT_KEY)).toEqual({ ...defaultSettings(), theme: 'dark' });
  });

  it('a stored document from a newer version is left untouched until the user acts', async () => {
    const opened = await openSettingsDb({ factory: device.indexedDB });
    if (!opened.ok) throw new Error(opened.message);
    const future = { format: DOC_FORMAT + 1, anything: ['new'] };
    await opened.db.put('state', future, DOC_RECORD);
    opened.db.close();
    device.start();
    const reply = await state();
    expect(reply.settings).toEqual(DEFAULT_SETTINGS);
    expect(reply.warnings.map((warning) => warning.id)).toContain('local-hold');
    expect(await storedDoc()).toEqual(future);
    await device.send({ type: 'toBackground/settings/update', patch: { theme: 'dark' } });
    expect(await storedDoc()).toMatchObject({ format: DOC_FORMAT });
    expect(
      (await state()).quarantine.some(
        (entry) => JSON.stringify(entry.raw) === JSON.stringify(future),
      ),
    ).toBe(true);
  });
});

describe('IndexedDB trouble', () => {
  it('unavailable: falls back to storage.local, says so, and loses nothing across restarts', async () => {
    device.start({ indexedDB: null });
    await world.idle();
    await device.send({ type: 'toBackground/settings/update', patch: { theme: 'dark' } });
    const reply = await state();
    expect(reply.warnings).toEqual([
      {
        id: 'storage',
        kind: 'storage',
        message:
          'Settings could not use IndexedDB (IndexedDB is not available); they are kept in extension storage instead',
      },
    ]);
    expect(await local(FALLBACK_KEY)).toMatchObject({
      doc: { format: DOC_FORMAT, deviceId: 'device-a' },
    });
    device.start({ indexedDB: null });
    expect((await state()).settings.theme).toBe('dark');
    // IndexedDB back: the fallback copy is merged in and then removed.
    device.start();
    await world.idle();
    expect((await state()).settings.theme).toBe('dark');
    expect(await local(FALLBACK_KEY)).toBeUndefined();
    expect(await storedDoc()).toMatchObject({ deviceId: 'device-a' });
  });

  it('unavailable, with a newer version’s document held: keeps it, and what it sets aside', async () => {
    const future = { format: DOC_FORMAT + 1, anything: ['new'] };
    await device.browser.storage.local.set({
      [FALLBACK_KEY]: { doc: future },
      [SNAPSHOT_KEY]: { enabled: 'no', theme: 'dark' },
      [SNAPSHOT_VERSION_KEY]: 2,
    });
    device.start({ indexedDB: null });
    await world.idle();
    const kept = (await state()).quarantine.map((entry) => [entry.path, entry.raw]);
    expect(kept).toContainEqual(['enabled', 'no']);
    expect(await local(FALLBACK_KEY)).toMatchObject({ doc: future });
    // The snapshot is now valid, so only the stored copy still has the value set aside.
    device.start({ indexedDB: null });
    await world.idle();
    expect((await state()).quarantine.map((entry) => [entry.path, entry.raw])).toEqual(kept);
    expect(await local(FALLBACK_KEY)).toMatchObject({ doc: future });
  });

  it('blocked by an older open connection: falls back, says so, and merges once unblocked', async () => {
    // An older version's connection (database version 1) that does not close on versionchange.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = device.indexedDB.open(SETTINGS_DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('state');
      request.onsuccess = () => resolve(request.result);
    });
    device.start({ blockedTimeoutMs: 20 });
    await world.idle();
    const reply = await state();
    expect(reply.warnings).toEqual([
      {
        id: 'storage',
        kind: 'storage',
        message:
          'Settings could not use IndexedDB (IndexedDB is blocked by an older connection that did not close); they are kept in extension storage instead',
      },
    ]);
    await device.send({ type: 'toBackground/settings/update', patch: { demonyms: true } });
    expect(device.service.settings.demonyms).toBe(true);
    expect(await local(SNAPSHOT_KEY)).toMatchObject({ demonyms: true });
    expect(await local(FALLBACK_KEY)).toMatchObject({ doc: { format: DOC_FORMAT } });

    // The old connection goes away; the next start upgrades, merges the fallback copy, removes it.
    old.close();
    device.start();
    await world.idle();
    expect((await state()).warnings).toEqual([]);
    expect(device.service.settings.demonyms).toBe(true);
    expect(await local(FALLBACK_KEY)).toBeUndefined();
    expect(await storedDoc()).toMatchObject({ deviceId: 'device-a' });
  });
});
