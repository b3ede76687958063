import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import {
  SNAPSHOT_KEY,
  parseSnapshot,
  readSnapshot,
  watchSnapshot,
  writeSnapshot,
} from '../../../../lib/settings/snapshot';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parseSnapshot', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'enabled'],
    ['a wrong field type', { enabled: 'yes' }],
  ])('falls back to the defaults for %s', (_name, raw) => {
    expect(parseSnapshot(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields', () => {
    expect(parseSnapshot({ enabled: false, unknown: 1 })).toEqual({ enabled: false });
  });
});

describe('snapshot storage', () => {
  it('reads the defaults before anything was written', async () => {
    expect(await readSnapshot()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips through storage.local', async () => {
    await writeSnapshot({ enabled: false });
    expect(await fakeBrowser.storage.local.get(SNAPSHOT_KEY)).toEqual({
      [SNAPSHOT_KEY]: { enabled: false },
    });
    expect(await readSnapshot()).toEqual({ enabled: false });
  });

  it('tells watchers about changes until they stop', async () => {
    const listener = vi.fn();
    const stop = watchSnapshot(listener);
    await writeSnapshot({ enabled: false });
    expect(listener).toHaveBeenLastCalledWith({ enabled: false });
    stop();
    await writeSnapshot({ enabled: true });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
