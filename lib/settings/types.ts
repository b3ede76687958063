/**
 * What the background's settings service tells the popup (replies to `toBackground/settings/…` and
 * the `settingsStatus` item in `storage.local`).
 */
import type { Settings } from './schema';

/**
 * - `synced`: `storage.sync` holds everything this device knows.
 * - `pending`: saved on this device, will sync (debouncing, or retrying after a quota, rate or
 *   network error).
 * - `unavailable`: there is no sync storage here (or it is turned off); settings stay on this device.
 * - `error`: sync cannot proceed until something changes (the message says what); the settings are
 *   safe on this device.
 */
export type SyncState = 'synced' | 'pending' | 'unavailable' | 'error';

export interface SyncStatus {
  readonly state: SyncState;
  /** Why, in words, for every state but `synced`. */
  readonly message?: string;
  /** When the next attempt is due (ms since the epoch), while pending. */
  readonly retryAt?: number;
}

/** Where a raw value that failed validation came from. */
export type QuarantineSource = 'indexeddb' | 'local' | 'sync' | 'snapshot';

/** A raw value that failed validation, kept for recovery (IndexedDB and `storage.local`). */
export interface QuarantineEntry {
  /** Identifies the same value from the same place, so it is kept once. */
  readonly key: string;
  readonly source: QuarantineSource;
  /** The field (`colors.person`, `disabledSites[3]`) or the stored item. */
  readonly path: string;
  /** The value as it was found (JSON-safe). */
  readonly raw: unknown;
  readonly reason: string;
  /** When it was first found (ms since the epoch). */
  readonly at: number;
  /** The user has seen the warning; the value is still kept. */
  readonly dismissed: boolean;
}

/** A problem the popup shows. */
export interface SettingsWarning {
  readonly id: string;
  /** `data`: a stored value was set aside; `storage`: IndexedDB trouble; `sync`: sync trouble. */
  readonly kind: 'data' | 'storage' | 'sync';
  readonly message: string;
}

/** A problem with one field of user input (update, import). */
export interface FieldError {
  /** `hoverDelayMs`, `colors.person`, `settings.disabledSites[2]`; empty for the whole input. */
  readonly path: string;
  readonly message: string;
}

export interface SettingsState {
  readonly settings: Settings;
  readonly sync: SyncStatus;
  readonly warnings: readonly SettingsWarning[];
}

/** The reply to `toBackground/settings/get`: the state plus the raw values kept for recovery. */
export interface SettingsStateReply extends SettingsState {
  readonly quarantine: readonly QuarantineEntry[];
}

export type SettingsResult =
  | { readonly ok: true; readonly state: SettingsState }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** What `undoReset` needs: the settings from before the reset. */
export interface UndoToken {
  readonly settings: Settings;
}

export type ResetResult =
  | { readonly ok: true; readonly state: SettingsState; readonly undo: UndoToken }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export interface ExportResult {
  readonly text: string;
  /** A suggested file name (`backstory-settings-2025-12-13.json`). */
  readonly filename: string;
}

/** The `storage.local` item the popup watches for sync status and warnings. */
export const STATUS_KEY = 'settingsStatus';

export interface StoredStatus {
  readonly sync: SyncStatus;
  readonly warnings: readonly SettingsWarning[];
}
