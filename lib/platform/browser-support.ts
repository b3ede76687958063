/**
 * The differences between the browsers Backstory runs in (Chromium, Firefox), decided in one place.
 * Every function here is pure: it takes the globals it looks at as parameters, so each branch is
 * unit-tested with stand-ins, and callers pass the real ones (`globalThis`, `document`,
 * `CSS.highlights`, an element, `browser.runtime`).
 *
 * - Custom Highlight API (`CSS.highlights` + `Highlight`): Chrome 105, Safari 17.2, Firefox 140.
 *   Without it the content script does not highlight (it never falls back to wrapping text in
 *   elements, which would change the page's DOM).
 * - Hit-testing a point against painted ranges: `CSS.highlights.highlightsFromPoint` (Chrome 140,
 *   Firefox 150), else the caret under the point: `document.caretPositionFromPoint` (standard;
 *   Firefox, Chrome 128) or WebKit/Blink's older `document.caretRangeFromPoint`.
 * - Popover API (`showPopover`, top layer): Chrome 114, Firefox 125, Safari 17. Without it the card
 *   is an ordinary fixed-position element with a high z-index.
 * - `storage.sync`: same quotas in both (100 KiB, 8 KiB per item, 512 items); Chrome also limits
 *   write rates, Firefox does not. Without a signed-in account both keep the data locally and
 *   `storage.sync` works as a local area; Firefox syncs only with "Add-ons" chosen in its Sync
 *   settings (never on Android) and only for an add-on with an explicit id (the manifest's gecko
 *   id). With `webextensions.storage.sync.enabled` set to false, Firefox rejects every call.
 */

export type BrowserFamily = 'chromium' | 'firefox';

/**
 * Which browser family the extension runs in, from its `runtime` API: only Firefox has
 * `runtime.getBrowserInfo`. (The webextension-polyfill wraps Chrome's API without adding it.)
 */
export function browserFamily(
  runtime: { readonly getBrowserInfo?: unknown } | undefined,
): BrowserFamily {
  return typeof runtime?.getBrowserInfo === 'function' ? 'firefox' : 'chromium';
}

// Custom Highlight API -----------------------------------------------------------------------------

/** The globals the Custom Highlight API lives in (pass `globalThis`). */
export interface HighlightGlobals {
  readonly CSS?: unknown;
  readonly Highlight?: unknown;
}

/** True where ranges can be painted with `CSS.highlights` and `new Highlight()`. */
export function supportsCustomHighlights(globals: HighlightGlobals): boolean {
  const css = globals.CSS;
  return (
    typeof css === 'object' &&
    css !== null &&
    'highlights' in css &&
    typeof (css as { highlights?: unknown }).highlights === 'object' &&
    (css as { highlights?: unknown }).highlights !== null &&
    typeof globals.Highlight === 'function'
  );
}

/**
 * True where the content script highlights a document: the Custom Highlight API exists, and the
 * document is not being edited as a whole (`designMode`, where a highlight would follow the user's
 * typing).
 */
export function canHighlightDocument(
  globals: HighlightGlobals,
  doc: { readonly designMode: string },
): boolean {
  return supportsCustomHighlights(globals) && doc.designMode !== 'on';
}

// Hit-testing ----------------------------------------------------------------------------------------

/** A highlight registry that can say which highlights are painted at a point. */
export interface HighlightsFromPointRegistry {
  highlightsFromPoint(
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ): { highlight: Highlight; ranges: AbstractRange[] }[];
}

/** The caret-from-point methods a document may have. */
export interface CaretFromPointDocument {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** True when the registry (`CSS.highlights`) has `highlightsFromPoint`. */
export function supportsHighlightsFromPoint(
  registry: unknown,
): registry is HighlightsFromPointRegistry {
  return (
    typeof registry === 'object' &&
    registry !== null &&
    typeof (registry as { highlightsFromPoint?: unknown }).highlightsFromPoint === 'function'
  );
}

export type CaretFromPoint = 'caretPositionFromPoint' | 'caretRangeFromPoint';

/** The caret-from-point method to use on `doc`: the standard one first. */
export function caretFromPointMethod(doc: unknown): CaretFromPoint | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const candidate = doc as { caretPositionFromPoint?: unknown; caretRangeFromPoint?: unknown };
  if (typeof candidate.caretPositionFromPoint === 'function') return 'caretPositionFromPoint';
  if (typeof candidate.caretRangeFromPoint === 'function') return 'caretRangeFromPoint';
  return undefined;
}

