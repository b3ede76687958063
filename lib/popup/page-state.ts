/**
 * What the popup says about the target tab's page: asks the tab's content script (top frame) for
 * its summary, validates the reply, and turns every kind of silence into an empty state that says
 * why — never an error.
 */
import { browser } from 'wxt/browser';
import type { EntityType } from '../../data/schema';
import {
  parseToContentReply,
  type ContentStatus,
  type ToContentMessage,
} from '../messaging/protocol';
import { isSiteEnabled, siteKey, siteKeysFor } from '../settings/sites';
import { ALL_SITES, classifyUrl } from '../platform/web-pages';
import { originPattern, type TargetTab } from './target-tab';

export interface PageEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly count: number;
}

/** What the popup knows about the target tab's page. */
export type PageState =
  | { readonly kind: 'loading' }
  /**
   * Backstory cannot run here: the browser keeps extensions off the page (`browser`), or the
   * content script found a page it does not handle (`page`).
   */
  | { readonly kind: 'unsupported'; readonly by: 'browser' | 'page' }
  /** The content script did not answer (a tab loaded before the extension, or invalidated). */
  | { readonly kind: 'unreachable' }
  /** The user has not granted Backstory access to this site (Firefox asks per site). */
  | { readonly kind: 'permission'; readonly origins: readonly string[] }
  | { readonly kind: 'off'; readonly reason: 'off' | 'site-off' }
  | {
      readonly kind: 'ready';
      readonly entities: readonly PageEntity[];
      /** The content script is still scanning: counts may grow. */
      readonly scanning: boolean;
    };

export interface PageQuery {
  readonly state: PageState;
  /** The page's URL, from the tab or (when the browser hides it) from the content script. */
  readonly url: string | undefined;
}

/** What {@link queryPage} needs from the browser (injected in unit tests). */
export interface PageQueryDeps {
  /** Send a message to the tab's top frame; the raw reply, or undefined when nothing answered. */
  send(tabId: number, message: ToContentMessage): Promise<unknown>;
  /** `permissions.contains` for host origins. */
  hasOrigins(origins: readonly string[]): Promise<boolean>;
}

export const browserPageDeps: PageQueryDeps = {
  async send(tabId, message) {
    try {
      return await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    } catch {
      // No content script in that tab (not injected, invalidated, or a page it cannot run on).
      return undefined;
    }
  },
  async hasOrigins(origins) {
    try {
      return await browser.permissions.contains({ origins: [...origins] });
    } catch {
      return true; // No way to tell: do not offer a permission prompt that may not apply.
    }
  },
};

function fromStatus(status: ContentStatus, entities: readonly PageEntity[]): PageState {
  if (!status.active) {
    switch (status.reason) {
      case 'off':
      case 'site-off':
        return { kind: 'off', reason: status.reason };
      case 'unsupported':
        return { kind: 'unsupported', by: 'page' };
      default:
        return { kind: 'loading' };
    }
  }
  const sorted = [...entities].sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'),
  );
  return { kind: 'ready', entities: sorted, scanning: status.scan?.done === false };
}

/**
 * Ask the tab's content script what it found. Falls back to `toContent/status` (a content script
 * that has no summary yet), then explains the silence: a page the browser protects, a site the user
 * has not granted, or a script that is not running.
 */
export async function queryPage(
  tab: TargetTab,
  deps: PageQueryDeps = browserPageDeps,
): Promise<PageQuery> {
  const urlClass = classifyUrl(tab.url);
  if (urlClass === 'restricted')
    return { state: { kind: 'unsupported', by: 'browser' }, url: tab.url };

  const summary = parseToContentReply(
    'toContent/summary',
    await deps.send(tab.id, { type: 'toContent/summary' }),
  );
  if (summary) return { state: fromStatus(summary, summary.entities), url: summary.url };
  const status = parseToContentReply(
    'toContent/status',
    await deps.send(tab.id, { type: 'toContent/status' }),
  );
  if (status) return { state: fromStatus(status, []), url: status.url };

  const origin = originPattern(tab.url);
  const origins = origin ? [origin] : ALL_SITES;
  if (!(await deps.hasOrigins(origins)))
    return { state: { kind: 'permission', origins }, url: tab.url };
  return { state: { kind: 'unreachable' }, url: tab.url };
}

/** The popup's per-site switch for a page URL, or undefined where there is no site. */
export interface SiteSwitch {
  readonly key: string;
  readonly hostname: string;
  readonly enabled: boolean;
}

export function siteSwitchFor(
  settings: { readonly disabledSites: readonly string[] },
  url: string | undefined,
): SiteSwitch | undefined {
  if (url === undefined || classifyUrl(url) !== 'web') return undefined;
  const key = siteKey(url);
  if (!key) return undefined;
  const hostname = new URL(url).hostname;
  return { key, hostname, enabled: isSiteEnabled(settings, hostname) };
}

/**
 * The entries to remove from `disabledSites` to turn a site back on: its own key and any parent
 * domain's that turns it off (`example.com` also turns off `news.example.com`).
 */
export function keysToEnable(
  settings: { readonly disabledSites: readonly string[] },
  hostname: string,
): string[] {
  const disabled = new Set(settings.disabledSites);
  return siteKeysFor(hostname).filter((key) => disabled.has(key));
}

/**
 * What the popup shows: the settings decide at once (no waiting for the tab after a switch is
 * flipped), the content script's answer fills in the rest.
 */
export function displayedPage(
  settings: { readonly enabled: boolean; readonly disabledSites: readonly string[] },
  site: SiteSwitch | undefined,
  state: PageState,
): PageState {
  if (state.kind === 'unsupported' || state.kind === 'permission') return state;
  if (!settings.enabled) return { kind: 'off', reason: 'off' };
  if (site && !site.enabled) return { kind: 'off', reason: 'site-off' };
  // The settings say on, but the tab has not caught up yet.
  if (state.kind === 'off') return { kind: 'loading' };
  return state;
}
