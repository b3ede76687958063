import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_VERSION } from './fields';
import { readRawSnapshot, SNAPSHOT_KEY, watchRawSnapshot } from './raw-snapshot';
import type { Settings } from './schema';

export { readRawSnapshot, SNAPSHOT_KEY, watchRawSnapshot };

/**
 * The settings version the snapshot was written with. Absent for the foundation's unmarked `{
 * enabled }` (version 1), see migrations.ts.
 */
export const SNAPSHOT_VERSION_KEY = 'settingsSnapshotVersion';

/**
 * Validate a raw stored value, falling back to the defaults field by field. The issues are dropped:
 * the background, the snapshot's only writer, has reported them already.
 */
export function parseSnapshot(raw: unknown): Settings {
  return readSettings(raw).settings;
}

/** The snapshot as content scripts see it. Never throws: a failed read gives the defaults. */
export async function readSnapshot(): Promise<Settings> {
  return parseSnapshot(await readRawSnapshot());
}

/** The `storage.local` items that publish `settings` to content scripts. */
export function snapshotItems(settings: Settings): Record<string, unknown> {
  return { [SNAPSHOT_KEY]: settings, [SNAPSHOT_VERSION_KEY]: SETTINGS_VERSION };
}

/** Publish the settings to content scripts (background only). */
export async function writeSnapshot(settings: Settings): Promise<void> {
  await browser.storage.local.set(snapshotItems(settings));
}

/**
 * Call `listener` with the new snapshot whenever it changes in any context. Returns a function that
 * stops listening.
 */
export function watchSnapshot(listener: (settings: Settings) => void): () => void {
  return watchRawSnapshot((raw) => listener(parseSnapshot(raw)));
}
