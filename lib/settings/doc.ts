/**
 * The settings document: the merge state behind the settings (registers with stamps, lists as
 * observed-remove sets, see crdt.ts), as the background keeps it in IndexedDB and `storage.local`.
 * The `Settings` object everyone else reads is a projection of it ({@link projectDoc}).
 *
 * A register exists only for a field the user changed; a field without one has its default. So a
 * fresh install's document is empty and has nothing to push to `storage.sync`.
 *
 * Unknown register paths (written by a newer version of Backstory) and values that do not validate
 * are kept in the document and carried through merges and sync untouched; the projection uses the
 * default for them and reports them, so nothing a newer version wrote is lost by an older one.
 */
import * as v from 'valibot';
import {
  MAX_COUNTER,
  MAX_TIME,
  mergeRegister,
  mergeRegisterMaps,
  nextTime,
  registersEqual,
  setAddAll,
  setEqual,
  setFromParts,
  setMerge,
  setRemove,
  setValues,
  emptySet,
  type Dot,
  type ObservedSet,
  type Register,
} from './crdt';
import {
  LIST_NAMES,
  SETTINGS_VERSION,
  defaultSettings,
  isRegisterPath,
  listItemProblem,
  registerProblem,
  writeRegister,
  type FieldIssue,
  type ListName,
  type RegisterPath,
  type Settings,
} from './schema';

/** The format of the stored document (not the settings version). */
export const DOC_FORMAT = 1;

export interface SettingsDoc {
  /** This installation's id: the tie-break of stamps and the owner of its dots. */
  readonly deviceId: string;
  /** The highest stamp time issued or seen (hybrid clock). */
  readonly clock: number;
  /** The highest settings version that wrote to this document; never lowered. */
  readonly version: number;
  readonly registers: ReadonlyMap<string, Register>;
  readonly lists: Readonly<Record<ListName, ObservedSet>>;
}

/** A random device id: 12 base-36 characters. */
export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((byte) => (byte % 36).toString(36)).join('');
}

export function createDoc(deviceId: string): SettingsDoc {
  return {
    deviceId,
    clock: 0,
    version: SETTINGS_VERSION,
    registers: new Map(),
    lists: { disabledSites: emptySet(), hiddenEntities: emptySet() },
  };
}

/**
 * The settings a document stands for, validated: a register whose value does not validate, or whose
 * path this version does not know, gives the default and an issue; so does a list item that is not
 * valid. The issues carry the raw values.
 */
export function projectDoc(doc: SettingsDoc): { settings: Settings; issues: FieldIssue[] } {
  const settings = defaultSettings();
  const issues: FieldIssue[] = [];
  for (const [path, register] of doc.registers) {
    if (!isRegisterPath(path)) {
      issues.push({
        path,
        raw: register.value,
        reason: 'is not a setting of this version (kept for a newer version)',
      });
      continue;
    }
    const problem = registerProblem(path, register.value);
    if (problem === undefined) writeRegister(settings, path, register.value);
    else issues.push({ path, raw: register.value, reason: problem });
  }
  for (const list of LIST_NAMES) {
    const items: string[] = [];
    for (const item of setValues(doc.lists[list])) {
      const problem = listItemProblem(list, item);
      if (problem === undefined) items.push(item);
      else issues.push({ path: `${list}[${JSON.stringify(item)}]`, raw: item, reason: problem });
    }
    settings[list] = items;
  }
  return { settings, issues };
}

/**
 * Write registers, all with one new stamp (later than anything this device has seen). Values are
 * not validated here; the caller validates user input first.
 */
export function writeRegisters(
  doc: SettingsDoc,
  values: Iterable<readonly [RegisterPath, unknown]>,
  now: number,
): SettingsDoc {
  const entries = [...values];
  if (entries.length === 0) return doc;
  const t = nextTime(doc.clock, now);
  const registers = new Map(doc.registers);
  for (const [path, value] of entries) registers.set(path, { value, t, d: doc.deviceId });
  return { ...doc, clock: t, registers };
}

export function addItems(doc: SettingsDoc, list: ListName, items: Iterable<string>): SettingsDoc {
  const next = setAddAll(doc.lists[list], items, doc.deviceId);
  if (next === doc.lists[list]) return doc;
  return { ...doc, lists: { ...doc.lists, [list]: next } };
}

