/**
 * Reading and following the settings snapshot as stored, in a module of its own that imports none
 * of the settings' code: the content script's loader reads it before it loads its engine
 * (lib/content/loader.ts), and validating it is the engine's (snapshot.ts).
 */
import { browser } from 'wxt/browser';

/**
 * The complete, validated settings that content scripts read at start and watch for changes. It
 * lives in `storage.local`, which every extension context can read (a content script's IndexedDB
 * belongs to the page, so it cannot read ours). Only the background writes it
 * (lib/background/settings-service.ts); a change reaches open tabs through `storage.onChanged`.
 */
export const SNAPSHOT_KEY = 'settingsSnapshot';

/** The stored snapshot, not yet validated (`parseSnapshot`); undefined when it cannot be read. */
export async function readRawSnapshot(): Promise<unknown> {
  try {
    const stored = await browser.storage.local.get(SNAPSHOT_KEY);
    return stored[SNAPSHOT_KEY];
  } catch (error) {
    console.warn('[Backstory] could not read the settings snapshot', error);
    return undefined;
  }
}

/**
 * Call `listener` with the stored snapshot, not yet validated, whenever it changes in any context.
 * Returns a function that stops listening.
 */
export function watchRawSnapshot(listener: (raw: unknown) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SNAPSHOT_KEY];
    if (area === 'local' && change) listener(change.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
