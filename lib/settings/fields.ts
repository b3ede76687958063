/**
 * The settings' fields without their schema: names, limits, defaults, the register paths, and the
 * direct checks with the field-by-field reader built on them. Content scripts read the settings
 * snapshot through this module on every page, so it imports no schema library: with valibot the
 * content script was 58 KB instead of 50 KB, and evaluating it took about 2 ms longer (median 12.9
 * against 11.1 ms, interleaved on nine readability pages, 2026-12-01). `schema.ts` is the reference
 * these rules repeat (property tests hold them equal); it adds the schema's messages and re-exports
 * everything here.
 */
import type { EntityType } from '../../data/schema';
import type { Settings } from './schema';
import { MAX_LIST_LENGTH } from './limits';
import { isSiteKey } from './sites';

/**
 * The version of the settings' shape. Bump it with a numbered migration in `migrations.ts` whenever
 * a field is added, removed, renamed or changes meaning.
 */
export const SETTINGS_VERSION = 2;

/**
 * The dataset's entity types, repeated here because the content script may import only types from
 * `data/` (a test checks this list equals `ENTITY_TYPES`).
 */
export const SETTINGS_ENTITY_TYPES = [
  'person',
  'place',
  'organization',
  'media',
  'event',
] as const satisfies readonly EntityType[];

/** The named colours a highlight can take (lib/dom/highlight-styles.ts paints them). */
export const PALETTE_COLOR_NAMES = [
  'blue',
  'teal',
  'green',
  'amber',
  'orange',
  'red',
  'purple',
  'gray',
] as const;
export type PaletteColorName = (typeof PALETTE_COLOR_NAMES)[number];

export const HIGHLIGHT_STYLE_NAMES = ['underline', 'background', 'both'] as const;
export const THEME_NAMES = ['system', 'light', 'dark'] as const;
export const CARD_SECTION_NAMES = ['background', 'facts', 'claims', 'updates'] as const;

/** The longest hover delay the user can choose, in milliseconds. */
export const MAX_HOVER_DELAY_MS = 2000;

export { MAX_LIST_LENGTH } from './limits';

/** An entity id as the dataset writes them (kebab-case). */
export const ENTITY_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_ENTITY_ID_LENGTH = 100;

export type SettingsKey = keyof Settings;
export type ListName = 'disabledSites' | 'hiddenEntities';
export const LIST_NAMES: readonly ListName[] = ['disabledSites', 'hiddenEntities'];

