// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATE_DEFINITION_CHECKS_MS, LateDefinitions } from '../../../../lib/dom/late-definitions';

/**
 * A custom element whose `:defined` state the test sets (happy-dom matches no element with
 * `:defined`), and a count of how often it was asked.
 */
function customElement(tag: string): { element: Element; defined: boolean; asked: number } {
  const element = document.createElement(tag);
  document.body.append(element);
  const state = { element, defined: false, asked: 0 };
  const matches = element.matches.bind(element);
  element.matches = (selector: string) => {
    if (selector !== ':defined') return matches(selector);
    state.asked++;
    return state.defined;
  };
  return state;
}

let upgraded: Element[];
let tasks: number;
let watch: LateDefinitions;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  document.body.replaceChildren();
  upgraded = [];
  tasks = 0;
  watch = new LateDefinitions(
    (element) => upgraded.push(element),
    () => tasks++,
  );
});

afterEach(() => {
  watch.clear();
  vi.useRealTimers();
});

describe('LateDefinitions', () => {
  it('calls back for each element still on the page at the first look after its tag is defined', () => {
    const first = customElement('late-card');
    const second = customElement('late-card');
    const gone = customElement('late-card');
    for (const { element } of [first, second, gone]) watch.note(element, 'late-card');
    gone.element.remove();

    vi.advanceTimersByTime(1500);
    expect(upgraded).toEqual([]);
    expect(tasks).toBe(2); // the looks at 250 and 1000 ms
    first.defined = second.defined = true;
    vi.advanceTimersByTime(1500); // the look at 3000 ms
    expect(upgraded).toEqual([first.element, second.element]);
    // One look at one element says it for the tag; then the tag is not looked at again.
    expect(vi.getTimerCount()).toBe(0);
    watch.note(customElement('late-card').element, 'late-card');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('looks at a tag never defined at each of its checks, then gives up', () => {
    const never = customElement('app-root');
    watch.note(never.element, 'app-root');
    expect(never.asked).toBe(1);
    vi.advanceTimersByTime(LATE_DEFINITION_CHECKS_MS[LATE_DEFINITION_CHECKS_MS.length - 1]! + 1);
    expect(never.asked).toBe(1 + LATE_DEFINITION_CHECKS_MS.length);
    expect(tasks).toBe(LATE_DEFINITION_CHECKS_MS.length);
    expect(vi.getTimerCount()).toBe(0);
    expect(upgraded).toEqual([]);
  });

  it('never watches a tag found defined, and asks no more of its elements', () => {
    const light = customElement('light-card');
    light.defined = true;
    watch.note(light.element, 'light-card');
    const another = customElement('light-card');
    watch.note(another.element, 'light-card');
    expect([light.asked, another.asked]).toEqual([1, 0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops looking once cleared', () => {
    const late = customElement('late-card');
    watch.note(late.element, 'late-card');
    watch.clear();
    late.defined = true;
    vi.advanceTimersByTime(20_000);
    expect(upgraded).toEqual([]);
    expect(tasks).toBe(0);
  });
});
