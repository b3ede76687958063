import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldCodePoint,
  foldText,
  foldWithOffsets,
  isWordCodePoint,
} from '../../../../lib/matcher/normalize';

describe('foldText', () => {
  it.each([
    ['case', 'SYRIA', 'syria'],
    ['diacritics', 'Ṭarṭūs', 'tartus'],
    ['cedilla', 'Verşinin', 'versinin'],
    ['full-width forms', 'ＵＳＡ', 'usa'],
    ['Cyrillic look-alike in a Latin name', 'V\u0435rshinin', 'vershinin'],
    ['Greek look-alikes', 'Αθ\u03bfνα', 'aθova'],
    ['typographic apostrophe', 'Russia’s', "russia's"],
    ['modifier-letter apostrophe', 'Hayʼat', "hay'at"],
    ['en dash', 'Iraq–Syria', 'iraq-syria'],
    ['minus sign', 'Et−Tanf', 'et-tanf'],
    ['nbsp and runs of spaces', 'Middle\u00a0 \n East', 'middle east'],
    ['soft hyphen', 'al\u00adTanf', 'altanf'],
    ['zero-width space and trimming', '  Al\u200b-Tanf  ', 'al-tanf'],
    ['bidi marks and tatweel', '\u200fسـوريا', 'سوريا'],
    ['Arabic hamza forms', 'أحمد', 'احمد'],
    ['taa marbuta', 'حماة', 'حماه'],
    ['sharp s', 'Straße', 'strasse'],
    ['ligature', 'ﬁnal', 'final'],
    ['Cyrillic upper and lower case', 'РОССИЯ', foldText('россия')],
  ])('folds %s', (_name, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps different names apart', () => {
    expect(foldText('Assad')).not.toBe(foldText('Asaad'));
    expect(foldText('al-Sharaa')).not.toBe(foldText('al-Shara'));
    expect(foldText('Al-Tanf')).not.toBe(foldText('Al Tanf'));
    expect(foldText('Путин')).not.toBe(foldText('Putin'));
  });

  it('keeps case when asked, folding everything else', () => {
    expect(foldText('ＵＳ', true)).toBe('US');
    expect(foldText('Ｕs', true)).not.toBe('US');
    expect(foldText('V\u0415RSHININ', true)).toBe('VERSHININ');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(foldText(s.toUpperCase())).toBe(foldText(s.toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });

  it('gives every code point a fixed-point fold', () => {
    for (let cp = 0; cp < 0x3000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const fold = foldCodePoint(cp);
      for (const char of fold)
        expect([cp, foldCodePoint(char.codePointAt(0) ?? 0)]).toEqual([cp, char]);
    }
  });
});

describe('foldWithOffsets', () => {
  it('maps each folded unit back to the character it came from', () => {
    const text = 'ＵＳ  Straße\u00adX';
    const { folded, starts, ends } = foldWithOffsets(text);
    expect(folded).toBe('us strassex');
    expect([...starts]).toEqual([0, 1, 2, 4, 5, 6, 7, 8, -1, 9, 11]);
    expect([...ends]).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 9, 10, 12]);
  });

  it('maps back exactly on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (text) => {
        const { folded, starts, ends } = foldWithOffsets(text);
        expect(starts.length).toBe(folded.length);
        let previous = -1;
        for (let i = 0; i < folded.length; i++) {
          const start = starts[i] ?? -1;
          if (start < 0) continue;
          expect(start).toBeGreaterThan(previous);
          previous = start;
          const fold = foldCodePoint(text.codePointAt(start) ?? 0);
          expect(fold === ' ' ? ' ' : fold[0]).toBe(folded[i]);
          expect(ends[i]).toBeGreaterThan(start);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('isWordCodePoint', () => {
  it('knows letters, digits and marks from punctuation and spaces', () => {
    for (const c of ['a', 'Z', '7', 'é', 'ш', 'س', '\u0301', '٣']) {
      expect([c, isWordCodePoint(c.codePointAt(0) ?? 0)]).toEqual([c, true]);
    }
    for (const c of [' ', "'", '’', '-', '.', '\u00a0', '\u0000', '😀']) {
      expect([c, isWordCodePoint(c.codePointAt(0) ?? 0)]).toEqual([c, false]);
    }
  });
});
