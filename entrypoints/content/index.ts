// The `::highlight()` rules, as this script's CSS in the manifest (lib/dom/painter.ts says why).
import 'virtual:backstory-highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadEngine } from '../../lib/content/loader';
import { ALL_SITES } from '../../lib/platform/web-pages';

export default defineContentScript({
  matches: [...ALL_SITES],
  allFrames: true,
  runAt: 'document_idle',
  // The page should not see a message from us on every load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The manifest runs this on web pages only, but the background's injection into the frames of
    // tabs already open (lib/background/open-tabs.ts) also reaches the `about:blank` and `srcdoc`
    // frames the manifest leaves out (README, Decisions: Manifest).
    if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
    // The engine is a bundle of its own, imported here (lib/content/loader.ts says why).
    void loadEngine(ctx);
  },
});
