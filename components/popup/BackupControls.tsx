export interface BackupControlsProps {
  onExport: () => void;
  onImport: (file: File) => void;
  /** Errors of the last import, one per bad field; nothing was changed. */
  importErrors: readonly string[];
  /** Set after a successful import. */
  importDone: boolean;
  onReset: () => void;
  /** Offered right after a reset. */
  canUndoReset: boolean;
  onUndoReset: () => void;
}

/** Export and import settings as a JSON file; reset to defaults, with undo. */
export function BackupControls(props: BackupControlsProps) {
  const { importErrors } = props;
  return (
    <div class="field">
      <div class="button-row">
        <button type="button" class="small-button" onClick={props.onExport}>
          Export settings
        </button>
        <label class="small-button file-button">
          Import settings…
          <input
            type="file"
            accept="application/json,.json"
            aria-describedby={importErrors.length > 0 ? 'import-errors' : undefined}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) props.onImport(file);
            }}
          />
        </label>
      </div>
      {importErrors.length > 0 && (
        <div id="import-errors" class="warning" role="alert">
          <p>That file was not imported; nothing changed. Problems:</p>
          <ul>
            {importErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {props.importDone && importErrors.length === 0 && (
        <p class="muted" role="status">
          Settings imported.
        </p>
      )}
      <div class="button-row">
        <button type="button" class="small-button" onClick={props.onReset}>
          Reset to defaults
        </button>
        {props.canUndoReset && (
          <button
            type="button"
            class="small-button small-button--primary"
            onClick={props.onUndoReset}
          >
            Undo reset
          </button>
        )}
      </div>
    </div>
  );
}
