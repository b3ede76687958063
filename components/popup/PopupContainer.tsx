import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from './Popup';
import type { SyncState } from './SyncStatus';
import { parseToContentReply } from '../../lib/messaging/protocol';
import { describeErrors, downloadText, readImportFile } from '../../lib/popup/backup';
import { entityNames as namesOfEntities } from '../../lib/popup/entity-names';
import {
  displayedPage,
  keysToEnable,
  queryPage,
  siteSwitchFor,
  type PageQuery,
} from '../../lib/popup/page-state';
import { findTargetTab, type TargetTab } from '../../lib/popup/target-tab';
import {
  addSite,
  dismissWarnings,
  exportSettings,
  getState,
  importSettings,
  loadCachedSettings,
  removeSite,
  reset,
  subscribe,
  undoReset,
  unhideEntity,
  update,
  type CachedSettings,
} from '../../lib/settings/client';
import type { Settings } from '../../lib/settings/schema';
import type {
  SettingsResult,
  SettingsState,
  SettingsWarning,
  StoredStatus,
  UndoToken,
} from '../../lib/settings/types';

/** How often, and how many times, the popup asks again while the page is starting or scanning. */
const POLL_MS = 300;
const MAX_POLLS = 20;
/** Content scripts apply a settings change within 100 ms; ask them a little after that. */
const AFTER_CHANGE_MS = 150;

interface SyncView {
  state: SyncState;
  message?: string | undefined;
}

function syncView(status: StoredStatus['sync'] | undefined): SyncView {
  if (!status) return { state: 'pending' };
  return { state: status.state, message: status.message };
}

function needsAnotherLook(query: PageQuery): boolean {
  return query.state.kind === 'loading' || (query.state.kind === 'ready' && query.state.scanning);
}

/**
 * Container of the toolbar popup: reads the settings (cached first, then the background's), finds
 * the target tab and asks its content script what is on the page, and turns the view's events into
 * settings changes and messages. The view (`Popup`) only gets props.
 */
