export interface ToggleProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Extra text read after the label (what the switch affects). */
  description?: string;
  onChange: (checked: boolean) => void;
}

/** A labelled on/off switch: a native checkbox with the switch role, keyboard-operable as is. */
export function Toggle({ label, checked, disabled, description, onChange }: ToggleProps) {
  return (
    <label class={`toggle${disabled ? ' toggle--disabled' : ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="toggle__track" aria-hidden="true">
        <span class="toggle__thumb" />
      </span>
      <span class="toggle__text">
        <span class="toggle__label">{label}</span>
        {description && <span class="toggle__description">{description}</span>}
      </span>
    </label>
  );
}
