export interface RestoreListProps {
  title: string;
  /** Shown when the list is empty. */
  empty: string;
  items: readonly { key: string; label: string }[];
  actionLabel: string;
  onRestore: (key: string) => void;
}

/** A list of things the user turned off (hidden entities, disabled sites), each restorable. */
export function RestoreList({ title, empty, items, actionLabel, onRestore }: RestoreListProps) {
  return (
    <div class="field">
      <h3 class="field__title">{title}</h3>
      {items.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul class="restore-list">
          {items.map((item) => (
            <li key={item.key}>
              <span class="restore-list__label">{item.label}</span>
              <button
                type="button"
                class="small-button"
                aria-label={`${actionLabel}: ${item.label}`}
                onClick={() => onRestore(item.key)}
              >
                {actionLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
