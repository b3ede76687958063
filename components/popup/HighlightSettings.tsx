import type { EntityType } from '../../data/schema';
import { TYPE_LABELS } from '../../lib/card/wording';
import {
  HIGHLIGHT_STYLES,
  PALETTE,
  PALETTE_COLORS,
  type HighlightStyle,
  type PaletteColor,
} from '../../lib/dom/highlight-styles';
import type { SettingsFields } from '../../lib/content/settings-view';

export type SettingsPatch = Partial<{ -readonly [K in keyof SettingsFields]: SettingsFields[K] }>;

export interface HighlightSettingsProps {
  settings: SettingsFields;
  onChange: (patch: SettingsPatch) => void;
}

const TYPES: EntityType[] = ['person', 'place', 'organization', 'media', 'event'];

const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'Underline',
  background: 'Background',
  both: 'Both',
};

const SAMPLE: Record<EntityType, string> = {
  person: 'Vladimir Putin',
  place: 'Palmyra',
  organization: 'Syrian Foreign Ministry',
  media: 'Syria TV',
  event: 'Maidan revolution',
};

function previewStyle(style: HighlightStyle, color: PaletteColor): Record<string, string> {
  const [line, fill] = PALETTE[color];
  const css: Record<string, string> = {};
  if (style !== 'background') {
    css.textDecoration = `underline 2px ${line}`;
  }
  if (style !== 'underline') css.backgroundColor = fill;
  return css;
}

/** How highlights look and which names get them, with a live preview. */
export function HighlightSettings({ settings, onChange }: HighlightSettingsProps) {
  return (
    <div class="settings-group">
      <fieldset class="field">
        <legend>Highlight style</legend>
        <div class="segmented">
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style}>
              <input
                type="radio"
                name="highlight-style"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => onChange({ highlightStyle: style })}
              />
              <span>{STYLE_LABELS[style]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="field">
        <legend>Names to highlight, and their colours</legend>
        <ul class="type-rows">
          {TYPES.map((type) => (
            <li key={type} class="type-row">
              <label class="type-row__toggle">
                <input
                  type="checkbox"
                  checked={settings.entityTypes[type]}
                  onChange={(event) =>
                    onChange({
                      entityTypes: { ...settings.entityTypes, [type]: event.currentTarget.checked },
                    })
                  }
                />
                <span>{TYPE_LABELS[type]}</span>
              </label>
              <label class="type-row__color">
                <span class="sr-only">Colour for {TYPE_LABELS[type]}</span>
                <select
                  value={settings.colors[type]}
                  onChange={(event) =>
                    onChange({
                      colors: {
                        ...settings.colors,
                        [type]: event.currentTarget.value as PaletteColor,
                      },
                    })
                  }
                >
                  {PALETTE_COLORS.map((color) => (
                    <option key={color} value={color}>
                      {color[0]!.toUpperCase() + color.slice(1)}
                    </option>
                  ))}
                </select>
              </label>
              <span
                class="type-row__preview"
                style={previewStyle(settings.highlightStyle, settings.colors[type])}
                aria-hidden="true"
              >
                {SAMPLE[type]}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>

      <label class="check">
        <input
          type="checkbox"
          checked={settings.demonyms}
          onChange={(event) => onChange({ demonyms: event.currentTarget.checked })}
        />
        <span>Also highlight adjectives such as “Syrian” and “Russian”</span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.firstMentionOnly}
          onChange={(event) => onChange({ firstMentionOnly: event.currentTarget.checked })}
        />
        <span>Highlight only the first mention of each name on a page</span>
      </label>
    </div>
  );
}
