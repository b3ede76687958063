/**
 * Limits of the settings that the content script's loader needs too, in a module that runs nothing
 * at its top level (fields.ts builds its tables there).
 */

/**
 * More list entries than anyone sets by hand; it bounds the work a corrupted or hostile value can
 * cause in the content script.
 */
export const MAX_LIST_LENGTH = 50_000;