export function PopupContainer(props: { readonly cached?: Promise<CachedSettings> }) {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [sync, setSync] = useState<SyncView>({ state: 'pending' });
  const [warnings, setWarnings] = useState<readonly SettingsWarning[]>([]);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [tab, setTab] = useState<TargetTab | undefined>(undefined);
  const [query, setQuery] = useState<PageQuery>({ state: { kind: 'loading' }, url: undefined });
  const [importErrors, setImportErrors] = useState<readonly string[]>([]);
  const [importDone, setImportDone] = useState(false);
  const [undo, setUndo] = useState<UndoToken | undefined>(undefined);
  const [revealNotice, setRevealNotice] = useState<string | undefined>(undefined);

  const tabRef = useRef<TargetTab | undefined>(undefined);
  const querySeq = useRef(0);
  const pollTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /**
   * Changes sent to the background and not yet answered. While any is, snapshot events (which may
   * be of an earlier change) would undo what the user just did on screen; the answer brings the
   * settings instead.
   */
  const inFlight = useRef(0);

  const [entityNames] = useState<Readonly<Record<string, string>>>(namesOfEntities);

  function applyState(state: SettingsState) {
    setSettings(state.settings);
    setSync(syncView(state.sync));
    setWarnings(state.warnings);
  }

  /** Ask the page again now, then keep asking while it starts or scans. */
  function lookAtPage(delayMs = 0, attempt = 0) {
    clearTimeout(pollTimer.current);
    pollTimer.current = setTimeout(() => {
      const target = tabRef.current;
      if (!target) return;
      const seq = ++querySeq.current;
      void queryPage(target).then((result) => {
        if (seq !== querySeq.current) return; // a newer question is on its way
        setQuery(result);
        if (needsAnotherLook(result) && attempt < MAX_POLLS) lookAtPage(POLL_MS, attempt + 1);
      });
    }, delayMs);
  }

  useEffect(() => {
    let live = true;
    // First paint from the IndexedDB cache; the background's answer (below) reconciles.
    void (props.cached ?? loadCachedSettings()).then((cached) => {
      if (!live) return;
      setSettings((current) => current ?? cached.settings);
      if (cached.status) {
        setSync((current) =>
          current.state === 'pending' ? syncView(cached.status?.sync) : current,
        );
        setWarnings((current) => (current.length > 0 ? current : (cached.status?.warnings ?? [])));
      }
    });
    void getState().then(
      (state) => {
        if (live) applyState(state);
      },
      () => {
        if (live) setNotices(['Backstory’s background did not answer; showing saved settings.']);
      },
    );
    void findTargetTab(location.search).then((target) => {
      if (!live) return;
      tabRef.current = target;
      setTab(target);
      if (target) lookAtPage();
      else setQuery({ state: { kind: 'unsupported', by: 'browser' }, url: undefined });
    });
    const stop = subscribe((change) => {
      if (change.settings) {
        if (inFlight.current === 0) setSettings(change.settings);
        lookAtPage(AFTER_CHANGE_MS);
      }
      if (change.status) {
        setSync(syncView(change.status.sync));
        setWarnings(change.status.warnings);
      }
    });
    return () => {
      live = false;
      stop();
      clearTimeout(pollTimer.current);
    };
    // Runs once: the popup lives for one look at one tab.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // No flash of defaults: nothing is painted until the cached settings are read.
  if (!settings) return null;

  const site = siteSwitchFor(settings, query.url ?? tab?.url);
  const page = displayedPage(settings, site, query.state);

  /** Count a change as in flight until the background answers. */
  function send<T>(change: Promise<T>): Promise<T> {
    inFlight.current += 1;
    return change.finally(() => {
      inFlight.current -= 1;
    });
  }

  /** Apply a change's result; on failure say why and take the background's state again. */
  function settle(result: SettingsResult) {
    // An older answer must not overwrite what a newer, still pending change shows.
    if (result.ok && inFlight.current > 0) return;
    if (result.ok) {
      applyState(result.state);
      setNotices([]);
      return;
    }
    setNotices(describeErrors(result.errors).map((line) => `Not saved: ${line}`));
    void getState().then(applyState, () => undefined);
  }

  function closeUnlessPage() {
    // Opened with ?tab= (end-to-end tests), the popup is a page of its own: keep it.
    if (!tabRef.current?.overridden) window.close();
  }

  return (
    <Popup
      settings={settings}
      site={site}
      page={page}
      sync={sync}
      warnings={warnings.map((warning) => warning.message)}
      onDismissWarnings={
        warnings.some((warning) => warning.kind === 'data')
          ? () => void send(dismissWarnings()).then(settle)
          : undefined
      }
      notices={notices}
      entityNames={entityNames}
      importErrors={importErrors}
      importDone={importDone}
      canUndoReset={undo !== undefined}
      revealNotice={revealNotice}
      onChange={(patch) => {
        setSettings({ ...settings, ...patch } as Settings);
        void send(update(patch)).then(settle);
      }}
      onSiteChange={(enabled) => {
        if (!site) return;
        const keys = enabled ? keysToEnable(settings, site.hostname) : [site.key];
        setSettings({
          ...settings,
          disabledSites: enabled
            ? settings.disabledSites.filter((key) => !keys.includes(key))
            : [...settings.disabledSites, site.key].sort(),
        });
        void (async () => {
          // A parent domain's entry turns the site off too; each is removed in turn.
          for (const key of keys) {
            const result = await send(enabled ? removeSite(key) : addSite(key));
            settle(result);
            if (!result.ok) return;
          }
        })();
      }}
      onReveal={(entity) => {
        const target = tabRef.current;
        if (!target) return;
        setRevealNotice(undefined);
        void browser.tabs
          .sendMessage(target.id, { type: 'toContent/reveal', entity }, { frameId: 0 })
          .catch(() => undefined)
          .then((raw) => {
            const reply = parseToContentReply('toContent/reveal', raw);
            if (reply?.found) {
              closeUnlessPage();
              return;
            }
            setRevealNotice(
              reply
                ? `${entityNames[entity] ?? 'That name'} is no longer on the page.`
                : 'The page did not answer. Reload it and try again.',
            );
            lookAtPage();
          });
      }}
      onGrant={() => {
        if (query.state.kind !== 'permission') return;
        // Called straight from the click: browsers only ask the user during a user gesture.
        void browser.permissions.request({ origins: [...query.state.origins] }).then(
          (granted) => {
            if (granted) lookAtPage(AFTER_CHANGE_MS);
          },
          (error: unknown) => setNotices([`Could not ask for access: ${String(error)}`]),
        );
      }}
      onRestoreEntity={(entity) => void send(unhideEntity(entity)).then(settle)}
      onRestoreSite={(key) => void send(removeSite(key)).then(settle)}
      onExport={() => {
        void exportSettings().then(
          ({ text, filename }) => downloadText(text, filename),
          (error: unknown) => setNotices([`Export failed: ${String(error)}`]),
        );
      }}
      onImport={(file) => {
        setImportDone(false);
        void (async () => {
          const read = await readImportFile(file);
          if (!read.ok) {
            setImportErrors([read.error]);
            return;
          }
          const result = await send(importSettings(read.text));
          if (result.ok) {
            applyState(result.state);
            setImportErrors([]);
            setImportDone(true);
            setUndo(undefined);
          } else {
            setImportErrors(describeErrors(result.errors));
          }
        })();
      }}
      onReset={() => {
        void send(reset()).then((result) => {
          if (result.ok) {
            applyState(result.state);
            setUndo(result.undo);
            setImportDone(false);
            setImportErrors([]);
          } else settle(result);
        });
      }}
      onUndoReset={() => {
        if (!undo) return;
        void send(undoReset(undo)).then((result) => {
          settle(result);
          if (result.ok) setUndo(undefined);
        });
      }}
      onOpenDemo={() => {
        void browser.tabs
          .create({ url: browser.runtime.getURL('/demo.html') })
          .then(closeUnlessPage);
      }}
    />
  );
}