export function removeItems(
  doc: SettingsDoc,
  list: ListName,
  items: Iterable<string>,
): SettingsDoc {
  let set = doc.lists[list];
  for (const item of items) set = setRemove(set, item);
  if (set === doc.lists[list]) return doc;
  return { ...doc, lists: { ...doc.lists, [list]: set } };
}

/** What a peer (sync, or another stored copy) knows; lists it could not read are left out. */
export interface DocPart {
  readonly registers: ReadonlyMap<string, Register>;
  readonly lists: Partial<Record<ListName, ObservedSet>>;
  readonly version?: number;
}

/** Merge what a peer knows into the document (this device's id and clock are kept and advanced). */
export function mergeDoc(doc: SettingsDoc, part: DocPart): SettingsDoc {
  const registers = mergeRegisterMaps(doc.registers, part.registers);
  let clock = doc.clock;
  for (const register of part.registers.values()) clock = Math.max(clock, register.t);
  const lists = { ...doc.lists };
  for (const list of LIST_NAMES) {
    const other = part.lists[list];
    if (other) lists[list] = setMerge(lists[list], other);
  }
  return {
    deviceId: doc.deviceId,
    clock,
    version: Math.max(doc.version, part.version ?? 0),
    registers,
    lists,
  };
}

/** The same registers (with stamps) and the same lists (with dots and contexts). */
export function sameContent(a: DocPart, b: DocPart): boolean {
  if (a.registers.size !== b.registers.size) return false;
  for (const [path, register] of a.registers) {
    if (!registersEqual(register, b.registers.get(path))) return false;
  }
  for (const list of LIST_NAMES) {
    const left = a.lists[list];
    const right = b.lists[list];
    if (!left || !right) {
      if (left !== right) return false;
    } else if (!setEqual(left, right)) return false;
  }
  return true;
}

// Stored form ----------------------------------------------------------------------------------

type StoredDot = [device: string, counter: number];

export interface StoredList {
  ctx: StoredDot[];
  entries: [item: string, dots: StoredDot[]][];
}

/** The document as stored (IndexedDB record and `storage.local` copy): plain JSON. */
export interface StoredDoc {
  format: typeof DOC_FORMAT;
  version: number;
  deviceId: string;
  clock: number;
  registers: [path: string, value: unknown, t: number, d: string][];
  lists: Record<ListName, StoredList>;
}

export function storeList(set: ObservedSet): StoredList {
  return {
    ctx: [...set.ctx].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    entries: [...set.entries]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([item, dots]) => [item, dots.map((dot): StoredDot => [dot[0], dot[1]])]),
  };
}

export function storeDoc(doc: SettingsDoc): StoredDoc {
  return {
    format: DOC_FORMAT,
    version: doc.version,
    deviceId: doc.deviceId,
    clock: doc.clock,
    registers: [...doc.registers]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([path, register]) => [path, register.value, register.t, register.d]),
    lists: {
      disabledSites: storeList(doc.lists.disabledSites),
      hiddenEntities: storeList(doc.lists.hiddenEntities),
    },
  };
}

export const DeviceIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
/** A device counter; a higher one than {@link MAX_COUNTER} can only be bad data (see there). */
const Counter = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_COUNTER));
/** A stamp time; a later one than {@link MAX_TIME} can only be bad data (see there). */
const Time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_TIME));
const DotSchema = v.tuple([DeviceIdSchema, Counter]);
/**
 * List items are validated when projected; here only their shape, so a newer version's items
 * survive.
 */
