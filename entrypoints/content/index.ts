// The `::highlight()` rules, as this script's CSS in the manifest (lib/dom/painter.ts says why).
import 'virtual:backstory-highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../lib/content/boot';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // The page should not see a message from us on every load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startContent(ctx);
  },
});
