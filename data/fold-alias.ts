/**
 * How the dataset compares aliases: two spellings that fold to the same key are the same alias to
 * the matcher, so the validator uses the matcher's own fold to find aliases shared between
 * entities. `foldAlias('Vеrshinin') === foldAlias('VERSHININ')`, `foldAlias('Al–Tanf') ===
 * foldAlias('al-tanf')`.
 */
export { foldText as foldAlias } from '../lib/matcher/normalize';
