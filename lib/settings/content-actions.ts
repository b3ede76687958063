/**
 * The two settings changes a hover card offers (PRODUCT.md section 4): hide this entity, turn
 * Backstory off on this site. The content script only asks; the background checks and writes (it
 * accepts from a page nothing but these two, and only the page's own site). Small and safe to
 * import in the content script: no `idb`, no dataset.
 */
import { browser } from 'wxt/browser';
import type { SettingsResult } from './types';

async function ask(list: 'hiddenEntities' | 'disabledSites', item: string): Promise<boolean> {
  try {
    const reply = await browser.runtime.sendMessage<unknown, SettingsResult | undefined>({
      type: 'toBackground/settings/list',
      list,
      op: 'add',
      item,
    });
    return reply?.ok === true;
  } catch (error) {
    // The extension was reloaded or the background is gone: nothing to do in the page.
    console.warn('[Backstory] could not change the settings', error);
    return false;
  }
}

/**
 * Hide an entity everywhere. Resolves to whether the background accepted it; never rejects. The
 * page's highlights update through the settings snapshot.
 */
export function hideEntity(entity: string): Promise<boolean> {
  return ask('hiddenEntities', entity);
}

/**
 * Turn Backstory off on this page's site (`siteKey(location.hostname)`). Resolves to whether the
 * background accepted it; never rejects.
 */
export function turnOffSite(site: string): Promise<boolean> {
  return ask('disabledSites', site);
}
