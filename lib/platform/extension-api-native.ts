/**
 * `wxt/browser` in the content script's loader only (entrypoints/content/, lib/content/loader.ts):
 * the browser's own extension API, without webextension-polyfill's code.
 *
 * The loader is the one bundle V8 compiles on the page's main thread, on every page and in every
 * frame (loader.ts says why the rest is imported). The polyfill was 9.5 of its 14 KB, and where the
 * browser has its own promise-based `browser` (Firefox, Chrome from 148) the polyfill only hands
 * that object back. The loader needs three things of the API, and each is the same without the
 * polyfill in every Chrome this extension runs in (Manifest V3): `runtime.id` (WXT's context),
 * `runtime.getURL`, and `storage.local.get`, which returns a promise when given no callback. The
 * engine, the card, the background and the popup keep the polyfill (extension-api.ts).
 */
import type { Browser } from 'webextension-polyfill';

type ApiScope = { browser?: Browser; chrome?: Browser };

/**
 * The browser's own promise-based `browser` where it has one with a runtime of this extension (the
 * polyfill's own test), else Chrome's `chrome`.
 */
export function nativeExtensionApi(scope: ApiScope): Browser {
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome!;
}

export const browser: Browser = nativeExtensionApi(globalThis as unknown as ApiScope);
