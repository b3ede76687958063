import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SENTENCES, articleText } from '../../../data/article';
import { DATASET } from '../../../data/index';
import type { Alias, Entity, EntityType } from '../../../data/schema';
import { foldAlias, validateDataset } from '../../../data/validate';

const FACTS_MD = resolve(import.meta.dirname, '../../../../shared/reference/facts.md');

function entity(id: string): Entity {
  const found = DATASET.entities.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no entity "${id}"`);
  return found;
}

function alias(entityId: string, text: string): Alias {
  const found = entity(entityId).aliases.find((a) => a.text === text);
  if (found === undefined) throw new Error(`entity "${entityId}" has no alias "${text}"`);
  return found;
}

/** Every source URL in the dataset, with where it is used. */
function allSources(): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const e of DATASET.entities) {
    e.facts.forEach((f, i) =>
      f.sources.forEach((url) => out.push({ where: `${e.id} facts[${i}]`, url })),
    );
    e.updates?.forEach((u, i) =>
      u.sources.forEach((url) => out.push({ where: `${e.id} updates[${i}]`, url })),
    );
    e.nativeNames.forEach((n, i) => {
      if (n.source !== undefined) out.push({ where: `${e.id} nativeNames[${i}]`, url: n.source });
    });
  }
  for (const c of DATASET.claims) {
    c.check?.sources.forEach((url) => out.push({ where: `${c.id} check`, url }));
  }
  return out;
}

describe('the bundled dataset', () => {
  it('passes the schema and every cross-check', () => {
    const result = validateDataset(DATASET);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has the entities PRODUCT.md section 1 asks for, and those facts.md adds', () => {
    const ids = new Set(DATASET.entities.map((e) => e.id));
    const required = [
      'syria',
      'united-states',
      'palmyra',
      'syria-tv',
      'al-tanf',
      'iraq-syria-border',
      'iraq',
      'russia',
      'sergey-vershinin',
      'moscow',
      'middle-east',
      'vladimir-putin',
      'ahmed-al-sharaa',
      'syrian-foreign-ministry',
      'bashar-al-assad',
      'asaad-al-shaibani',
      'ukraine',
      'donbas',
      'maidan-revolution',
      'hmeimim-air-base',
      'tartus-naval-base',
      'russian-foreign-ministry',
      'islamic-state',
      'palmyra-attack-2025',
      'putin-sharaa-meeting-2025',
      'fall-of-assad-2024',
      'russian-invasion-of-ukraine',
      'syrian-transitional-government',
      'us-forces-in-syria',
      'syrian-civil-war',
      'russian-military-bases-in-syria',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('types bases as places, Syria TV as media, and ministries, governments and armed groups as organizations', () => {
    const expected: Record<string, EntityType> = {
      'hmeimim-air-base': 'place',
      'tartus-naval-base': 'place',
      'russian-military-bases-in-syria': 'place',
      'al-tanf': 'place',
      'syria-tv': 'media',
      'syrian-foreign-ministry': 'organization',
      'russian-foreign-ministry': 'organization',
      'syrian-transitional-government': 'organization',
      'us-forces-in-syria': 'organization',
      'islamic-state': 'organization',
      'vladimir-putin': 'person',
      'palmyra-attack-2025': 'event',
      'maidan-revolution': 'event',
    };
    for (const [id, type] of Object.entries(expected))
      expect([id, entity(id).type]).toEqual([id, type]);
  });

  it('gives every fact, update and context check at least one http(s) source', () => {
    for (const e of DATASET.entities) {
      for (const fact of [...e.facts, ...(e.updates ?? [])]) {
        expect(fact.sources.length, e.id).toBeGreaterThan(0);
      }
    }
    const bad = allSources().filter(({ url }) => !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(url));
    expect(bad).toEqual([]);
  });

  it.runIf(existsSync(FACTS_MD))('takes every source URL from facts.md', () => {
    const facts = readFileSync(FACTS_MD, 'utf8');
    expect(allSources().filter(({ url }) => !facts.includes(url))).toEqual([]);
  });

  it('keeps notes to 2–4 sentences and facts to 3–6', () => {
    for (const e of DATASET.entities) {
      const sentences = e.note.text
        .split(/[.!?](?:\s+(?=[A-Z“‘"])|$)/)
        .filter((s) => s.trim() !== '');
      expect([e.id, sentences.length >= 2 && sentences.length <= 4]).toEqual([e.id, true]);
      expect([e.id, e.facts.length >= 3 && e.facts.length <= 6]).toEqual([e.id, true]);
    }
  });

  it('keeps the article’s own spellings as aliases of the right entities', () => {
    const spellings: [string, string][] = [
      ['Ahmed Ash-Sharara', 'ahmed-al-sharaa'],
      ['Ash-Sharara', 'ahmed-al-sharaa'],
      ['Et-Tanf', 'al-tanf'],
      ['Assad al-Shibani', 'asaad-al-shaibani'],
      ['Donbass', 'donbas'],
      ['Sergei V\u0435rshinin', 'sergey-vershinin'],
      ['V\u0435rshinin', 'sergey-vershinin'],
      ['Maidan Revolution', 'maidan-revolution'],
      ['Syria-Iraq border', 'iraq-syria-border'],
      ['Syrian Foreign Ministry', 'syrian-foreign-ministry'],
      ['Syria TV', 'syria-tv'],
      ['U.S.', 'united-states'],
      ['power transition in Syria', 'fall-of-assad-2024'],
      ['conflict in Ukraine', 'russian-invasion-of-ukraine'],
    ];
    const article = foldAlias(articleText());
    for (const [text, id] of spellings) {
      expect(alias(id, text).text).toBe(text);
      expect([text, article.includes(foldAlias(text))]).toEqual([text, true]);
    }
  });

  it('keeps the Cyrillic е of "Vеrshinin" as separate aliases of kind article', () => {
    for (const text of ['Sergei V\u0435rshinin', 'V\u0435rshinin']) {
      expect(alias('sergey-vershinin', text).kind).toBe('article');
    }
    expect(alias('sergey-vershinin', 'Vershinin').kind).toBe('short');
  });

  it('quotes every article-kind alias from the article itself', () => {
    const article = foldAlias(articleText());
    for (const e of DATASET.entities) {
      for (const a of e.aliases.filter((x) => x.kind === 'article')) {
        expect([e.id, a.text, article.includes(foldAlias(a.text))]).toEqual([e.id, a.text, true]);
      }
    }
  });

  it('has the spelling variants English news uses', () => {
    const variants: [string, string[]][] = [
      [
        'ahmed-al-sharaa',
        [
          'al-Sharaa',
          'al-Shara',
          'Ahmad al-Sharaa',
          'Ahmed al-Sharaa',
          'Abu Mohammad al-Jolani',
          'Abu Mohammed al-Julani',
          'Abu Mohammad al-Golani',
        ],
      ],
      ['al-tanf', ['Al-Tanf', 'At-Tanf', 'Al Tanf', 'al-Tanf Garrison', 'Tanf garrison']],
      ['hmeimim-air-base', ['Khmeimim', 'Hmeimim', 'Hmeymim']],
      ['tartus-naval-base', ['Tartus', 'Tartous']],
      [
        'asaad-al-shaibani',
        ['al-Shaibani', 'al-Shibani', 'al-Sheibani', 'Asaad al-Shaibani', 'Assad al-Shaibani'],
      ],
      ['sergey-vershinin', ['Sergey Vershinin', 'Sergei Vershinin']],
      ['maidan-revolution', ['Euromaidan', 'Revolution of Dignity']],
      ['united-states', ['U.S.', 'US', 'USA', 'United States of America']],
      ['islamic-state', ['ISIS', 'ISIL', 'Daesh', 'Islamic State group']],
    ];
    for (const [id, texts] of variants) {
      for (const text of texts) expect(alias(id, text).text).toBe(text);
    }
  });

  it('puts native-script names in nativeNames and among the aliases', () => {
    const expected: [string, 'ar' | 'ru' | 'uk', string][] = [
      ['ahmed-al-sharaa', 'ar', 'أحمد الشرع'],
      ['sergey-vershinin', 'ru', 'Сергей Васильевич Вершинин'],
      ['palmyra', 'ar', 'تدمر'],
      ['ukraine', 'uk', 'Україна'],
      ['maidan-revolution', 'uk', 'Революція гідності'],
    ];
    for (const [id, lang, text] of expected) {
      expect(entity(id).nativeNames.some((n) => n.lang === lang && n.text === text)).toBe(true);
      expect(alias(id, text)).toMatchObject({ kind: 'native', lang });
    }
  });

  it('marks demonyms, matched only when the user turns them on', () => {
    const demonyms: [string, string][] = [
      ['Syrian', 'syria'],
      ['Russian', 'russia'],
      ['American', 'united-states'],
      ['Iraqi', 'iraq'],
      ['Ukrainian', 'ukraine'],
    ];
    for (const [text, id] of demonyms) expect(alias(id, text).kind).toBe('demonym');
  });

  it('matches short all-caps aliases that are also words only in capitals', () => {
    expect(alias('united-states', 'US').caseSensitive).toBe(true);
    expect(alias('united-states', 'USA').caseSensitive).toBe(true);
    expect(alias('islamic-state', 'ISIS').caseSensitive).toBe(true);
    const all = DATASET.entities.flatMap((e) => e.aliases.map((a) => a.text));
    expect(all).not.toContain('IS');
  });

  it('uses no capital or metonym for a government', () => {
    const folded = new Set(
      DATASET.entities.flatMap((e) => e.aliases.map((a) => foldAlias(a.text))),
    );
    for (const metonym of ['Damascus', 'Washington', 'the Kremlin', 'Kremlin', 'Military bases']) {
      expect([metonym, folded.has(foldAlias(metonym))]).toEqual([metonym, false]);
    }
  });

  it('gives the ambiguous aliases the context rules the matcher needs', () => {
    const assad = alias('bashar-al-assad', 'Assad');
    expect(assad.ambiguous).toBe(true);
    expect(assad.context?.notThis).toEqual(
      expect.arrayContaining(['Asma al-Assad', 'Hafez al-Assad', 'Maher al-Assad']),
    );
    expect(assad.context?.requireOnPage).toContain('syria');
    expect(alias('bashar-al-assad', 'al-Assad').context?.notThis).toContain('Asma al-Assad');

    const palmyra = alias('palmyra', 'Palmyra');
    expect(palmyra.ambiguous).toBe(true);
    expect(palmyra.context?.notThis).toEqual(
      expect.arrayContaining(['Palmyra, New York', 'Palmyra Atoll']),
    );
    expect(palmyra.context?.requireOnPage).toEqual(
      expect.arrayContaining(['syria', 'islamic-state']),
    );

    const moscow = alias('moscow', 'Moscow');
    expect(moscow.ambiguous).toBe(true);
    expect(moscow.context?.notThis).toContain('Moscow, Idaho');
    expect(moscow.context?.notOnPageWith).toContain('Moscow, Idaho');
    expect(moscow.context?.notThis).toContain('The Moscow Times');
    expect(moscow.context?.notOnPageWith).not.toContain('The Moscow Times');

    expect(alias('ahmed-al-sharaa', 'al-Sharaa').context?.notThis).toContain('Farouk al-Sharaa');
    expect(alias('ahmed-al-sharaa', 'Sharaa').ambiguous).toBe(true);
  });

  it('tells the Syrian and the Russian "Foreign Ministry" apart by what is mentioned nearby', () => {
    const syrian = alias('syrian-foreign-ministry', 'Foreign Ministry');
    const russian = alias('russian-foreign-ministry', 'Foreign Ministry');
    expect(syrian.ambiguous && russian.ambiguous).toBe(true);
    expect(syrian.context?.requireNear?.entities).toEqual(
      expect.arrayContaining(['syria', 'asaad-al-shaibani']),
    );
    expect(russian.context?.requireNear?.entities).toEqual(
      expect.arrayContaining(['russia', 'sergey-vershinin']),
    );
    expect(syrian.context?.requireNear?.entities).not.toContain('russia');
    expect(russian.context?.requireNear?.entities).not.toContain('syria');
  });

  it('makes "Assad al-Shibani" the foreign minister, not Bashar al-Assad', () => {
    expect(alias('asaad-al-shaibani', 'Assad al-Shibani').kind).toBe('article');
    const bashar = entity('bashar-al-assad').aliases.map((a) => foldAlias(a.text));
    expect(bashar).not.toContain(foldAlias('Assad al-Shibani'));
  });

  it('names the Russian bases only with a specific phrase, never a bare "military bases"', () => {
    const bases = entity('russian-military-bases-in-syria');
    for (const a of bases.aliases) expect(foldAlias(a.text)).toMatch(/russia/);
    expect(
      alias('russian-military-bases-in-syria', 'Russian military bases').context?.requireNear,
    ).toBeDefined();
  });

  it('covers every article sentence with claims quoting it exactly', () => {
    for (const sentence of ARTICLE_SENTENCES) {
      const claims = DATASET.claims.filter((c) => c.sentence === sentence.index);
      expect([sentence.index, claims.length > 0]).toEqual([sentence.index, true]);
      for (const claim of claims) expect(sentence.text).toContain(claim.text);
    }
  });

  it('reports the Palmyra sentence as disagreeing with the reports it relays', () => {
    const claim = DATASET.claims.find(
      (c) => c.sentence === 1 && c.text.includes('launched an attack'),
    );
    expect(claim).toMatchObject({ kind: 'reported', attribution: 'Syria TV' });
    expect(claim?.entities).toEqual(
      expect.arrayContaining(['palmyra', 'palmyra-attack-2025', 'syria-tv']),
    );
    expect(claim?.check?.status).toBe('disagrees');
    expect(claim?.check?.sources.length).toBeGreaterThanOrEqual(2);
    expect(claim?.check?.note).toMatch(/attacked/);
    // The sentence's own framing ("a sudden escalation of hostilities") is a separate claim.
    expect(DATASET.claims.some((c) => c.sentence === 1 && c.kind === 'framing')).toBe(true);
  });

  it('credits reported claims to whom the article names', () => {
    const attribution = (id: string) => DATASET.claims.find((c) => c.id === id)?.attribution;
    expect(attribution('s06-a')).toBe('Sergei Vershinin');
    expect(attribution('s10-a')).toBe('the Syrian Foreign Ministry');
    expect(attribution('s15-b')).toBe('Russian officials');
    expect(attribution('s03-a')).toBeNull();
  });

  it('flags the claims facts.md finds wrong, unsupported or outdated', () => {
    const status = (sentence: number, words: string) =>
      DATASET.claims.find((c) => c.sentence === sentence && c.text.includes(words))?.check?.status;
    expect(status(3, 'U.S. military outpost')).toBe('outdated');
    expect(status(6, 'counter Western influence')).toBe('unsupported');
    expect(status(12, 'redefine')).toBe('partly');
    expect(status(13, 'return to power')).toBe('unsupported');
  });

  it('records what changed after the article as dated updates', () => {
    const updates = (id: string) => entity(id).updates ?? [];
    expect(
      updates('al-tanf').some((u) => u.date.startsWith('2026-02') && /withdrawal/.test(u.text)),
    ).toBe(true);
    expect(updates('al-tanf').some((u) => /Syrian army units/.test(u.text))).toBe(true);
    const vershinin = updates('sergey-vershinin');
    expect(vershinin.map((u) => u.date)).toEqual(['2026-02-20']);
    expect(vershinin[0]?.text).toMatch(
      /relieved as deputy foreign minister.*ambassador to Turkey/i,
    );
    expect(updates('putin-sharaa-meeting-2025')).toEqual([
      expect.objectContaining({ date: '2026-01-28' }),
    ]);
    // What was true at the time stays: the description still says he was deputy minister.
    expect(entity('sergey-vershinin').description).toMatch(/deputy foreign minister 2018–2026/);
  });

  it('presents loaded terms only as what their users call them', () => {
    const all = DATASET.entities.flatMap((e) => [
      e.description,
      e.note.text,
      ...e.facts.map((f) => f.text),
      ...e.aliases.map((a) => a.text),
    ]);
    expect(all.filter((t) => /2014 coup/i.test(t))).toEqual([]);
    for (const text of all.filter((t) => /\bcoup\b/.test(t))) {
      expect(text).toMatch(/Russian officials|Russia’s UN envoy/);
    }
  });
});
