/**
 * The two merge rules of the settings (PRODUCT.md section 6), as pure state-based CRDTs: merging is
 * commutative, associative and idempotent, so devices that have seen the same changes hold the same
 * settings whatever order, duplication or delay the changes arrived with.
 *
 * - A single-valued field is a last-writer-wins register: the value with the later stamp wins. A
 *   stamp is a hybrid clock time (see {@link nextTime}) plus the writing device's id, which breaks
 *   ties deterministically.
 * - A list (disabled sites, hidden entities) is an observed-remove set without tombstones (the
 *   "optimised OR-set" of Bieniusa et al., 2012): each addition is tagged with a dot — the adding
 *   device's id and that device's counter — and each replica keeps a causal context, the highest
 *   counter it has seen from each device. An entry survives a merge unless the other side has seen
 *   its dot (its context covers it) and no longer holds it, i.e. removed it. So concurrent
 *   additions all survive (their dots are new to the other side), and a removal stays removed (the
 *   removed dots are covered by the remover's context, so no stale copy can bring them back). A
 *   removal leaves nothing behind but the context, one counter per device, so there are no
 *   tombstones to collect.
 *
 * The context assumes that a replica which has seen a device's dot n has seen all of its dots below
 * n. That holds because replicas only ever merge whole lists (a half-written list in sync is
 * ignored until complete, see sync-format.ts).
 */

/** When and by whom a field was written. */
export interface Stamp {
  /** Hybrid clock time in milliseconds. */
  readonly t: number;
  /** The writing device's id (tie-break). */
  readonly d: string;
}

export interface Register extends Stamp {
  readonly value: unknown;
}

/** Order stamps: by time, then by device id. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.t !== b.t) return a.t < b.t ? -1 : 1;
  return a.d < b.d ? -1 : a.d > b.d ? 1 : 0;
}

/**
 * The latest stamp time a device accepts: 2^50 ms, in the year 37648, far past any real clock. A
 * clock takes the latest time it sees, and past 2^53 `clock + 1 === clock`: one stamp from a broken
 * clock (or written in microseconds or nanoseconds, which this bound refuses) would stop every
 * device's clock, and its value would beat every later edit for good. So a later time is bad data,
 * refused wherever stamps are read (doc.ts); a clock at the bound still has 2^53 - 2^50 exact
 * increments ahead. (A clock pushed to the bound itself would issue stamps the others refuse; no
 * common placeholder time, such as 9999-12-31 or 2^48 - 1, comes near it.)
 */
export const MAX_TIME = 2 ** 50;

/**
 * The highest device counter a device accepts, for the same reason as {@link MAX_TIME}: a device's
 * next dot is the highest counter seen for it plus one, so one stored or synced context at 2^53
 * would give that device the same dot for every later addition. No device adds 2^50 entries.
 */
export const MAX_COUNTER = 2 ** 50;

/**
 * The time of a new stamp: the wall clock, but always later than every stamp this device has issued
 * or seen (`clock`). So an edit made after seeing another device's edit wins over it even when this
 * device's clock is behind (a hybrid logical clock, simplified). A wall clock past {@link MAX_TIME}
 * is ignored, so a device whose clock is wildly off still writes stamps the others accept.
 */
export function nextTime(clock: number, now: number): number {
  return Math.max(now <= MAX_TIME ? Math.floor(now) : 0, clock + 1);
}

/**
 * The winner of two writes of one field. Equal stamps with different values cannot come from
 * correct devices; compare the values' JSON so that even then every replica picks the same one.
 */
export function mergeRegister(
  a: Register | undefined,
  b: Register | undefined,
): Register | undefined {
  if (!a) return b;
  if (!b) return a;
  const order = compareStamps(a, b);
  if (order !== 0) return order > 0 ? a : b;
  return JSON.stringify(a.value) >= JSON.stringify(b.value) ? a : b;
}

export function registersEqual(a: Register | undefined, b: Register | undefined): boolean {
  if (!a || !b) return a === b;
  return a.t === b.t && a.d === b.d && JSON.stringify(a.value) === JSON.stringify(b.value);
}

/** Merge two maps of registers by path (a new map). */
export function mergeRegisterMaps(
  a: ReadonlyMap<string, Register>,
  b: ReadonlyMap<string, Register>,
): Map<string, Register> {
  const out = new Map(a);
  for (const [path, register] of b) out.set(path, mergeRegister(out.get(path), register)!);
  return out;
}

/** An addition's tag: the adding device and its counter. */
export type Dot = readonly [device: string, counter: number];

/** An observed-remove set (see the module comment). Treat as immutable outside this module. */
export interface ObservedSet {
  /** Per device, the highest counter seen. */
  readonly ctx: ReadonlyMap<string, number>;
  /** Present items and the dots of the additions that put them there (sorted). */
  readonly entries: ReadonlyMap<string, readonly Dot[]>;
}

