/**
 * A small world for the settings service's tests: independent devices, each with its own real
 * fake-browser instance (storage areas with the real `onChanged` behaviour) and its own IndexedDB
 * factory, a virtual clock that drives every timer, and a sync relay we control (delays,
 * reordering, drops, duplicates, items of one write arriving one by one).
 *
 * `@webext-core/fake-browser` exports a singleton, and vitest leaves node_modules to Node's own
 * module cache, so `vi.resetModules()` gives the same instance back. Importing its bundle by file
 * URL with a distinct query makes Node evaluate it afresh: a truly independent fake browser.
 *
 * Each device's `storage.sync` enforces Chrome's quotas (item size, total size, item count, writes
 * per minute and per hour) with Chrome's error messages, so a test fails if the service ever breaks
 * them, and can inject failures on top.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import type { Storage } from 'webextension-polyfill';
import type { fakeBrowser as FakeBrowserInstance } from 'wxt/testing/fake-browser';
import {
  SettingsService,
  type SettingsServiceOptions,
} from '../../../../lib/background/settings-service';
import { parseToBackgroundSettings } from '../../../../lib/messaging/protocol';
import { SYNC_QUOTA, itemBytes } from '../../../../lib/settings/sync-format';

export type FakeBrowser = typeof FakeBrowserInstance;

let instances = 0;

/** A new, independent fake browser (see the module comment). */
export async function newFakeBrowser(): Promise<FakeBrowser> {
  const require = createRequire(import.meta.url);
  const index = require.resolve('@webext-core/fake-browser');
  const chunk = /from "(\.\/[^"]+\.mjs)"/.exec(readFileSync(index, 'utf8'))?.[1];
  if (!chunk) throw new Error('cannot find the fake-browser bundle');
  const url = `${new URL(chunk, pathToFileURL(index).href).href}?instance=${++instances}`;
  const module = (await import(/* @vite-ignore */ url)) as { t: FakeBrowser };
  return module.t;
}

/** Seeded random numbers (a linear congruential generator), so every run can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void | Promise<void>;
}

/** Virtual time: nothing runs until the test advances it. */
export class VirtualClock {
  now = Date.UTC(2025, 11, 13, 10, 0, 0);
  #timers = new Map<number, Timer>();
  #seq = 0;

  setTimeout = (run: () => void | Promise<void>, ms: number): number => {
    const seq = ++this.#seq;
    this.#timers.set(seq, { at: this.now + Math.max(0, ms), seq, run });
    return seq;
  };

  clearTimeout = (handle: unknown): void => {
    this.#timers.delete(handle as number);
  };

