/**
 * A Vite plugin that gives the content script's loader the browser's own extension API instead of
 * webextension-polyfill (lib/platform/extension-api-native.ts says why). Every other bundle keeps
 * what wxt.config.ts aliases `wxt/browser` to.
 *
 * WXT builds each content script on its own, in library mode, so a build is the loader's when its
 * library entry is entrypoints/content/index.ts (wrapped in WXT's virtual entry module). In that
 * build the alias's target, resolved for any importer (our modules and WXT's context alike),
 * becomes the native module. (Under `npm run dev` the alias points elsewhere, and the loader keeps
 * the polyfill like every other bundle.)
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = new URL('../../', import.meta.url);
export const LOADER_ENTRY = fileURLToPath(new URL('entrypoints/content/index.ts', root));
export const POLYFILLED = fileURLToPath(new URL('lib/platform/extension-api.ts', root));
export const NATIVE = fileURLToPath(new URL('lib/platform/extension-api-native.ts', root));

const slashes = (path: string): string => path.replaceAll('\\', '/');

/** True when `entry` (a library build's `build.lib.entry`) is the loader's. */
export function isLoaderEntry(entry: unknown): boolean {
  const entries =
    typeof entry === 'string' ? [entry] : Array.isArray(entry) ? entry : Object.values(entry ?? {});
  // WXT's entry is a virtual module that wraps the file: `virtual:wxt-…-entrypoint?<path>`. Paths
  // are compared with forward slashes, which WXT may use on Windows where Node's have backslashes.
  const loader = slashes(LOADER_ENTRY);
  return entries.some((path) => {
    if (typeof path !== 'string') return false;
    const entryPath = slashes(path);
    return entryPath === loader || entryPath.endsWith(`?${loader}`);
  });
}

export function extensionApiPlugin(): Plugin {
  let loaderBuild = false;
  return {
    name: 'backstory-extension-api',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      loaderBuild = lib !== false && isLoaderEntry(lib.entry);
    },
    resolveId: (source) => (loaderBuild && source === POLYFILLED ? NATIVE : undefined),
  };
}
