/**
 * An Aho–Corasick automaton over folded text, run as a lazily completed DFA on a compressed
 * alphabet: one typed-array lookup per character once a transition has been seen, no backtracking,
 * whatever the number of patterns.
 *
 * Two stages:
 *
 * 1. `compileAutomaton` builds the trie and its failure links (linear in the patterns' total length)
 *    into a small JSON-safe `CompiledAutomaton`, kept in the matcher table.
 * 2. `loadAutomaton` turns it into typed arrays and allocates the transition table (states × classes);
 *    each entry is computed from the trie and the failure links the first time a scan needs it. A
 *    complete table would cost tens of milliseconds to fill before the JIT warms up.
 *
 * The alphabet is the set of UTF-16 units that occur in the folded patterns; every other unit is
 * class 0, which leads back to the root from anywhere.
 *
 * States are numbered breadth-first with those that recognise a pattern last (the root is 0), and
 * transitions store the next state's row offset (`(state + 1) × classes`): the scan's hot loop is
 * one addition, one load and one comparison per character.
 */

export interface Automaton {
  /** Number of character classes (class 0 = not in any pattern). */
  readonly classes: number;
  /** Folded UTF-16 unit → class, for the units that occur in patterns. */
  readonly classOfUnit: ReadonlyMap<number, number>;
  /**
   * `delta[row + class]` = the next state's row, or 0 if not computed yet (call `resolve`). Rows
   * are `(state + 1) × classes`; row 0 is unused.
   */
  readonly delta: Int32Array;
  /** The root's row: where a scan starts. */
  readonly root: number;
  /** Rows at or above this recognise at least one pattern. */
  readonly firstOutputRow: number;
  /** Computes (and remembers) a transition missing from `delta`. Returns the next row. */
  resolve(row: number, cls: number): number;
  /** Patterns recognised on entering the state of `row`, longest first. */
  outputsAt(row: number): readonly number[];
  /** Length of each pattern in folded UTF-16 units. */
  readonly patternLength: Int32Array;
  readonly longestPattern: number;
}

/** The trie and its failure links, JSON-safe (it travels in the matcher table). */
export interface CompiledAutomaton {
  /** The patterns it was built for, in order (a table whose patterns differ is rebuilt). */
  readonly patterns: readonly string[];
  /** The UTF-16 unit of each class from 1 on. */
  readonly units: readonly number[];
  /** Per state: its first child (-1: none), its next sibling (-1: none), the class of its edge. */
  readonly firstChild: readonly number[];
  readonly nextSibling: readonly number[];
  readonly edgeClass: readonly number[];
  /** Per state: its failure state. */
  readonly fail: readonly number[];
  /** The first state that recognises a pattern (all later ones do too). */
  readonly firstOutput: number;
  /** For each state from `firstOutput` on: the patterns it recognises, longest first. */
  readonly outputs: readonly (readonly number[])[];
}

/** Builds the automaton for non-empty, distinct folded patterns. */
export function compileAutomaton(patterns: readonly string[]): CompiledAutomaton {
  const classOfUnit = new Map<number, number>();
  let total = 0;
  for (const pattern of patterns) {
    if (pattern.length === 0) throw new Error('matcher: an empty pattern cannot be matched');
    total += pattern.length;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (!classOfUnit.has(unit)) classOfUnit.set(unit, classOfUnit.size + 1);
    }
  }
  const classes = classOfUnit.size + 1;

  // The trie in typed arrays, with provisional state numbers: each state's children form a
  // linked list (fan-out is small except at the root, which also gets a direct table).
  const capacity = total + 1;
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const edgeClass = new Int32Array(capacity);
  const terminal = new Int32Array(capacity).fill(-1);
  const rootChild = new Int32Array(classes);
  const child = childFinder(firstChild, nextSibling, edgeClass, rootChild);
  let states = 1;
  for (let id = 0; id < patterns.length; id++) {
    const pattern = patterns[id] ?? '';
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const cls = classOfUnit.get(pattern.charCodeAt(i)) ?? 0;
      let next = child(state, cls);
      if (next < 0) {
        next = states++;
        edgeClass[next] = cls;
        nextSibling[next] = firstChild[state] ?? -1;
        firstChild[state] = next;
        if (state === 0) rootChild[cls] = next;
      }
      state = next;
    }
    terminal[state] = id;
  }

  // Failure links and outputs, breadth-first. A state's failure state is the longest proper
  // suffix of its path that is also in the trie.
  const fail = new Int32Array(states);
  const outputs: (readonly number[])[] = new Array<readonly number[]>(states);
  outputs[0] = [];
  const order: number[] = [0];
  const step = stepper(child, fail);
  for (let head = 0; head < order.length; head++) {
    const state = order[head] ?? 0;
    for (let c = firstChild[state] ?? -1; c >= 0; c = nextSibling[c] ?? -1) {
      const failure = state === 0 ? 0 : step(fail[state] ?? 0, edgeClass[c] ?? 0);
      fail[c] = failure;
      const own = terminal[c] ?? -1;
      const inherited = outputs[failure] ?? [];
      outputs[c] = own < 0 ? inherited : [own, ...inherited];
      order.push(c);
    }
  }

  // Renumber breadth-first, states without outputs first: the root stays 0, and "recognises
  // something" becomes one comparison.
  const renumber = new Int32Array(states);
  let next = 0;
  for (const state of order) if ((outputs[state]?.length ?? 0) === 0) renumber[state] = next++;
  const firstOutput = next;
  for (const state of order) if ((outputs[state]?.length ?? 0) > 0) renumber[state] = next++;
  const renamed = (state: number) => (state < 0 ? -1 : (renumber[state] ?? 0));
  const byNew = new Int32Array(states);
  for (let s = 0; s < states; s++) byNew[renumber[s] ?? 0] = s;
  const column = (values: Int32Array, rename: boolean) =>
    Array.from(byNew, (old) => (rename ? renamed(values[old] ?? -1) : (values[old] ?? 0)));
  return {
    patterns: [...patterns],
    units: [...classOfUnit.keys()],
    firstChild: column(firstChild, true),
    nextSibling: column(nextSibling, true),
    edgeClass: column(edgeClass, false),
    fail: column(fail, true),
    firstOutput,
    outputs: Array.from(byNew.subarray(firstOutput), (old) => outputs[old] ?? []),
  };
}

