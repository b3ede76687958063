/**
 * The settings service: the background is the settings' single writer (issue 7, PRODUCT.md section
 * 6). It keeps the settings document (lib/settings/doc.ts) in IndexedDB, publishes the validated
 * settings to content scripts as the `storage.local` snapshot, answers the popup's
 * `toBackground/settings/…` messages, and keeps `storage.sync` in step with the user's changes
 * (format and merge rule: lib/settings/sync-format.ts; write rules: settings-sync.ts).
 *
 * Life cycle: `start()` registers every listener synchronously (an MV3 worker is woken by events
 * and must have its listeners in place on the first turn), then loads: IndexedDB first, the
 * `storage.local` fallback copy merged in, the foundation's snapshot migrated when neither exists;
 * then it reads `storage.sync`, merges, and writes back what sync lacks. Operations run one at a
 * time, in order. The worker may be stopped at any moment: every change is stored before its reply,
 * and the sync bookkeeping (pending writes, retry time, write log) is stored too, so the next start
 * carries on.
 *
 * Bad data never throws out of here: a value that does not validate falls back to its default, is
 * kept in the quarantine (IndexedDB, or `storage.local` while IndexedDB is unusable) and shown to
 * the user as a warning; IndexedDB unavailable or blocked falls back to `storage.local`.
 */
import type { Alarms, Runtime, Storage } from 'webextension-polyfill';
import { listenForMessages } from '../messaging/listen';
import { parseToBackgroundSettings, type ToBackgroundSettingsMessage } from '../messaging/protocol';
import {
  changesFor,
  exportSettings,
  parseImport,
  readChanges,
  type Changes,
} from '../settings/changes';
import { emptySet } from '../settings/crdt';
import {
  DOC_RECORD,
  SYNC_RECORD,
  addQuarantine,
  dismissQuarantine,
  openSettingsDb,
  quarantineKey,
  quarantineOverflow,
  quarantineProblem,
  readQuarantine,
  readRecord,
  writeRecords,
  type SettingsDb,
} from '../settings/db';
import {
  addItems,
  createDoc,
  mergeDoc,
  newDeviceId,
  projectDoc,
  readStoredDoc,
  removeItems,
  sameContent,
  storeDoc,
  writeRegisters,
  type DocPart,
  type SettingsDoc,
} from '../settings/doc';
import { UNMARKED_VERSION, migrateSettings } from '../settings/migrations';
import {
  DEFAULT_SETTINGS,
  LIST_NAMES,
  REGISTER_PATHS,
  listItemProblem,
  listLengthProblem,
  readRegister,
  settingsEqual,
  validateSettings,
  type FieldIssue,
  type ListName,
  type Settings,
} from '../settings/schema';
import { siteKey } from '../settings/sites';
import {
  SNAPSHOT_KEY,
  SNAPSHOT_VERSION_KEY,
  parseSnapshot,
  snapshotItems,
} from '../settings/snapshot';
import {
  SETTINGS_ITEM,
  decodeSync,
  emptyRemote,
  planWrite,
  shouldWriteList,
  syncLacks,
  type RemoteView,
} from '../settings/sync-format';
import {
  STATUS_KEY,
  type ExportResult,
  type FieldError,
  type QuarantineEntry,
  type QuarantineSource,
  type ResetResult,
  type SettingsResult,
  type SettingsState,
  type SettingsStateReply,
  type SettingsWarning,
  type StoredStatus,
  type SyncStatus,
} from '../settings/types';
import {
  EMPTY_META,
  SYNC_ALARM,
  classifySyncError,
  failureText,
  mergeMeta,
  pruneLog,
  rateLimitWait,
  readMeta,
  retryDelay,
  type SyncMeta,
} from './settings-sync';

/**
 * The `storage.local` item that holds the document, the sync bookkeeping and the quarantine while
 * IndexedDB cannot be used. Only then: every `storage.local` write reaches every tab's content
 * script (`storage.onChanged`), so the large document is not mirrored there routinely.
 */
export const FALLBACK_KEY = 'settingsFallback';

/**
 * The stamp time of a choice migrated from the foundation's snapshot: made on this device at an
 * unknown time, so any dated choice from another device wins over it.
 */
export const LEGACY_TIME = 1;

