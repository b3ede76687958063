import * as v from 'valibot';
import type { Match, ScanResult } from '../matcher/types';
import type {
  ExportResult,
  ResetResult,
  SettingsResult,
  SettingsStateReply,
} from '../settings/types';

/**
 * Every message between the extension's contexts, in one place (style-anchors rule 10). Types are
 * named by direction: `toContent/…` is sent by the popup or background to a tab's content script,
 * `toBackground/…` by any extension page or content script to the background. Each message is
 * validated where it is received: a message that does not parse is ignored.
 */
const EntityIdString = v.pipe(v.string(), v.maxLength(100));

export const ToContentMessage = v.variant('type', [
  /** Is the content script running here, and is it highlighting? */
  v.object({ type: v.literal('toContent/status') }),
  /** The entities found on the page, with counts (the popup's "On this page"). */
  v.object({ type: v.literal('toContent/summary') }),
  /** Scroll to an entity's first mention and open its card. */
  v.object({ type: v.literal('toContent/reveal'), entity: EntityIdString }),
  /** Step to the next (1) or previous (-1) highlight and open its card (keyboard command). */
  v.object({ type: v.literal('toContent/step'), direction: v.picklist([1, -1]) }),
]);
export type ToContentMessage = v.InferOutput<typeof ToContentMessage>;

/** Why a content script is not highlighting. */
export type InactiveReason = 'off' | 'site-off' | 'unsupported' | 'starting';

/** The user's switches that keep a content script from highlighting: global, or this site's. */
export type OffReason = Extract<InactiveReason, 'off' | 'site-off'>;

/**
 * Why a content script is not highlighting, in the order the popup tells it: a document it cannot
 * highlight, then the switch that is off; otherwise it is still starting. The engine and, where it
 * has not loaded, the loader (lib/content/dormant.ts) both answer with this.
 */
export function inactiveReasonOf(
  canHighlight: boolean,
  off: OffReason | undefined,
): InactiveReason {
  return !canHighlight ? 'unsupported' : (off ?? 'starting');
}

export interface ContentStatus {
  /** True when the content script is running and the page is being highlighted. */
  readonly active: boolean;
  readonly url: string;
  /** Set when `active` is false. */
  readonly reason?: InactiveReason;
  /** How the page's scan went (main-thread time of the content script), while active. */
  readonly scan?: ScanReport;
  /** The hover card on this page, while active. */
  readonly card?: CardReport;
}

export interface CardReport {
  /** The card's code has been loaded into the page (it is loaded on the first hover only). */
  readonly moduleLoaded: boolean;
  /** Cards opened so far. */
  readonly opened: number;
  /**
   * For the last card opened: milliseconds from the hover delay's end (or the keyboard step) to the
   * animation frame that paints it.
   */
  readonly lastOpenMs: number | undefined;
}

export interface ScanReport {
  /** No scanning work is queued. */
  readonly done: boolean;
  /** `performance.now()` of the page when the first scan started and when the queue last ran dry. */
  readonly startedAt: number | undefined;
  readonly finishedAt: number | undefined;
  /**
   * Main-thread time used by the content script: start-up (validating the settings and the table,
   * wiring), every scan task, and reading the matcher's replies.
   */
  readonly busyMs: number;
  /** The longest single task of the content script. */
  readonly maxTaskMs: number;
  /**
   * Time spent waiting for the background's matcher (off the page's main thread): its work plus the
   * messages' way there and back.
   */
  readonly waitMs: number;
  /** Ranges painted. */
  readonly highlights: number;
  /**
   * Mutation storms met so far: a root changed faster than its changes could be followed, and was
   * rescanned once it calmed down.
   */
  readonly storms: number;
}

export interface ContentSummary extends ContentStatus {
  readonly entities: readonly {
    readonly id: string;
    readonly name: string;
    readonly type: 'person' | 'place' | 'organization' | 'media' | 'event';
    readonly count: number;
  }[];
}

/** The reply type of each message type. */
export interface ToContentReplies {
  'toContent/status': ContentStatus;
  'toContent/summary': ContentSummary;
  'toContent/reveal': { readonly found: boolean };
  'toContent/step': { readonly found: boolean };
}

/*
 * Content scripts check what they receive directly, by exactly the rules of the schemas (a property
 * test holds them equal): the schemas' library stays out of the bundle that runs on every page.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isOffset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isEntityId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 100;

/**
 * A message to a content script as `ToContentMessage` gives it, or undefined when it does not
 * parse.
 */
