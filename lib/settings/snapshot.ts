import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';

/**
 * The complete, validated settings that content scripts read at start and watch for changes. It
 * lives in `storage.local`, which every extension context can read (a content script's IndexedDB
 * belongs to the page, so it cannot read ours).
 */
export const SNAPSHOT_KEY = 'settingsSnapshot';

/** Validate a raw stored value, falling back to the defaults field by field. */
export function parseSnapshot(raw: unknown): Settings {
  const result = { ...DEFAULT_SETTINGS };
  if (typeof raw !== 'object' || raw === null) return result;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(SettingsSchema.entries) as (keyof Settings)[]) {
    const field = v.safeParse(SettingsSchema.entries[key], record[key]);
    if (field.success) result[key] = field.output;
  }
  return result;
}

export async function readSnapshot(): Promise<Settings> {
  const stored = await browser.storage.local.get(SNAPSHOT_KEY);
  return parseSnapshot(stored[SNAPSHOT_KEY]);
}

export async function writeSnapshot(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SNAPSHOT_KEY]: settings });
}

/**
 * Call `listener` with the new snapshot whenever it changes in any context. Returns a function that
 * stops listening.
 */
export function watchSnapshot(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SNAPSHOT_KEY];
    if (area === 'local' && change) listener(parseSnapshot(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
