/**
 * Our own bundles, imported into the content script's world: the engine (by the content script on
 * every page, lib/content/loader.ts says why) and the card (by the engine, on the first hover).
 *
 * A bundle is a web-accessible classic script that, when evaluated, puts what it offers in one
 * global slot; `importBundle` takes it from there and empties the slot, so nothing of ours stays on
 * the world's global object for a later copy to pick up.
 */

export type Importer = (url: string) => Promise<unknown>;

/** `import()` in the content script's world (a runtime URL: the bundler leaves it alone). */
const importInWorld: Importer = (url) => import(/* @vite-ignore */ url);

/** How many times each slot has been loaded in this world. */
const LOADS_KEY = '__backstoryBundleLoads';

/**
 * Import the bundle at `url` and return what it registered in `slot`. Throws when the import fails
 * or the bundle registered nothing.
 *
 * A world keeps the modules it has imported, by URL, for its document's life, and a second copy of
 * the content script can run in the same world (the background starts the new version in every open
 * tab when the extension is updated): importing the same URL again would give it nothing new, and
 * the first copy's code. So the first load of a slot in a world asks for the plain URL, and every
 * later one for a URL of its own.
 */
export async function importBundle<T>(
  url: string,
  slot: string,
  load: Importer = importInWorld,
): Promise<T> {
  const scope = globalThis as Record<string, unknown>;
  const counts = (scope[LOADS_KEY] ??= Object.create(null)) as Record<string, number>;
  const count = (counts[slot] ?? 0) + 1;
  counts[slot] = count;
  await load(count === 1 ? url : `${url}${url.includes('?') ? '&' : '?'}load=${count}`);
  const bundle = scope[slot] as T | undefined;
  delete scope[slot];
  if (bundle === undefined) throw new Error(`Backstory: ${url} did not register itself`);
  return bundle;
}
