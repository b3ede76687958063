import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../../lib/content/boot';
import { ENGINE_BUNDLE_KEY, type EngineBundle } from '../../lib/content/engine-bundle';

/** The content script's engine: imported by the content script on every web page it runs in. */
export default defineUnlistedScript(() => {
  const bundle: EngineBundle = { startContent };
  (globalThis as Record<string, unknown>)[ENGINE_BUNDLE_KEY] = bundle;
});
