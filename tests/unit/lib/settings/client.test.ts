import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsService } from '../../../../lib/background/settings-service';
import {
  addSite,
  dismissWarnings,
  exportSettings,
  getState,
  getSyncStatus,
  hideEntity,
  importSettings,
  loadCachedSettings,
  removeSite,
  reset,
  subscribe,
  undoReset,
  unhideEntity,
  update,
} from '../../../../lib/settings/client';
import { hideEntity as hideFromPage, turnOffSite } from '../../../../lib/settings/content-actions';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../../lib/settings/schema';
import { SNAPSHOT_KEY } from '../../../../lib/settings/snapshot';
import type { SettingsChange } from '../../../../lib/settings/client';

let factory: IDBFactory;
let service: SettingsService | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  factory = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  service?.stop();
  service = undefined;
});

async function startService(): Promise<SettingsService> {
  service = new SettingsService({ platform: fakeBrowser, indexedDB: factory });
  service.start();
  service.listen();
  await service.ready;
  return service;
}

describe('loadCachedSettings', () => {
  it('gives the snapshot (defaults) before the background ever ran', async () => {
    expect(await loadCachedSettings({ factory })).toEqual({
      settings: DEFAULT_SETTINGS,
      status: undefined,
      source: 'snapshot',
    });
  });

  it('reads the IndexedDB cache the background keeps, with the published status', async () => {
    await startService();
    await update({ theme: 'dark' });
    // Even with a stale snapshot, the cache is what the popup paints first.
    await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: DEFAULT_SETTINGS });
    const cached = await loadCachedSettings({ factory });
    expect(cached.source).toBe('indexeddb');
    expect(cached.settings).toEqual({ ...defaultSettings(), theme: 'dark' });
    expect(cached.status?.sync.state).toBe('pending');
  });

  it('falls back to the snapshot when IndexedDB is unavailable', async () => {
    await fakeBrowser.storage.local.set({
      [SNAPSHOT_KEY]: { ...defaultSettings(), theme: 'light' },
    });
    const cached = await loadCachedSettings({ factory: null });
    expect(cached).toMatchObject({ source: 'snapshot', settings: { theme: 'light' } });
  });
});

describe('the client API', () => {
  beforeEach(async () => {
    await startService();
  });

  it('changes settings through the background and tells subscribers', async () => {
    const changes: SettingsChange[] = [];
    const stop = subscribe((change) => changes.push(change));
    const result = await update({ hoverDelayMs: 800 });
    expect(result).toMatchObject({ ok: true, state: { settings: { hoverDelayMs: 800 } } });
    expect(changes.some((change) => change.settings?.hoverDelayMs === 800)).toBe(true);
    expect(changes.some((change) => change.status?.sync.state === 'pending')).toBe(true);
    stop();
    await update({ hoverDelayMs: 900 });
    expect(changes.some((change) => change.settings?.hoverDelayMs === 900)).toBe(false);
  });

  it('reports invalid input without changing anything', async () => {
    expect(await update({ hoverDelayMs: -3 })).toEqual({
      ok: false,
      errors: [{ path: 'hoverDelayMs', message: 'must be from 0 to 2000' }],
    });
    expect((await getState()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('edits both lists', async () => {
    await addSite('https://www.example.com/a');
    await hideEntity('russia');
    expect((await getState()).settings).toMatchObject({
      disabledSites: ['example.com'],
      hiddenEntities: ['russia'],
    });
    await removeSite('example.com');
    await unhideEntity('russia');
    expect((await getState()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('exports, resets with undo, imports', async () => {
    await update({ theme: 'dark' });
    const { text } = await exportSettings();
    const resetResult = await reset();
    expect(resetResult.ok && resetResult.state.settings).toEqual(DEFAULT_SETTINGS);
    if (!resetResult.ok) return;
    expect((await undoReset(resetResult.undo)).ok).toBe(true);
    expect((await getState()).settings.theme).toBe('dark');
    await reset();
    expect(await importSettings(text)).toMatchObject({
      ok: true,
      state: { settings: { theme: 'dark' } },
    });
    expect(await importSettings('{')).toMatchObject({ ok: false });
    expect((await dismissWarnings()).ok).toBe(true);
    expect((await getSyncStatus()).state).toBe('pending');
  });

  it('lets the hover card hide an entity and turn off the site', async () => {
    expect(await hideFromPage('russia')).toBe(true);
    expect(await turnOffSite('example.com')).toBe(true);
    expect(await hideFromPage('Not An Id')).toBe(false);
    expect((await getState()).settings).toMatchObject({
      disabledSites: ['example.com'],
      hiddenEntities: ['russia'],
    });
  });
});

describe('without a background', () => {
  it('says nothing changed, and the content actions never throw', async () => {
    expect(await update({ theme: 'dark' })).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message: 'Backstory’s background did not answer; nothing was changed. Try again.',
        },
      ],
    });
    await expect(getState()).rejects.toThrow('did not answer');
    expect(await hideFromPage('russia')).toBe(false);
    expect(await turnOffSite('example.com')).toBe(false);
  });
});
