import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { ListName } from '../../../../lib/settings/fields';
import { ENTITY_TYPES, EntityId } from '../../../../data/schema';
import { PALETTE_COLORS } from '../../../../lib/dom/highlight-styles';
import {
  DEFAULT_SETTINGS,
  PALETTE_COLOR_NAMES,
  REGISTER_PATHS,
  SETTINGS_ENTITY_TYPES,
  SETTINGS_KEYS,
  SETTINGS_VERSION,
  SettingsSchema,
  defaultSettings,
  listItemProblem,
  listItemValid,
  readSettings,
  registerProblem,
  registerSchema,
  registerValid,
  settingsEqual,
  validateSettings,
} from '../../../../lib/settings/schema';

describe('the settings schema', () => {
  it('repeats the dataset entity types exactly', () => {
    expect([...SETTINGS_ENTITY_TYPES]).toEqual([...ENTITY_TYPES]);
  });

  it('offers exactly the colours the highlighter paints', () => {
    expect([...PALETTE_COLOR_NAMES]).toEqual(PALETTE_COLORS);
  });

  it('has defaults that pass the schema and give each entity type its own colour', () => {
    expect(v.parse(SettingsSchema, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    const colors = Object.values(DEFAULT_SETTINGS.colors);
    expect(new Set(colors).size).toBe(colors.length);
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('passes the defaults through validation unchanged, with no issues', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });

  it('freezes the defaults deeply and hands out mutable copies', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS.colors)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.disabledSites)).toBe(true);
    const copy = defaultSettings();
    copy.colors.person = 'red';
    copy.disabledSites.push('example.com');
    expect(DEFAULT_SETTINGS.colors.person).toBe('blue');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });

  it('names every single-valued field as a register path', () => {
    expect(REGISTER_PATHS).toEqual([
      'enabled',
      'highlightStyle',
      'demonyms',
      'firstMentionOnly',
      'hoverDelayMs',
      'theme',
      'colors.person',
      'colors.place',
      'colors.organization',
      'colors.media',
      'colors.event',
      'entityTypes.person',
      'entityTypes.place',
      'entityTypes.organization',
      'entityTypes.media',
      'entityTypes.event',
      'cardSections.background',
      'cardSections.facts',
      'cardSections.claims',
      'cardSections.updates',
    ]);
  });

  it.each([
    ['hoverDelayMs', 2001, 'must be from 0 to 2000'],
    ['hoverDelayMs', -1, 'must be from 0 to 2000'],
    ['hoverDelayMs', 2.5, 'must be a whole number'],
    ['hoverDelayMs', '300', 'must be a number'],
    ['theme', 'sepia', 'must be one of system, light, dark'],
    [
      'colors.person',
      'chartreuse',
      'must be one of blue, teal, green, amber, orange, red, purple, gray',
    ],
    ['enabled', 1, 'must be true or false'],
  ] as const)('rejects %s = %j: %s', (path, value, message) => {
    expect(registerProblem(path, value)).toBe(message);
  });

  it('checks each register directly by exactly the schema’s rules', () => {
    // Values near every rule: each option of each list, numbers around the hover delay's bounds,
    // and anything at all.
    const near = fc.oneof(
      fc.constantFrom(
        ...PALETTE_COLOR_NAMES,
        'underline',
        'background',
        'both',
        'system',
        'light',
        'dark',
        'Blue',
        '',
        true,
        false,
        0,
        2000,
        2001,
        -0,
        -1,
        0.5,
        NaN,
        Infinity,
        null,
        undefined,
      ),
      fc.integer({ min: -10, max: 2010 }),
      fc.double(),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...REGISTER_PATHS), near, (path, value) => {
        expect(registerValid(path, value)).toBe(v.is(registerSchema(path), value));
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts the bounds of the hover delay', () => {
    expect(registerProblem('hoverDelayMs', 0)).toBeUndefined();
    expect(registerProblem('hoverDelayMs', 2000)).toBeUndefined();
  });

  it('checks entity ids as the dataset does', () => {
    for (const id of ['ahmed-al-sharaa', 'russia', 'us-forces-in-syria', 'a1']) {
      expect(registerProblemForEntity(id)).toBe(true);
      expect(v.is(EntityId, id)).toBe(true);
    }
    for (const id of ['Russia', 'al--sharaa', '-x', 'x-', 'with space', '']) {
      expect(registerProblemForEntity(id)).toBe(false);
      expect(v.is(EntityId, id)).toBe(false);
    }
  });
});

function registerProblemForEntity(id: string): boolean {
  return validateSettings({ hiddenEntities: [id] }).issues.length === 0;
}

