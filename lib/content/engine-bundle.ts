/**
 * The contract between the content script's loader (loader.ts) and its engine, the bundle it
 * imports (`content-engine.js`, entrypoints/content-engine).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What `content-engine.js` registers. */
export interface EngineBundle {
  /**
   * `loaderMs`: main-thread time of the loader's task that started the import, counted with the
   * engine's own start-up tasks.
   */
  startContent(
    ctx: ContentScriptContext,
    snapshot: Promise<unknown>,
    loaderMs?: number,
  ): Promise<void>;
}

/** Where the engine bundle registers itself in the content script's global scope. */
export const ENGINE_BUNDLE_KEY = '__backstoryEngine';

/** The web-accessible path of the engine bundle. */
export const ENGINE_BUNDLE_PATH = '/content-engine.js';
