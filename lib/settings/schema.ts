import * as v from 'valibot';

/**
 * The settings the extension obeys. Keys are camelCase and positive (`enabled`, never `disabled`),
 * see style-anchors.md rule 8.
 */
export const SettingsSchema = v.object({
  /** Global switch: when false nothing is scanned or highlighted anywhere. */
  enabled: v.boolean(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
});