describe('validateSettings: field by field', () => {
  it('falls back to the defaults for a value that is not an object, and says so', () => {
    for (const raw of [null, 'enabled', 42, [true]]) {
      const { settings, issues } = validateSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(issues).toEqual([{ path: '', raw, reason: 'must be an object of settings' }]);
    }
  });

  it('gives the defaults without issues for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });

  it('keeps valid fields, defaults each invalid one and reports it with its raw value', () => {
    const { settings, issues } = validateSettings({
      enabled: 'yes',
      theme: 'dark',
      hoverDelayMs: 99999,
      colors: { person: 'red', place: 'chartreuse' },
      entityTypes: 'all',
      cardSections: { claims: false },
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      colors: { ...DEFAULT_SETTINGS.colors, person: 'red' },
      cardSections: { ...DEFAULT_SETTINGS.cardSections, claims: false },
    });
    expect(issues).toEqual([
      { path: 'enabled', raw: 'yes', reason: 'must be true or false' },
      { path: 'hoverDelayMs', raw: 99999, reason: 'must be from 0 to 2000' },
      {
        path: 'colors.place',
        raw: 'chartreuse',
        reason: 'must be one of blue, teal, green, amber, orange, red, purple, gray',
      },
      { path: 'entityTypes', raw: 'all', reason: 'must be an object' },
    ]);
  });

  it('reports unknown fields (dropped from the settings, raw kept in the issue)', () => {
    const { settings, issues } = validateSettings({
      enabled: false,
      fontSize: 14,
      colors: { person: 'teal', planet: 'red' },
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      colors: { ...DEFAULT_SETTINGS.colors, person: 'teal' },
    });
    expect(issues).toEqual([
      { path: 'fontSize', raw: 14, reason: 'is not a setting of this version' },
      { path: 'colors.planet', raw: 'red', reason: 'is not a setting of this version' },
    ]);
  });

  it('checks list entries one by one, sorting and de-duplicating the good ones', () => {
    const { settings, issues } = validateSettings({
      disabledSites: ['news.example.com', 'WWW.Example.com', 'example.org', 7, 'example.org'],
      hiddenEntities: 'russia',
    });
    expect(settings.disabledSites).toEqual(['example.org', 'news.example.com']);
    expect(settings.hiddenEntities).toEqual([]);
    expect(issues).toEqual([
      {
        path: 'disabledSites[1]',
        raw: 'WWW.Example.com',
        reason: 'must be a site name such as example.com (lowercase, no www.)',
      },
      { path: 'disabledSites[3]', raw: 7, reason: 'must be a text' },
      { path: 'hiddenEntities', raw: 'russia', reason: 'must be a list' },
    ]);
  });
});

describe('readSettings: the schema-free reader content scripts use', () => {
  it('knows exactly the schema’s fields', () => {
    expect([...SETTINGS_KEYS].sort()).toEqual(Object.keys(SettingsSchema.entries).sort());
  });

  it('checks list entries directly by exactly the schemas’ rules', () => {
    const item = fc.oneof(
      fc.constantFrom('example.com', 'WWW.example.com', 'xn--bcher-kva.example', '1.2.3.4', ''),
      fc.domain(),
      fc.stringMatching(/^[a-z0-9-]{0,12}$/),
      fc.string({ minLength: 99, maxLength: 102 }).map((text) => text.replace(/[^a-z]/g, 'a')),
      fc.anything(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('disabledSites', 'hiddenEntities') as fc.Arbitrary<ListName>,
        item,
        (list, value) => {
          expect(listItemValid(list, value)).toBe(listItemProblem(list, value) === undefined);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives what validateSettings gives: the messages change only the reasons', () => {
    const field = fc.oneof(
      fc.constantFrom(true, false, 'dark', 'both', 'red', 'chartreuse', 300, 2001, -1, null),
      fc.array(fc.oneof(fc.domain(), fc.constantFrom('russia', 'Russia', 7)), { maxLength: 4 }),
      fc.dictionary(
        fc.constantFrom('person', 'place', 'claims', 'planet'),
        fc.constantFrom(true, 'red', 'teal', 3),
      ),
      fc.anything(),
    );
    const stored = fc.oneof(
      { weight: 5, arbitrary: fc.dictionary(fc.constantFrom(...SETTINGS_KEYS, 'fontSize'), field) },
      fc.anything(),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        const direct = readSettings(raw);
        const checked = validateSettings(raw);
        expect(direct.settings).toEqual(checked.settings);
        expect(direct.issues.map(({ path, raw }) => ({ path, raw }))).toEqual(
          checked.issues.map(({ path, raw }) => ({ path, raw })),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('settingsEqual', () => {
  it('compares every field, lists as sets', () => {
    const a = { ...defaultSettings(), disabledSites: ['a.com', 'b.com'] };
    const b = { ...defaultSettings(), disabledSites: ['b.com', 'a.com'] };
    expect(settingsEqual(a, b)).toBe(true);
    expect(settingsEqual(a, { ...b, disabledSites: ['a.com', 'c.com'] })).toBe(false);
    expect(settingsEqual(a, { ...b, colors: { ...b.colors, event: 'gray' } })).toBe(false);
    expect(settingsEqual(a, { ...b, hoverDelayMs: 301 })).toBe(false);
  });
});