export function parseToContent(raw: unknown): ToContentMessage | undefined {
  if (!isObject(raw)) return undefined;
  const { type } = raw;
  switch (type) {
    case 'toContent/status':
    case 'toContent/summary':
      return { type };
    case 'toContent/reveal':
      return isEntityId(raw.entity) ? { type, entity: raw.entity } : undefined;
    case 'toContent/step':
      return raw.direction === 1 || raw.direction === -1
        ? { type, direction: raw.direction }
        : undefined;
    default:
      return undefined;
  }
}

/*
 * The content script's replies, checked where they are received (the popup): a reply from a
 * content script of another version, or from a page that got hold of the port, must not crash it.
 */
const Finite = v.pipe(v.number(), v.finite());
const ScanReportSchema = v.object({
  done: v.boolean(),
  startedAt: v.optional(Finite),
  finishedAt: v.optional(Finite),
  busyMs: Finite,
  maxTaskMs: Finite,
  waitMs: Finite,
  highlights: v.pipe(Finite, v.integer(), v.minValue(0)),
  storms: v.pipe(Finite, v.integer(), v.minValue(0)),
});
const CardReportSchema = v.object({
  moduleLoaded: v.boolean(),
  opened: v.pipe(Finite, v.integer(), v.minValue(0)),
  lastOpenMs: v.optional(Finite),
});
const ContentStatusEntries = {
  active: v.boolean(),
  url: v.pipe(v.string(), v.maxLength(10_000)),
  reason: v.optional(v.picklist(['off', 'site-off', 'unsupported', 'starting'])),
  scan: v.optional(ScanReportSchema),
  card: v.optional(CardReportSchema),
};
const ContentStatusSchema = v.object(ContentStatusEntries);
const ContentSummarySchema = v.object({
  ...ContentStatusEntries,
  entities: v.pipe(
    v.array(
      v.object({
        id: v.pipe(EntityIdString, v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
        name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
        type: v.picklist(['person', 'place', 'organization', 'media', 'event']),
        count: v.pipe(Finite, v.integer(), v.minValue(1)),
      }),
    ),
    v.maxLength(10_000),
  ),
});
const FoundSchema = v.object({ found: v.boolean() });

/** Validate a content script's reply to `message`; `undefined` when it does not parse. */
export function parseToContentReply<T extends ToContentMessage['type']>(
  type: T,
  raw: unknown,
): ToContentReplies[T] | undefined {
  const schema =
    type === 'toContent/status'
      ? ContentStatusSchema
      : type === 'toContent/summary'
        ? ContentSummarySchema
        : FoundSchema;
  const result = v.safeParse(schema, raw);
  return result.success ? (result.output as ToContentReplies[T]) : undefined;
}

/**
 * The most text one message may carry (UTF-16 units). Chrome refuses messages over 64 MiB of JSON;
 * a page with more text than this is walked whole instead of surveyed.
 */
export const MAX_PAGE_TEXT = 16_000_000;

export const ToBackgroundContentMessage = v.variant('type', [
  /** A hover card's data: the entity's notes and the article's claims about it. */
  v.object({
    type: v.literal('toBackground/card'),
    entity: EntityIdString,
    alias: v.pipe(v.number(), v.integer(), v.minValue(-1)),
    datasetVersion: v.string(),
  }),
  /** Where a name may start in a page's text (the scanner then walks only those blocks). */
  v.object({
    type: v.literal('toBackground/survey'),
    text: v.pipe(v.string(), v.maxLength(MAX_PAGE_TEXT)),
    demonyms: v.boolean(),
  }),
  /** The matches in a page's text, and the evidence it gives for context rules. */
  v.object({
    type: v.literal('toBackground/match'),
    text: v.pipe(v.string(), v.maxLength(MAX_PAGE_TEXT)),
    demonyms: v.boolean(),
  }),
]);
export type ToBackgroundContentMessage = v.InferOutput<typeof ToBackgroundContentMessage>;

export function parseToBackgroundContent(raw: unknown): ToBackgroundContentMessage | undefined {
  const result = v.safeParse(ToBackgroundContentMessage, raw);
  return result.success ? result.output : undefined;
}

/** The background's replies to `toBackground/survey` and `toBackground/match`. */
export interface SurveyReply {
  readonly starts: readonly number[];
}
export interface MatchReply {
  readonly matches: readonly Match[];
  readonly evidence: { readonly entities: readonly string[]; readonly vetoed: readonly number[] };
}

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
/** The replies' schemas: the reference that the direct checks below are tested against. */
export const SurveyReplySchema = v.object({ starts: v.array(Offset) });
export const MatchReplySchema = v.object({
  matches: v.array(
    v.object({
      start: Offset,
      end: Offset,
      surface: v.string(),
      entity: EntityIdString,
      alias: Offset,
      needsPage: v.optional(v.array(EntityIdString)),
    }),
  ),
  evidence: v.object({ entities: v.array(EntityIdString), vetoed: v.array(Offset) }),
});

/*
 * A content script reads the matcher's replies on every page, hundreds of offsets at a time; they
 * too are checked directly (see `parseToContent`).
 */
const isMatch = (value: unknown): value is Match =>
  isObject(value) &&
  isOffset(value.start) &&
  isOffset(value.end) &&
  typeof value.surface === 'string' &&
  isEntityId(value.entity) &&
  isOffset(value.alias) &&
  (value.needsPage === undefined ||
    (Array.isArray(value.needsPage) && value.needsPage.every(isEntityId)));

/** The survey's offsets, or undefined for a reply that does not parse. */
export function parseSurveyReply(raw: unknown): readonly number[] | undefined {
  if (!isObject(raw)) return undefined;
  const { starts } = raw;
  return Array.isArray(starts) && starts.every(isOffset) ? starts : undefined;
}

/** A match reply as the matcher's own result, or undefined for a reply that does not parse. */
export function parseMatchReply(raw: unknown): ScanResult | undefined {
  if (!isObject(raw) || !Array.isArray(raw.matches) || !raw.matches.every(isMatch))
    return undefined;
  const { evidence } = raw;
  if (
    !isObject(evidence) ||
    !Array.isArray(evidence.entities) ||
    !evidence.entities.every(isEntityId) ||
    !Array.isArray(evidence.vetoed) ||
    !evidence.vetoed.every(isOffset)
  )
    return undefined;
  return {
    matches: raw.matches,
    evidence: {
      entities: new Set(evidence.entities),
      vetoed: new Set(evidence.vetoed),
    },
  };
}

const SettingsListName = v.picklist(['disabledSites', 'hiddenEntities']);

/**
 * The settings service in the background, the settings' single writer (lib/background/
 * settings-service.ts). Extension pages may send all of these; a content script only `list` `add`
 * (hide an entity, turn off its own site). Payloads (`patch`, `text`, `undo`) are checked field by
 * field by the service, which names each bad field in its reply.
 */
export const ToBackgroundSettingsMessage = v.variant('type', [
  /** Settings, sync status, warnings and the raw values kept for recovery. */
  v.object({ type: v.literal('toBackground/settings/get') }),
  /** Change some fields: `{ hoverDelayMs: 500, colors: { person: 'red' } }`. */
  v.object({
    type: v.literal('toBackground/settings/update'),
    patch: v.record(v.string(), v.unknown()),
  }),
  /** Add to or remove from a list (a site key or URL, or an entity id). */
  v.object({
    type: v.literal('toBackground/settings/list'),
    list: SettingsListName,
    op: v.picklist(['add', 'remove']),
    item: v.pipe(v.string(), v.maxLength(2048)),
  }),
  /** Import a settings file's text; nothing changes unless all of it is valid. */
  v.object({
    type: v.literal('toBackground/settings/import'),
    text: v.pipe(v.string(), v.maxLength(5_000_000)),
  }),
  /** The settings as a JSON file's text. */
  v.object({ type: v.literal('toBackground/settings/export') }),
  /** Reset to defaults; the reply carries what `undoReset` needs. */
  v.object({ type: v.literal('toBackground/settings/reset') }),
  v.object({ type: v.literal('toBackground/settings/undoReset'), undo: v.unknown() }),
  /** The user has seen the warnings about set-aside values (which stay kept). */
  v.object({ type: v.literal('toBackground/settings/dismissWarnings') }),
]);
export type ToBackgroundSettingsMessage = v.InferOutput<typeof ToBackgroundSettingsMessage>;

export function parseToBackgroundSettings(raw: unknown): ToBackgroundSettingsMessage | undefined {
  const result = v.safeParse(ToBackgroundSettingsMessage, raw);
  return result.success ? result.output : undefined;
}

/** The reply type of each settings message (types in lib/settings/types.ts). */
export interface ToBackgroundSettingsReplies {
  'toBackground/settings/get': SettingsStateReply;
  'toBackground/settings/update': SettingsResult;
  'toBackground/settings/list': SettingsResult;
  'toBackground/settings/import': SettingsResult;
  'toBackground/settings/export': ExportResult;
  'toBackground/settings/reset': ResetResult;
  'toBackground/settings/undoReset': SettingsResult;
  'toBackground/settings/dismissWarnings': SettingsResult;
}
