/**
 * The content script in two parts. The part in the manifest (`content-scripts/content.js`) is
 * small: WXT's context, the extension API, and this loader. Everything else, the engine, is a
 * separate bundle (`content-engine.js`) that the loader imports into the same world.
 *
 * Why: the browser hands a manifest content script to V8 as a string, which V8 compiles on the
 * page's main thread before anything runs, on every page and in every frame, with no code cache. A
 * script imported by URL is fetched and compiled while it streams in, off the main thread. In
 * traces of corpus pages (docs/benchmarks.md) this took the engine's compile off the page's main
 * thread at the price of a fetch of our own file; the engine's top level then runs in a fraction of
 * a millisecond.
 *
 * The settings snapshot is read while the engine loads. The engine decides from it whether to scan
 * (boot.ts); deciding here instead would bring the settings' checks into the part compiled on the
 * main thread, to save a bundle evaluation that costs less than they would.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readRawSnapshot } from '../settings/raw-snapshot';
import { importBundle, type Importer } from './bundles';
import { ENGINE_BUNDLE_KEY, ENGINE_BUNDLE_PATH, type EngineBundle } from './engine-bundle';

/**
 * Load the engine and start it in this frame. Never throws: an engine that cannot load (the
 * extension went away meanwhile) leaves the page as it was, and says so if the extension is still
 * there.
 */
export async function loadEngine(ctx: ContentScriptContext, load?: Importer): Promise<void> {
  const snapshot = readRawSnapshot();
  let engine: EngineBundle;
  try {
    engine = await importBundle<EngineBundle>(
      browser.runtime.getURL(ENGINE_BUNDLE_PATH),
      ENGINE_BUNDLE_KEY,
      load,
    );
  } catch (error) {
    if (ctx.isValid) console.error('[Backstory] could not load the content script engine', error);
    return;
  }
  if (ctx.isInvalid) return;
  await engine.startContent(ctx, snapshot);
}
