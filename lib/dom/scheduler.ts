/**
 * Cooperative scheduling for the content script: long work runs in slices of a few milliseconds
 * with the main thread handed back in between, so no task of ours comes near the 50 ms long-task
 * line. Uses `scheduler.yield()` where it exists (Chrome 129, Firefox 142), else a `MessageChannel`
 * post (a macrotask without `setTimeout`'s clamping); idle-time work uses `requestIdleCallback`
 * with a timeout, else `setTimeout`.
 */

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/** A slice's time budget. Well under the 16.7 ms frame and the 50 ms long-task line. */
export const SLICE_MS = 8;

/** Hand the main thread back to the browser, then continue. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/**
 * Wait until the browser has rendered a frame (or `timeoutMs` passed, as in a background tab where
 * frames do not run). Reading layout before that would make our task pay for the page's own first
 * layout: half a second on a very large page.
 */
export function afterNextFrame(timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(finish, 0));
    }
    setTimeout(finish, timeoutMs);
  });
}

/** Wait until the browser is idle (or `timeoutMs` passed). */
export function whenIdle(timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    } else {
      setTimeout(resolve, 1);
    }
  });
}

export interface Deadline {
  /** True when the current slice has used its budget. */
  expired(): boolean;
}

/** A deadline `budgetMs` from now. */
export function deadline(budgetMs = SLICE_MS): Deadline {
  const end = performance.now() + budgetMs;
  return { expired: () => performance.now() >= end };
}

export interface RunSlicedOptions {
  /** Stop (between slices) once this is aborted. */
  signal: AbortSignal;
  budgetMs?: number;
  /** Wait for idle time between slices instead of yielding at once. */
  idle?: boolean;
}

/**
 * Call `step(deadline)` repeatedly until it returns `true` (done) or `signal` aborts, yielding to
 * the main thread between slices. `step` must check `deadline.expired()` often and return `false`
 * when it stops early.
 *
 * @returns `true` when the work finished, `false` when it was aborted.
 */
export async function runSliced(
  step: (deadline: Deadline) => boolean,
  { signal, budgetMs = SLICE_MS, idle = false }: RunSlicedOptions,
): Promise<boolean> {
  while (!signal.aborted) {
    if (step(deadline(budgetMs))) return true;
    await (idle ? whenIdle() : yieldToMain());
  }
  return false;
}