/** The browser APIs the service uses (the polyfilled `browser`, or a fake one in tests). */
export interface SettingsPlatform {
  readonly storage: {
    readonly local: Storage.StorageArea;
    /** Absent where the browser has no sync storage. */
    readonly sync?: Storage.StorageArea;
    readonly onChanged: Storage.Static['onChanged'];
  };
  readonly alarms?: Pick<Alarms.Static, 'create' | 'clear' | 'onAlarm'>;
  readonly runtime?: Pick<Runtime.Static, 'onStartup' | 'getURL'>;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SettingsServiceOptions {
  readonly platform: SettingsPlatform;
  /** The IndexedDB factory; `null` for none (defaults to the global one). */
  readonly indexedDB?: IDBFactory | null;
  readonly dbName?: string;
  readonly blockedTimeoutMs?: number;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly timers?: Timers;
  readonly newDeviceId?: () => string;
  /** Wait this long after the last change before writing to sync. */
  readonly debounceMs?: number;
  /** …but write at most this long after the first unsynced change. */
  readonly maxWaitMs?: number;
  /** How long a half-written list in sync is given to complete before being rewritten. */
  readonly incompleteGraceMs?: number;
}

const LIST_LABELS: Record<ListName, string> = {
  disabledSites: 'list of sites turned off',
  hiddenEntities: 'list of hidden names',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A JSON-safe copy of a raw value (IndexedDB can hold things JSON cannot). */
function jsonSafe(raw: unknown): unknown {
  try {
    const text = JSON.stringify(raw);
    return text === undefined ? String(raw) : (JSON.parse(text) as unknown);
  } catch {
    return String(raw);
  }
}

function preview(raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = String(raw);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The issues of a peer's part (values that do not validate, unknown fields). */
function partIssues(part: DocPart): FieldIssue[] {
  return projectDoc({
    deviceId: '',
    clock: 0,
    version: 0,
    registers: part.registers,
    lists: {
      disabledSites: part.lists.disabledSites ?? emptySet(),
      hiddenEntities: part.lists.hiddenEntities ?? emptySet(),
    },
  }).issues;
}

export class SettingsService {
  readonly #platform: SettingsPlatform;
  readonly #options: SettingsServiceOptions;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #timers: Timers;
  readonly #debounceMs: number;
  readonly #maxWaitMs: number;
  readonly #graceMs: number;

  #doc: SettingsDoc = createDoc('unloaded');
  #settings: Settings = parseSnapshot(undefined);
  #db: SettingsDb | undefined;
  /** Why IndexedDB is not in use, when it is not. */
  #storageProblem: string | undefined;
  /**
   * A stored document from a newer version could not be read: it is not overwritten until the user
   * acts.
   */
  #localHold = false;
  #fallbackStored = false;
  #quarantine: QuarantineEntry[] = [];
  #quarantineNew: QuarantineEntry[] = [];
  /** Keys of values dropped for the quarantine's bound since the start (see `#keep`). */
  #quarantineDropped = new Set<string>();
  #meta: SyncMeta = EMPTY_META;
  #remote: RemoteView = emptyRemote();
  #remoteRead = false;
  #syncUnavailable: string | undefined;
  /** A newer version of Backstory wrote to sync: do not write until the user acts. */
  #syncHold: string | undefined;
  /** The user acted while sync was held: the next write may overwrite the newer version's data. */
  #overrideNewer = false;
  #tooLarge: ListName[] = [];
  #firstDirtyAt: number | undefined;
  #pushTimer: unknown;
  #pushDue: number | undefined;
  #pullQueued = false;
  #publishedSnapshot: Settings | undefined;
  #publishedStatus = '';
  #queue: Promise<unknown> = Promise.resolve();
  #stops: (() => void)[] = [];
  #ready: Promise<void> | undefined;

  constructor(options: SettingsServiceOptions) {
    this.#options = options;
    this.#platform = options.platform;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
    this.#timers = options.timers ?? {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.#debounceMs = options.debounceMs ?? 1000;
    this.#maxWaitMs = options.maxWaitMs ?? 5000;
    this.#graceMs = options.incompleteGraceMs ?? 15_000;
  }

  /** Resolves once the settings are loaded (never rejects). */
  get ready(): Promise<void> {
    return this.#ready ?? Promise.resolve();
  }

  /**
   * Register the listeners (synchronously) and start loading. Call once, on the worker's first
   * turn.
   *
   * @example
   *   const service = new SettingsService({ platform: browser });
   *   service.start();
   *   service.listen();
   */
  start(): void {
    const { storage, alarms, runtime } = this.#platform;
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area !== 'sync') return;
      if (!Object.keys(changes).some((key) => key === SETTINGS_ITEM || key.startsWith('list:'))) {
        return;
      }
      if (this.#pullQueued) return;
      this.#pullQueued = true;
      void this.#run(async () => {
        this.#pullQueued = false;
        await this.#pull();
      });
    };
    storage.onChanged.addListener(onChanged);
    this.#stops.push(() => storage.onChanged.removeListener(onChanged));
    if (alarms) {
      const onAlarm = (alarm: Alarms.Alarm) => {
        if (alarm.name === SYNC_ALARM) void this.#run(() => this.#push());
      };
      alarms.onAlarm.addListener(onAlarm);
      this.#stops.push(() => alarms.onAlarm.removeListener(onAlarm));
    }
    if (runtime) {
      // Nothing to do but be woken: loading (below) reads sync and flushes what is pending.
      const onStartup = () => undefined;
      runtime.onStartup.addListener(onStartup);
      this.#stops.push(() => runtime.onStartup.removeListener(onStartup));
    }
    this.#ready = this.#run(() => this.#load());
  }

