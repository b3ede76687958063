import { describe, expect, it } from 'vitest';
import { MIGRATIONS, UNMARKED_VERSION, migrateSettings } from '../../../../lib/settings/migrations';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  validateSettings,
  type Settings,
} from '../../../../lib/settings/schema';

/**
 * One fixture per past version: what that version really stored, and the exact settings it must
 * become (style-anchors rule 30).
 */
const FIXTURES: {
  version: number;
  name: string;
  stored: Record<string, unknown>;
  expected: Settings;
}[] = [
  {
    version: 1,
    name: 'the foundation, switched off',
    stored: { enabled: false },
    expected: {
      enabled: false,
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
    },
  },
  {
    version: 1,
    name: 'the foundation, on (as written at install)',
    stored: { enabled: true },
    expected: {
      enabled: true,
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
    },
  },
  {
    version: 2,
    name: 'a customised v2',
    stored: {
      enabled: true,
      disabledSites: ['example.com'],
      hiddenEntities: ['russia'],
      highlightStyle: 'both',
      colors: {
        person: 'teal',
        place: 'green',
        organization: 'purple',
        media: 'orange',
        event: 'gray',
      },
      entityTypes: { person: true, place: false, organization: true, media: true, event: true },
      demonyms: true,
      firstMentionOnly: true,
      hoverDelayMs: 0,
      theme: 'dark',
      cardSections: { background: true, facts: false, claims: true, updates: true },
    },
    expected: {
      enabled: true,
      disabledSites: ['example.com'],
      hiddenEntities: ['russia'],
      highlightStyle: 'both',
      colors: {
        person: 'teal',
        place: 'green',
        organization: 'purple',
        media: 'orange',
        event: 'gray',
      },
      entityTypes: { person: true, place: false, organization: true, media: true, event: true },
      demonyms: true,
      firstMentionOnly: true,
      hoverDelayMs: 0,
      theme: 'dark',
      cardSections: { background: true, facts: false, claims: true, updates: true },
    },
  },
];

describe('settings migrations', () => {
  it('are numbered in order up to the current version, each with a one-line note', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      Array.from(
        { length: SETTINGS_VERSION - UNMARKED_VERSION },
        (_, i) => UNMARKED_VERSION + 1 + i,
      ),
    );
    for (const migration of MIGRATIONS) {
      expect(migration.note.length).toBeGreaterThan(10);
      expect(migration.note).not.toContain('\n');
    }
  });

  it('have a fixture for every past version', () => {
    for (let version = UNMARKED_VERSION; version <= SETTINGS_VERSION; version++) {
      expect(FIXTURES.some((fixture) => fixture.version === version)).toBe(true);
    }
  });

  it.each(FIXTURES)(
    'v$version ($name) becomes the exact current object',
    ({ version, stored, expected }) => {
      const migrated = migrateSettings(stored, version);
      expect(migrated.ok).toBe(true);
      if (!migrated.ok) return;
      expect(validateSettings(migrated.value)).toEqual({ settings: expected, issues: [] });
    },
  );

  it.each(FIXTURES)('are pure and idempotent (v$version, $name)', ({ version, stored }) => {
    const before = structuredClone(stored);
    const once = migrateSettings(stored, version);
    expect(stored).toEqual(before);
    if (!once.ok) throw new Error('migration failed');
    const twice = migrateSettings(once.value, version);
    expect(twice.ok && twice.value).toEqual(once.value);
    for (const migration of MIGRATIONS) {
      expect(migration.migrate(migration.migrate(once.value))).toEqual(
        migration.migrate(once.value),
      );
    }
  });

  it('pass the defaults through unchanged', () => {
    const migrated = migrateSettings(DEFAULT_SETTINGS, SETTINGS_VERSION);
    expect(migrated.ok && migrated.value).toEqual(DEFAULT_SETTINGS);
    const fromV1 = migrateSettings(DEFAULT_SETTINGS, UNMARKED_VERSION);
    expect(fromV1.ok && fromV1.value).toEqual(DEFAULT_SETTINGS);
  });

  it('do not share objects between results', () => {
    const a = migrateSettings({ enabled: true }, 1);
    const b = migrateSettings({ enabled: true }, 1);
    if (!a.ok || !b.ok) throw new Error('migration failed');
    (a.value.colors as Record<string, string>).person = 'red';
    expect((b.value.colors as Record<string, string>).person).toBe('blue');
  });

  it('never downgrade a newer version, and refuse a version that is not one', () => {
    expect(migrateSettings({ enabled: false, sparkles: true }, SETTINGS_VERSION + 1)).toEqual({
      ok: false,
      reason: 'future',
      version: SETTINGS_VERSION + 1,
    });
    for (const version of [0, -1, 1.5, '2', null]) {
      expect(migrateSettings({}, version)).toEqual({
        ok: false,
        reason: 'invalid-version',
        version,
      });
    }
  });
});
