/**
 * Starting the content script in tabs that were open before this version of the extension was
 * installed (Chromium only).
 *
 * Chromium runs a manifest's content scripts only in pages loaded after the extension was installed
 * or updated. An update leaves every open tab with the old version's script, orphaned: its
 * highlights stay but nothing answers the popup, and nothing new is highlighted until the tab is
 * reloaded. A store update arrives silently, so a reader with long-lived tabs would find the
 * extension dead in all of them. Firefox starts the new version's scripts in open tabs itself.
 *
 * So on install and on update the background injects the manifest's content scripts (their CSS
 * first, which the old version's leaves in the page in Chromium) into every open web tab, all
 * frames, one tab at a time so that a browser with hundreds of tabs is not asked for all of them at
 * once. The new script announces itself on the page as it starts (WXT's content script context),
 * and the orphan, hearing it, stops at once and takes its highlights and style sheets with it, so
 * each frame keeps one live copy (tests/e2e/update.spec.ts). A tab that refuses (a page the browser
 * keeps from extensions, an error page, a tab closed meanwhile) is skipped. A discarded tab is
 * skipped too: it loads afresh, with the manifest's scripts, when shown.
 */
import type { Manifest, Scripting, Tabs } from 'webextension-polyfill';
import { classifyUrl } from '../platform/web-pages';

/** What the manifest injects on its own: script and style files, and whether in every frame. */
export interface ContentScriptFiles {
  readonly js: readonly string[];
  readonly css: readonly string[];
  readonly allFrames: boolean;
}

/** The APIs this needs, as `browser` provides them. */
export interface OpenTabsPlatform {
  readonly tabs: Pick<Tabs.Static, 'query'>;
  readonly scripting: Pick<Scripting.Static, 'insertCSS' | 'executeScript'>;
}

/** The manifest's content scripts (`runtime.getManifest().content_scripts`), as files to inject. */
export function manifestContentScripts(
  manifest: Pick<Manifest.WebExtensionManifest, 'content_scripts'>,
): ContentScriptFiles[] {
  return (manifest.content_scripts ?? []).map((script) => ({
    js: script.js ?? [],
    css: script.css ?? [],
    allFrames: script.all_frames ?? false,
  }));
}

export interface InjectionReport {
  /** Web tabs that were open and loaded. */
  readonly tabs: number;
  /** Of them, the ones every script was injected into. */
  readonly injected: number;
}

/** Inject `scripts` into every open, loaded web tab. Never throws. */
export async function injectIntoOpenTabs(
  platform: OpenTabsPlatform,
  scripts: readonly ContentScriptFiles[],
): Promise<InjectionReport> {
  let tabs: Tabs.Tab[];
  try {
    tabs = await platform.tabs.query({});
  } catch {
    return { tabs: 0, injected: 0 };
  }
  const targets = tabs.filter(
    (tab) => tab.id !== undefined && !tab.discarded && classifyUrl(tab.url) === 'web',
  );
  let injected = 0;
  for (const tab of targets) {
    try {
      for (const { js, css, allFrames } of scripts) {
        const target = { tabId: tab.id!, allFrames };
        if (css.length > 0) await platform.scripting.insertCSS({ target, files: [...css] });
        if (js.length > 0) await platform.scripting.executeScript({ target, files: [...js] });
      }
      injected += 1;
    } catch {
      // See the module's comment: the tab is left as it is.
    }
  }
  return { tabs: targets.length, injected };
}
