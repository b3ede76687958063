import { describe, expect, it } from 'vitest';
import { claimLabel, formatDate, matchReason, sourceLabel } from '../../../../lib/card/wording';

describe('matchReason', () => {
  it.each([
    [
      { text: 'Ahmed Ash-Sharara', kind: 'article' as const },
      'Ash-Sharara',
      'Matched “Ash-Sharara”, the article’s spelling of Ahmed al-Sharaa.',
    ],
    [
      { text: 'al-Shara', kind: 'variant' as const },
      'al-Shara',
      'Matched “al-Shara”, another spelling of Ahmed al-Sharaa.',
    ],
    [
      { text: 'Abu Mohammad al-Julani', kind: 'former' as const },
      'Abu Mohammad al-Julani',
      'Matched “Abu Mohammad al-Julani”, a former name of Ahmed al-Sharaa.',
    ],
    [
      { text: 'أحمد الشرع', kind: 'native' as const, lang: 'ar' },
      'أحمد الشرع',
      'Matched “أحمد الشرع”, Ahmed al-Sharaa in Arabic.',
    ],
    [
      { text: 'Ahmed al-Sharaa', kind: 'name' as const },
      'Ahmed al-Sharaa',
      'Matched “Ahmed al-Sharaa”.',
    ],
  ])('explains %o', (alias, surface, expected) => {
    expect(matchReason(surface, 'Ahmed al-Sharaa', alias)).toBe(expected);
  });

  it('says when the page uses look-alike letters from another alphabet', () => {
    const reason = matchReason('V\u0435rshinin', 'Sergey Vershinin', {
      text: 'Vershinin',
      kind: 'short',
    });
    expect(reason).toBe(
      'Matched “Vеrshinin”, a short form of Sergey Vershinin. The page writes it with look-alike letters from another alphabet.',
    );
  });

  it('does not flag names written wholly in Cyrillic', () => {
    expect(
      matchReason('Путин', 'Vladimir Putin', { text: 'Путин', kind: 'native', lang: 'ru' }),
    ).toBe('Matched “Путин”, Vladimir Putin in Russian.');
  });
});

describe('claimLabel', () => {
  it('labels reported claims with their attribution, or its absence', () => {
    expect(claimLabel('reported', 'Syria TV')).toBe('Reported, according to Syria TV');
    expect(claimLabel('reported', null)).toBe('Reported; the article names no source');
    expect(claimLabel('framing', undefined)).toBe('Framing: the article’s interpretation');
  });
});

describe('formatDate and sourceLabel', () => {
  it('formats full and partial ISO dates', () => {
    expect(formatDate('2025-12-13')).toBe('13 December 2025');
    expect(formatDate('2026-02')).toBe('February 2026');
    expect(formatDate('2014')).toBe('2014');
  });

  it('labels a source by its host', () => {
    expect(sourceLabel('https://www.crisisgroup.org/trigger-list/x')).toBe('crisisgroup.org');
    expect(sourceLabel('not a url')).toBe('not a url');
  });
});
