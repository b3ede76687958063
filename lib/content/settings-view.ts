/**
 * The content script's view of the user's settings: what the scanner and the hover card obey, for
 * this page's site. Everything else in the settings (sync bookkeeping, lists for other sites) stays
 * out of the page's code paths.
 */
import type { EntityType } from '../../data/schema';
import type { CardSections } from '../card/card-data';
import type { HighlightStyle, PaletteColor } from '../dom/highlight-styles';
import type { ScannerSettings } from '../dom/page-scanner';
import type { HoverSettings } from './hover';

/** The fields of the settings snapshot the content script reads. */
export interface SettingsFields {
  readonly enabled: boolean;
  readonly disabledSites: readonly string[];
  readonly hiddenEntities: readonly string[];
  readonly highlightStyle: HighlightStyle;
  readonly colors: Readonly<Record<EntityType, PaletteColor>>;
  readonly entityTypes: Readonly<Record<EntityType, boolean>>;
  readonly demonyms: boolean;
  readonly firstMentionOnly: boolean;
  readonly hoverDelayMs: number;
  readonly theme: 'system' | 'light' | 'dark';
  readonly cardSections: CardSections;
}

export interface ContentSettings {
  /** On for this page: globally on and the site not turned off. */
  readonly on: boolean;
  readonly scanner: ScannerSettings;
  readonly hover: HoverSettings;
}

/**
 * Project the settings onto this page. `siteEnabled` decides the per-site switch (the settings
 * module owns what a "site" is).
 */
export function contentSettings(settings: SettingsFields, siteEnabled: boolean): ContentSettings {
  return {
    on: settings.enabled && siteEnabled,
    scanner: {
      demonyms: settings.demonyms,
      hiddenEntities: new Set(settings.hiddenEntities),
      entityTypes: settings.entityTypes,
      firstMentionOnly: settings.firstMentionOnly,
      style: settings.highlightStyle,
      colors: settings.colors,
    },
    hover: {
      hoverDelayMs: settings.hoverDelayMs,
      theme: settings.theme,
      cardSections: settings.cardSections,
    },
  };
}
