/**
 * The settings: one schema with its type, defaults and version (style-anchors rule 20). Every read
 * goes through {@link validateSettings}, which validates field by field: an invalid field falls back
 * to its default and is reported with its raw value, the other fields are kept.
 *
 * This module is imported by the content script (through the snapshot), so it holds only small,
 * pure code: no `idb`, no dataset values (issue 7, PRODUCT.md section 6).
 */
import * as v from 'valibot';
import type { EntityType } from '../../data/schema';
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

/**
 * More list entries than anyone sets by hand; it bounds the work a corrupted or hostile value can
 * cause in the content script.
 */
export const MAX_LIST_LENGTH = 50_000;

const Bool = v.boolean('must be true or false');
const Color = v.picklist(PALETTE_COLOR_NAMES, `must be one of ${PALETTE_COLOR_NAMES.join(', ')}`);

/** `example.com`: lowercased hostname without `www.` (see `siteKey`). */
export const SiteKeySchema = v.pipe(
  v.string('must be a text'),
  v.check(
    (value: string) => isSiteKey(value),
    'must be a site name such as example.com (lowercase, no www.)',
  ),
);

/** An entity id as the dataset writes them (kebab-case). */
const ENTITY_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const EntityIdSchema = v.pipe(
  v.string('must be a text'),
  v.maxLength(100, 'must be at most 100 characters'),
  v.regex(ENTITY_ID_PATTERN, 'must be an entity id (kebab-case)'),
);

function recordOf<const K extends readonly string[], S extends v.GenericSchema>(keys: K, item: S) {
  return v.object(
    Object.fromEntries(keys.map((key) => [key, item])) as { [P in K[number]]: S },
    'must be an object',
  );
}

/**
 * The settings the extension obeys. Keys are camelCase and positive (`enabled`, never `disabled`),
 * see style-anchors.md rule 8.
 */
