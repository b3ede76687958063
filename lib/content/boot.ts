import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForMessages } from '../messaging/listen';
import { parseToContent, type ContentStatus } from '../messaging/protocol';
import { readSnapshot, watchSnapshot } from '../settings/snapshot';
import type { Settings } from '../settings/schema';

/**
 * Content script start-up: read the settings snapshot first and do nothing more while the extension
 * is off (style-anchors rule 12). Every listener is tied to `ctx`, so an invalidated script
 * (extension reloaded or updated) stops cleanly.
 */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  let settings: Settings = await readSnapshot();
  if (ctx.isInvalid) return;

  const status = (): ContentStatus => ({ active: settings.enabled, url: location.href });

  const stopListening = listenForMessages(parseToContent, (message) => {
    switch (message.type) {
      case 'toContent/status':
        return status();
    }
  });
  ctx.onInvalidated(stopListening);

  const stopWatching = watchSnapshot((next) => {
    settings = next;
  });
  ctx.onInvalidated(stopWatching);
}
