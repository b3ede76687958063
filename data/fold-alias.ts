/**
 * How the dataset compares aliases: two spellings that fold to the same key are the same alias to
 * the matcher, so the validator uses this key to find aliases shared between entities.
 */

/**
 * Lower-case Cyrillic and Greek letters drawn like Latin ones. The article itself spells Vershinin
 * with a Cyrillic "е" (U+0435). Only lower-case forms are listed: folding lower-cases first, so "Р"
 * and "р" end up alike, as "P" and "p" do.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  // Greek
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  υ: 'u',
  // Latin letters without a decomposition
  ı: 'i',
  ł: 'l',
  ø: 'o',
};

const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/**
 * Folds an alias (or any text) to the key under which the matcher treats spellings as equal:
 * compatibility forms (full-width letters), case, diacritics, typographic apostrophes and dashes,
 * invisible characters, whitespace runs (nbsp included) and Latin look-alike letters from Cyrillic
 * and Greek. `foldAlias('Vеrshinin') === foldAlias('VERSHININ')`, `foldAlias('Al–Tanf') ===
 * foldAlias('al-tanf')`.
 */
export function foldAlias(text: string): string {
  return (
    text
      // Before NFKC, which would turn the acute accent into a space and a combining mark.
      .replace(/[\u2018\u2019\u201B\u02BC\u02B9\u2032\u0060\u00B4]/gu, "'")
      .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/gu, '-')
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, '')
      .normalize('NFKC')
      .toLowerCase()
      // Diacritics: decompose, then drop the combining marks.
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .replace(LOOK_ALIKE, (letter) => LOOK_ALIKES[letter] ?? letter)
      .replace(/\s+/gu, ' ')
      .trim()
  );
}
