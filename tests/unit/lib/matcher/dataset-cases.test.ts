/**
 * Table-driven cases generated from the dataset itself: every spelling is found where its context
 * rules are met, and every trap (`notThis` phrase, case-sensitive abbreviation, demonym) is left
 * alone. A new alias gets its case here without anyone writing it.
 */
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../../../data/index';
import type { Alias, Entity } from '../../../../data/schema';
import { compileTable, createMatcher, scanText } from '../../../../lib/matcher';

const matcher = createMatcher(compileTable(DATASET));

function entity(id: string): Entity {
  const found = DATASET.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

/** An alias that needs no context: what a page says to give evidence of the entity. */
function plainName(id: string): string {
  const alias = entity(id).aliases.find(
    (a) => a.context === undefined && a.kind !== 'demonym' && a.caseSensitive !== true,
  );
  if (!alias) throw new Error(`entity ${id} has no plain alias`);
  return alias.text;
}

/** A page around `mention` that satisfies the alias's context rules. */
function pageFor(alias: Alias, mention: string): string {
  const near = alias.context?.requireNear?.entities[0];
  const onPage = alias.context?.requireOnPage?.[0];
  const sentence = near
    ? `Officials said on Monday that ${mention} met ${plainName(near)}.`
    : `Officials said on Monday that ${mention} was in the news.`;
  return onPage ? `${sentence}\n\nMore on ${plainName(onPage)} later.` : sentence;
}

const cases = DATASET.entities.flatMap((e) =>
  e.aliases.map((alias) => ({ entity: e.id, alias, label: `${e.id}: ${alias.text}` })),
);

describe('every alias of the dataset', () => {
  it.each(cases)('$label is found where its context holds', ({ entity: id, alias }) => {
    const text = pageFor(alias, alias.text);
    const at = text.indexOf(alias.text);
    const matches = scanText(matcher, text, { demonyms: alias.kind === 'demonym' });
    const found = matches.find((m) => m.start === at);
    expect(found && { surface: found.surface, end: found.end, entity: found.entity }).toEqual({
      surface: alias.text,
      end: at + alias.text.length,
      entity: id,
    });
  });

  it.each(cases.filter((c) => c.alias.kind === 'demonym'))(
    '$label is a demonym: off by default',
    ({ alias }) => {
      expect(scanText(matcher, pageFor(alias, alias.text))).toEqual([]);
    },
  );

  it.each(cases.filter((c) => c.alias.caseSensitive === true))(
    '$label is case-sensitive: its lower case is left alone',
    ({ entity: id, alias }) => {
      const lower = alias.text.toLowerCase();
      const text = pageFor(alias, lower);
      expect(scanText(matcher, text).filter((m) => m.entity === id)).toEqual([]);
    },
  );
});

const traps = cases.flatMap(({ entity: id, alias }) =>
  (alias.context?.notThis ?? []).map((phrase) => ({
    entity: id,
    alias,
    phrase,
    label: `${phrase} (not ${id})`,
  })),
);

describe('every notThis phrase of the dataset', () => {
  it.each(traps)('$label is not highlighted as that entity', ({ entity: id, alias, phrase }) => {
    const text = pageFor(alias, phrase);
    const at = text.indexOf(phrase);
    const inside = scanText(matcher, text).filter(
      (m) => m.entity === id && m.start < at + phrase.length && m.end > at,
    );
    expect(inside).toEqual([]);
  });

  const pageWide = (t: (typeof traps)[number]) => {
    const rule = t.alias.context?.notOnPageWith;
    return rule === true || (Array.isArray(rule) && rule.includes(t.phrase));
  };

  it.each(traps.filter(pageWide))(
    '$label vetoes the alias on the whole page',
    ({ entity: id, alias, phrase }) => {
      const text = `${pageFor(alias, phrase)} Later, ${alias.text} again.`;
      const matches = scanText(matcher, text).filter((m) => m.entity === id);
      expect(matches.map((m) => m.surface)).not.toContain(alias.text);
    },
  );

  it.each(traps.filter((t) => t.alias.context?.notOnPageWith !== undefined && !pageWide(t)))(
    '$label vetoes only where it is written',
    ({ entity: id, alias, phrase }) => {
      const text = `${pageFor(alias, phrase)} Later, ${alias.text} again.`;
      const matches = scanText(matcher, text).filter((m) => m.entity === id);
      expect(matches.map((m) => m.start)).toEqual([text.lastIndexOf(alias.text)]);
    },
  );
});

describe('context rules of shared aliases', () => {
  it('"Foreign Ministry" is the ministry of the nearest country', () => {
    const text =
      'Russia said on Monday its Foreign Ministry would reply. Much later, in another paragraph about a different matter entirely, far from that first mention, Syria said its Foreign Ministry agreed.';
    const found = scanText(matcher, text).filter((m) => m.surface === 'Foreign Ministry');
    expect(found.map((m) => m.entity)).toEqual([
      'russian-foreign-ministry',
      'syrian-foreign-ministry',
    ]);
  });

  it('an ambiguous alias with no evidence in its window is left alone', () => {
    const text = `The Foreign Ministry said nothing.${' Filler words.'.repeat(20)} Syria.`;
    expect(scanText(matcher, text).map((m) => m.surface)).toEqual(['Syria']);
  });
});
