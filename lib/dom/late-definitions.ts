/**
 * Custom elements the scan met before their definition. A definition that arrives later (a
 * component library loaded late) upgrades them, and its constructor may attach a shadow root, with
 * no mutation of the observed tree and no event a content script could hear. So each such tag is
 * looked at again `LATE_DEFINITION_CHECKS_MS` after the first of its elements was met, then no
 * more. Definitions are per tag and permanent: one `:defined` look at one element says it for all
 * of the tag's elements, and a tag found defined never needs another.
 */

/** When a tag is looked at again, after its first element was met. */
export const LATE_DEFINITION_CHECKS_MS = [250, 1000, 3000, 8000, 15_000] as const;
const LAST_CHECK_MS = LATE_DEFINITION_CHECKS_MS[LATE_DEFINITION_CHECKS_MS.length - 1]!;

export class LateDefinitions {
  readonly #onDefined: (element: Element) => void;
  readonly #onTask: (start: number) => void;
  /** The tags met undefined, their elements, and when the first was met. */
  readonly #undefined = new Map<string, { elements: Set<Element>; foundAt: number }>();
  readonly #defined = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #due = Infinity;

  /**
   * @param onDefined Called for each element still on the page once its tag is defined (it may have
   *   a shadow root now)
   * @param onTask Called at the end of each look with its start time (the caller counts its tasks)
   */
  constructor(onDefined: (element: Element) => void, onTask: (start: number) => void) {
    this.#onDefined = onDefined;
    this.#onTask = onTask;
  }

  /** A custom element (`name`, a tag with a hyphen) met without a shadow root. */
  note(element: Element, name: string): void {
    if (this.#defined.has(name)) return;
    let pending = this.#undefined.get(name);
    if (pending === undefined) {
      if (element.matches(':defined')) {
        this.#defined.add(name);
        return;
      }
      pending = { elements: new Set(), foundAt: performance.now() };
      this.#undefined.set(name, pending);
      this.#schedule(pending.foundAt + LATE_DEFINITION_CHECKS_MS[0]);
    }
    pending.elements.add(element);
  }

  /** Forget every tag still waiting and cancel the next look (the scanner stopped). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#due = Infinity;
    this.#undefined.clear();
  }

  #schedule(due: number): void {
    if (due >= this.#due) return;
    clearTimeout(this.#timer);
    this.#due = due;
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.#due = Infinity;
        this.#check();
      },
      Math.max(0, due - performance.now()),
    );
  }

  #check(): void {
    const start = performance.now();
    let next = Infinity;
    for (const [name, { elements, foundAt }] of this.#undefined) {
      let defined: boolean | undefined;
      for (const element of elements) {
        if (!element.isConnected) continue;
        defined ??= element.matches(':defined');
        if (!defined) break;
        this.#onDefined(element);
      }
      const age = start - foundAt;
      if (defined === true) this.#defined.add(name);
      if (defined === true || age >= LAST_CHECK_MS) {
        this.#undefined.delete(name);
        continue;
      }
      const delay = LATE_DEFINITION_CHECKS_MS.find((after) => after > age) ?? LAST_CHECK_MS;
      next = Math.min(next, foundAt + delay);
    }
    this.#onTask(start);
    if (next < Infinity) this.#schedule(next);
  }
}