export function emptySet(): ObservedSet {
  return { ctx: new Map(), entries: new Map() };
}

function compareDots(a: Dot, b: Dot): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
}

/** The set with `item` added by `device` (its earlier dots are replaced by the new one). */
export function setAdd(set: ObservedSet, item: string, device: string): ObservedSet {
  const counter = (set.ctx.get(device) ?? 0) + 1;
  const ctx = new Map(set.ctx).set(device, counter);
  const entries = new Map(set.entries).set(item, [[device, counter]]);
  return { ctx, entries };
}

/** The set with every item of `items` added by `device`, one dot each (a bulk import). */
export function setAddAll(set: ObservedSet, items: Iterable<string>, device: string): ObservedSet {
  let counter = set.ctx.get(device) ?? 0;
  const entries = new Map(set.entries);
  for (const item of items) entries.set(item, [[device, ++counter]]);
  if (counter === (set.ctx.get(device) ?? 0)) return set;
  return { ctx: new Map(set.ctx).set(device, counter), entries };
}

/** The set without `item`; the context keeps its dots, which is what makes the removal stick. */
export function setRemove(set: ObservedSet, item: string): ObservedSet {
  if (!set.entries.has(item)) return set;
  const entries = new Map(set.entries);
  entries.delete(item);
  return { ctx: set.ctx, entries };
}

export function setHas(set: ObservedSet, item: string): boolean {
  return set.entries.has(item);
}

/** The items, sorted. */
export function setValues(set: ObservedSet): string[] {
  return [...set.entries.keys()].sort();
}

/** Join two replicas of a set (see the module comment). */
export function setMerge(a: ObservedSet, b: ObservedSet): ObservedSet {
  const ctx = new Map(a.ctx);
  for (const [device, counter] of b.ctx) ctx.set(device, Math.max(ctx.get(device) ?? 0, counter));
  const entries = new Map<string, readonly Dot[]>();
  const keys = new Set([...a.entries.keys(), ...b.entries.keys()]);
  for (const item of keys) {
    const left = a.entries.get(item) ?? [];
    const right = b.entries.get(item) ?? [];
    const kept: Dot[] = [];
    const inRight = new Set(right.map((dot) => `${dot[0]}\u0000${dot[1]}`));
    const inLeft = new Set(left.map((dot) => `${dot[0]}\u0000${dot[1]}`));
    for (const dot of left) {
      if (inRight.has(`${dot[0]}\u0000${dot[1]}`) || dot[1] > (b.ctx.get(dot[0]) ?? 0)) {
        kept.push(dot);
      }
    }
    for (const dot of right) {
      if (!inLeft.has(`${dot[0]}\u0000${dot[1]}`) && dot[1] > (a.ctx.get(dot[0]) ?? 0)) {
        kept.push(dot);
      }
    }
    if (kept.length > 0) entries.set(item, kept.sort(compareDots));
  }
  return { ctx, entries };
}

/** Same items with the same dots and the same context. */
export function setEqual(a: ObservedSet, b: ObservedSet): boolean {
  if (a.ctx.size !== b.ctx.size || a.entries.size !== b.entries.size) return false;
  for (const [device, counter] of a.ctx) if (b.ctx.get(device) !== counter) return false;
  for (const [item, dots] of a.entries) {
    const other = b.entries.get(item);
    if (!other || other.length !== dots.length) return false;
    for (let i = 0; i < dots.length; i++) {
      if (dots[i]![0] !== other[i]![0] || dots[i]![1] !== other[i]![1]) return false;
    }
  }
  return true;
}

/** True when the set has never been edited anywhere (nothing to sync). */
export function setIsPristine(set: ObservedSet): boolean {
  return set.ctx.size === 0 && set.entries.size === 0;
}

/**
 * Build a set from stored parts, restoring its invariants: dots sorted and unique, and the context
 * covering every dot (a context that lags its own dots would make a merge drop them).
 */
export function setFromParts(
  ctx: Iterable<readonly [string, number]>,
  entries: Iterable<readonly [string, readonly Dot[]]>,
): ObservedSet {
  const context = new Map<string, number>();
  for (const [device, counter] of ctx) {
    context.set(device, Math.max(context.get(device) ?? 0, counter));
  }
  const items = new Map<string, readonly Dot[]>();
  for (const [item, dots] of entries) {
    if (dots.length === 0) continue;
    const unique = new Map(dots.map((dot) => [`${dot[0]}\u0000${dot[1]}`, dot] as const));
    const sorted = [...unique.values()].sort(compareDots);
    for (const [device, counter] of sorted) {
      context.set(device, Math.max(context.get(device) ?? 0, counter));
    }
    const previous = items.get(item);
    items.set(item, previous ? [...previous, ...sorted].sort(compareDots) : sorted);
  }
  return { ctx: context, entries: items };
}
