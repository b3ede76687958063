import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  changesFor,
  exportSettings,
  parseImport,
  readChanges,
} from '../../../../lib/settings/changes';
import type { ChangesResult } from '../../../../lib/settings/changes';
import {
  DEFAULT_SETTINGS,
  MAX_LIST_LENGTH,
  SETTINGS_VERSION,
  defaultSettings,
} from '../../../../lib/settings/schema';

describe('readChanges (update patches)', () => {
  it('turns a valid partial patch into field changes', () => {
    expect(
      readChanges({
        hoverDelayMs: 500,
        colors: { person: 'red' },
        hiddenEntities: ['syria', 'russia', 'syria'],
      }),
    ).toEqual({
      ok: true,
      changes: {
        registers: [
          ['hoverDelayMs', 500],
          ['colors.person', 'red'],
        ],
        lists: { hiddenEntities: ['russia', 'syria'] },
      },
    });
  });

  it('names every bad field and changes nothing', () => {
    expect(
      readChanges({
        hoverDelayMs: 5000,
        colors: { person: 'red', planet: 'blue' },
        entityTypes: true,
        disabledSites: ['ok.com', 'WWW.BAD'],
        volume: 11,
      }),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'hoverDelayMs', message: 'must be from 0 to 2000' },
        { path: 'colors.planet', message: 'is not a setting' },
        { path: 'entityTypes', message: 'must be an object' },
        {
          path: 'disabledSites[1]',
          message: 'must be a site name such as example.com (lowercase, no www.)',
        },
        { path: 'volume', message: 'is not a setting' },
      ],
    });
  });

  it('refuses a list longer than MAX_LIST_LENGTH, naming it', () => {
    const sites = Array.from({ length: MAX_LIST_LENGTH + 1 }, (_, i) => `s${i}.com`);
    expect(readChanges({ disabledSites: sites, theme: 'dark' })).toEqual({
      ok: false,
      errors: [{ path: 'disabledSites', message: `must have at most ${MAX_LIST_LENGTH} entries` }],
    });
    // Repeated entries count once, as content scripts keep them.
    expect(readChanges({ disabledSites: [...sites.slice(1), sites[1]] }).ok).toBe(true);
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      settings: { hiddenEntities: sites.map((_, i) => `entity-${i}`) },
    });
    expect(parseImport(file)).toEqual({
      ok: false,
      errors: [
        {
          path: 'settings.hiddenEntities',
          message: `must have at most ${MAX_LIST_LENGTH} entries`,
        },
      ],
    });
  });

  it('gives every field for complete settings', () => {
    const changes = changesFor(DEFAULT_SETTINGS);
    expect(changes.registers).toHaveLength(20);
    expect(changes.lists).toEqual({ disabledSites: [], hiddenEntities: [] });
  });
});

describe('export and import', () => {
  const custom = { ...defaultSettings(), theme: 'dark' as const, disabledSites: ['example.com'] };

  it('exports a marked, versioned file that imports back to the same settings', () => {
    const { text, filename } = exportSettings(custom, new Date('2025-12-13T10:00:00Z'));
    expect(filename).toBe('backstory-settings-2025-12-13.json');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toEqual({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      exportedAt: '2025-12-13T10:00:00.000Z',
      settings: custom,
    });
    expect(normalised(parseImport(text))).toEqual(
      normalised({ ok: true, changes: changesFor(custom) }),
    );
  });

  it('exports the raw values kept for recovery, which import ignores', () => {
    const { text } = exportSettings(custom, new Date(0), [
      {
        key: 'k',
        source: 'sync',
        path: 'theme',
        raw: 'sepia',
        reason: 'bad',
        at: 0,
        dismissed: false,
      },
    ]);
    expect(JSON.parse(text)).toMatchObject({
      setAside: [{ path: 'theme', raw: 'sepia', source: 'sync' }],
    });
    expect(parseImport(text).ok).toBe(true);
  });

  it('imports a v1-era file through the migrations', () => {
    const result = parseImport(
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { enabled: false } }),
    );
    expect(normalised(result)).toEqual(
      normalised({ ok: true, changes: changesFor({ ...defaultSettings(), enabled: false }) }),
    );
  });

  it.each([
    ['empty', '', [{ path: '', message: 'the file is empty' }]],
    [
      'not a settings file',
      '{"enabled": false}',
      [
        {
          path: 'format',
          message: 'not a Backstory settings file (no "format": "backstory-settings")',
        },
      ],
    ],
    [
      'from a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: 99, settings: {} }),
      [
        {
          path: 'version',
          message:
            'the file is from a newer version of Backstory (settings version 99); update Backstory to import it',
        },
      ],
    ],
    [
      'without a version',
      JSON.stringify({ format: EXPORT_FORMAT, settings: {} }),
      [{ path: 'version', message: 'must be a settings version (a whole number from 1)' }],
    ],
    [
      'with bad fields',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        extra: 1,
        settings: { theme: 'sepia', hoverDelayMs: -5, disabledSites: ['fine.com', ''] },
      }),
      [
        { path: 'extra', message: 'is not part of a settings file' },
        { path: 'settings.theme', message: 'must be one of system, light, dark' },
        { path: 'settings.hoverDelayMs', message: 'must be from 0 to 2000' },
        {
          path: 'settings.disabledSites[1]',
          message: 'must be a site name such as example.com (lowercase, no www.)',
        },
      ],
    ],
  ])('refuses a file that is %s, naming each problem', (_name, text, errors) => {
    expect(parseImport(text)).toEqual({ ok: false, errors });
  });

  it('refuses truncated JSON with a clear message', () => {
    const { text } = exportSettings(custom, new Date(0));
    const result = parseImport(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.path).toBe('');
    expect(result.errors[0]!.message).toMatch(/^not valid JSON, the file may be cut short \(.+\)$/);
  });
});

/** A result with its field changes as a record (their order does not matter). */
function normalised(result: ChangesResult) {
  if (!result.ok) return result;
  return { registers: Object.fromEntries(result.changes.registers), lists: result.changes.lists };
}
