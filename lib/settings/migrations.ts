/**
 * Numbered, pure, idempotent migrations of a settings object (style-anchors rule 21). Each takes
 * the previous version's object and returns the next one's; none reads the current defaults (they
 * may change later), each writes out the values of its own version. Validation runs after the last
 * one, so a migration never has to check types.
 *
 * History:
 *
 * - V1 (the foundation, shipped): `storage.local` key `settingsSnapshot` = `{ enabled }`, with no
 *   version marker. Nothing in IndexedDB or `storage.sync`.
 * - V2: the full settings of PRODUCT.md section 6; the snapshot is marked with
 *   `settingsSnapshotVersion`, the background keeps the settings in IndexedDB and syncs the user's
 *   changes (sync format 1 starts here, so there is no older sync data to migrate).
 */
import { SETTINGS_VERSION } from './schema';

export interface Migration {
  /** The version this migration produces. */
  readonly version: number;
  /** What changed, in one line. */
  readonly note: string;
  readonly migrate: (previous: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/** The version of settings stored without a marker (the foundation's `{ enabled }`). */
export const UNMARKED_VERSION = 1;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    note: "v2 adds per-site switch, hidden entities, highlight style/colours, entity types, demonyms, first-mention-only, hover delay, theme and card sections to v1's { enabled }",
    // Keys already present win, so running it on a v2 object changes nothing.
    migrate: (previous) => ({
      disabledSites: [],
      hiddenEntities: [],
      highlightStyle: 'underline',
      colors: {
        person: 'blue',
        place: 'green',
        organization: 'purple',
        media: 'orange',
        event: 'red',
      },
      entityTypes: { person: true, place: true, organization: true, media: true, event: true },
      demonyms: false,
      firstMentionOnly: false,
      hoverDelayMs: 300,
      theme: 'system',
      cardSections: { background: true, facts: true, claims: true, updates: true },
      ...previous,
    }),
  },
];

export type MigrationResult =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly from: number }
  /** Written by a newer version of Backstory: returned unchanged, never downgraded. */
  | { readonly ok: false; readonly reason: 'future'; readonly version: number }
  | { readonly ok: false; readonly reason: 'invalid-version'; readonly version: unknown };

/**
 * Bring a settings object of version `from` up to {@link SETTINGS_VERSION}. A version from the
 * future is reported, not touched.
 *
 * @example
 *   migrateSettings({ enabled: false }, 1); // { ok: true, value: { enabled: false, disabledSites: [], … } }
 */
export function migrateSettings(
  raw: Readonly<Record<string, unknown>>,
  from: unknown,
): MigrationResult {
  if (typeof from !== 'number' || !Number.isInteger(from) || from < UNMARKED_VERSION) {
    return { ok: false, reason: 'invalid-version', version: from };
  }
  if (from > SETTINGS_VERSION) return { ok: false, reason: 'future', version: from };
  let value: Record<string, unknown> = { ...raw };
  for (const migration of MIGRATIONS) {
    if (migration.version > from) value = migration.migrate(value);
  }
  return { ok: true, value, from };
}
