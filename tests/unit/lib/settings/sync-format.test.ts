import { describe, expect, it } from 'vitest';
import {
  emptySet,
  setAdd,
  setAddAll,
  setEqual,
  setFromParts,
  setRemove,
  setValues,
  type Dot,
  type ObservedSet,
} from '../../../../lib/settings/crdt';
import {
  addItems,
  createDoc,
  removeItems,
  writeRegisters,
  type SettingsDoc,
} from '../../../../lib/settings/doc';
import { SETTINGS_VERSION } from '../../../../lib/settings/schema';
import {
  SETTINGS_ITEM,
  SYNC_LIMITS,
  SYNC_QUOTA,
  chunkKey,
  decodeSync,
  emptyRemote,
  encodeList,
  itemBytes,
  manifestKey,
  planWrite,
  syncLacks,
  type RemoteView,
} from '../../../../lib/settings/sync-format';
import { realisticHostnames } from './hostnames';

const OPTIONS = { now: 1_000_000, incompleteSince: {}, graceMs: 15_000, unsynced: [] };

/** Apply a write plan to a sync area's items, as the browser would. */
function applyPlan(
  items: Record<string, unknown>,
  plan: { set: Record<string, unknown>; remove: string[] },
) {
  const next = { ...items, ...structuredClone(plan.set) };
  for (const key of plan.remove) delete next[key];
  return next;
}

/** The sync area after each of a write plan's operations, in the order the service runs them. */
function applySteps(
  items: Record<string, unknown>,
  plan: { set: Record<string, unknown>; remove: string[]; removeFirst: boolean },
): Record<string, unknown>[] {
  const set = (from: Record<string, unknown>) => ({ ...from, ...structuredClone(plan.set) });
  const remove = (from: Record<string, unknown>) => {
    const next = { ...from };
    for (const key of plan.remove) delete next[key];
    return next;
  };
  const first = plan.removeFirst ? remove(items) : set(items);
  return [first, plan.removeFirst ? set(first) : remove(first)];
}

function assertWithinQuota(items: Record<string, unknown>): void {
  let total = 0;
  for (const [key, value] of Object.entries(items)) {
    const size = itemBytes(key, value);
    expect(size, key).toBeLessThan(SYNC_QUOTA.bytesPerItem);
    expect(size, key).toBeLessThanOrEqual(SYNC_LIMITS.bytesPerItem);
    total += size;
  }
  expect(total).toBeLessThan(SYNC_QUOTA.bytes);
  expect(Object.keys(items).length).toBeLessThan(SYNC_QUOTA.items);
}

describe('item sizes', () => {
  it('count the key and the JSON of the value in UTF-8 bytes', () => {
    expect(itemBytes('k', 'ab')).toBe(1 + 4);
    expect(itemBytes('k', { é: 1 })).toBe(1 + '{"é":1}'.length + 1);
  });
});

