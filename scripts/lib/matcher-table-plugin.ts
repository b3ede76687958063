/**
 * A Vite plugin that compiles the dataset's tables at build time:
 *
 * - `virtual:backstory-matcher-table`: the matcher table, shipped in the background's bundle, so the
 *   background only parses it and loads the automaton when it starts (style-anchors rule 13:
 *   uBlock's "selfie"). In development the module is `undefined` and the background compiles the
 *   table itself, so that an edited dataset takes effect on the next reload without restarting the
 *   dev server.
 * - `virtual:backstory-content-table`: the few kilobytes a content script and the popup need (the
 *   entities' ids, names and types, the widest context window), as a function that parses it on
 *   first call. Being part of the code, it needs no storage read, no validation and no message at
 *   start-up, and it can never be another build's. In development it is computed from the dataset
 *   when the module loads, for the same reason as above.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATASET } from '../../data/index';
import { compileTable, contentTableOf } from '../../lib/matcher/compile';

export const MATCHER_TABLE_MODULE = 'virtual:backstory-matcher-table';
export const CONTENT_TABLE_MODULE = 'virtual:backstory-content-table';
const RESOLVED_MATCHER = `\0${MATCHER_TABLE_MODULE}`;
const RESOLVED_CONTENT = `\0${CONTENT_TABLE_MODULE}`;
const ROOT = resolve(import.meta.dirname, '../..');

export function matcherTablePlugin(options: { readonly prebuilt: boolean }): Plugin {
  // Both modules come from one compiled table, compiled once per build.
  let compiled: ReturnType<typeof compileTable> | undefined;
  const table = () => (compiled ??= compileTable(DATASET));
  return {
    name: 'backstory-matcher-table',
    resolveId(source) {
      if (source === MATCHER_TABLE_MODULE) return RESOLVED_MATCHER;
      if (source === CONTENT_TABLE_MODULE) return RESOLVED_CONTENT;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_MATCHER) {
        if (!options.prebuilt) return 'export default undefined;';
        // A JSON string parses faster than the same object as a JavaScript literal.
        const json = JSON.stringify(table());
        return `export default JSON.parse(${JSON.stringify(json)});`;
      }
      if (id === RESOLVED_CONTENT) {
        if (!options.prebuilt) {
          const from = (path: string) => JSON.stringify(resolve(ROOT, path));
          return [
            `import { DATASET } from ${from('data/index.ts')};`,
            `import { compileTable, contentTableOf } from ${from('lib/matcher/compile.ts')};`,
            'let table;',
            'export default () => (table ??= contentTableOf(compileTable(DATASET)));',
          ].join('\n');
        }
        const json = JSON.stringify(contentTableOf(table()));
        return [
          'let table;',
          `export default () => (table ??= JSON.parse(${JSON.stringify(json)}));`,
        ].join('\n');
      }
      return undefined;
    },
  };
}
