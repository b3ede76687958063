import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_TIME,
  compareStamps,
  emptySet,
  mergeRegister,
  nextTime,
  setAdd,
  setAddAll,
  setEqual,
  setFromParts,
  setMerge,
  setRemove,
  setValues,
  type ObservedSet,
  type Register,
} from '../../../../lib/settings/crdt';

describe('stamps and registers', () => {
  it('order by time, then by device id', () => {
    expect(compareStamps({ t: 1, d: 'b' }, { t: 2, d: 'a' })).toBeLessThan(0);
    expect(compareStamps({ t: 2, d: 'a' }, { t: 2, d: 'b' })).toBeLessThan(0);
    expect(compareStamps({ t: 2, d: 'b' }, { t: 2, d: 'b' })).toBe(0);
  });

  it('let the later write win, whatever the order of merging', () => {
    const early: Register = { value: 'red', t: 10, d: 'z' };
    const late: Register = { value: 'blue', t: 11, d: 'a' };
    expect(mergeRegister(early, late)).toBe(late);
    expect(mergeRegister(late, early)).toBe(late);
    expect(mergeRegister(undefined, early)).toBe(early);
  });

  it('break a tie on time by device id, deterministically', () => {
    const a: Register = { value: 1, t: 5, d: 'device-a' };
    const b: Register = { value: 2, t: 5, d: 'device-b' };
    expect(mergeRegister(a, b)).toBe(b);
    expect(mergeRegister(b, a)).toBe(b);
  });

  it('issue times later than the wall clock and than anything seen', () => {
    expect(nextTime(0, 1000)).toBe(1000);
    expect(nextTime(5000, 1000)).toBe(5001);
    expect(nextTime(999, 1000.7)).toBe(1000);
  });

  it('ignore a wall clock past MAX_TIME, so even a wildly wrong clock issues times others accept', () => {
    expect(nextTime(5000, MAX_TIME + 1)).toBe(5001);
    expect(nextTime(5000, MAX_TIME)).toBe(MAX_TIME);
  });
});

describe('observed-remove set', () => {
  it('adds and removes on one replica', () => {
    let set = setAdd(emptySet(), 'a.com', 'A');
    set = setAdd(set, 'b.com', 'A');
    set = setRemove(set, 'a.com');
    expect(setValues(set)).toEqual(['b.com']);
    expect(set.ctx.get('A')).toBe(2);
  });

  it('keeps concurrent additions of different devices', () => {
    const a = setAdd(emptySet(), 'a.com', 'A');
    const b = setAdd(emptySet(), 'b.com', 'B');
    expect(setValues(setMerge(a, b))).toEqual(['a.com', 'b.com']);
  });

  it('keeps a removal when a stale copy with the item arrives later', () => {
    const added = setAdd(emptySet(), 'a.com', 'A');
    const removedOnB = setRemove(setMerge(emptySet(), added), 'a.com');
    expect(setValues(setMerge(removedOnB, added))).toEqual([]);
    expect(setValues(setMerge(added, removedOnB))).toEqual([]);
  });

  it('lets a concurrent re-addition survive a removal (add wins)', () => {
    const base = setAdd(emptySet(), 'a.com', 'A');
    const removedOnA = setRemove(base, 'a.com');
    const readdedOnB = setAdd(setMerge(emptySet(), base), 'a.com', 'B');
    expect(setValues(setMerge(removedOnA, readdedOnB))).toEqual(['a.com']);
  });

  it('adds in bulk with one dot per item', () => {
    const set = setAddAll(emptySet(), ['a.com', 'b.com', 'c.com'], 'A');
    expect(setValues(set)).toEqual(['a.com', 'b.com', 'c.com']);
    expect(set.ctx.get('A')).toBe(3);
    expect(setAddAll(set, [], 'A')).toBe(set);
  });

  it('repairs stored parts: the context covers every dot, dots are unique', () => {
    const set = setFromParts(
      [['A', 1]],
      [
        [
          'x.com',
          [
            ['A', 3],
            ['A', 3],
          ],
        ],
        ['y.com', []],
      ],
    );
    expect(set.ctx.get('A')).toBe(3);
    expect(set.entries.get('x.com')).toEqual([['A', 3]]);
    expect(set.entries.has('y.com')).toBe(false);
  });
});

