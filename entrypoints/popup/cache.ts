/**
 * The popup's first step, imported first by main.tsx: start reading the settings from the IndexedDB
 * cache as soon as this module is evaluated, before the view's modules (Preact, the components)
 * are, so that opening the database overlaps with them.
 */
import { loadCachedSettings } from '../../lib/settings/client';

// When the popup's own code starts: `npm run bench -- settings` counts from here too.
performance.mark('backstory:popup-start');
export const cached = loadCachedSettings();
