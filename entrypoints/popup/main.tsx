import { render } from 'preact';
import { PopupContainer } from '../../components/popup/PopupContainer';
import { loadCachedSettings } from '../../lib/settings/client';

// When the popup's own code starts (its modules are loaded): `npm run bench -- settings` counts from
// here too.
performance.mark('backstory:popup-start');
// The popup shows nothing until it has the stored settings (no flash of defaults), so their read
// from the IndexedDB cache starts before the first render.
const cached = loadCachedSettings();
render(<PopupContainer cached={cached} />, document.getElementById('app')!);
