/**
 * The rules of the background's writes to `storage.sync` (the format and the merge rule are in
 * lib/settings/sync-format.ts): the write-rate budget, how failures are told apart and retried, and
 * the bookkeeping that survives the service worker's restarts.
 *
 * Retry: a failed write keeps the change in the local document (nothing is lost) and is retried
 * with exponential backoff. Waits shorter than the worker's idle lifetime run on a timer; every
 * retry is also an `alarms` alarm, because an MV3 service worker (and Firefox's event page) is
 * stopped about 30 s after its last event, which would drop a timer, and rate-limit waits run up to
 * a minute or an hour. Without the alarm, a pending change would wait for the next unrelated
 * wake-up (browser start, popup, hover card), which can be days.
 */
import * as v from 'valibot';
import { isSyncTurnedOffError } from '../platform/browser-support';
import { SYNC_LIMITS } from '../settings/sync-format';
import { LIST_NAMES, type ListName } from '../settings/schema';

/** The name of the alarm that wakes the background for a sync retry. */
export const SYNC_ALARM = 'backstory-settings-sync';

export type FailureKind =
  'rate-minute' | 'rate-hour' | 'quota' | 'offline' | 'unavailable' | 'other';

/** Tell a `storage.sync` failure's kind from its message (the browsers' wording, see below). */
export function classifySyncError(error: unknown): FailureKind {
  const message = error instanceof Error ? error.message : String(error);
  // Chrome: "This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota."
  if (/MAX_WRITE_OPERATIONS_PER_HOUR/i.test(message)) return 'rate-hour';
  if (/MAX_WRITE_OPERATIONS_PER_MINUTE|MAX_SUSTAINED_WRITE_OPERATIONS/i.test(message)) {
    return 'rate-minute';
  }
  // Chrome: "QUOTA_BYTES quota exceeded", "QUOTA_BYTES_PER_ITEM …", "MAX_ITEMS …"; Firefox: "… quota …".
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(message)) return 'quota';
  if (/offline|network|disconnected|timed? ?out/i.test(message)) return 'offline';
  // Firefox with sync storage turned off: "Please set webextensions.storage.sync.enabled to true…".
  if (isSyncTurnedOffError(message)) return 'unavailable';
  return 'other';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How long to wait before attempt number `attempt` (1 for the first retry) after a failure:
 * doubling from a base that suits the failure, capped, with up to 10% added so that devices do not
 * retry in step.
 */
export function retryDelay(kind: FailureKind, attempt: number, random: () => number): number {
  const table: Record<FailureKind, readonly [base: number, cap: number]> = {
    'rate-minute': [MINUTE, 10 * MINUTE],
    'rate-hour': [10 * MINUTE, HOUR],
    quota: [30_000, 30 * MINUTE],
    offline: [5_000, 10 * MINUTE],
    unavailable: [30 * MINUTE, 6 * HOUR],
    other: [5_000, 30 * MINUTE],
  };
  const [base, cap] = table[kind];
  const delay = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (1 + 0.1 * random()));
}

/**
 * How long until `ops` more write operations fit in the budget (0: now), given the times of the
 * writes so far. Both windows slide: a write counts for a minute and for an hour after it
 * happened.
 */
export function rateLimitWait(log: readonly number[], ops: number, now: number): number {
  let wait = 0;
  for (const [window, limit] of [
    [MINUTE, SYNC_LIMITS.writesPerMinute],
    [HOUR, SYNC_LIMITS.writesPerHour],
  ] as const) {
    const recent = log.filter((time) => time > now - window).sort((a, b) => a - b);
    const excess = recent.length + ops - limit;
    if (excess > 0) wait = Math.max(wait, recent[excess - 1]! + window - now + 1);
  }
  return wait;
}

/** The write log without entries older than an hour. */
export function pruneLog(log: readonly number[], now: number): number[] {
  return log.filter((time) => time > now - HOUR);
}

/** The sync bookkeeping, stored with the document so that a restarted worker carries on. */
export interface SyncMeta {
  /** Times of the write operations of the last hour (set and remove each count one). */
  readonly writeLog: readonly number[];
  /** Failed attempts in a row. */
  readonly attempt: number;
  /** When the next attempt is due, after a failure or while the rate budget is spent. */
  readonly retryAt?: number;
  readonly failure?: { readonly kind: FailureKind; readonly message: string };
  /** Lists first seen half-written, by write id: given time to complete before being rewritten. */
  readonly incompleteSince: Partial<
    Record<ListName, { readonly g: string; readonly since: number }>
  >;
  /**
   * Lists this device holds changes of that sync lacked when last readable: edited here, or holding
   * entries merged from elsewhere. Only these may replace a half-written copy (see
   * lib/settings/sync-format.ts).
   */
  readonly unsynced: readonly ListName[];
}

export const EMPTY_META: SyncMeta = {
  writeLog: [],
  attempt: 0,
  incompleteSince: {},
  unsynced: [],
};

const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
const FailureKindSchema = v.picklist([
  'rate-minute',
  'rate-hour',
  'quota',
  'offline',
  'unavailable',
  'other',
] as const);
const MetaSchema = v.object({
  writeLog: v.fallback(v.array(Time), []),
  attempt: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  retryAt: v.fallback(v.optional(Time), undefined),
  failure: v.fallback(
    v.optional(v.object({ kind: FailureKindSchema, message: v.string() })),
    undefined,
  ),
  incompleteSince: v.fallback(
    v.record(v.picklist(LIST_NAMES), v.object({ g: v.string(), since: Time })),
    {},
  ),
  unsynced: v.fallback(v.array(v.picklist(LIST_NAMES)), []),
});

/** Read stored bookkeeping; anything unreadable starts afresh (it holds no user data). */
export function readMeta(raw: unknown): SyncMeta {
  const parsed = v.safeParse(MetaSchema, raw);
  if (!parsed.success) return EMPTY_META;
  const { retryAt, failure, ...rest } = parsed.output;
  return {
    ...rest,
    ...(retryAt !== undefined ? { retryAt } : {}),
    ...(failure !== undefined ? { failure } : {}),
  };
}

/**
 * Combine two stored copies (IndexedDB and the fallback): every write counts, the later plan wins,
 * and a list either copy had unsynced changes of stays so.
 */
export function mergeMeta(a: SyncMeta, b: SyncMeta): SyncMeta {
  const writeLog = [...new Set([...a.writeLog, ...b.writeLog])].sort((x, y) => x - y);
  const later = (b.retryAt ?? 0) > (a.retryAt ?? 0) ? b : a;
  return {
    ...later,
    writeLog,
    incompleteSince: { ...b.incompleteSince, ...a.incompleteSince },
    unsynced: LIST_NAMES.filter((list) => a.unsynced.includes(list) || b.unsynced.includes(list)),
  };
}

/** The words the popup shows for a failure that is being retried. */
export function failureText(kind: FailureKind): string {
  switch (kind) {
    case 'rate-minute':
    case 'rate-hour':
      return "the browser's limit on sync writes was reached";
    case 'quota':
      return 'sync storage is full';
    case 'offline':
      return 'sync is offline';
    case 'unavailable':
      return 'sync storage is turned off in this browser';
    case 'other':
      return 'sync failed';
  }
}
