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
 * The loader reads the settings snapshot first. Where it says for certain that Backstory is off
 * here (dormant.ts), the engine is not loaded at all: the loader answers the popup and waits for
 * the settings to change. Everywhere else the engine is loaded and decides from the snapshot,
 * through all of the settings' checks, which stay out of the part compiled on the main thread.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readRawSnapshot } from '../settings/raw-snapshot';
import { importBundle, type Importer } from './bundles';
import { offHere, stayDormant, type HandOver } from './dormant';
import { ENGINE_BUNDLE_KEY, ENGINE_BUNDLE_PATH, type EngineBundle } from './engine-bundle';

/**
 * Load the engine and start it in this frame, once Backstory is not off here. Never throws: an
 * engine that cannot load (the extension went away meanwhile) leaves the page as it was, and says
 * so if the extension is still there.
 */
export async function loadEngine(ctx: ContentScriptContext, load?: Importer): Promise<void> {
  let snapshot = await readRawSnapshot();
  // This task, like the evaluation before it, is the content script's main-thread time: the engine
  // counts it in with its own (the import's synchronous start is most of it).
  let began = performance.now();
  if (ctx.isInvalid) return;
  let loading: Promise<EngineBundle> | undefined;
  const loadOnce = (): Promise<EngineBundle> =>
    (loading ??= importBundle<EngineBundle>(
      browser.runtime.getURL(ENGINE_BUNDLE_PATH),
      ENGINE_BUNDLE_KEY,
      load,
    ));
  let handOver: HandOver | undefined;
  if (offHere(snapshot, location.hostname) !== undefined) {
    // Loaded early when the popup asks; a failure is reported below, once the engine is needed.
    handOver = await stayDormant(ctx, snapshot, () => void loadOnce().catch(() => undefined));
    began = performance.now();
    if (ctx.isInvalid) return;
  }
  const pending = loadOnce();
  const loaderMs = performance.now() - began;
  let engine: EngineBundle;
  try {
    engine = await pending;
  } catch (error) {
    if (ctx.isValid) console.error('[Backstory] could not load the content script engine', error);
    return;
  }
  if (ctx.isInvalid) return;
  // The dormant listeners stop, and the engine starts listening, within this task: no settings
  // change or message can come between.
  if (handOver) snapshot = handOver();
  await engine.startContent(ctx, Promise.resolve(snapshot), loaderMs);
}