/** A random history of set operations on three replicas with random merges in between. */
const ITEMS = ['a', 'b', 'c', 'd'];
const DEVICES = ['A', 'B', 'C'];
type Op =
  | { kind: 'add'; device: number; item: string }
  | { kind: 'remove'; device: number; item: string }
  | { kind: 'merge'; from: number; to: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    device: fc.integer({ min: 0, max: 2 }),
    item: fc.constantFrom(...ITEMS),
  }),
  fc.record({
    kind: fc.constant('remove' as const),
    device: fc.integer({ min: 0, max: 2 }),
    item: fc.constantFrom(...ITEMS),
  }),
  fc.record({
    kind: fc.constant('merge' as const),
    from: fc.integer({ min: 0, max: 2 }),
    to: fc.integer({ min: 0, max: 2 }),
  }),
);

function run(ops: Op[]): ObservedSet[] {
  const replicas = DEVICES.map(() => emptySet());
  for (const op of ops) {
    if (op.kind === 'add')
      replicas[op.device] = setAdd(replicas[op.device]!, op.item, DEVICES[op.device]!);
    else if (op.kind === 'remove') replicas[op.device] = setRemove(replicas[op.device]!, op.item);
    else replicas[op.to] = setMerge(replicas[op.to]!, replicas[op.from]!);
  }
  return replicas;
}

const setArb = fc.array(opArb, { maxLength: 30 }).map((ops) => run(ops)[0]!);

describe('observed-remove set: properties', () => {
  it('merge is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(setArb, setArb, setArb, (a, b, c) => {
        expect(setEqual(setMerge(a, b), setMerge(b, a))).toBe(true);
        expect(setEqual(setMerge(setMerge(a, b), c), setMerge(a, setMerge(b, c)))).toBe(true);
        expect(setEqual(setMerge(a, a), a)).toBe(true);
      }),
    );
  });

  it('replicas converge once all have merged all, with no lost additions and removals kept', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const replicas = run(ops);
        const all = replicas.reduce(setMerge);
        const finals = replicas.map((replica) => setMerge(replica, all));
        for (const replica of finals) expect(setEqual(replica, finals[0]!)).toBe(true);

        // The reference semantics (add-wins observed-remove): an item is present at the end iff
        // some addition of it was not followed, causally, by a removal that had seen it.
        const expected = referenceValues(ops);
        expect(setValues(finals[0]!)).toEqual(expected);
      }),
    );
  });
});

/**
 * The same histories replayed with explicit causal knowledge: each replica knows a set of addition
 * events (id → item) and a set of removed addition ids. A removal on a replica removes the
 * additions of that item it knows of; merging unions both sets. An item is present iff some known
 * addition of it is not removed. This is the definition of an observed-remove set, without any dots
 * or contexts.
 */
function referenceValues(ops: Op[]): string[] {
  const known = DEVICES.map(() => new Map<number, string>());
  const removed = DEVICES.map(() => new Set<number>());
  let next = 0;
  for (const op of ops) {
    if (op.kind === 'add') {
      const mine = known[op.device]!;
      // An addition supersedes the replica's earlier additions of the item (it observed them).
      for (const [id, item] of mine) if (item === op.item) removed[op.device]!.add(id);
      mine.set(next++, op.item);
    } else if (op.kind === 'remove') {
      for (const [id, item] of known[op.device]!) if (item === op.item) removed[op.device]!.add(id);
    } else {
      for (const [id, item] of known[op.from]!) known[op.to]!.set(id, item);
      for (const id of removed[op.from]!) removed[op.to]!.add(id);
    }
  }
  const allKnown = new Map<number, string>();
  const allRemoved = new Set<number>();
  for (let i = 0; i < DEVICES.length; i++) {
    for (const [id, item] of known[i]!) allKnown.set(id, item);
    for (const id of removed[i]!) allRemoved.add(id);
  }
  const present = new Set<string>();
  for (const [id, item] of allKnown) if (!allRemoved.has(id)) present.add(item);
  return [...present].sort();
}