describe('lists in sync', () => {
  it('round-trip with their dots and context', async () => {
    let set = setAdd(emptySet(), 'a.com', 'device-a');
    set = setAdd(set, 'b.com', 'device-b');
    set = setRemove(setAdd(set, 'c.com', 'device-a'), 'c.com');
    const items = await encodeList('disabledSites', set, 'w1');
    expect(Object.keys(items)).toEqual([
      manifestKey('disabledSites'),
      chunkKey('disabledSites', 0),
    ]);
    const remote = await decodeSync(items);
    expect(remote.lists.disabledSites).toEqual({ status: 'complete', g: 'w1', n: 1 });
    expect(setEqual(remote.part.lists.disabledSites!, set)).toBe(true);
    expect(remote.issues).toEqual([]);
  });

  it('carry 5,000 typical sites, added one by one on three devices, within every quota', async () => {
    const hosts = realisticHostnames(5000, 7);
    const meanLength = hosts.reduce((sum, host) => sum + host.length, 0) / hosts.length;
    expect(meanLength).toBeGreaterThan(14);
    const set = addedOneByOne(hosts, ['laptop-1', 'desktop-2', 'phone-3']);
    const items = await encodeList('disabledSites', set);
    expect(Object.keys(items).length).toBeGreaterThan(2);
    assertWithinQuota(items);
    const remote = await decodeSync(items);
    expect(remote.lists.disabledSites.status).toBe('complete');
    expect(setValues(remote.part.lists.disabledSites!)).toEqual([...hosts].sort());
    expect(setEqual(remote.part.lists.disabledSites!, set)).toBe(true);
  });

  it('detect a half-written list (chunks from two writes) and ignore it', async () => {
    const hosts = realisticHostnames(3000, 11);
    const before = await encodeList(
      'disabledSites',
      setAddAll(emptySet(), hosts.slice(0, 2900), 'A'),
      'old',
    );
    const after = await encodeList('disabledSites', setAddAll(emptySet(), hosts, 'A'), 'new');
    // The new manifest and first chunk have arrived; the rest are still the old write's.
    const mixed = {
      ...before,
      [manifestKey('disabledSites')]: after[manifestKey('disabledSites')],
      [chunkKey('disabledSites', 0)]: after[chunkKey('disabledSites', 0)],
    };
    const remote = await decodeSync(mixed);
    expect(remote.lists.disabledSites).toMatchObject({ status: 'incomplete', g: 'new' });
    expect(remote.part.lists.disabledSites).toBeUndefined();
    // …and once the rest arrives, it is read.
    const complete = await decodeSync({ ...mixed, ...after });
    expect(setValues(complete.part.lists.disabledSites!)).toEqual([...hosts].sort());
  });

  it('detect a missing chunk as incomplete', async () => {
    const items = await encodeList('hiddenEntities', setAddAll(emptySet(), ['russia'], 'A'), 'g1');
    delete items[chunkKey('hiddenEntities', 0)];
    expect((await decodeSync(items)).lists.hiddenEntities).toEqual({
      status: 'incomplete',
      g: 'g1',
      n: 1,
    });
  });

  it('report a list that does not match its checksum as corrupt, keeping the raw items', async () => {
    const items = await encodeList('hiddenEntities', setAddAll(emptySet(), ['russia'], 'A'), 'g1');
    const chunk = items[chunkKey('hiddenEntities', 0)] as { g: string; p: string };
    items[chunkKey('hiddenEntities', 0)] = { g: 'g1', p: chunk.p.slice(0, -4) };
    const remote = await decodeSync(items);
    expect(remote.lists.hiddenEntities).toMatchObject({
      status: 'corrupt',
      reason: 'the list does not match its checksum',
    });
    expect(remote.issues).toEqual([
      {
        path: 'sync:list:hiddenEntities',
        raw: {
          [manifestKey('hiddenEntities')]: items[manifestKey('hiddenEntities')],
          [chunkKey('hiddenEntities', 0)]: items[chunkKey('hiddenEntities', 0)],
        },
        reason: 'the list does not match its checksum',
      },
    ]);
  });

  it('report a malformed manifest as corrupt and a newer format as future', async () => {
    expect(
      (await decodeSync({ [manifestKey('disabledSites')]: 'nonsense' })).lists.disabledSites,
    ).toMatchObject({
      status: 'corrupt',
    });
    const future = await decodeSync({
      [manifestKey('disabledSites')]: { f: 2, g: 'x', n: 1, h: '', z: 1 },
    });
    expect(future.lists.disabledSites).toEqual({ status: 'future', format: 2 });
    expect(future.newer).toEqual({ what: 'sync format 2' });
  });
});

describe('the settings item', () => {
  it('reads stamped fields, keeps unknown ones, reports the malformed', async () => {
    const remote = await decodeSync({
      [SETTINGS_ITEM]: {
        f: 1,
        v: SETTINGS_VERSION,
        r: [
          ['theme', 'dark', 5, 'A'],
          ['sparkles', true, 6, 'A'],
          ['hoverDelayMs', 'slow', 7, 'B'],
          ['broken'],
        ],
      },
    });
    expect(remote.settingsItem).toBe('ok');
    expect([...remote.part.registers.keys()]).toEqual(['theme', 'sparkles', 'hoverDelayMs']);
    expect(remote.issues).toEqual([
      { path: 'sync:settings[3]', raw: ['broken'], reason: 'is not a stamped field' },
    ]);
  });

  it('reads what validates from a newer settings version and flags it', async () => {
    const raw = { f: 1, v: SETTINGS_VERSION + 1, r: [['theme', 'light', 5, 'A']] };
    const remote = await decodeSync({ [SETTINGS_ITEM]: raw });
    expect(remote.settingsItem).toBe('future');
    expect(remote.newer).toEqual({ what: `settings version ${SETTINGS_VERSION + 1}` });
    expect(remote.part.registers.get('theme')).toEqual({ value: 'light', t: 5, d: 'A' });
    expect(remote.issues[0]).toMatchObject({ path: 'sync:settings', raw });
  });

  it('reports an item that is not a settings item', async () => {
    const remote = await decodeSync({ [SETTINGS_ITEM]: '{"f":1' });
    expect(remote.settingsItem).toBe('invalid');
    expect(remote.issues).toEqual([
      { path: 'sync:settings', raw: '{"f":1', reason: 'is not a settings item' },
    ]);
  });
});

