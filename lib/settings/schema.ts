/**
 * The settings: one schema with its type, defaults and version (style-anchors rule 20). Every read
 * goes through {@link validateSettings}, which validates field by field: an invalid field falls back
 * to its default and is reported with its raw value, the other fields are kept.
 *
 * The names, defaults and direct checks live in `fields.ts`, re-exported here, so that content
 * scripts can read the settings without this module's schema library (see there).
 */
import * as v from 'valibot';
import {
  CARD_SECTION_NAMES,
  ENTITY_ID_PATTERN,
  HIGHLIGHT_STYLE_NAMES,
  MAX_ENTITY_ID_LENGTH,
  MAX_HOVER_DELAY_MS,
  MAX_LIST_LENGTH,
  PALETTE_COLOR_NAMES,
  SETTINGS_ENTITY_TYPES,
  THEME_NAMES,
  listItemValid,
  readSettings,
  registerValid,
  type Explain,
  type FieldIssue,
  type ListName,
  type RegisterPath,
  type SettingsKey,
} from './fields';
import { isSiteKey } from './sites';

export * from './fields';

const Bool = v.boolean('must be true or false');
const LIST_LENGTH_MESSAGE = `must have at most ${MAX_LIST_LENGTH} entries`;
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
export const EntityIdSchema = v.pipe(
  v.string('must be a text'),
  v.maxLength(MAX_ENTITY_ID_LENGTH, `must be at most ${MAX_ENTITY_ID_LENGTH} characters`),
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
    v.maxLength(MAX_LIST_LENGTH, LIST_LENGTH_MESSAGE),
  ),
  /** Entities the user hid everywhere, by id. */
  hiddenEntities: v.pipe(
    v.array(EntityIdSchema, 'must be a list'),
    v.maxLength(MAX_LIST_LENGTH, LIST_LENGTH_MESSAGE),
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

/** The schema of one register's value. */
export function registerSchema(path: RegisterPath): v.GenericSchema {
  const [key, leaf] = path.split('.') as [SettingsKey, string | undefined];
  const entry = SettingsSchema.entries[key];
  if (leaf === undefined) return entry;
  return (entry as v.ObjectSchema<v.ObjectEntries, string>).entries[leaf] as v.GenericSchema;
}

/**
 * The schema's message for a value the direct checks refused: a register's, or a list entry's
 * (`disabledSites`, `hiddenEntities`).
 */
const schemaMessage: Explain = (field, value) => {
  const schema =
    field === 'disabledSites'
      ? SiteKeySchema
      : field === 'hiddenEntities'
        ? EntityIdSchema
        : registerSchema(field);
  return v.safeParse(schema, value).issues?.[0]?.message ?? 'is not valid';
};

/**
 * Validate one register's value; `undefined` when valid. The value is checked directly; only an
 * invalid one goes through the schema, for its message.
 */
export function registerProblem(path: RegisterPath, value: unknown): string | undefined {
  return registerValid(path, value) ? undefined : schemaMessage(path, value);
}

/**
 * Validate one list element; `undefined` when valid. The lists can hold thousands of entries, so an
 * entry is checked directly (the same rules as the schemas); only a bad one goes through the
 * schema, for its message.
 */
export function listItemProblem(list: ListName, item: unknown): string | undefined {
  return listItemValid(list, item) ? undefined : schemaMessage(list, item);
}

/**
 * Validate a list's length, counted in distinct entries as content scripts keep them; `undefined`
 * when within {@link MAX_LIST_LENGTH}.
 */
export function listLengthProblem(length: number): string | undefined {
  return length > MAX_LIST_LENGTH ? LIST_LENGTH_MESSAGE : undefined;
}

/**
 * Validate stored settings field by field (`readSettings`), each issue with the schema's message.
 *
 * @example
 *   const { settings, issues } = validateSettings({ enabled: 'yes', theme: 'dark' });
 *   // settings.enabled === true (default), settings.theme === 'dark'
 *   // issues: [{ path: 'enabled', raw: 'yes', reason: 'must be true or false' }]
 */
export function validateSettings(raw: unknown): { settings: Settings; issues: FieldIssue[] } {
  return readSettings(raw, schemaMessage);
}

export { isSiteEnabled, siteKey } from './sites';
