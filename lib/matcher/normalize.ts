/**
 * Folding: the key under which the matcher treats two spellings as equal. It is defined per code
 * point, so a text can be folded as a stream while keeping an exact map back to the original
 * offsets (see `foldWithOffsets`), and it is idempotent (folding a folded text changes nothing).
 *
 * What folds together:
 *
 * - Case (`toLowerCase`), compatibility forms such as full-width letters and ligatures (NFKC),
 * - Diacritics (canonical decomposition, then the non-spacing marks dropped): "Şarʿ" ≈ "sar'",
 * - Typographic apostrophes and primes to `'`, dashes and minus signs to `-`,
 * - Every kind of whitespace (nbsp, thin space, line breaks) to one space, runs collapsed,
 * - Invisible characters (soft hyphen, zero-width characters, bidi marks, Arabic tatweel) to nothing,
 * - Letters drawn like Latin ones in Cyrillic and Greek (a TR39-style skeleton for the scripts the
 *   dataset uses): the article spells Vershinin with a Cyrillic "е",
 * - A few expansions and Arabic spelling variants: ß → ss, æ → ae, œ → oe, ة → ه, ى → ي.
 *
 * Different names stay different: "Assad" and "Asaad", "al-Sharaa" and "al-Shara", "Al-Tanf" and
 * "Al Tanf" do not fold together.
 */

const APOSTROPHE = /^[\u2018\u2019\u201B\u02BC\u02B9\u02BB\u02BE\u02BF\u2032\u0060\u00B4\uFF07]$/u;
const DASH = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/u;
/** Format characters and the Arabic tatweel: invisible, so they must not break a word. */
const INVISIBLE = /^[\u00AD\u061C\u0640\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]$/u;
const SPACE = /^\s$/u;
const NON_SPACING_MARKS = /\p{Mn}/gu;

/**
 * Look-alikes from Cyrillic and Greek, and Latin letters without a decomposition, mapped to the
 * Latin letter they are drawn like (after lower-casing; upper-case forms are listed for the
 * case-keeping fold). Letters with no Latin twin (ш, и, π) are left as they are.
 */
const SKELETON: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
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
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Һ: 'H',
  Ԁ: 'D',
  Ӏ: 'l',
  // Greek
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ς: 'σ',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Latin letters that do not decompose
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  // Arabic spelling variants (as search engines fold them)
  ة: 'ه',
  ى: 'ي',
};

function foldOnce(text: string, keepCase: boolean): string {
  let out = '';
  for (const char of text) {
    if (APOSTROPHE.test(char)) out += "'";
    else if (DASH.test(char)) out += '-';
    else if (INVISIBLE.test(char)) continue;
    else if (SPACE.test(char)) out += ' ';
    else {
      let folded = char.normalize('NFKC');
      // Upper then lower: full case folding, so "ᾀ" and its upper case "ἈΙ" agree.
      if (!keepCase) folded = folded.toUpperCase().toLowerCase();
      folded = folded.normalize('NFD').replace(NON_SPACING_MARKS, '');
      for (const unit of folded) out += SKELETON[unit] ?? unit;
    }
  }
  return out;
}

const caches = [new Map<number, string>(), new Map<number, string>()] as const;

/**
 * The fold of one code point: usually one character, sometimes none (invisible characters, a lone
 * combining mark) or several (ß → "ss", "ﬁ" → "fi"). Memoised; the first call for a code point
 * costs a few microseconds.
 */
export function foldCodePoint(codePoint: number, keepCase = false): string {
  if (codePoint < 0x80) {
    // ASCII: only case and whitespace fold.
    if (codePoint >= 0x41 && codePoint <= 0x5a && !keepCase)
      return String.fromCharCode(codePoint + 32);
    if (codePoint === 0x20 || (codePoint >= 0x09 && codePoint <= 0x0d)) return ' ';
    if (codePoint === 0x60) return "'";
    return String.fromCharCode(codePoint);
  }
  const cache = caches[keepCase ? 1 : 0];
  let folded = cache.get(codePoint);
  if (folded === undefined) {
    folded = String.fromCodePoint(codePoint);
    // NFKC can produce characters that fold further (a full-width apostrophe, "ǅ"): repeat to a
    // fixed point so that folding is idempotent.
    for (let round = 0; round < 4; round++) {
      const next = foldOnce(folded, keepCase);
      if (next === folded) break;
      folded = next;
    }
    cache.set(codePoint, folded);
  }
  return folded;
}

/** Whether a code point is a letter, digit or mark: the characters a whole-word match may not touch. */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (
      (codePoint >= 0x61 && codePoint <= 0x7a) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      (codePoint >= 0x30 && codePoint <= 0x39)
    );
  }
  return WORD.test(String.fromCodePoint(codePoint));
}
const WORD = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * Folds a whole text to its key: each code point folded, whitespace runs collapsed to one space,
 * leading and trailing space trimmed. `foldText('Vеrshinin') === foldText('VERSHININ')`.
 */
export function foldText(text: string, keepCase = false): string {
  let out = '';
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    let codePoint = text.charCodeAt(i);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff) {
      codePoint = text.codePointAt(i) ?? codePoint;
      if (codePoint > 0xffff) i++;
    }
    const fold = foldCodePoint(codePoint, keepCase);
    if (fold === ' ') {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else if (fold !== '') {
      lastWasSpace = false;
    }
    out += fold;
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

export interface FoldedText {
  /** The folded text (whitespace runs collapsed, not trimmed). */
  readonly folded: string;
  /**
   * For each UTF-16 unit of `folded`, the offset in the original text of the character it came
   * from; -1 for the second and later units of an expansion (ß → "ss"), which cannot start a
   * match.
   */
  readonly starts: Int32Array;
  /** For each unit of `folded`, the offset just after the character it came from. */
  readonly ends: Int32Array;
}

/**
 * Folds a text and keeps the exact map back: `text.slice(starts[i], ends[j - 1])` is the original
 * of `folded.slice(i, j)` whenever `starts[i] >= 0`. The matcher folds as a stream with the same
 * rules; this form is for tools and tests.
 */
export function foldWithOffsets(text: string, keepCase = false): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const fold = foldCodePoint(codePoint, keepCase);
    if (fold === ' ') {
      if (lastWasSpace) {
        ends[ends.length - 1] = i + width;
        i += width;
        continue;
      }
      lastWasSpace = true;
    } else if (fold !== '') {
      lastWasSpace = false;
    }
    for (let k = 0; k < fold.length; k++) {
      starts.push(k === 0 ? i : -1);
      ends.push(i + width);
    }
    folded += fold;
    i += width;
  }
  return { folded, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