  /** Answer `toBackground/settings/…` messages. Returns a function that stops listening. */
  listen(): () => void {
    const stop = listenForMessages(parseToBackgroundSettings, (message, sender) =>
      this.handle(message, sender),
    );
    this.#stops.push(stop);
    return stop;
  }

  /** Stop listening and close the database (tests; a worker simply dies). */
  stop(): void {
    for (const stop of this.#stops.splice(0)) stop();
    if (this.#pushTimer !== undefined) this.#timers.clearTimeout(this.#pushTimer);
    this.#pushTimer = undefined;
    this.#db?.close();
    this.#db = undefined;
  }

  /** Resolves when no operation is queued or running (tests, benchmarks). */
  async settled(): Promise<void> {
    for (;;) {
      const queue = this.#queue;
      await queue;
      if (queue === this.#queue) return;
    }
  }

  /** The current settings (after `ready`). */
  get settings(): Settings {
    return this.#settings;
  }

  /** The document, for tests and diagnostics. */
  get doc(): SettingsDoc {
    return this.#doc;
  }

  /** Handle one message (already parsed). */
  async handle(
    message: ToBackgroundSettingsMessage,
    sender: Runtime.MessageSender,
  ): Promise<unknown> {
    await this.ready;
    if (this.#isContentScript(sender)) {
      const problem = this.#contentProblem(message, sender);
      if (problem) return { ok: false, errors: [{ path: '', message: problem }] };
    }
    switch (message.type) {
      case 'toBackground/settings/get':
        return this.#run(() => this.#stateReply());
      case 'toBackground/settings/update':
        return this.#run(() => this.#update(message.patch));
      case 'toBackground/settings/list':
        return this.#run(() => this.#listOp(message.list, message.op, message.item));
      case 'toBackground/settings/import':
        return this.#run(() => this.#import(message.text));
      case 'toBackground/settings/export':
        return this.#run(() => this.#export());
      case 'toBackground/settings/reset':
        return this.#run(() => this.#reset());
      case 'toBackground/settings/undoReset':
        return this.#run(() => this.#undoReset(message.undo));
      case 'toBackground/settings/dismissWarnings':
        return this.#run(() => this.#dismissWarnings());
    }
  }

  // Messages -------------------------------------------------------------------------------------

  #isContentScript(sender: Runtime.MessageSender): boolean {
    if (sender.tab === undefined) return false;
    const origin = this.#platform.runtime?.getURL('/') ?? '';
    return !(origin && (sender.url ?? '').startsWith(origin));
  }

  /** A content script may only hide an entity or turn off its own site. */
  #contentProblem(
    message: ToBackgroundSettingsMessage,
    sender: Runtime.MessageSender,
  ): string | undefined {
    if (message.type !== 'toBackground/settings/list' || message.op !== 'add') {
      return 'not allowed from a web page';
    }
    if (message.list === 'disabledSites' && siteKey(message.item) !== siteKey(sender.url ?? '')) {
      return 'a page may only turn off its own site';
    }
    return undefined;
  }

  #state(): SettingsState {
    return { settings: this.#settings, sync: this.#syncStatus(), warnings: this.#warnings() };
  }

  #stateReply(): SettingsStateReply {
    return { ...this.#state(), quarantine: this.#quarantine };
  }

  async #update(patch: unknown): Promise<SettingsResult> {
    const read = readChanges(patch);
    if (!read.ok) return { ok: false, errors: read.errors };
    await this.#apply(read.changes, 'replace');
    return { ok: true, state: this.#state() };
  }

  async #listOp(list: ListName, op: 'add' | 'remove', raw: string): Promise<SettingsResult> {
    const item = list === 'disabledSites' ? siteKey(raw) || raw : raw;
    const problem = listItemProblem(list, item);
    if (problem !== undefined) return { ok: false, errors: [{ path: list, message: problem }] };
    // A full list takes no more: content scripts would not see the entry past the limit.
    const length = this.#settings[list].length;
    const full =
      op === 'add' && !this.#settings[list].includes(item) && listLengthProblem(length + 1);
    if (full) return { ok: false, errors: [{ path: list, message: full }] };
    await this.#mutate((doc) => {
      const present = this.#settings[list].includes(item);
      if (op === 'add') return present ? doc : addItems(doc, list, [item]);
      return present ? removeItems(doc, list, [item]) : doc;
    });
    return { ok: true, state: this.#state() };
  }

  async #import(text: string): Promise<SettingsResult> {
    const read = parseImport(text);
    if (!read.ok) return { ok: false, errors: read.errors };
    // Lists are merged, not replaced: an import never loses an entry made since the export.
    const errors = this.#unionErrors(read.changes);
    if (errors.length > 0) return { ok: false, errors };
    await this.#apply(read.changes, 'union');
    return { ok: true, state: this.#state() };
  }

  /** The lists an import would add entries to past their limit, merged with this device's. */
  #unionErrors(changes: Changes): FieldError[] {
    return LIST_NAMES.flatMap((list) => {
      const size = new Set([...this.#settings[list], ...(changes.lists[list] ?? [])]).size;
      const problem = listLengthProblem(size);
      if (problem === undefined || size === this.#settings[list].length) return [];
      return [
        {
          path: `settings.${list}`,
          message: `${problem} with those already here (it would have ${size})`,
        },
      ];
    });
  }

  #export(): ExportResult {
    return exportSettings(this.#settings, new Date(this.#now()), this.#quarantine);
  }

  async #reset(): Promise<ResetResult> {
    const undo = { settings: structuredClone(this.#settings) };
    await this.#apply(changesFor(structuredClone(DEFAULT_SETTINGS)), 'replace');
    return { ok: true, state: this.#state(), undo };
  }

  async #undoReset(token: unknown): Promise<SettingsResult> {
    const raw = isRecord(token) ? token.settings : undefined;
    const { settings, issues } = validateSettings(raw);
    const errors: FieldError[] = issues.map((issue) => ({
      path: `undo.settings${issue.path ? `.${issue.path}` : ''}`,
      message: issue.reason,
    }));
    if (raw === undefined) errors.push({ path: 'undo.settings', message: 'is missing' });
    if (errors.length > 0) return { ok: false, errors };
    await this.#apply(changesFor(settings), 'union');
    return { ok: true, state: this.#state() };
  }

  async #dismissWarnings(): Promise<SettingsResult> {
    this.#quarantine = this.#quarantine.map((entry) => ({ ...entry, dismissed: true }));
    if (this.#db) {
      try {
        await dismissQuarantine(this.#db);
      } catch (error) {
        this.#dbFailed(error);
      }
    }
    if (!this.#db) await this.#persist();
    await this.#publishStatus();
    return { ok: true, state: this.#state() };
  }

  /**
   * Apply validated changes: registers whose value differs get one new stamp; each list is set to
   * the given items (`replace`) or has them added (`union`).
   */
  async #apply(changes: Changes, lists: 'replace' | 'union'): Promise<void> {
    await this.#mutate((doc) => {
      const registers = changes.registers.filter(([path, value]) => {
        const stored = doc.registers.get(path);
        return readRegister(this.#settings, path) !== value || (stored && stored.value !== value);
      });
      let next = writeRegisters(doc, registers, this.#now());
      for (const list of LIST_NAMES) {
        const items = changes.lists[list];
        if (!items) continue;
        const current = new Set(this.#settings[list]);
        const wanted = new Set(items);
        next = addItems(
          next,
          list,
          items.filter((item) => !current.has(item)),
        );
        if (lists === 'replace') {
          next = removeItems(
            next,
            list,
            this.#settings[list].filter((item) => !wanted.has(item)),
          );
        }
      }
      return next;
    });
  }

  /** A user's change: store it, publish it, schedule its sync. User action also lifts the holds. */
  async #mutate(change: (doc: SettingsDoc) => SettingsDoc): Promise<void> {
    const next = change(this.#doc);
    const lifted = this.#syncHold !== undefined || this.#localHold;
    if (this.#syncHold !== undefined) {
      this.#overrideNewer = true;
      this.#syncHold = undefined;
    }
    this.#localHold = false;
    if (next === this.#doc && !lifted) return;
    const unsynced = LIST_NAMES.filter(
      (list) => next.lists[list] !== this.#doc.lists[list] || this.#meta.unsynced.includes(list),
    );
    this.#meta = { ...this.#meta, unsynced };
    this.#doc = next;
    this.#project();
    // Content scripts first: they apply the change as soon as the snapshot lands.
    await this.#publishSnapshot();
    await this.#persist();
    this.#schedulePush();
    await this.#publishStatus();
  }

  // Loading --------------------------------------------------------------------------------------

  async #load(): Promise<void> {
    const opened = await openSettingsDb({
      ...(this.#options.indexedDB !== undefined ? { factory: this.#options.indexedDB } : {}),
      ...(this.#options.dbName ? { name: this.#options.dbName } : {}),
      ...(this.#options.blockedTimeoutMs !== undefined
        ? { blockedTimeoutMs: this.#options.blockedTimeoutMs }
        : {}),
      onClose: (why) => {
        this.#db = undefined;
        this.#storageProblem =
          why === 'versionchange'
            ? 'IndexedDB was closed for a newer version of Backstory'
            : 'the browser closed IndexedDB';
        void this.#run(() => this.#publishStatus());
      },
    });
    if (opened.ok) this.#db = opened.db;
    else this.#storageProblem = opened.message;

    let dbDoc: unknown;
    let dbMeta: unknown;
    if (this.#db) {
      try {
        dbDoc = await readRecord(this.#db, DOC_RECORD);
        dbMeta = await readRecord(this.#db, SYNC_RECORD);
        this.#quarantine = await readQuarantine(this.#db);
      } catch (error) {
        this.#dbFailed(error);
      }
    }
    let local: Record<string, unknown> = {};
    try {
      local = await this.#platform.storage.local.get([
        FALLBACK_KEY,
        SNAPSHOT_KEY,
        SNAPSHOT_VERSION_KEY,
      ]);
    } catch (error) {
      console.warn('[Backstory] could not read storage.local', error);
    }
    const fallback = isRecord(local[FALLBACK_KEY]) ? local[FALLBACK_KEY] : undefined;
    this.#fallbackStored = fallback !== undefined;
    if (fallback && Array.isArray(fallback.quarantine)) {
      for (const entry of fallback.quarantine as unknown[]) {
        if (!isRecord(entry) || typeof entry.path !== 'string') continue;
        this.#keep(
          {
            path: entry.path,
            raw: entry.raw,
            reason: typeof entry.reason === 'string' ? entry.reason : 'was set aside',
          },
          (entry.source as QuarantineSource | undefined) ?? 'local',
          entry.dismissed === true,
          typeof entry.at === 'number' && Number.isFinite(entry.at) ? entry.at : this.#now(),
        );
      }
    }

    let doc: SettingsDoc | undefined;
    for (const [raw, source, label] of [
      [dbDoc, 'indexeddb', 'IndexedDB'],
      [fallback?.doc, 'local', 'storage.local'],
    ] as const) {
      const read = readStoredDoc(raw, label);
      this.#setAside(read.issues, source);
      if (read.doc) {
        this.#setAside(projectDoc(read.doc).issues, source);
        doc = doc ? mergeDoc(doc, read.doc) : read.doc;
      } else if (read.futureFormat !== undefined) {
        this.#localHold = true;
      }
    }
    this.#meta = mergeMeta(readMeta(dbMeta), readMeta(fallback?.sync));
    this.#doc = doc ?? this.#seed(local[SNAPSHOT_KEY], local[SNAPSHOT_VERSION_KEY]);
    this.#project();

    const stored = validateSettings(local[SNAPSHOT_KEY]);
    if (local[SNAPSHOT_VERSION_KEY] !== undefined && stored.issues.length === 0) {
      this.#publishedSnapshot = stored.settings;
    }
    await this.#publishSnapshot();
    await this.#persist();
    await this.#pull();
    await this.#publishStatus();
  }

  /**
   * The document of a device that has none: the foundation's (or any older) snapshot migrated, its
   * non-default values as registers stamped {@link LEGACY_TIME}, its list entries added.
   */
  #seed(rawSnapshot: unknown, rawVersion: unknown): SettingsDoc {
    let doc = createDoc((this.#options.newDeviceId ?? newDeviceId)());
    if (rawSnapshot === undefined) return doc;
    let value = rawSnapshot;
    if (isRecord(rawSnapshot)) {
      const migrated = migrateSettings(rawSnapshot, rawVersion ?? UNMARKED_VERSION);
      if (migrated.ok) value = migrated.value;
    }
    const { settings, issues } = validateSettings(value);
    this.#setAside(issues, 'snapshot');
    const registers = new Map(doc.registers);
    for (const path of REGISTER_PATHS) {
      const current = readRegister(settings, path);
      if (current !== readRegister(DEFAULT_SETTINGS, path)) {
        registers.set(path, { value: current, t: LEGACY_TIME, d: doc.deviceId });
      }
    }
    doc = { ...doc, clock: LEGACY_TIME, registers };
    for (const list of LIST_NAMES) doc = addItems(doc, list, settings[list]);
    return doc;
  }

  // Local storage --------------------------------------------------------------------------------

  #project(): void {
    this.#settings = projectDoc(this.#doc).settings;
  }

  /** Keep raw values that failed validation (once each). */
  #setAside(issues: readonly FieldIssue[], source: QuarantineSource): void {
    for (const issue of issues) this.#keep(issue, source, false);
  }

  /**
   * Keep one raw value, unless kept already or dropped for the bound this session (sync reports the
   * same problems at every read: each would only push out another). Memory, IndexedDB and the
   * `storage.local` fallback all keep what `quarantineOverflow`'s policy keeps, no less.
   */
  #keep(issue: FieldIssue, source: QuarantineSource, dismissed: boolean, at = this.#now()): void {
    const raw = jsonSafe(issue.raw);
    const key = quarantineKey(issue.path, raw);
    if (this.#quarantineDropped.has(key)) return;
    if (this.#quarantine.some((entry) => entry.key === key)) return;
    const entry: QuarantineEntry = {
      key,
      source,
      path: issue.path,
      raw,
      reason: issue.reason,
      at,
      dismissed,
    };
    this.#quarantine.push(entry);
    this.#quarantineNew.push(entry);
    const dropped = quarantineOverflow(this.#quarantine);
    if (dropped.length === 0) return;
    for (const { key: gone } of dropped) this.#quarantineDropped.add(gone);
    const kept = (candidate: QuarantineEntry) => !this.#quarantineDropped.has(candidate.key);
    this.#quarantine = this.#quarantine.filter(kept);
    this.#quarantineNew = this.#quarantineNew.filter(kept);
  }

  #dbFailed(error: unknown): void {
    console.warn('[Backstory] IndexedDB failed; using storage.local', error);
    try {
      this.#db?.close();
    } catch {
      // Already closed.
    }
    this.#db = undefined;
    this.#storageProblem = messageOf(error);
  }

  /**
   * Store the document, the sync bookkeeping and new quarantine entries: in IndexedDB, or in the
   * `storage.local` fallback item while IndexedDB is unusable. A document from a newer version that
   * could not be read is not overwritten until the user acts (what is set aside is still stored).
   */
  async #persist(): Promise<void> {
    const fresh = this.#quarantineNew;
    this.#quarantineNew = [];
    if (this.#db) {
      try {
        const records: Record<string, unknown> = { [SYNC_RECORD]: this.#meta };
        if (!this.#localHold) records[DOC_RECORD] = storeDoc(this.#doc);
        await writeRecords(this.#db, records);
        await addQuarantine(this.#db, fresh);
        if (this.#fallbackStored && !this.#localHold) {
          await this.#platform.storage.local.remove(FALLBACK_KEY);
          this.#fallbackStored = false;
        }
        return;
      } catch (error) {
        this.#dbFailed(error);
      }
    }
    const local = this.#platform.storage.local;
    try {
      // A newer version's document held there stays as it is; the rest is stored beside it.
      const held = this.#localHold ? (await local.get(FALLBACK_KEY))[FALLBACK_KEY] : undefined;
      const doc = this.#localHold ? (isRecord(held) ? held.doc : undefined) : storeDoc(this.#doc);
      await local.set({ [FALLBACK_KEY]: { doc, sync: this.#meta, quarantine: this.#quarantine } });
      this.#fallbackStored = true;
    } catch (error) {
      console.error('[Backstory] could not store the settings', error);
    }
  }

  async #publishSnapshot(): Promise<void> {
    if (this.#publishedSnapshot && settingsEqual(this.#publishedSnapshot, this.#settings)) return;
    try {
      await this.#platform.storage.local.set(snapshotItems(this.#settings));
      this.#publishedSnapshot = this.#settings;
    } catch (error) {
      console.error('[Backstory] could not publish the settings snapshot', error);
    }
  }

  async #publishStatus(): Promise<void> {
    const status: StoredStatus = { sync: this.#syncStatus(), warnings: this.#warnings() };
    const text = JSON.stringify(status);
    if (text === this.#publishedStatus) return;
    try {
      await this.#platform.storage.local.set({ [STATUS_KEY]: status });
      this.#publishedStatus = text;
    } catch (error) {
      console.warn('[Backstory] could not publish the settings status', error);
    }
  }

  // Sync -----------------------------------------------------------------------------------------

  /** Read `storage.sync`, merge it, and schedule a write if it lacks anything. */
  async #pull(): Promise<void> {
    const sync = this.#platform.storage.sync;
    if (!sync) return;
    let items: Record<string, unknown>;
    try {
      items = await sync.get(null);
    } catch (error) {
      await this.#failed(error);
      return;
    }
    this.#syncUnavailable = undefined;
    const remote = await decodeSync(items);
    this.#remote = remote;
    this.#remoteRead = true;
    this.#setAside(remote.issues, 'sync');
    this.#setAside(partIssues(remote.part), 'sync');
    if (remote.newer && !this.#overrideNewer) {
      this.#syncHold = `A newer version of Backstory (${remote.newer.what}) is using sync`;
    } else if (!remote.newer) {
      this.#syncHold = undefined;
    }
    const incompleteSince: SyncMeta['incompleteSince'] = {};
    for (const list of LIST_NAMES) {
      const state = remote.lists[list];
      if (state.status !== 'incomplete') continue;
      const seen = this.#meta.incompleteSince[list];
      incompleteSince[list] = seen?.g === state.g ? seen : { g: state.g, since: this.#now() };
    }
    const merged = mergeDoc(this.#doc, remote.part);
    const unsynced = LIST_NAMES.filter((list) => {
      const { status } = remote.lists[list];
      if (status !== 'complete' && status !== 'absent') return this.#meta.unsynced.includes(list);
      return syncLacks(merged, remote, list);
    });
    const unsyncedChanged = unsynced.join() !== this.#meta.unsynced.join();
    this.#meta = { ...this.#meta, incompleteSince, unsynced };

    const changed =
      !sameContent(merged, this.#doc) ||
      merged.clock !== this.#doc.clock ||
      merged.version !== this.#doc.version;
    if (changed) {
      this.#doc = merged;
      this.#project();
      await this.#publishSnapshot();
    }
    if (changed || unsyncedChanged || this.#quarantineNew.length > 0) await this.#persist();
    if (this.#pendingWork()) this.#schedulePush();
    else this.#firstDirtyAt = undefined;
    await this.#publishStatus();
  }

  /** Lists sync lacks that this device may write, now or after a half-written copy's grace. */
  #writableLists(): ListName[] {
    const options = { unsynced: this.#meta.unsynced, overwriteNewer: this.#overrideNewer };
    return LIST_NAMES.filter((list) => shouldWriteList(this.#doc, this.#remote, list, options));
  }

  /** Does sync lack anything this device could write (now or after a wait)? */
  #pendingWork(): boolean {
    if (!this.#platform.storage.sync || this.#syncUnavailable !== undefined) return false;
    if (!this.#remoteRead) return true;
    if (syncLacks(this.#doc, this.#remote)) return true;
    return this.#writableLists().some((list) => !this.#tooLarge.includes(list));
  }

  #schedulePush(): void {
    if (!this.#platform.storage.sync || this.#syncUnavailable !== undefined) return;
    const now = this.#now();
    this.#firstDirtyAt ??= now;
    let due = Math.min(now + this.#debounceMs, this.#firstDirtyAt + this.#maxWaitMs);
    if (this.#meta.retryAt !== undefined && this.#meta.retryAt > due) due = this.#meta.retryAt;
    this.#setPushTimer(due);
  }

  #setPushTimer(due: number): void {
    if (this.#pushTimer !== undefined) this.#timers.clearTimeout(this.#pushTimer);
    this.#pushDue = due;
    this.#pushTimer = this.#timers.setTimeout(
      () => {
        this.#pushTimer = undefined;
        void this.#run(() => this.#push());
      },
      Math.max(0, due - this.#now()),
    );
  }

  async #scheduleRetry(at: number): Promise<void> {
    this.#setPushTimer(at);
    try {
      // The alarm survives the worker being stopped; the timer does not.
      await this.#platform.alarms?.create(SYNC_ALARM, { when: at });
    } catch (error) {
      console.warn('[Backstory] could not set the sync retry alarm', error);
    }
  }

  /** Write to `storage.sync` what it lacks, within the quotas and the write budget. */
  async #push(): Promise<void> {
    const sync = this.#platform.storage.sync;
    if (!sync) return;
    const now = this.#now();
    if (this.#meta.retryAt !== undefined && now < this.#meta.retryAt) {
      if (this.#pushTimer === undefined || this.#pushDue !== this.#meta.retryAt) {
        this.#setPushTimer(this.#meta.retryAt);
      }
      return;
    }
    if (this.#syncHold !== undefined) {
      await this.#publishStatus();
      return;
    }
    if (!this.#remoteRead) {
      // Never write without knowing what is there.
      await this.#pull();
      if (!this.#remoteRead) return;
    }
    const plan = await planWrite(this.#doc, this.#remote, {
      now,
      incompleteSince: this.#meta.incompleteSince,
      graceMs: this.#graceMs,
      unsynced: this.#meta.unsynced,
      overwriteNewer: this.#overrideNewer,
    });
    this.#tooLarge = plan.tooLarge;
    const hasSet = Object.keys(plan.set).length > 0;
    const ops = (hasSet ? 1 : 0) + (plan.remove.length > 0 ? 1 : 0);
    if (ops === 0) {
      const next = Math.min(...plan.waiting.map((wait) => wait.until));
      if (Number.isFinite(next)) this.#setPushTimer(next);
      else this.#firstDirtyAt = undefined;
      await this.#publishStatus();
      return;
    }
    const log = pruneLog(this.#meta.writeLog, now);
    const wait = rateLimitWait(log, ops, now);
    if (wait > 0) {
      this.#meta = {
        ...this.#meta,
        writeLog: log,
        retryAt: now + wait,
        failure: { kind: 'rate-minute', message: 'write budget spent' },
      };
      await this.#scheduleRetry(now + wait);
      await this.#persist();
      await this.#publishStatus();
      return;
    }
    const set = async () => {
      if (!hasSet) return;
      await sync.set(plan.set);
      log.push(now);
    };
    const remove = async () => {
      if (plan.remove.length === 0) return;
      await sync.remove(plan.remove);
      log.push(now);
    };
    try {
      for (const step of plan.removeFirst ? [remove, set] : [set, remove]) await step();
    } catch (error) {
      this.#meta = { ...this.#meta, writeLog: log };
      await this.#failed(error);
      return;
    }
    this.#meta = {
      writeLog: log,
      attempt: 0,
      incompleteSince: this.#meta.incompleteSince,
      unsynced: this.#meta.unsynced,
    };
    this.#overrideNewer = false;
    this.#firstDirtyAt = undefined;
    try {
      await this.#platform.alarms?.clear(SYNC_ALARM);
    } catch {
      // No alarm to clear.
    }
    await this.#persist();
    // Read back what sync holds now (another device may have written meanwhile).
    await this.#pull();
  }

  /** A sync read or write failed: keep everything local, schedule a retry, say so. */
  async #failed(error: unknown): Promise<void> {
    const kind = classifySyncError(error);
    const message = messageOf(error);
    if (kind === 'unavailable') this.#syncUnavailable = message;
    const attempt = this.#meta.attempt + 1;
    const retryAt = this.#now() + retryDelay(kind, attempt, this.#random);
    this.#meta = { ...this.#meta, attempt, retryAt, failure: { kind, message } };
    await this.#scheduleRetry(retryAt);
    await this.#persist();
    await this.#publishStatus();
  }

  #syncStatus(): SyncStatus {
    if (!this.#platform.storage.sync) {
      return {
        state: 'unavailable',
        message: 'This browser has no sync storage; settings stay on this device',
      };
    }
    if (this.#syncUnavailable !== undefined) {
      return {
        state: 'unavailable',
        message: `Sync storage is turned off or unavailable (${this.#syncUnavailable}); settings stay on this device`,
      };
    }
    if (this.#syncHold !== undefined) {
      return {
        state: 'error',
        message: `${this.#syncHold}; this device will not write to sync until you change a setting here`,
      };
    }
    if (this.#pendingWork()) {
      const failure = this.#meta.failure;
      const retryAt = this.#meta.retryAt;
      if (failure && failure.kind === 'other') {
        return {
          state: 'error',
          message: `Sync failed (${failure.message}); saved on this device, will retry`,
          ...(retryAt !== undefined ? { retryAt } : {}),
        };
      }
      return {
        state: 'pending',
        message: failure
          ? `Saved on this device, will sync (${failureText(failure.kind)})`
          : 'Saved on this device, will sync',
        ...(retryAt !== undefined ? { retryAt } : {}),
      };
    }
    if (this.#tooLarge.length > 0) {
      return {
        state: 'error',
        message: `The ${this.#tooLarge.map((list) => LIST_LABELS[list]).join(' and ')} is too long to sync; it is kept on this device`,
      };
    }
    return { state: 'synced' };
  }

  #warnings(): SettingsWarning[] {
    const warnings: SettingsWarning[] = [];
    if (this.#storageProblem !== undefined) {
      warnings.push({
        id: 'storage',
        kind: 'storage',
        message: `Settings could not use IndexedDB (${this.#storageProblem}); they are kept in extension storage instead`,
      });
    }
    if (this.#localHold) {
      warnings.push({
        id: 'local-hold',
        kind: 'storage',
        message:
          'Settings stored by a newer version of Backstory were left untouched; change a setting to save this version’s',
      });
    }
    for (const list of LIST_NAMES) {
      if (this.#remote.lists[list].status === 'incomplete') {
        warnings.push({
          id: `incomplete-${list}`,
          kind: 'sync',
          message: `Another device is still saving its ${LIST_LABELS[list]} to sync; it will be merged once complete`,
        });
      }
    }
    for (const { latest, count } of this.#openProblems()) {
      const kept = count > 1 ? `the originals are kept (${count} values)` : 'the original is kept';
      warnings.push({
        id: latest.key,
        kind: 'data',
        message: `${latest.path} (${preview(latest.raw)}) ${latest.reason}; the default is used and ${kept}`,
      });
    }
    return warnings;
  }

  /**
   * The problems of the values kept and not yet seen, one per field and reason (a field a newer
   * version keeps editing is one problem, however many values it left): the newest value of each
   * and how many there are, the problem last found last.
   */
  #openProblems(): { latest: QuarantineEntry; count: number }[] {
    const problems = new Map<string, { latest: QuarantineEntry; index: number; count: number }>();
    this.#quarantine.forEach((entry, index) => {
      if (entry.dismissed) return;
      const problem = problems.get(quarantineProblem(entry));
      const count = (problem?.count ?? 0) + 1;
      if (problem && problem.latest.at > entry.at) problem.count = count;
      else problems.set(quarantineProblem(entry), { latest: entry, index, count });
    });
    return [...problems.values()].sort((a, b) => a.latest.at - b.latest.at || a.index - b.index);
  }

  // Queue ----------------------------------------------------------------------------------------

  /** Run `task` after every queued one; operations never overlap. */
  #run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.#queue.then(task);
    this.#queue = result.catch((error: unknown) => {
      console.error('[Backstory] settings operation failed', error);
    });
    return result;
  }
}
