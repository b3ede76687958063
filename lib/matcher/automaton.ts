/**
 * An Aho–Corasick automaton over folded text, run as a lazily completed DFA on a compressed
 * alphabet: one typed-array lookup per character once a transition has been seen, no backtracking,
 * whatever the number of patterns.
 *
 * Building is linear in the patterns' total length (the trie and its failure links); the full
 * transition table (states × classes) is only allocated, and each entry is computed from the trie
 * and the failure links the first time the scan needs it. A complete table would cost tens of
 * milliseconds to fill before the JIT warms up, on every page a content script starts on.
 *
 * The alphabet is the set of UTF-16 units that occur in the folded patterns; every other unit is
 * class 0, which leads back to the root from anywhere.
 *
 * States are numbered so that those that recognise a pattern come last, and transitions store the
 * next state's row offset (`(state + 1) × classes`): the scan's hot loop is one addition, one load
 * and one comparison per character.
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

/** Builds the automaton for non-empty, distinct folded patterns. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const classOfUnit = new Map<number, number>();
  for (const pattern of patterns) {
    if (pattern.length === 0) throw new Error('matcher: an empty pattern cannot be matched');
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (!classOfUnit.has(unit)) classOfUnit.set(unit, classOfUnit.size + 1);
    }
  }
  const classes = classOfUnit.size + 1;

  // The trie in typed arrays, with provisional state numbers: each state's children form a
  // linked list (fan-out is small except at the root, which also gets a direct table).
  let total = 0;
  for (const pattern of patterns) total += pattern.length;
  const capacity = total + 1;
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const edgeClass = new Int32Array(capacity);
  const terminal = new Int32Array(capacity).fill(-1);
  const rootChild = new Int32Array(classes);
  const child = (state: number, cls: number): number => {
    if (state === 0) return rootChild[cls] || -1;
    for (let c = firstChild[state] ?? -1; c >= 0; c = nextSibling[c] ?? -1) {
      if (edgeClass[c] === cls) return c;
    }
    return -1;
  };
  let states = 1;
  patterns.forEach((pattern, id) => {
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
  });

  // Failure links and outputs, breadth-first. A state's failure state is the longest proper
  // suffix of its path that is also in the trie.
  const fail = new Int32Array(states);
  const outputs: (readonly number[])[] = new Array<readonly number[]>(states);
  outputs[0] = [];
  const order: number[] = [0];
  const step = (state: number, cls: number): number => {
    for (let s = state; ; s = fail[s] ?? 0) {
      const next = child(s, cls);
      if (next >= 0) return next;
      if (s === 0) return 0;
    }
  };
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

  // Renumber: states without outputs first, so "recognises something" is `row >= firstOutputRow`.
  const renumber = new Int32Array(states);
  let next = 0;
  for (const state of order) if ((outputs[state]?.length ?? 0) === 0) renumber[state] = next++;
  const firstOutput = next;
  for (const state of order) if ((outputs[state]?.length ?? 0) > 0) renumber[state] = next++;

  // Row 0 is never used, so 0 can mean "not computed yet" and the table needs no filling: a fresh
  // typed array is zeroed by the allocator, and only the rows of states the scan reaches are ever
  // touched. The root is state 1 (row `classes`).
  const rowOf = (renamed: number) => (renamed + 1) * classes;
  const delta = new Int32Array((states + 1) * classes);
  const outputsByRow = new Map<number, readonly number[]>();
  const oldOf = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) {
    const renamed = renumber[s] ?? 0;
    oldOf[renamed + 1] = s;
    const out = outputs[s] ?? [];
    if (out.length > 0) outputsByRow.set(rowOf(renamed), out);
  }
  const root = rowOf(renumber[0] ?? 0);
  // The root's row is complete from the start: it is where most characters are read.
  for (let cls = 0; cls < classes; cls++) {
    delta[root + cls] = rowOf(renumber[rootChild[cls] ?? 0] ?? 0);
  }

  return {
    classes,
    classOfUnit,
    delta,
    root,
    firstOutputRow: rowOf(firstOutput),
    resolve(row: number, cls: number): number {
      const target = rowOf(renumber[step(oldOf[row / classes] ?? 0, cls)] ?? 0);
      delta[row + cls] = target;
      return target;
    },
    outputsAt: (row) => outputsByRow.get(row) ?? [],
    patternLength: Int32Array.from(patterns, (p) => p.length),
    longestPattern: patterns.reduce((max, p) => Math.max(max, p.length), 0),
  };
}