  /** The next timer due at or before `limit`. */
  next(limit: number): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of this.#timers.values()) {
      if (timer.at > limit) continue;
      if (!best || timer.at < best.at || (timer.at === best.at && timer.seq < best.seq))
        best = timer;
    }
    return best;
  }

  take(timer: Timer): void {
    this.#timers.delete(timer.seq);
  }

  get pending(): number {
    return this.#timers.size;
  }

  /** When the last pending timer is due. */
  get horizon(): number {
    return Math.max(this.now, ...[...this.#timers.values()].map((timer) => timer.at));
  }
}

export interface RelayChaos {
  /** Delay of each delivery, in ms. */
  delay(): number;
  /** Lose this delivery to a device (the final heal still brings the server's state). */
  drop(): boolean;
  /** Deliver twice. */
  duplicate(): boolean;
  /** Deliver the items of one write separately. */
  split(): boolean;
}

export const CALM: RelayChaos = {
  delay: () => 50,
  drop: () => false,
  duplicate: () => false,
  split: () => false,
};

export function chaos(random: () => number): RelayChaos {
  return {
    delay: () => Math.floor(random() * 3000),
    drop: () => random() < 0.2,
    duplicate: () => random() < 0.2,
    split: () => random() < 0.5,
  };
}

type Change = Record<string, unknown>; // value null = removed

/**
 * The sync server between devices: it keeps the last value that reached it for each item (the
 * browser's sync resolves concurrent writes of one item that way) and forwards every change to the
 * other devices, as the relay's chaos says.
 */
export class SyncRelay {
  readonly server = new Map<string, unknown>();
  readonly devices: Device[] = [];
  chaos: RelayChaos = CALM;
  /** Every write operation that reached a device's sync area from its own service, with its time. */
  readonly writes: { device: string; at: number; keys: string[] }[] = [];
  #inFlight = 0;

  constructor(readonly clock: VirtualClock) {}

  get inFlight(): number {
    return this.#inFlight;
  }

  /** A device wrote `change` to its sync area: carry it to the server. */
  upload(from: Device, change: Change): void {
    this.writes.push({ device: from.name, at: this.clock.now, keys: Object.keys(change) });
    this.#send(() => {
      for (const [key, value] of Object.entries(change)) {
        if (value === null) this.server.delete(key);
        else this.server.set(key, structuredClone(value));
      }
      for (const device of this.devices) {
        if (device !== from) this.#forward(device, change);
      }
    });
  }

  #forward(device: Device, change: Change): void {
    const parts = this.chaos.split()
      ? Object.entries(change).map(([key, value]) => ({ [key]: value }))
      : [change];
    for (const part of parts) {
      if (this.chaos.drop()) continue;
      const copies = this.chaos.duplicate() ? 2 : 1;
      for (let i = 0; i < copies; i++) this.#send(() => device.receive(part));
    }
  }

  #send(deliver: () => void | Promise<void>): void {
    this.#inFlight++;
    this.clock.setTimeout(async () => {
      this.#inFlight--;
      await deliver();
    }, this.chaos.delay());
  }

  /** Bring a device's sync area to the server's state (what a reconnecting browser does). */
  async resync(device: Device): Promise<boolean> {
    const local = await device.syncArea.get(null);
    const change: Change = {};
    for (const [key, value] of this.server) {
      if (JSON.stringify(local[key]) !== JSON.stringify(value)) change[key] = value;
    }
    for (const key of Object.keys(local)) if (!this.server.has(key)) change[key] = null;
    if (Object.keys(change).length === 0) return false;
    await device.receive(change);
    return true;
  }
}

export interface Failure {
  readonly message: string;
  /** How many of the next writes fail. */
  remaining: number;
}

/** One browser profile: fake browser, IndexedDB, the settings service. */
export class Device {
  service!: SettingsService;
  /** The real fake sync area (writes through it bypass the relay: remote changes). */
  syncArea!: Storage.StorageArea;
  readonly failures: Failure[] = [];
  readonly indexedDB = new IDBFactory();
  #writeLog: number[] = [];

  private constructor(
    readonly name: string,
    readonly browser: FakeBrowser,
    readonly world: World,
    readonly options: Partial<SettingsServiceOptions>,
  ) {}

  static async create(
    name: string,
    world: World,
    options: Partial<SettingsServiceOptions> = {},
  ): Promise<Device> {
    const device = new Device(name, await newFakeBrowser(), world, options);
    device.syncArea = device.browser.storage.sync;
    return device;
  }

