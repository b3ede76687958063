export type SyncState = 'synced' | 'pending' | 'unavailable' | 'error';

export interface SyncStatusProps {
  state: SyncState;
  /** The background's own wording of the state (why it is pending, what failed); replaces ours. */
  message?: string | undefined;
  /** Problems found in stored settings (kept for recovery, defaults used instead). */
  warnings: readonly string[];
}

const TEXT: Record<SyncState, string> = {
  synced: 'Synced across your devices',
  pending: 'Saved on this device, will sync',
  unavailable: 'Sync unavailable: settings stay on this device',
  error: 'Saved on this device; sync failed, will retry',
};

/** Whether the user's settings have reached the browser's sync storage, in words. */
export function SyncStatus({ state, message, warnings }: SyncStatusProps) {
  return (
    <div class="field">
      <p class={`sync sync--${state}`} role="status">
        <span class="sync__dot" aria-hidden="true" />
        <span>{message ?? TEXT[state]}</span>
      </p>
      {warnings.length > 0 && (
        <div class="warning" role="alert">
          <p>
            Some stored settings could not be read; defaults are used for them and the original
            values are kept:
          </p>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