const StoredItem = v.pipe(v.string(), v.minLength(1), v.maxLength(1000));
const RegisterSchema = v.tuple([
  v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  v.unknown(),
  Time,
  DeviceIdSchema,
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Read a stored list shape by shape: an entry that does not parse is dropped and reported, the rest
 * kept. Returns undefined (with an issue) when the list as a whole is unusable.
 */
export function readStoredList(
  raw: unknown,
  path: string,
  issues: FieldIssue[],
): ObservedSet | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.ctx) || !Array.isArray(raw.entries)) {
    issues.push({ path, raw, reason: 'is not a stored list' });
    return undefined;
  }
  const ctx: (readonly [string, number])[] = [];
  raw.ctx.forEach((entry: unknown, index) => {
    const parsed = v.safeParse(DotSchema, entry);
    if (parsed.success) ctx.push(parsed.output);
    else
      issues.push({ path: `${path}.ctx[${index}]`, raw: entry, reason: 'is not a device counter' });
  });
  const entries: (readonly [string, Dot[]])[] = [];
  raw.entries.forEach((entry: unknown, index) => {
    const parsed = v.safeParse(
      v.tuple([StoredItem, v.pipe(v.array(DotSchema), v.minLength(1))]),
      entry,
    );
    if (parsed.success) entries.push(parsed.output);
    else
      issues.push({ path: `${path}.entries[${index}]`, raw: entry, reason: 'is not a list entry' });
  });
  return setFromParts(ctx, entries);
}

export function readStoredRegisters(
  raw: unknown,
  path: string,
  issues: FieldIssue[],
): Map<string, Register> {
  const registers = new Map<string, Register>();
  if (!Array.isArray(raw)) {
    if (raw !== undefined) issues.push({ path, raw, reason: 'is not a list of fields' });
    return registers;
  }
  raw.forEach((entry: unknown, index) => {
    const parsed = v.safeParse(RegisterSchema, entry);
    if (!parsed.success) {
      issues.push({ path: `${path}[${index}]`, raw: entry, reason: 'is not a stamped field' });
      return;
    }
    const [name, value, t, d] = parsed.output;
    registers.set(name, mergeRegister(registers.get(name), { value, t, d })!);
  });
  return registers;
}

export type ReadDocResult =
  | { readonly doc: SettingsDoc; readonly issues: FieldIssue[] }
  /** Not usable at all (wrong shape or a newer format); the raw value goes to quarantine. */
  | { readonly doc: undefined; readonly issues: FieldIssue[]; readonly futureFormat?: number };

/**
 * Read a stored document, validating every part: what does not parse is dropped and reported with
 * its raw value, the rest is kept.
 */
export function readStoredDoc(raw: unknown, source: string): ReadDocResult {
  const issues: FieldIssue[] = [];
  if (raw === undefined || raw === null) return { doc: undefined, issues };
  if (!isRecord(raw)) {
    issues.push({ path: source, raw, reason: 'is not a settings document' });
    return { doc: undefined, issues };
  }
  if (raw.format !== DOC_FORMAT) {
    const future = typeof raw.format === 'number' && raw.format > DOC_FORMAT;
    issues.push({
      path: source,
      raw,
      reason: future
        ? `was written by a newer version of Backstory (document format ${String(raw.format)})`
        : 'is not a settings document',
    });
    return future
      ? { doc: undefined, issues, futureFormat: raw.format as number }
      : { doc: undefined, issues };
  }
  const deviceId = v.safeParse(DeviceIdSchema, raw.deviceId);
  if (!deviceId.success) {
    issues.push({ path: `${source}.deviceId`, raw: raw.deviceId, reason: 'is not a device id' });
  }
  const registers = readStoredRegisters(raw.registers, `${source}.registers`, issues);
  const rawLists = isRecord(raw.lists) ? raw.lists : {};
  if (!isRecord(raw.lists)) {
    issues.push({ path: `${source}.lists`, raw: raw.lists, reason: 'is not a set of lists' });
  }
  const lists = { disabledSites: emptySet(), hiddenEntities: emptySet() };
  for (const list of LIST_NAMES) {
    if (rawLists[list] === undefined) continue;
    lists[list] = readStoredList(rawLists[list], `${source}.lists.${list}`, issues) ?? emptySet();
  }
  let clock = v.is(Time, raw.clock) ? raw.clock : 0;
  for (const register of registers.values()) clock = Math.max(clock, register.t);
  const version = v.is(v.pipe(v.number(), v.integer(), v.minValue(1)), raw.version)
    ? raw.version
    : SETTINGS_VERSION;
  return {
    doc: {
      // A document without a usable id gets a new one: a fresh id never collides with old dots.
      deviceId: deviceId.success ? deviceId.output : newDeviceId(),
      clock,
      version: Math.max(version, SETTINGS_VERSION),
      registers,
      lists,
    },
    issues,
  };
}
