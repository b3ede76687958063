import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  defaultSettings,
} from '../../../../lib/settings/schema';
import {
  SNAPSHOT_KEY,
  SNAPSHOT_VERSION_KEY,
  parseSnapshot,
  readSnapshot,
  watchSnapshot,
  writeSnapshot,
} from '../../../../lib/settings/snapshot';

beforeEach(() => {
  fakeBrowser.reset();
});

const off = { ...defaultSettings(), enabled: false };

describe('parseSnapshot', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'enabled'],
    ['a wrong field type', { enabled: 'yes' }],
  ])('falls back to the defaults for %s', (_name, raw) => {
    expect(parseSnapshot(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and fills the rest with defaults', () => {
    expect(parseSnapshot({ enabled: false, unknown: 1 })).toEqual(off);
    expect(parseSnapshot({ disabledSites: ['example.com', 3], theme: 'dark' })).toEqual({
      ...defaultSettings(),
      disabledSites: ['example.com'],
      theme: 'dark',
    });
  });
});

describe('snapshot storage', () => {
  it('reads the defaults before anything was written', async () => {
    expect(await readSnapshot()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads the defaults when storage cannot be read, without throwing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('gone'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readSnapshot()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips through storage.local, marked with the settings version', async () => {
    await writeSnapshot(off);
    expect(await fakeBrowser.storage.local.get([SNAPSHOT_KEY, SNAPSHOT_VERSION_KEY])).toEqual({
      [SNAPSHOT_KEY]: off,
      [SNAPSHOT_VERSION_KEY]: SETTINGS_VERSION,
    });
    expect(await readSnapshot()).toEqual(off);
  });

  it('tells watchers about changes until they stop', async () => {
    const listener = vi.fn();
    const stop = watchSnapshot(listener);
    await writeSnapshot(off);
    expect(listener).toHaveBeenLastCalledWith(off);
    stop();
    await writeSnapshot(defaultSettings());
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores other keys and other areas', async () => {
    const listener = vi.fn();
    watchSnapshot(listener);
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.sync.set({ [SNAPSHOT_KEY]: off });
    expect(listener).not.toHaveBeenCalled();
  });
});
