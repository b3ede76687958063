/**
 * A Vite plugin for `virtual:backstory-highlights.css`: the `::highlight()` rules of
 * lib/dom/highlight-styles.ts as a style sheet. The content script imports it, so WXT lists it as
 * the script's CSS in the manifest and the browser adds it to every page the script runs in; the
 * demo page imports it too. Open shadow roots still get the same rules from the painter, as a
 * constructed sheet.
 */
import type { Plugin } from 'vite';
import { highlightCss } from '../../lib/dom/highlight-styles';

export const HIGHLIGHT_CSS_MODULE = 'virtual:backstory-highlights.css';
const RESOLVED = `\0${HIGHLIGHT_CSS_MODULE}`;

export function highlightCssPlugin(): Plugin {
  return {
    name: 'backstory-highlight-css',
    resolveId: (source) => (source === HIGHLIGHT_CSS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? highlightCss() : undefined),
  };
}
