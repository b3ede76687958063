/**
 * `wxt/browser` under `npm run dev`: webextension-polyfill's `browser`, imported the usual way. The
 * dev server serves extension pages as ES modules, which have no `require` (extension-api.ts, which
 * builds use, says why they do), and converts the CommonJS polyfill itself.
 */
export { default as browser } from 'webextension-polyfill';
