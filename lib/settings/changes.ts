/**
 * User input to the settings, checked before anything changes: a partial patch (`update`), and a
 * settings file (`import`) with its export counterpart. Either everything in the input is valid and
 * it becomes a list of changes, or nothing changes and each bad field is named with its path.
 */
import { migrateSettings } from './migrations';
import {
  LIST_NAMES,
  REGISTER_PATHS,
  SETTINGS_VERSION,
  SettingsSchema,
  isRegisterPath,
  listItemProblem,
  listLengthProblem,
  registerProblem,
  type ListName,
  type RegisterPath,
  type Settings,
} from './schema';
import type { FieldError, QuarantineEntry } from './types';

/** Validated changes: fields to set and, per list, the items it should hold. */
export interface Changes {
  readonly registers: readonly (readonly [RegisterPath, unknown])[];
  readonly lists: Partial<Record<ListName, readonly string[]>>;
}

export type ChangesResult =
  | { readonly ok: true; readonly changes: Changes }
  | { readonly ok: false; readonly errors: FieldError[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Read a partial settings object (`{ hoverDelayMs: 500, colors: { person: 'red' } }`): only the
 * fields present change. Unknown fields and invalid values are errors, named with `prefix`.
 *
 * @example
 *   readChanges({ hoverDelayMs: 5000 }); // { ok: false, errors: [{ path: 'hoverDelayMs', … }] }
 */
export function readChanges(raw: unknown, prefix = ''): ChangesResult {
  const errors: FieldError[] = [];
  const registers: [RegisterPath, unknown][] = [];
  const lists: Partial<Record<ListName, string[]>> = {};
  const name = (path: string) => (prefix ? `${prefix}.${path}` : path);
  if (!isRecord(raw)) {
    return { ok: false, errors: [{ path: prefix, message: 'must be an object of settings' }] };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in SettingsSchema.entries)) {
      errors.push({ path: name(key), message: 'is not a setting' });
    } else if ((LIST_NAMES as readonly string[]).includes(key)) {
      const list = key as ListName;
      if (!Array.isArray(value)) {
        errors.push({ path: name(key), message: 'must be a list' });
        continue;
      }
      const items = new Set<string>();
      value.forEach((item: unknown, index) => {
        const problem = listItemProblem(list, item);
        if (problem === undefined) items.add(item as string);
        else errors.push({ path: name(`${key}[${index}]`), message: problem });
      });
      const tooLong = listLengthProblem(items.size);
      if (tooLong !== undefined) errors.push({ path: name(key), message: tooLong });
      lists[list] = [...items].sort();
    } else if (isRegisterPath(key)) {
      const problem = registerProblem(key, value);
      if (problem === undefined) registers.push([key, value]);
      else errors.push({ path: name(key), message: problem });
    } else if (!isRecord(value)) {
      errors.push({ path: name(key), message: 'must be an object' });
    } else {
      for (const [leaf, leafValue] of Object.entries(value)) {
        const path = `${key}.${leaf}`;
        if (!isRegisterPath(path)) {
          errors.push({ path: name(path), message: 'is not a setting' });
          continue;
        }
        const problem = registerProblem(path, leafValue);
        if (problem === undefined) registers.push([path, leafValue]);
        else errors.push({ path: name(path), message: problem });
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes: { registers, lists } };
}

/** The changes that turn any settings into `settings` (every field). */
export function changesFor(settings: Settings): Changes {
  const registers = REGISTER_PATHS.map((path): [RegisterPath, unknown] => {
    const [key, leaf] = path.split('.') as [keyof Settings, string | undefined];
    const value = settings[key];
    return [path, leaf === undefined ? value : (value as Record<string, unknown>)[leaf]];
  });
  return {
    registers,
    lists: { disabledSites: settings.disabledSites, hiddenEntities: settings.hiddenEntities },
  };
}

// Files ------------------------------------------------------------------------------------------

/** The marker of a Backstory settings file. */
export const EXPORT_FORMAT = 'backstory-settings';

/** The largest settings file accepted, in characters. */
export const MAX_IMPORT_LENGTH = 5_000_000;

/**
 * The settings as a JSON file: format marker, settings version, date, the settings, and any raw
 * values kept for recovery (`setAside`, ignored on import).
 */
export function exportSettings(
  settings: Settings,
  now: Date,
  setAside: readonly QuarantineEntry[] = [],
): { text: string; filename: string } {
  const file: Record<string, unknown> = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  if (setAside.length > 0) {
    file.setAside = setAside.map(({ source, path, raw, reason, at }) => ({
      source,
      path,
      raw,
      reason,
      at: new Date(at).toISOString(),
    }));
  }
  return {
    text: `${JSON.stringify(file, null, 2)}\n`,
    filename: `backstory-settings-${now.toISOString().slice(0, 10)}.json`,
  };
}

const ENVELOPE_KEYS = new Set(['format', 'version', 'exportedAt', 'settings', 'setAside']);

/**
 * Read a settings file. Everything is checked before anything is used: on any problem the result
 * lists every bad field (with its path in the file) and nothing is to be changed. An older file is
 * migrated; a newer one is refused.
 *
 * @example
 *   parseImport('{"format":"backstory-settings","version":2,"settings":{"theme":"dark"}}');
 *   // { ok: true, changes: { registers: [['theme', 'dark']], lists: {} } }
 */
export function parseImport(text: string): ChangesResult {
  if (text.length > MAX_IMPORT_LENGTH) {
    return { ok: false, errors: [{ path: '', message: 'the file is too large to be settings' }] };
  }
  if (text.trim() === '')
    return { ok: false, errors: [{ path: '', message: 'the file is empty' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `not valid JSON, the file may be cut short (${(error as Error).message})`,
        },
      ],
    };
  }
  if (!isRecord(json) || json.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      errors: [
        {
          path: 'format',
          message: `not a Backstory settings file (no "format": "${EXPORT_FORMAT}")`,
        },
      ],
    };
  }
  const errors: FieldError[] = [];
  for (const key of Object.keys(json)) {
    if (!ENVELOPE_KEYS.has(key))
      errors.push({ path: key, message: 'is not part of a settings file' });
  }
  const version = json.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    errors.push({
      path: 'version',
      message: `the file is from a newer version of Backstory (settings version ${version}); update Backstory to import it`,
    });
    return { ok: false, errors };
  }
  if (!isRecord(json.settings)) {
    errors.push({ path: 'settings', message: 'must be an object of settings' });
    return { ok: false, errors };
  }
  const migrated = migrateSettings(json.settings, version);
  if (!migrated.ok) {
    errors.push({ path: 'version', message: 'must be a settings version (a whole number from 1)' });
    return { ok: false, errors };
  }
  const changes = readChanges(migrated.value, 'settings');
  if (!changes.ok) errors.push(...changes.errors);
  return errors.length > 0 || !changes.ok ? { ok: false, errors } : changes;
}
