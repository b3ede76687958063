import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  LOADER_ENTRY,
  NATIVE,
  POLYFILLED,
  extensionApiPlugin,
  isLoaderEntry,
} from '../../../scripts/lib/extension-api-plugin';

/** What the plugin resolves the polyfilled module to, in a build with this library entry. */
function resolvedIn(lib: ResolvedConfig['build']['lib']): unknown {
  const plugin: Plugin = extensionApiPlugin();
  (plugin.configResolved as (config: unknown) => void)({ build: { lib } });
  return (plugin.resolveId as (source: string) => unknown)(POLYFILLED);
}

describe('isLoaderEntry', () => {
  it("knows the loader's entry, bare or inside WXT's virtual entry module", () => {
    expect(isLoaderEntry(LOADER_ENTRY)).toBe(true);
    expect(
      isLoaderEntry(`virtual:wxt-content-script-isolated-world-entrypoint?${LOADER_ENTRY}`),
    ).toBe(true);
    expect(isLoaderEntry([LOADER_ENTRY])).toBe(true);
    expect(isLoaderEntry({ content: LOADER_ENTRY })).toBe(true);
    // The same path with Windows' separators.
    expect(isLoaderEntry(`virtual:x?${LOADER_ENTRY.replaceAll('/', '\\')}`)).toBe(true);
  });

  it('is false for every other entry', () => {
    const engine = LOADER_ENTRY.replace('/content/', '/content-engine/');
    expect(isLoaderEntry(`virtual:wxt-unlisted-script-entrypoint?${engine}`)).toBe(false);
    expect(isLoaderEntry(`${LOADER_ENTRY}.bak`)).toBe(false);
    expect(isLoaderEntry(undefined)).toBe(false);
    expect(isLoaderEntry([])).toBe(false);
  });
});

describe('extensionApiPlugin', () => {
  it("points the polyfilled API at the native one in the loader's build only", () => {
    const formats: ['iife'] = ['iife'];
    expect(resolvedIn({ entry: `virtual:x?${LOADER_ENTRY}`, formats })).toBe(NATIVE);
    expect(resolvedIn({ entry: 'virtual:x?/elsewhere/index.ts', formats })).toBeUndefined();
    // A multi-page build (the background, the popup) is not in library mode.
    expect(resolvedIn(false)).toBeUndefined();
  });

  it('leaves every other module to the usual resolution', () => {
    const plugin = extensionApiPlugin();
    (plugin.configResolved as (config: unknown) => void)({
      build: { lib: { entry: LOADER_ENTRY } },
    });
    expect(
      (plugin.resolveId as (source: string) => unknown)('wxt/utils/define-content-script'),
    ).toBe(undefined);
  });
});
