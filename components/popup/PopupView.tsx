export interface PopupViewProps {
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  onOpenDemo: () => void;
}

/** The toolbar popup: the global switch and a way to see Backstory at work. */
export function PopupView({ enabled, onEnabledChange, onOpenDemo }: PopupViewProps) {
  return (
    <main class="popup">
      <header class="popup__header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Backstory</h1>
      </header>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(event) => onEnabledChange(event.currentTarget.checked)}
        />
        <span class="switch__text">Highlight names on pages</span>
      </label>
      <p class="popup__status" aria-live="polite">
        {enabled ? 'On for all sites.' : 'Off everywhere.'}
      </p>
      <footer class="popup__footer">
        <button type="button" class="link-button" onClick={onOpenDemo}>
          Open the demo article
        </button>
      </footer>
    </main>
  );
}
