/**
 * Several devices sharing settings through a sync relay we control (settings-world.ts): concurrent
 * edits of the same and of different fields, lists edited on several devices, messages delayed,
 * reordered, dropped, duplicated and split. After the network heals, every device must hold the
 * same settings, and nothing must be lost: each field has the value of its last write, every
 * addition that no device removed is there, every removal stays.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compareStamps, emptySet, type Dot, type Stamp } from '../../../../lib/settings/crdt';
import { sameContent } from '../../../../lib/settings/doc';
import {
  SETTINGS_ITEM,
  SYNC_QUOTA,
  decodeSync,
  itemBytes,
} from '../../../../lib/settings/sync-format';
import {
  SETTINGS_VERSION,
  type ListName,
  type RegisterPath,
} from '../../../../lib/settings/schema';
import type { SettingsStateReply } from '../../../../lib/settings/types';
import { realisticHostnames } from '../settings/hostnames';
import { CALM, World, chaos, seeded, type Device } from './settings-world';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

async function update(device: Device, patch: Record<string, unknown>) {
  return device.send({ type: 'toBackground/settings/update', patch });
}

async function list(device: Device, name: ListName, op: 'add' | 'remove', item: string) {
  return device.send({ type: 'toBackground/settings/list', list: name, op, item });
}

async function settingsOf(device: Device) {
  return (await device.send<SettingsStateReply>({ type: 'toBackground/settings/get' })).settings;
}

async function expectConverged(world: World) {
  const [first, ...rest] = world.devices;
  for (const device of rest) {
    expect(await settingsOf(device)).toEqual(await settingsOf(first!));
    expect(sameContent(device.service.doc, first!.service.doc)).toBe(true);
  }
  for (const device of world.devices) {
    expect(
      (await device.send<SettingsStateReply>({ type: 'toBackground/settings/get' })).sync,
    ).toEqual({
      state: 'synced',
    });
  }
}

async function twoDevices(chaosSeed?: number) {
  const world = new World();
  const a = await world.device('device-a');
  const b = await world.device('device-b');
  a.start();
  b.start();
  await world.idle();
  if (chaosSeed !== undefined) world.relay.chaos = chaos(seeded(chaosSeed));
  return { world, a, b };
}

describe('two devices', () => {
  it('editing the same field at once: both end with the later write', async () => {
    const { world, a, b } = await twoDevices(1);
    await update(a, { theme: 'dark' });
    await world.advance(10);
    await update(b, { theme: 'light' });
    await world.heal();
    await expectConverged(world);
    expect((await settingsOf(a)).theme).toBe('light');
  });

  it('breaks a tie on time by device id, the same way on both', async () => {
    const { world, a, b } = await twoDevices(2);
    await update(a, { hoverDelayMs: 100 });
    await update(b, { hoverDelayMs: 900 });
    expect(a.service.doc.registers.get('hoverDelayMs')?.t).toBe(
      b.service.doc.registers.get('hoverDelayMs')?.t,
    );
    await world.heal();
    await expectConverged(world);
    expect((await settingsOf(a)).hoverDelayMs).toBe(900); // 'device-b' > 'device-a'
  });

  it('editing different fields at once: both changes survive', async () => {
    const { world, a, b } = await twoDevices(3);
    await update(a, { colors: { person: 'red' }, demonyms: true });
    await update(b, { colors: { place: 'amber' }, theme: 'dark' });
    await world.heal();
    await expectConverged(world);
    expect(await settingsOf(b)).toMatchObject({
      colors: { person: 'red', place: 'amber' },
      demonyms: true,
      theme: 'dark',
    });
  });

  it('concurrent additions all survive; a removal stays removed despite stale, duplicated deliveries', async () => {
    const { world, a, b } = await twoDevices(4);
    await list(a, 'disabledSites', 'add', 'a.com');
    await list(b, 'disabledSites', 'add', 'b.com');
    await list(a, 'hiddenEntities', 'add', 'russia');
    await world.heal();
    expect((await settingsOf(b)).disabledSites).toEqual(['a.com', 'b.com']);

    world.relay.chaos = {
      ...chaos(seeded(5)),
      duplicate: () => true,
      delay: () => 20_000,
    };
    await list(b, 'disabledSites', 'remove', 'a.com');
    await list(a, 'disabledSites', 'add', 'c.com');
    await world.advance(5000);
    await list(a, 'hiddenEntities', 'remove', 'russia');
    await world.heal();
    await expectConverged(world);
    expect(await settingsOf(a)).toMatchObject({
      disabledSites: ['b.com', 'c.com'],
      hiddenEntities: [],
    });
  });

  it('a device installed later adopts the shared settings and overwrites nothing', async () => {
    const { world, a } = await twoDevices();
    await update(a, { theme: 'dark', entityTypes: { event: false } });
    await list(a, 'disabledSites', 'add', 'example.com');
    await world.heal();
    const before = Object.fromEntries(world.relay.server);
    const writesBefore = world.relay.writes.length;

    const c = await world.device('device-c');
    await world.relay.resync(c);
    c.start();
    await world.heal();
    await expectConverged(world);
    expect(world.relay.writes.length).toBe(writesBefore);
    expect(Object.fromEntries(world.relay.server)).toEqual(before);
  });

  it('5,000 sites cross over in chunks (arriving one by one) within every quota', async () => {
    const { world, a, b } = await twoDevices();
    world.relay.chaos = { ...CALM, split: () => true, delay: () => 400 };
    const hosts = realisticHostnames(5000, 21);
    const file = JSON.stringify({
      format: 'backstory-settings',
      version: 2,
      settings: { disabledSites: hosts },
    });
    expect(await a.send({ type: 'toBackground/settings/import', text: file })).toMatchObject({
      ok: true,
    });
    // Watch B while the chunks arrive: it must never read a partial list.
    const seen: number[] = [];
    b.browser.storage.onChanged.addListener(() => {
      seen.push(b.service.settings.disabledSites.length);
    });
    await world.heal();
    expect(seen.every((count) => count === 0 || count === 5000)).toBe(true);
    expect((await settingsOf(b)).disabledSites).toEqual([...hosts].sort());
    let total = 0;
    for (const [key, value] of world.relay.server) {
      expect(itemBytes(key, value)).toBeLessThan(SYNC_QUOTA.bytesPerItem);
      total += itemBytes(key, value);
    }
    expect(total).toBeLessThan(SYNC_QUOTA.bytes);
    expect(world.relay.server.size).toBeGreaterThan(5);
    await expectConverged(world);

    // And a removal on B reaches A.
    await list(b, 'disabledSites', 'remove', hosts[0]!);
    await world.heal();
    expect((await settingsOf(a)).disabledSites).not.toContain(hosts[0]);
    expect((await settingsOf(a)).disabledSites).toHaveLength(4999);
  });

  it('one list shrinking while the other grows syncs without taking sync over its quota mid-way', async () => {
    const { world, a, b } = await twoDevices();
    const file = (settings: object) =>
      JSON.stringify({ format: 'backstory-settings', version: 2, settings });
    const sites = realisticHostnames(6500, 7);
    await a.send({ type: 'toBackground/settings/import', text: file({ disabledSites: sites }) });
    await world.heal();
    expect((await settingsOf(b)).disabledSites).toHaveLength(6500);
    const random = seeded(3);
    const ids = Array.from({ length: 5200 }, () =>
      Array.from(
        { length: 12 },
        () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)],
      ).join(''),
    );
    // Both changes land in one write: the sites all go, the hidden names come.
    await a.send({ type: 'toBackground/settings/reset' });
    await a.send({ type: 'toBackground/settings/import', text: file({ hiddenEntities: ids }) });
    await world.heal();
    await expectConverged(world);
    expect(await settingsOf(b)).toMatchObject({
      disabledSites: [],
      hiddenEntities: [...new Set(ids)].sort(),
    });
  }, 30_000);

  it('a stamp time from sync past the clock range is set aside, not merged: later edits still win', async () => {
    const { world, a, b } = await twoDevices();
    const bad = ['theme', 'dark', 2 ** 60, 'device-z'];
    world.relay.server.set(SETTINGS_ITEM, { f: 1, v: SETTINGS_VERSION, r: [bad] });
    await world.relay.resync(a);
    await world.relay.resync(b);
    await world.idle();
    for (const device of [a, b]) {
      const reply = await device.send<SettingsStateReply>({ type: 'toBackground/settings/get' });
      expect(reply.settings.theme).toBe('system');
      expect(reply.quarantine.map((entry) => entry.raw)).toContainEqual(bad);
      expect(device.service.doc.clock).toBeLessThan(2 ** 53);
    }
    await update(a, { theme: 'light' });
    await world.heal();
    await expectConverged(world);
    expect((await settingsOf(b)).theme).toBe('light');
    await update(b, { theme: 'dark' });
    await world.heal();
    expect((await settingsOf(a)).theme).toBe('dark');
  });

  it('a device whose worker restarts mid-sync loses nothing', async () => {
    const { world, a, b } = await twoDevices(6);
    await update(a, { theme: 'dark' });
    a.service.stop();
    await update(b, { demonyms: true });
    await world.advance(3000);
    a.start();
    await world.heal();
    await expectConverged(world);
    expect(await settingsOf(b)).toMatchObject({ theme: 'dark', demonyms: true });
  });
});

// Property: random interleavings ---------------------------------------------------------------

const REGISTER_VALUES: Partial<Record<RegisterPath, readonly unknown[]>> = {
  theme: ['system', 'light', 'dark'],
  hoverDelayMs: [0, 150, 300, 800],
  'colors.person': ['blue', 'red', 'teal'],
  enabled: [true, false],
};
const SITES = ['a.com', 'b.com', 'c.org', 'news.d.net'];
const ENTITIES = ['russia', 'syria', 'iran'];

type Op =
  | { kind: 'set'; device: number; path: RegisterPath; value: unknown }
  | { kind: 'list'; device: number; list: ListName; op: 'add' | 'remove'; item: string }
  | { kind: 'wait'; ms: number }
  | { kind: 'restart'; device: number };

const opArb = (devices: number): fc.Arbitrary<Op> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...(Object.keys(REGISTER_VALUES) as RegisterPath[]))
        .chain((path) =>
          fc.record({
            kind: fc.constant('set' as const),
            device: fc.nat(devices - 1),
            path: fc.constant(path),
            value: fc.constantFrom(...REGISTER_VALUES[path]!),
          }),
        ),
    },
    {
      weight: 4,
      arbitrary: fc.oneof(
        fc.record({
          kind: fc.constant('list' as const),
          device: fc.nat(devices - 1),
          list: fc.constant<ListName>('disabledSites'),
          op: fc.constantFrom('add' as const, 'remove' as const),
          item: fc.constantFrom(...SITES),
        }),
        fc.record({
          kind: fc.constant('list' as const),
          device: fc.nat(devices - 1),
          list: fc.constant<ListName>('hiddenEntities'),
          op: fc.constantFrom('add' as const, 'remove' as const),
          item: fc.constantFrom(...ENTITIES),
        }),
      ),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('wait' as const),
        ms: fc.integer({ min: 0, max: 4000 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('restart' as const), device: fc.nat(devices - 1) }),
    },
  );

const dotKey = (list: string, item: string, dot: Dot) =>
  `${list}\u0000${item}\u0000${dot[0]}\u0000${dot[1]}`;

describe('random interleavings on 2–3 devices (fast-check)', () => {
  it('converge, keep the last write of each field, lose no addition and keep every removal', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 3 })
          .chain((devices) =>
            fc.tuple(
              fc.constant(devices),
              fc.array(opArb(devices), { minLength: 1, maxLength: 25 }),
              fc.integer(),
            ),
          ),
        async ([count, ops, seed]) => {
          const world = new World();
          const devices: Device[] = [];
          for (let i = 0; i < count; i++) devices.push(await world.device(`device-${i}`));
          for (const device of devices) device.start();
          await world.idle();
          world.relay.chaos = chaos(seeded(seed));

          // What actually happened, read from each device right after each operation.
          const writes: (Stamp & { path: string; value: unknown })[] = [];
          const added = new Map<string, { list: ListName; item: string }>();
          const removed = new Set<string>();

          for (const op of ops) {
            if (op.kind === 'wait') {
              await world.advance(op.ms);
            } else if (op.kind === 'restart') {
              devices[op.device]!.service.stop();
              await world.advance(500);
              devices[op.device]!.start();
              await world.idle();
            } else if (op.kind === 'set') {
              const device = devices[op.device]!;
              await update(
                device,
                op.path.includes('.') ? nest(op.path, op.value) : { [op.path]: op.value },
              );
              const register = device.service.doc.registers.get(op.path);
              if (register && register.value === op.value) {
                writes.push({ path: op.path, value: op.value, t: register.t, d: register.d });
              }
            } else {
              const device = devices[op.device]!;
              const before = device.service.doc.lists[op.list].entries.get(op.item) ?? [];
              await list(device, op.list, op.op, op.item);
              const after = device.service.doc.lists[op.list].entries.get(op.item) ?? [];
              if (before !== after) {
                // An addition or a removal supersedes every dot the device held for the item.
                for (const dot of before) removed.add(dotKey(op.list, op.item, dot));
                for (const dot of after)
                  added.set(dotKey(op.list, op.item, dot), { list: op.list, item: op.item });
              }
            }
          }
          await world.heal();
          await expectConverged(world);

          const final = await settingsOf(devices[0]!);
          for (const path of Object.keys(REGISTER_VALUES)) {
            const last = writes
              .filter((write) => write.path === path)
              .sort((x, y) => compareStamps(x, y))
              .at(-1);
            if (last) expect(readPath(final, path), path).toEqual(last.value);
          }
          for (const name of ['disabledSites', 'hiddenEntities'] as const) {
            const expected = new Set<string>();
            for (const [key, { list: listName, item }] of added) {
              if (listName === name && !removed.has(key)) expected.add(item);
            }
            expect(final[name], name).toEqual([...expected].sort());
          }
          // What the server holds decodes to the same state.
          const remote = await decodeSync(Object.fromEntries(world.relay.server));
          const serverPart = {
            registers: remote.part.registers,
            lists: {
              disabledSites: remote.part.lists.disabledSites ?? emptySet(),
              hiddenEntities: remote.part.lists.hiddenEntities ?? emptySet(),
            },
          };
          expect(sameContent(serverPart, devices[0]!.service.doc)).toBe(true);
          for (const device of devices) device.service.stop();
        },
      ),
      { numRuns: 40 },
    );
  }, 240_000);
});

function nest(path: string, value: unknown): Record<string, unknown> {
  const [key, leaf] = path.split('.') as [string, string];
  return { [key]: { [leaf]: value } };
}

function readPath(settings: Record<string, unknown>, path: string): unknown {
  const [key, leaf] = path.split('.') as [string, string | undefined];
  const value = settings[key];
  return leaf === undefined ? value : (value as Record<string, unknown>)[leaf];
}
