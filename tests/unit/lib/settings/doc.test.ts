import { describe, expect, it } from 'vitest';
import { MAX_COUNTER, MAX_TIME, setValues } from '../../../../lib/settings/crdt';
import {
  DOC_FORMAT,
  addItems,
  createDoc,
  mergeDoc,
  projectDoc,
  readStoredDoc,
  removeItems,
  sameContent,
  storeDoc,
  writeRegisters,
} from '../../../../lib/settings/doc';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../../lib/settings/schema';

describe('the settings document', () => {
  it('projects to the defaults when empty', () => {
    expect(projectDoc(createDoc('A'))).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });

  it('stamps a batch of changes with one time later than the clock', () => {
    let doc = writeRegisters(
      createDoc('A'),
      [
        ['theme', 'dark'],
        ['colors.person', 'red'],
      ],
      1000,
    );
    expect(doc.registers.get('theme')).toEqual({ value: 'dark', t: 1000, d: 'A' });
    expect(doc.registers.get('colors.person')).toEqual({ value: 'red', t: 1000, d: 'A' });
    doc = writeRegisters(doc, [['theme', 'light']], 500);
    expect(doc.registers.get('theme')).toEqual({ value: 'light', t: 1001, d: 'A' });
    expect(projectDoc(doc).settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'light',
      colors: { ...DEFAULT_SETTINGS.colors, person: 'red' },
    });
  });

  it('uses the default for invalid or unknown registers, reporting them but keeping them', () => {
    const doc = writeRegisters(
      createDoc('A'),
      [['hoverDelayMs', 9999] as never, ['sparkles', true] as never],
      10,
    );
    const { settings, issues } = projectDoc(doc);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(issues).toEqual([
      { path: 'hoverDelayMs', raw: 9999, reason: 'must be from 0 to 2000' },
      {
        path: 'sparkles',
        raw: true,
        reason: 'is not a setting of this version (kept for a newer version)',
      },
    ]);
    expect(doc.registers.size).toBe(2);
  });

  it('leaves out invalid list items, reporting them, and keeps them in the set', () => {
    const doc = addItems(createDoc('A'), 'disabledSites', ['example.com', 'Not A Site']);
    const { settings, issues } = projectDoc(doc);
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(issues).toEqual([
      {
        path: 'disabledSites["Not A Site"]',
        raw: 'Not A Site',
        reason: 'must be a site name such as example.com (lowercase, no www.)',
      },
    ]);
    expect(setValues(doc.lists.disabledSites)).toEqual(['Not A Site', 'example.com']);
  });

  it('merges a peer: later fields win, lists join, own id kept, clock advanced', () => {
    const a = addItems(writeRegisters(createDoc('A'), [['theme', 'dark']], 100), 'hiddenEntities', [
      'russia',
    ]);
    const b = removeItems(
      addItems(writeRegisters(createDoc('B'), [['theme', 'light']], 200), 'hiddenEntities', [
        'syria',
      ]),
      'hiddenEntities',
      [],
    );
    const merged = mergeDoc(a, b);
    expect(merged.deviceId).toBe('A');
    expect(merged.clock).toBe(200);
    expect(projectDoc(merged).settings.theme).toBe('light');
    expect(projectDoc(merged).settings.hiddenEntities).toEqual(['russia', 'syria']);
    expect(sameContent(merged, mergeDoc(b, a))).toBe(true);
  });

  it('round-trips through its stored form', () => {
    const doc = removeItems(
      addItems(writeRegisters(createDoc('A'), [['demonyms', true]], 100), 'disabledSites', [
        'a.com',
        'b.com',
      ]),
      'disabledSites',
      ['a.com'],
    );
    const stored = JSON.parse(JSON.stringify(storeDoc(doc))) as unknown;
    const read = readStoredDoc(stored, 'IndexedDB');
    expect(read.issues).toEqual([]);
    expect(read.doc && sameContent(read.doc, doc)).toBe(true);
    expect(read.doc?.deviceId).toBe('A');
    expect(read.doc?.clock).toBe(100);
  });
});

