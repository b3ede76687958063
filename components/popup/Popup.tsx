import type { SettingsFields } from '../../lib/content/settings-view';
import { BackupControls } from './BackupControls';
import { CardSettings } from './CardSettings';
import { HighlightSettings, type SettingsPatch } from './HighlightSettings';
import { PageEntities, type PageState } from './PageEntities';
import { Panel } from './Panel';
import { RestoreList } from './RestoreList';
import { SettingsWarnings, SyncStatus, syncText, type SyncState } from './SyncStatus';
import { Toggle } from './Toggle';

export interface PopupProps {
  settings: SettingsFields;
  /** The active tab's site; undefined where the extension cannot run. */
  site: { key: string; enabled: boolean } | undefined;
  page: PageState;
  sync: { state: SyncState; message?: string | undefined };
  warnings: readonly string[];
  /** Set when some warnings are about set-aside values, which the user may dismiss. */
  onDismissWarnings?: (() => void) | undefined;
  /** Problems with what the user just did (a change not saved, an export that failed). */
  notices: readonly string[];
  /** Entity id → name, for the hidden-entities list. */
  entityNames: Readonly<Record<string, string>>;
  importErrors: readonly string[];
  importDone: boolean;
  canUndoReset: boolean;
  onChange: (patch: SettingsPatch) => void;
  onSiteChange: (enabled: boolean) => void;
  onReveal: (entity: string) => void;
  /** Ask for host access to the page's site (called in the click handler). */
  onGrant: () => void;
  /** Said under the page's entities (a jump that found nothing). */
  revealNotice?: string | undefined;
  onRestoreEntity: (entity: string) => void;
  onRestoreSite: (site: string) => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
  onUndoReset: () => void;
  onOpenDemo: () => void;
}

/** The toolbar popup: switches, what is on this page, and the settings. */
export function Popup(props: PopupProps) {
  const { settings, site, page } = props;
  return (
    <main class="popup" data-theme={settings.theme}>
      <header class="popup__header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Backstory</h1>
      </header>

      <div class="switches">
        <Toggle
          label="Highlight names on pages"
          description={
            settings.enabled ? 'On everywhere except the sites you turn off' : 'Off everywhere'
          }
          checked={settings.enabled}
          onChange={(enabled) => props.onChange({ enabled })}
        />
        {site && (
          <Toggle
            label={`On ${site.key}`}
            description={site.enabled ? 'Highlights shown on this site' : 'Turned off on this site'}
            checked={site.enabled}
            disabled={!settings.enabled}
            onChange={props.onSiteChange}
          />
        )}
      </div>

      {props.notices.length > 0 && (
        <div class="warning" role="alert">
          {props.notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      )}

      <SettingsWarnings warnings={props.warnings} onDismiss={props.onDismissWarnings} />

      <PageEntities
        page={page}
        site={site?.key}
        onReveal={props.onReveal}
        onGrant={props.onGrant}
        notice={props.revealNotice}
      />

      <Panel title="Highlights">
        <HighlightSettings settings={settings} onChange={props.onChange} />
      </Panel>

      <Panel title="Hover card">
        <CardSettings settings={settings} onChange={props.onChange} />
      </Panel>

      <Panel title="Hidden names and sites">
        <RestoreList
          title="Hidden names"
          empty="No hidden names. Hide one from its card."
          items={settings.hiddenEntities.map((id) => ({
            key: id,
            label: props.entityNames[id] ?? id,
          }))}
          actionLabel="Show again"
          onRestore={props.onRestoreEntity}
        />
        <RestoreList
          title="Sites where Backstory is off"
          empty="None."
          items={settings.disabledSites.map((key) => ({ key, label: key }))}
          actionLabel="Turn back on"
          onRestore={props.onRestoreSite}
        />
      </Panel>

      <Panel
        title="Sync and backup"
        hint={props.sync.state === 'synced' ? undefined : syncText(props.sync.state)}
      >
        <SyncStatus state={props.sync.state} message={props.sync.message} />
        <BackupControls
          onExport={props.onExport}
          onImport={props.onImport}
          importErrors={props.importErrors}
          importDone={props.importDone}
          onReset={props.onReset}
          canUndoReset={props.canUndoReset}
          onUndoReset={props.onUndoReset}
        />
      </Panel>

      <footer class="popup__footer">
        <button type="button" class="link-button" onClick={props.onOpenDemo}>
          Open the demo article
        </button>
        <p class="muted">Everything Backstory shows ships with it: it makes no network requests.</p>
      </footer>
    </main>
  );
}
