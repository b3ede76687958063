/**
 * The extension API, as `wxt/browser` gives it to the project's code in builds (wxt.config.ts
 * aliases it here, and tsconfig.json's `paths` for its type; unit tests get WXT's `fakeBrowser`
 * instead): webextension-polyfill's `browser`.
 *
 * The polyfill is CommonJS, and the bundler's ES-module interop for `import browser from
 * 'webextension-polyfill'` copies every own property of what the module exports, reading each one's
 * descriptor. Where the browser has its own promise-based `browser` (Firefox, and Chrome from
 * version 148: https://developer.chrome.com/docs/extensions/develop/concepts/browser-namespace) the
 * polyfill exports that object itself, whose API namespaces are created on first look: the copy
 * created every namespace a content script can see, on every page and in every frame, before any of
 * our code ran (about 2 ms of the script's evaluation in CPU profiles of a small corpus page).
 * `require` hands the bundler the module's exports as they are.
 */
import type { Browser } from 'webextension-polyfill';

declare const require: (id: 'webextension-polyfill') => Browser;

// `require`, not `import`: see above (no interop copy).
export const browser: Browser = require('webextension-polyfill');