describe('reading a stored document: bad data', () => {
  const good = storeDoc(
    addItems(writeRegisters(createDoc('A'), [['theme', 'dark']], 50), 'hiddenEntities', ['russia']),
  );

  it('reads nothing from nothing', () => {
    expect(readStoredDoc(undefined, 'x')).toEqual({ doc: undefined, issues: [] });
  });

  it('rejects a value that is not a document, keeping it in the issue', () => {
    expect(readStoredDoc('garbage', 'IndexedDB')).toEqual({
      doc: undefined,
      issues: [{ path: 'IndexedDB', raw: 'garbage', reason: 'is not a settings document' }],
    });
  });

  it('recognises a newer format and does not read it', () => {
    const raw = { ...good, format: DOC_FORMAT + 1 };
    const read = readStoredDoc(raw, 'IndexedDB');
    expect(read.doc).toBeUndefined();
    expect(read).toMatchObject({ futureFormat: DOC_FORMAT + 1 });
    expect(read.issues[0]?.raw).toBe(raw);
  });

  it('drops malformed parts one by one and keeps the rest', () => {
    const raw = {
      ...good,
      deviceId: 42,
      registers: [...good.registers, ['enabled', false, 'yesterday', 'A'], 'x'],
      lists: {
        ...good.lists,
        disabledSites: {
          ctx: [['A', 0]],
          entries: [
            ['a.com', []],
            ['b.com', [['A', 2]]],
          ],
        },
      },
    };
    const read = readStoredDoc(raw, 'IndexedDB');
    expect(read.issues.map((issue) => issue.path)).toEqual([
      'IndexedDB.deviceId',
      'IndexedDB.registers[1]',
      'IndexedDB.registers[2]',
      'IndexedDB.lists.disabledSites.ctx[0]',
      'IndexedDB.lists.disabledSites.entries[0]',
    ]);
    expect(read.doc?.deviceId).toMatch(/^[0-9a-z]{12}$/);
    expect(projectDoc(read.doc!).settings).toMatchObject({
      theme: 'dark',
      hiddenEntities: ['russia'],
      disabledSites: ['b.com'],
    });
  });

  it('refuses stamp times past the clock range, so the clock keeps advancing', () => {
    const far = ['enabled', false, 2 ** 60, 'B'];
    const read = readStoredDoc(
      { ...good, clock: 2 ** 60, registers: [...good.registers, far] },
      'IndexedDB',
    );
    expect(read.issues).toEqual([
      { path: 'IndexedDB.registers[1]', raw: far, reason: 'is not a stamped field' },
    ]);
    expect(read.doc?.clock).toBe(50);
    // Even from the latest time accepted, every new stamp is later than the last.
    const latest = readStoredDoc({ ...good, clock: MAX_TIME }, 'IndexedDB').doc!;
    const first = writeRegisters(latest, [['theme', 'light']], 0);
    const second = writeRegisters(first, [['theme', 'dark']], 0);
    expect(first.clock).toBeGreaterThan(MAX_TIME);
    expect(second.clock).toBeGreaterThan(first.clock);
  });

  it('refuses device counters past their range, so every addition gets a dot of its own', () => {
    // Accepted before this bound: the next two additions would both have been given 2^53.
    const far = ['A', Number.MAX_SAFE_INTEGER];
    const raw = {
      ...good,
      lists: {
        ...good.lists,
        disabledSites: { ctx: [far], entries: [['b.com', [far]]] },
      },
    };
    const read = readStoredDoc(raw, 'IndexedDB');
    expect(read.issues.map((issue) => [issue.path, issue.raw])).toEqual([
      ['IndexedDB.lists.disabledSites.ctx[0]', far],
      ['IndexedDB.lists.disabledSites.entries[0]', ['b.com', [far]]],
    ]);
    // From the highest counter accepted, each addition still gets a later dot than the last.
    const top = readStoredDoc(
      {
        ...good,
        lists: { ...good.lists, disabledSites: { ctx: [['A', MAX_COUNTER]], entries: [] } },
      },
      'IndexedDB',
    ).doc!;
    const once = addItems(top, 'disabledSites', ['a.com']);
    const twice = addItems(once, 'disabledSites', ['b.com']);
    const counter = (doc: typeof top) => doc.lists.disabledSites.ctx.get('A')!;
    expect(counter(once)).toBe(MAX_COUNTER + 1);
    expect(counter(twice)).toBe(MAX_COUNTER + 2);
    expect(projectDoc(twice).settings.disabledSites).toEqual(['a.com', 'b.com']);
  });

  it('keeps a newer settings version marker (never downgrades it)', () => {
    const read = readStoredDoc({ ...good, version: SETTINGS_VERSION + 3 }, 'IndexedDB');
    expect(read.doc?.version).toBe(SETTINGS_VERSION + 3);
    expect(storeDoc(read.doc!).version).toBe(SETTINGS_VERSION + 3);
  });
});