/** The settings of a fresh install. Never written to `storage.sync` (it holds only user changes). */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze({
  enabled: true,
  disabledSites: [],
  hiddenEntities: [],
  highlightStyle: 'underline',
  colors: { person: 'blue', place: 'green', organization: 'purple', media: 'orange', event: 'red' },
  entityTypes: { person: true, place: true, organization: true, media: true, event: true },
  demonyms: false,
  firstMentionOnly: false,
  hoverDelayMs: 300,
  theme: 'system',
  cardSections: { background: true, facts: true, claims: true, updates: true },
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

/** The fields that are objects of named leaves (each leaf is its own field for merging). */
const NESTED = {
  colors: SETTINGS_ENTITY_TYPES,
  entityTypes: SETTINGS_ENTITY_TYPES,
  cardSections: CARD_SECTION_NAMES,
} as const;
type NestedKey = keyof typeof NESTED;
const SCALAR_KEYS = [
  'enabled',
  'highlightStyle',
  'demonyms',
  'firstMentionOnly',
  'hoverDelayMs',
  'theme',
] as const satisfies readonly SettingsKey[];

/** Every top-level field of this version. */
export const SETTINGS_KEYS: ReadonlySet<string> = new Set<SettingsKey>([
  ...SCALAR_KEYS,
  ...(Object.keys(NESTED) as NestedKey[]),
  ...LIST_NAMES,
]);

/**
 * Every single-valued field, by path: the top-level scalars and each leaf of the nested objects
 * (`colors.person`). They are the units of last-writer-wins merging, so two devices changing two
 * colours at once both keep their change.
 */
export type RegisterPath =
  | (typeof SCALAR_KEYS)[number]
  | { [K in NestedKey]: `${K}.${(typeof NESTED)[K][number]}` }[NestedKey];

export const REGISTER_PATHS: readonly RegisterPath[] = [
  ...SCALAR_KEYS,
  ...(Object.keys(NESTED) as NestedKey[]).flatMap((key) =>
    NESTED[key].map((leaf) => `${key}.${leaf}` as RegisterPath),
  ),
];

const REGISTER_PATH_SET: ReadonlySet<string> = new Set(REGISTER_PATHS);

export function isRegisterPath(path: string): path is RegisterPath {
  return REGISTER_PATH_SET.has(path);
}

/** Read one register's value out of complete settings. */
export function readRegister(settings: Settings, path: RegisterPath): unknown {
  const [key, leaf] = path.split('.') as [SettingsKey, string | undefined];
  const value = settings[key];
  return leaf === undefined ? value : (value as Record<string, unknown>)[leaf];
}

/** Write one register's value into complete settings (in place). */
export function writeRegister(settings: Settings, path: RegisterPath, value: unknown): void {
  const [key, leaf] = path.split('.') as [SettingsKey, string | undefined];
  if (leaf === undefined) (settings as Record<string, unknown>)[key] = value;
  else (settings[key] as Record<string, unknown>)[leaf] = value;
}

/** A stored value that did not validate, by field path (`colors.person`, `disabledSites[3]`). */
export interface FieldIssue {
  readonly path: string;
  /** What was stored, kept for recovery. */
  readonly raw: unknown;
  /** Why it was not used, in words. */
  readonly reason: string;
}

const isBool = (value: unknown) => typeof value === 'boolean';
const oneOf =
  (names: readonly string[]) =>
  (value: unknown): boolean =>
    typeof value === 'string' && names.includes(value);

/** Each register's rule, checked directly: the rules of `SettingsSchema`, by top-level field. */
const REGISTER_VALID: Readonly<Record<string, (value: unknown) => boolean>> = {
  enabled: isBool,
  demonyms: isBool,
  firstMentionOnly: isBool,
  highlightStyle: oneOf(HIGHLIGHT_STYLE_NAMES),
  theme: oneOf(THEME_NAMES),
  hoverDelayMs: (value) =>
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_HOVER_DELAY_MS,
  colors: oneOf(PALETTE_COLOR_NAMES),
  entityTypes: isBool,
  cardSections: isBool,
};

/** True when `value` is valid for the register. */
export function registerValid(path: RegisterPath, value: unknown): boolean {
  return REGISTER_VALID[path.split('.', 1)[0]!]!(value);
}

/** True when `item` is a valid entry of the list (a site key, or an entity id). */
export function listItemValid(list: ListName, item: unknown): item is string {
  return list === 'disabledSites'
    ? isSiteKey(item)
    : typeof item === 'string' &&
        item.length <= MAX_ENTITY_ID_LENGTH &&
        ENTITY_ID_PATTERN.test(item);
}

/**
 * Says why a value the direct checks refused is not valid for a register or a list entry. The
 * schema's messages (`schema.ts`) are one; content scripts, which drop the issues, need none.
 */
export type Explain = (field: RegisterPath | ListName, value: unknown) => string;

const NOT_VALID: Explain = () => 'is not valid';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Read stored settings field by field. Every field that is missing or invalid takes its default;
 * each invalid or unknown value is returned as an issue with its raw value (and `explain`'s
 * reason), so the caller can keep it for recovery. List entries are checked one by one (a bad entry
 * drops alone), and the lists come back sorted and without duplicates. `validateSettings` in
 * `schema.ts` is this with the schema's messages.
 */
export function readSettings(
  raw: unknown,
  explain: Explain = NOT_VALID,
): { settings: Settings; issues: FieldIssue[] } {
  const settings = defaultSettings();
  const issues: FieldIssue[] = [];
  if (!isRecord(raw)) {
    if (raw !== undefined) issues.push({ path: '', raw, reason: 'must be an object of settings' });
    return { settings, issues };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!SETTINGS_KEYS.has(key)) {
      issues.push({ path: key, raw: value, reason: 'is not a setting of this version' });
    }
  }
  const register = (path: RegisterPath, value: unknown): void => {
    if (registerValid(path, value)) writeRegister(settings, path, value);
    else issues.push({ path, raw: value, reason: explain(path, value) });
  };
  for (const path of SCALAR_KEYS) {
    if (path in raw) register(path, raw[path]);
  }
  for (const key of Object.keys(NESTED) as NestedKey[]) {
    if (!(key in raw)) continue;
    const value = raw[key];
    if (!isRecord(value)) {
      issues.push({ path: key, raw: value, reason: 'must be an object' });
      continue;
    }
    const leaves: readonly string[] = NESTED[key];
    for (const [leaf, leafValue] of Object.entries(value)) {
      if (!leaves.includes(leaf)) {
        issues.push({
          path: `${key}.${leaf}`,
          raw: leafValue,
          reason: 'is not a setting of this version',
        });
      }
    }
    for (const leaf of leaves) {
      if (leaf in value) register(`${key}.${leaf}` as RegisterPath, value[leaf]);
    }
  }
  for (const list of LIST_NAMES) {
    if (!(list in raw)) continue;
    const value = raw[list];
    if (!Array.isArray(value)) {
      issues.push({ path: list, raw: value, reason: 'must be a list' });
      continue;
    }
    const kept = new Set<string>();
    value.forEach((item: unknown, index) => {
      if (!listItemValid(list, item)) {
        issues.push({ path: `${list}[${index}]`, raw: item, reason: explain(list, item) });
      } else if (kept.size >= MAX_LIST_LENGTH) {
        issues.push({ path: `${list}[${index}]`, raw: item, reason: 'is beyond the list limit' });
      } else kept.add(item);
    });
    settings[list] = [...kept].sort();
  }
  return { settings, issues };
}

/** True when two complete settings objects are equal (lists compared as sorted sets). */
export function settingsEqual(a: Settings, b: Settings): boolean {
  for (const path of REGISTER_PATHS) {
    if (readRegister(a, path) !== readRegister(b, path)) return false;
  }
  for (const list of LIST_NAMES) {
    const left = a[list];
    const right = b[list];
    if (left.length !== right.length) return false;
    const set = new Set(left);
    if (!right.every((item) => set.has(item))) return false;
  }
  return true;
}
