/**
 * A Vite plugin that compiles the matcher table from the dataset at build time and ships it in the
 * background's bundle as `virtual:backstory-matcher-table`, so the background only parses it and
 * loads the automaton when it starts (style-anchors rule 13: uBlock's "selfie"). In development the
 * module is `undefined` and the background compiles the table itself, so that an edited dataset
 * takes effect on the next reload without restarting the dev server.
 */
import type { Plugin } from 'vite';
import { DATASET } from '../../data/index';
import { compileTable } from '../../lib/matcher/compile';

export const MATCHER_TABLE_MODULE = 'virtual:backstory-matcher-table';
const RESOLVED = `\0${MATCHER_TABLE_MODULE}`;

export function matcherTablePlugin(options: { readonly prebuilt: boolean }): Plugin {
  return {
    name: 'backstory-matcher-table',
    resolveId: (source) => (source === MATCHER_TABLE_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (!options.prebuilt) return 'export default undefined;';
      // A JSON string parses faster than the same object as a JavaScript literal.
      const json = JSON.stringify(compileTable(DATASET));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