export type PointHitTest = 'highlightsFromPoint' | CaretFromPoint | 'none';

/** How a point is hit-tested against painted ranges, given `CSS.highlights` and the document. */
export function pointHitTest(registry: unknown, doc: unknown): PointHitTest {
  if (supportsHighlightsFromPoint(registry)) return 'highlightsFromPoint';
  return caretFromPointMethod(doc) ?? 'none';
}

// Popover API --------------------------------------------------------------------------------------

/**
 * True when `element` (or a prototype, such as `HTMLElement.prototype`) can be shown in the top
 * layer with `showPopover()` and hidden with `hidePopover()`.
 */
export function supportsPopover(element: unknown): boolean {
  if (typeof element !== 'object' || element === null) return false;
  const candidate = element as { showPopover?: unknown; hidePopover?: unknown };
  return typeof candidate.showPopover === 'function' && typeof candidate.hidePopover === 'function';
}

// storage.sync -----------------------------------------------------------------------------------

/** A browser's `storage.sync` limits. Write rates are `undefined` where none is enforced. */
export interface SyncQuota {
  /** Total bytes: every key's length plus its value's JSON. */
  readonly bytes: number;
  /** One item's key plus its value's JSON. */
  readonly bytesPerItem: number;
  readonly items: number;
  readonly writesPerMinute: number | undefined;
  readonly writesPerHour: number | undefined;
}

/**
 * Each family's `storage.sync` limits. Chrome: `chrome.storage.sync` constants
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync). Firefox:
 * MDN's storage.sync page and application-services' `webext_storage` constants (no write rates).
 */
export const SYNC_QUOTAS: Readonly<Record<BrowserFamily, SyncQuota>> = {
  chromium: {
    bytes: 102_400,
    bytesPerItem: 8_192,
    items: 512,
    writesPerMinute: 120,
    writesPerHour: 1_800,
  },
  firefox: {
    bytes: 102_400,
    bytesPerItem: 8_192,
    items: 512,
    writesPerMinute: undefined,
    writesPerHour: undefined,
  },
};

/** The quota constants a `storage.sync` area may carry (Chrome's does; Firefox's does not). */
export interface SyncAreaConstants {
  readonly QUOTA_BYTES?: unknown;
  readonly QUOTA_BYTES_PER_ITEM?: unknown;
  readonly MAX_ITEMS?: unknown;
  readonly MAX_WRITE_OPERATIONS_PER_MINUTE?: unknown;
  readonly MAX_WRITE_OPERATIONS_PER_HOUR?: unknown;
}

/**
 * The `storage.sync` limits in force: the constants the area itself reports where it has them, else
 * the family's documented values.
 */
export function syncQuota(family: BrowserFamily, area?: SyncAreaConstants): SyncQuota {
  const known = SYNC_QUOTAS[family];
  const pick = (value: unknown, fallback: number | undefined) =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
  return {
    bytes: pick(area?.QUOTA_BYTES, known.bytes)!,
    bytesPerItem: pick(area?.QUOTA_BYTES_PER_ITEM, known.bytesPerItem)!,
    items: pick(area?.MAX_ITEMS, known.items)!,
    writesPerMinute: pick(area?.MAX_WRITE_OPERATIONS_PER_MINUTE, known.writesPerMinute),
    writesPerHour: pick(area?.MAX_WRITE_OPERATIONS_PER_HOUR, known.writesPerHour),
  };
}

/** How `storage.sync` behaves for a user who is not signed in to the browser's account. */
export interface SyncWithoutAccount {
  /** Writes succeed and are kept on this device (and reach other devices after signing in). */
  readonly keptLocally: true;
  /** What else must hold for the data to travel between devices. */
  readonly syncsWhen: string;
}

export function syncWithoutAccount(family: BrowserFamily): SyncWithoutAccount {
  return family === 'firefox'
    ? {
        keptLocally: true,
        syncsWhen:
          'signed in to a Mozilla account with Add-ons chosen in Sync settings (desktop only), for an add-on with a gecko id',
      }
    : { keptLocally: true, syncsWhen: 'signed in to the browser with sync turned on' };
}

/**
 * True for the error a browser gives when its sync storage is turned off entirely (Firefox with
 * `webextensions.storage.sync.enabled` false: "Please set webextensions.storage.sync.enabled to
 * true in about:config"), as opposed to a quota, rate or network failure.
 */
export function isSyncTurnedOffError(message: string): boolean {
  return /storage\.sync\.enabled|sync.*(disabled|not enabled|not available|unavailable)/i.test(
    message,
  );
}