  /** The sync area the service sees: Chrome's quotas enforced, failures injectable. */
  #guardedSync(): Storage.StorageArea {
    const area = this.syncArea;
    const clock = this.world.clock;
    const check = async (change: Change) => {
      const failure = this.failures.find((candidate) => candidate.remaining > 0);
      if (failure) {
        failure.remaining--;
        throw new Error(failure.message);
      }
      const now = clock.now;
      this.#writeLog = this.#writeLog.filter((time) => time > now - 3_600_000);
      if (
        this.#writeLog.filter((time) => time > now - 60_000).length >= SYNC_QUOTA.writesPerMinute
      ) {
        throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
      }
      if (this.#writeLog.length >= SYNC_QUOTA.writesPerHour) {
        throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
      }
      const after = { ...(await area.get(null)) };
      for (const [key, value] of Object.entries(change)) {
        if (value === null) delete after[key];
        else {
          if (itemBytes(key, value) > SYNC_QUOTA.bytesPerItem) {
            throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
          }
          after[key] = value;
        }
      }
      const total = Object.entries(after).reduce(
        (sum, [key, value]) => sum + itemBytes(key, value),
        0,
      );
      if (total > SYNC_QUOTA.bytes) throw new Error('QUOTA_BYTES quota exceeded');
      if (Object.keys(after).length > SYNC_QUOTA.items) throw new Error('MAX_ITEMS quota exceeded');
      this.#writeLog.push(now);
    };
    return {
      ...area,
      get: (keys?: null | string | string[] | Record<string, unknown>) => area.get(keys),
      set: async (items: Record<string, unknown>) => {
        await check(items);
        await area.set(items);
        this.world.relay.upload(this, items);
      },
      remove: async (keys: string | string[]) => {
        const list = Array.isArray(keys) ? keys : [keys];
        const change = Object.fromEntries(list.map((key) => [key, null]));
        await check(change);
        await area.remove(list);
        this.world.relay.upload(this, change);
      },
    };
  }

  /** A change from the server lands in this device's sync area (fires `onChanged`). */
  async receive(change: Change): Promise<void> {
    const set = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== null));
    const removed = Object.keys(change).filter((key) => change[key] === null);
    if (Object.keys(set).length > 0) await this.syncArea.set(set);
    if (removed.length > 0) await this.syncArea.remove(removed);
  }

  /** Start (or restart, as after the worker was stopped) the settings service. */
  start(overrides: Partial<SettingsServiceOptions> = {}): SettingsService {
    this.service?.stop();
    const browser = this.browser;
    this.service = new SettingsService({
      platform: {
        storage: {
          local: browser.storage.local,
          sync: this.#guardedSync(),
          onChanged: browser.storage.onChanged,
        },
        alarms: browser.alarms,
        runtime: browser.runtime,
      },
      indexedDB: this.indexedDB,
      now: () => this.world.clock.now,
      random: () => 0.5,
      timers: this.world.clock,
      newDeviceId: () => this.name,
      ...this.options,
      ...overrides,
    });
    this.service.start();
    return this.service;
  }

  /** Send a message as the popup would (parsed as the listener parses it). */
  async send<R = unknown>(message: unknown): Promise<R> {
    const parsed = parseToBackgroundSettings(message);
    if (!parsed) throw new Error(`not a settings message: ${JSON.stringify(message)}`);
    const reply = this.service.handle(parsed, {}) as Promise<R>;
    await this.world.idle();
    return reply;
  }
}

export class World {
  readonly clock = new VirtualClock();
  readonly relay = new SyncRelay(this.clock);
  readonly devices: Device[] = [];

  async device(name: string, options: Partial<SettingsServiceOptions> = {}): Promise<Device> {
    const device = await Device.create(name, this, options);
    this.devices.push(device);
    this.relay.devices.push(device);
    return device;
  }

  /** Wait until every service has nothing queued. */
  async idle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await Promise.all(this.devices.map((device) => device.service?.settled()));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Run virtual time forward by `ms`, firing timers and deliveries in order. */
  async advance(ms: number): Promise<void> {
    const end = this.clock.now + ms;
    await this.idle();
    for (let timer = this.clock.next(end); timer; timer = this.clock.next(end)) {
      this.clock.take(timer);
      this.clock.now = Math.max(this.clock.now, timer.at);
      await timer.run();
      await this.idle();
    }
    this.clock.now = end;
    await this.idle();
  }

  /**
   * The network heals: deliveries become calm, everything in flight lands, every device's sync area
   * is brought to the server's state, and time runs until nobody has anything left to do.
   */
  async heal(maxMs = 3 * 3_600_000): Promise<void> {
    this.relay.chaos = CALM;
    const deadline = this.clock.now + maxMs;
    for (let round = 0; round < 100; round++) {
      await this.advance(Math.max(0, this.clock.horizon - this.clock.now));
      let changed = false;
      for (const device of this.devices) changed = (await this.relay.resync(device)) || changed;
      await this.idle();
      if (!changed && this.clock.pending === 0 && this.relay.inFlight === 0) return;
      if (this.clock.now > deadline) break;
    }
    throw new Error('the devices did not settle');
  }
}
