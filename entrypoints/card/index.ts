import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import cardCss from '../../components/card/card.css?inline';
import { createCardHost } from '../../lib/card/card-host';
import { CARD_MODULE_KEY, type CardModule } from '../../lib/card/card-module';

/** The card bundle: loaded by the content script on the first hover. */
export default defineUnlistedScript(() => {
  const module: CardModule = {
    createCardHost: (doc, events) => createCardHost(doc, cardCss, events),
  };
  (globalThis as Record<string, unknown>)[CARD_MODULE_KEY] = module;
});
