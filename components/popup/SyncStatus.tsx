export type SyncState = 'synced' | 'pending' | 'unavailable' | 'error';

export interface SyncStatusProps {
  state: SyncState;
  /** The background's own wording of the state (why it is pending, what failed); replaces ours. */
  message?: string | undefined;
}

/**
 * "Synced" means handed to the browser's sync storage: the browser uploads it when the user is
 * signed in with sync on, and a Chrome offline or signed out accepts the write all the same, so the
 * extension cannot know that another device has it and does not say so.
 */
const TEXT: Record<SyncState, string> = {
  synced: 'Saved to your browser’s sync',
  pending: 'Saved on this device, will sync',
  unavailable: 'Sync unavailable: settings stay on this device',
  error: 'Saved on this device; sync failed, will retry',
};

/** The sync state in our words, short enough for the sync panel's summary line. */
export function syncText(state: SyncState): string {
  return TEXT[state];
}

/** Whether the user's settings have reached the browser's sync storage, in words. */
export function SyncStatus({ state, message }: SyncStatusProps) {
  return (
    <div class="field">
      <p class={`sync sync--${state}`} role="status">
        <span class="sync__dot" aria-hidden="true" />
        <span>{message ?? TEXT[state]}</span>
      </p>
    </div>
  );
}

export interface SettingsWarningsProps {
  /** Problems with the stored settings or with sync, each a sentence from the background. */
  warnings: readonly string[];
  /**
   * Mark the warnings about set-aside values as seen (the values stay kept). Absent when no warning
   * can be dismissed (the others last as long as their cause).
   */
  onDismiss?: (() => void) | undefined;
}

/** What went wrong with the stored settings, where the popup opens: not inside a closed panel. */
export function SettingsWarnings({ warnings, onDismiss }: SettingsWarningsProps) {
  if (warnings.length === 0) return null;
  return (
    <div class="warning" role="alert">
      <p>Backstory noticed a problem with your stored settings:</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
      {onDismiss && (
        <button type="button" class="small-button" onClick={onDismiss}>
          Got it
        </button>
      )}
    </div>
  );
}
