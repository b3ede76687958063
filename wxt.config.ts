import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DATASET } from './data/index';
import { assertValidDataset } from './data/validate';
import { matcherTablePlugin } from './scripts/lib/matcher-table-plugin';
import { highlightCssPlugin } from './scripts/lib/highlight-css-plugin';
import { extensionApiPlugin } from './scripts/lib/extension-api-plugin';
import { ALL_SITES } from './lib/platform/web-pages';
import { CARD_MODULE_PATH } from './lib/card/card-module';
import { ENGINE_BUNDLE_PATH } from './lib/content/engine-bundle';

/**
 * Gecko id: Firefox only syncs `storage.sync` for add-ons with an explicit id.
 * https://extensionworkshop.com/documentation/develop/extensions-and-the-add-on-id/
 */
export const GECKO_ID = 'backstory@backstory-extension.org';

/**
 * Extension pages may load only their own code and styles, and may connect nowhere: Backstory makes
 * no network requests (PRODUCT.md section 7). The dev server needs localhost, so `wxt dev` relaxes
 * `connect-src` and `script-src`.
 */
function extensionPagesCsp(mode: string): string {
  const dev = mode === 'development';
  return [
    "default-src 'none'",
    dev ? "script-src 'self' http://localhost:3000" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    dev ? "connect-src 'self' http://localhost:3000 ws://localhost:3000" : "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export default defineConfig({
  imports: false,
  // A malformed dataset entry stops `wxt build` and `wxt dev` with the entity and field named.
  hooks: {
    'build:before': () => {
      assertValidDataset(DATASET);
    },
  },
  // Manifest V3 for Firefox too (WXT defaults Firefox to MV2).
  manifestVersion: 3,
  vite: (env) => ({
    plugins: [
      preact(),
      highlightCssPlugin(),
      extensionApiPlugin(),
      matcherTablePlugin({ prebuilt: env.mode !== 'development' }),
    ],
    // `wxt/browser` is webextension-polyfill's `browser`, in builds without the bundler's interop
    // copy of it (lib/platform/extension-api.ts says why). This replaces WXT's
    // @wxt-dev/webextension-polyfill module, which points the same import at the polyfill through
    // that copy; the dev server, which has no `require`, gets the usual import. In the content
    // script's loader alone, extensionApiPlugin turns it into the browser's own API
    // (scripts/lib/extension-api-plugin.ts).
    resolve: {
      alias: {
        'wxt/browser': fileURLToPath(
          new URL(
            env.mode === 'development'
              ? 'lib/platform/extension-api-dev.ts'
              : 'lib/platform/extension-api.ts',
            import.meta.url,
          ),
        ),
      },
    },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, mode }) => ({
    name: 'Backstory',
    description:
      'Context on the people, places, organisations and events of one news story — Syria, the United States and Russia, late 2025 — wherever you read about them.',
    // `alarms`: a sync write that failed (quota, write rate, offline) is retried after a backoff of up
    // to an hour; only an alarm survives the service worker being stopped when idle
    // (lib/background/settings-sync.ts). No permission warning is shown for it.
    //
    // Chromium only, `scripting` and host permissions for the pages the content script already runs
    // on: on install and update, the background starts the new content script in the tabs already
    // open, which Chromium leaves without it (lib/background/open-tabs.ts). The install prompt is the
    // same ("read and change your data on all websites" is already what the content script asks).
    // Firefox injects into open tabs itself, and there host permissions are the user's to withhold.
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage', 'alarms', 'scripting'],
    ...(browser === 'firefox' ? {} : { host_permissions: [...ALL_SITES] }),
    content_security_policy: { extension_pages: extensionPagesCsp(mode) },
    action: { default_title: 'Backstory' },
    // Keyboard access to the highlights (issue 6): next with Alt+B, back with Shift added.
    // Users can rebind them in the browser's shortcut settings.
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+B' },
        description: 'Go to the next highlighted name and open its card',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Go to the previous highlighted name and open its card',
      },
    },
    // The bundles the content script imports into its world: the engine, on every web page
    // (lib/content/engine-bundle.ts), and the hover card's, on the first hover
    // (lib/card/card-module.ts). Chrome's dynamic URL keeps pages from probing for the extension
    // by a fixed address; Firefox already uses a per-install one.
    web_accessible_resources: [
      {
        resources: [CARD_MODULE_PATH, ENGINE_BUNDLE_PATH].map((path) => path.replace(/^\//, '')),
        matches: [...ALL_SITES],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Messages are structured clones, as Firefox always makes them, not JSON (Chrome 148 and
    // later; older versions ignore the key and keep JSON, which every message also survives).
    // Serialising a page's text for the matcher is the content script's biggest single cost on a
    // long page: the HTML5 spec's survey took 44-54 ms of main-thread time as JSON, 21-26 ms as
    // a structured clone (docs/benchmarks.md).
    ...(browser === 'firefox' ? {} : { message_serialization: 'structured_clone' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads `data_collection_permissions` from 142 on (desktop: 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: {
    disabled: false,
  },
});
