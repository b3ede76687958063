import type { CardSections } from '../../lib/card/card-data';
import type { SettingsFields } from '../../lib/content/settings-view';
import type { SettingsPatch } from './HighlightSettings';

export interface CardSettingsProps {
  settings: SettingsFields;
  onChange: (patch: SettingsPatch) => void;
}

const THEMES = [
  ['system', 'Follow the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
] as const;

const SECTIONS: [keyof CardSections, string][] = [
  ['background', 'Background note'],
  ['facts', 'Key facts'],
  ['updates', 'Updates since the article'],
  ['claims', 'What the article claims'],
];

/** When the hover card opens, how it looks and what it shows. */
export function CardSettings({ settings, onChange }: CardSettingsProps) {
  return (
    <div class="settings-group">
      <div class="field">
        <label for="hover-delay">Hover delay</label>
        <div class="range">
          <input
            id="hover-delay"
            type="range"
            min={0}
            max={2000}
            step={50}
            value={settings.hoverDelayMs}
            aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
            onChange={(event) => onChange({ hoverDelayMs: Number(event.currentTarget.value) })}
          />
          <output for="hover-delay">{settings.hoverDelayMs} ms</output>
        </div>
      </div>

      <fieldset class="field">
        <legend>Theme</legend>
        <div class="segmented">
          {THEMES.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="theme"
                value={value}
                checked={settings.theme === value}
                onChange={() => onChange({ theme: value })}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="field">
        <legend>Card sections</legend>
        {SECTIONS.map(([key, label]) => (
          <label key={key} class="check">
            <input
              type="checkbox"
              checked={settings.cardSections[key]}
              onChange={(event) =>
                onChange({
                  cardSections: { ...settings.cardSections, [key]: event.currentTarget.checked },
                })
              }
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