describe('planning a write', () => {
  const fresh = (): SettingsDoc => createDoc('device-a');

  it('writes nothing for a fresh install: defaults never reach sync', async () => {
    const plan = await planWrite(fresh(), emptyRemote(), OPTIONS);
    expect(plan.set).toEqual({});
    expect(plan.remove).toEqual([]);
    expect(syncLacks(fresh(), emptyRemote())).toBe(false);
  });

  it('writes only the user changes', async () => {
    const doc = writeRegisters(fresh(), [['theme', 'dark']], 5000);
    const plan = await planWrite(doc, emptyRemote(), OPTIONS);
    expect(plan.set).toEqual({
      [SETTINGS_ITEM]: { f: 1, v: SETTINGS_VERSION, r: [['theme', 'dark', 5000, 'device-a']] },
    });
  });

  it('writes nothing when sync already holds the same state', async () => {
    const doc = addItems(writeRegisters(fresh(), [['theme', 'dark']], 5000), 'hiddenEntities', [
      'russia',
    ]);
    const first = await planWrite(doc, emptyRemote(), OPTIONS);
    const remote = await decodeSync(applyPlan({}, first));
    const second = await planWrite(doc, remote, OPTIONS);
    expect(second.set).toEqual({});
    expect(second.remove).toEqual([]);
  });

  it('removes the chunks a shorter list leaves behind', async () => {
    const hosts = realisticHostnames(3000, 3);
    let doc = addItems(fresh(), 'disabledSites', hosts);
    let items = applyPlan({}, await planWrite(doc, emptyRemote(), OPTIONS));
    const chunksBefore = Object.keys(items).filter((key) => key.startsWith('list:disabledSites:'));
    expect(chunksBefore.length).toBeGreaterThan(1);
    doc = {
      ...doc,
      lists: {
        ...doc.lists,
        disabledSites: setRemoveAll(doc.lists.disabledSites, hosts.slice(10)),
      },
    };
    const plan = await planWrite(doc, await decodeSync(items), OPTIONS);
    expect(plan.remove.sort()).toEqual(
      chunksBefore.filter((key) => key !== 'list:disabledSites:0').sort(),
    );
    items = applyPlan(items, plan);
    expect(setValues((await decodeSync(items)).part.lists.disabledSites!)).toEqual(
      hosts.slice(0, 10).sort(),
    );
  });

  it('never takes sync over its quota between its two operations (one list shrinks, the other grows)', async () => {
    const before = addItems(fresh(), 'disabledSites', realisticHostnames(6500, 7));
    const items = applyPlan({}, await planWrite(before, emptyRemote(), OPTIONS));
    assertWithinQuota(items);
    let doc = { ...before, lists: { ...before.lists, disabledSites: emptySet() } };
    doc = addItems(doc, 'hiddenEntities', realisticHostnames(6000, 9));
    const plan = await planWrite(doc, await decodeSync(items), OPTIONS);
    expect(plan.remove.length).toBeGreaterThan(0);
    for (const state of applySteps(items, plan)) assertWithinQuota(state);
    const after = await decodeSync(applyPlan(items, plan));
    expect(setValues(after.part.lists.hiddenEntities!)).toHaveLength(6000);
    expect(setValues(after.part.lists.disabledSites!)).toEqual([]);
  });

  /** Another device's `disabledSites` in sync with a chunk missing, first seen now. */
  async function theirsHalfWritten() {
    const other = await encodeList(
      'disabledSites',
      setAddAll(emptySet(), ['theirs.com'], 'B'),
      'gB',
    );
    delete other[chunkKey('disabledSites', 0)];
    return {
      remote: await decodeSync(other),
      since: { disabledSites: { g: 'gB', since: OPTIONS.now } },
    };
  }

  it("leaves another device's half-written list alone for the grace period, then rewrites it with this one's changes", async () => {
    const doc = addItems(fresh(), 'disabledSites', ['mine.com']);
    const { remote, since } = await theirsHalfWritten();
    const options = { ...OPTIONS, incompleteSince: since, unsynced: ['disabledSites' as const] };
    const early = await planWrite(doc, remote, options);
    expect(early.set).toEqual({});
    expect(early.waiting).toEqual([
      { list: 'disabledSites', until: OPTIONS.now + OPTIONS.graceMs },
    ]);
    const late = await planWrite(doc, remote, { ...options, now: OPTIONS.now + OPTIONS.graceMs });
    expect(Object.keys(late.set)).toEqual([
      manifestKey('disabledSites'),
      chunkKey('disabledSites', 0),
    ]);
  });

  it("never rewrites another device's half-written list from a copy without changes of its own", async () => {
    const { remote, since } = await theirsHalfWritten();
    const later = { ...OPTIONS, now: OPTIONS.now + 10 * OPTIONS.graceMs, incompleteSince: since };
    for (const doc of [fresh(), addItems(fresh(), 'hiddenEntities', ['russia'])]) {
      const plan = await planWrite(doc, remote, later);
      expect(Object.keys(plan.set)).not.toContain(manifestKey('disabledSites'));
      expect(plan.remove).toEqual([]);
      expect(plan.waiting).toEqual([]);
    }
  });

  it('rewrites a corrupt list, but never with one no device ever edited', async () => {
    const items = await encodeList('hiddenEntities', setAddAll(emptySet(), ['russia'], 'B'), 'g1');
    const chunk = items[chunkKey('hiddenEntities', 0)] as { g: string; p: string };
    items[chunkKey('hiddenEntities', 0)] = { g: 'g1', p: chunk.p.slice(0, -4) };
    const remote = await decodeSync(items);
    expect((await planWrite(fresh(), remote, OPTIONS)).set).toEqual({});
    const edited = removeItems(addItems(fresh(), 'hiddenEntities', ['syria']), 'hiddenEntities', [
      'syria',
    ]);
    expect(Object.keys((await planWrite(edited, remote, OPTIONS)).set)).toContain(
      manifestKey('hiddenEntities'),
    );
  });

  it('keeps a list that would break the quota on this device, and still writes the fields', async () => {
    const hosts = realisticHostnames(20_000, 5);
    const set = addedOneByOne(
      hosts,
      Array.from({ length: 7 }, (_, i) => `device-${i}`),
    );
    const doc: SettingsDoc = {
      ...writeRegisters(fresh(), [['theme', 'dark']], 5000),
      lists: { disabledSites: set, hiddenEntities: emptySet() },
    };
    const plan = await planWrite(doc, emptyRemote(), OPTIONS);
    expect(plan.tooLarge).toEqual(['disabledSites']);
    expect(Object.keys(plan.set)).toEqual([SETTINGS_ITEM]);
    assertWithinQuota(applyPlan({}, plan));
  });

  it('never overwrites a newer format unless told the user acted', async () => {
    const doc = addItems(fresh(), 'disabledSites', ['mine.com']);
    const remote: RemoteView = await decodeSync({
      [manifestKey('disabledSites')]: { f: 2, g: 'x', n: 1, h: '' },
    });
    expect((await planWrite(doc, remote, OPTIONS)).set).toEqual({});
    const overwrite = await planWrite(doc, remote, { ...OPTIONS, overwriteNewer: true });
    expect(Object.keys(overwrite.set)).toContain(manifestKey('disabledSites'));
  });
});

/** The set `hosts` make when added one at a time, round-robin over `devices` (built directly). */
function addedOneByOne(hosts: string[], devices: string[]): ObservedSet {
  const counters = new Map<string, number>();
  const entries = hosts.map((host, index): [string, Dot[]] => {
    const device = devices[index % devices.length]!;
    const counter = (counters.get(device) ?? 0) + 1;
    counters.set(device, counter);
    return [host, [[device, counter]]];
  });
  return setFromParts(counters, entries);
}

function setRemoveAll(set: ReturnType<typeof emptySet>, items: string[]) {
  for (const item of items) set = setRemove(set, item);
  return set;
}
