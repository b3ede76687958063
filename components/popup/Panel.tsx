import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface PanelProps {
  title: string;
  /** A short state shown beside the title while the panel is closed (sync pending, say). */
  hint?: string | undefined;
  children: ComponentChildren;
}

/**
 * A collapsible section of the popup whose body is rendered the first time it opens, and kept from
 * then on (so a half-made choice or a chosen file survives closing it). The popup's first paint
 * then draws only what shows: the settings' forms took about half of the first render's time, and
 * interleaved runs measured the popup's first paint 10–20 ms sooner without them.
 *
 * The body is asked for on the summary's click (mouse, Enter or Space), which renders it before the
 * panel's first open frame; `toggle` covers any other way a `<details>` opens (a script setting
 * `open`). The cost: the browser's find in page cannot see into a panel not yet opened.
 */
export function Panel({ title, hint, children }: PanelProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      class="panel"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary class="panel__title" onClick={() => setOpened(true)}>
        {title}
        {hint && <span class="panel__hint"> · {hint}</span>}
      </summary>
      {opened && children}
    </details>
  );
}