function childFinder(
  firstChild: Int32Array,
  nextSibling: Int32Array,
  edgeClass: Int32Array,
  rootChild: Int32Array,
): (state: number, cls: number) => number {
  return (state, cls) => {
    if (state === 0) return rootChild[cls] || -1;
    for (let c = firstChild[state] ?? -1; c >= 0; c = nextSibling[c] ?? -1) {
      if (edgeClass[c] === cls) return c;
    }
    return -1;
  };
}

/** The goto function with failure links: where `cls` leads from `state`. */
function stepper(
  child: (state: number, cls: number) => number,
  fail: Int32Array,
): (state: number, cls: number) => number {
  return (state, cls) => {
    for (let s = state; ; s = fail[s] ?? 0) {
      const next = child(s, cls);
      if (next >= 0) return next;
      if (s === 0) return 0;
    }
  };
}

/** Makes a compiled automaton ready to scan with. */
export function loadAutomaton(compiled: CompiledAutomaton): Automaton {
  const { patterns, units } = compiled;
  const classes = units.length + 1;
  const states = compiled.fail.length;
  const classOfUnit = new Map<number, number>();
  units.forEach((unit, index) => classOfUnit.set(unit, index + 1));
  const firstChild = Int32Array.from(compiled.firstChild);
  const nextSibling = Int32Array.from(compiled.nextSibling);
  const edgeClass = Int32Array.from(compiled.edgeClass);
  const fail = Int32Array.from(compiled.fail);
  const rootChild = new Int32Array(classes);
  for (let c = firstChild[0] ?? -1; c >= 0; c = nextSibling[c] ?? -1) {
    rootChild[edgeClass[c] ?? 0] = c;
  }
  const step = stepper(childFinder(firstChild, nextSibling, edgeClass, rootChild), fail);

  // Row 0 is never used, so 0 can mean "not computed yet" and the table needs no filling: a fresh
  // typed array is zeroed by the allocator, and only the rows of states the scan reaches are ever
  // touched.
  const rowOf = (state: number) => (state + 1) * classes;
  const delta = new Int32Array((states + 1) * classes);
  const root = rowOf(0);
  // The root's row is complete from the start: it is where most characters are read.
  for (let cls = 0; cls < classes; cls++) delta[root + cls] = rowOf(rootChild[cls] ?? 0);
  const firstOutputRow = rowOf(compiled.firstOutput);

  return {
    classes,
    classOfUnit,
    delta,
    root,
    firstOutputRow,
    resolve(row: number, cls: number): number {
      const target = rowOf(step(row / classes - 1, cls));
      delta[row + cls] = target;
      return target;
    },
    outputsAt: (row) => compiled.outputs[row / classes - 1 - compiled.firstOutput] ?? [],
    patternLength: Int32Array.from(patterns, (p) => p.length),
    longestPattern: patterns.reduce((max, p) => Math.max(max, p.length), 0),
  };
}