export const SettingsSchema = v.object({
  /** Global switch: when false nothing is scanned or highlighted anywhere. */
  enabled: Bool,
  /** Sites turned off, as site keys; a site is off if its key or a parent domain's key is here. */
  disabledSites: v.pipe(
    v.array(SiteKeySchema, 'must be a list'),
    v.maxLength(MAX_LIST_LENGTH, `must have at most ${MAX_LIST_LENGTH} entries`),
  ),
  /** Entities the user hid everywhere, by id. */
  hiddenEntities: v.pipe(
    v.array(EntityIdSchema, 'must be a list'),
    v.maxLength(MAX_LIST_LENGTH, `must have at most ${MAX_LIST_LENGTH} entries`),
  ),
  highlightStyle: v.picklist(
    HIGHLIGHT_STYLE_NAMES,
    `must be one of ${HIGHLIGHT_STYLE_NAMES.join(', ')}`,
  ),
  /** The palette colour of each entity type's highlights. */
  colors: recordOf(SETTINGS_ENTITY_TYPES, Color),
  /** Which entity types are highlighted at all. */
  entityTypes: recordOf(SETTINGS_ENTITY_TYPES, Bool),
  /** Also match demonyms ("Syrian", "Russian"). */
  demonyms: Bool,
  /** Highlight only the first mention of each entity on a page. */
  firstMentionOnly: Bool,
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(0, `must be from 0 to ${MAX_HOVER_DELAY_MS}`),
    v.maxValue(MAX_HOVER_DELAY_MS, `must be from 0 to ${MAX_HOVER_DELAY_MS}`),
  ),
  theme: v.picklist(THEME_NAMES, `must be one of ${THEME_NAMES.join(', ')}`),
  /** Which sections the hover card shows. */
  cardSections: recordOf(CARD_SECTION_NAMES, Bool),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
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

/** The schema of one register's value. */
export function registerSchema(path: RegisterPath): v.GenericSchema {
  const [key, leaf] = path.split('.') as [SettingsKey, string | undefined];
  const entry = SettingsSchema.entries[key];
  if (leaf === undefined) return entry;
  return (entry as v.ObjectSchema<v.ObjectEntries, string>).entries[leaf] as v.GenericSchema;
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

function firstMessage(result: v.SafeParseResult<v.GenericSchema>): string {
  return result.issues?.[0]?.message ?? 'is not valid';
}

const isBool = (value: unknown) => typeof value === 'boolean';
const oneOf =
  (names: readonly string[]) =>
  (value: unknown): boolean =>
    typeof value === 'string' && names.includes(value);

/**
 * Each register's rule, checked directly: the same rules as `SettingsSchema` (a property test holds
 * them equal), at a fraction of the cost. Content scripts validate the settings snapshot on every
 * page before they do anything else, so this is on every page's start-up path.
 */
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

/** True when `value` is valid for the register (the direct check; exported for its test). */
export function registerValid(path: RegisterPath, value: unknown): boolean {
  return REGISTER_VALID[path.split('.', 1)[0]!]!(value);
}

/**
 * Validate one register's value; `undefined` when valid. The value is checked directly first; only
 * an invalid one goes through the schema, for its message.
 */
export function registerProblem(path: RegisterPath, value: unknown): string | undefined {
  if (registerValid(path, value)) return undefined;
  const result = v.safeParse(registerSchema(path), value);
  return result.success ? undefined : firstMessage(result);
}

/**
 * Validate one list element; `undefined` when valid. The lists can hold thousands of entries and
 * content scripts read them on every page, so an entry is first checked directly (the same rules as
 * the schemas); only a bad one goes through the schema, for its message.
 */
export function listItemProblem(list: ListName, item: unknown): string | undefined {
  const valid =
    list === 'disabledSites'
      ? isSiteKey(item)
      : typeof item === 'string' && item.length <= 100 && ENTITY_ID_PATTERN.test(item);
  if (valid) return undefined;
  const schema = list === 'disabledSites' ? SiteKeySchema : EntityIdSchema;
  const result = v.safeParse(schema, item);
  return result.success ? undefined : firstMessage(result);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validate stored settings field by field. Every field that is missing or invalid takes its
 * default; each invalid or unknown value is returned as an issue with its raw value, so the caller
 * can keep it for recovery. List entries are checked one by one (a bad entry drops alone), and the
 * lists come back sorted and without duplicates.
 *
 * @example
 *   const { settings, issues } = validateSettings({ enabled: 'yes', theme: 'dark' });
 *   // settings.enabled === true (default), settings.theme === 'dark'
 *   // issues: [{ path: 'enabled', raw: 'yes', reason: 'must be true or false' }]
 */
export function validateSettings(raw: unknown): { settings: Settings; issues: FieldIssue[] } {
  const settings = defaultSettings();
  const issues: FieldIssue[] = [];
  if (!isRecord(raw)) {
    if (raw !== undefined) issues.push({ path: '', raw, reason: 'must be an object of settings' });
    return { settings, issues };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in SettingsSchema.entries)) {
      issues.push({ path: key, raw: value, reason: 'is not a setting of this version' });
    }
  }
  for (const path of SCALAR_KEYS) {
    if (!(path in raw)) continue;
    const problem = registerProblem(path, raw[path]);
    if (problem === undefined) writeRegister(settings, path, raw[path]);
    else issues.push({ path, raw: raw[path], reason: problem });
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
      if (!(leaf in value)) continue;
      const path = `${key}.${leaf}` as RegisterPath;
      const problem = registerProblem(path, value[leaf]);
      if (problem === undefined) writeRegister(settings, path, value[leaf]);
      else issues.push({ path, raw: value[leaf], reason: problem });
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
      const problem = listItemProblem(list, item);
      if (problem !== undefined)
        issues.push({ path: `${list}[${index}]`, raw: item, reason: problem });
      else if (kept.size >= MAX_LIST_LENGTH) {
        issues.push({ path: `${list}[${index}]`, raw: item, reason: 'is beyond the list limit' });
      } else kept.add(item as string);
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

export { isSiteEnabled, siteKey } from './sites';
