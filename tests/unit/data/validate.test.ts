import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../../data/index';
import type { Alias, Dataset, Entity } from '../../../data/schema';
import { assertValidDataset, foldAlias, validateDataset } from '../../../data/validate';

/** A deep copy of the real dataset with one thing broken; returns the validator's errors. */
function errorsAfter(breakIt: (d: Dataset) => void): readonly string[] {
  const copy = structuredClone(DATASET);
  breakIt(copy);
  const result = validateDataset(copy);
  return result.ok ? [] : result.errors;
}

function entityIn(d: Dataset, id: string): Entity {
  const found = d.entities.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no entity "${id}"`);
  return found;
}

function aliasIndex(e: Entity, text: string): number {
  const i = e.aliases.findIndex((a) => a.text === text);
  if (i < 0) throw new Error(`no alias "${text}" in "${e.id}"`);
  return i;
}

function aliasIn(d: Dataset, id: string, text: string): Alias {
  const e = entityIn(d, id);
  return e.aliases[aliasIndex(e, text)] as Alias;
}

const palmyraIndex = aliasIndex(entityIn(DATASET, 'palmyra'), 'Palmyra');

describe('validateDataset', () => {
  it('accepts the real dataset and returns it', () => {
    const result = validateDataset(DATASET);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.entities.length).toBe(DATASET.entities.length);
  });

  it('rejects what is not a dataset at all, saying so', () => {
    const result = validateDataset(null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^dataset \(the whole value\): /);
  });

  describe('schema errors name the entity or claim and the field', () => {
    it('a fact without sources', () => {
      const errors = errorsAfter((d) => {
        const fact = entityIn(d, 'syria').facts[0];
        if (fact) fact.sources = [];
      });
      expect(errors).toContain('entity "syria" facts[0].sources: needs at least one source');
    });

    it('a source that is not http(s)', () => {
      const errors = errorsAfter((d) => {
        const fact = entityIn(d, 'al-tanf').facts[1];
        if (fact) fact.sources = ['ftp://example.org/al-tanf'];
      });
      expect(errors).toContain('entity "al-tanf" facts[1].sources[0]: must be an http(s) URL');
    });

    it('a claim that references nothing', () => {
      const errors = errorsAfter((d) => {
        const claim = d.claims.find((c) => c.id === 's03-a');
        if (claim) claim.entities = [];
      });
      expect(errors).toContain('claim "s03-a" entities: must reference at least one entity');
    });

    it('an entity without an id is named by its position', () => {
      const errors = errorsAfter((d) => {
        delete (d.entities[2] as Partial<Entity>).id;
      });
      expect(errors.some((e) => e.startsWith('entity at entities[2] id: '))).toBe(true);
    });

    it('a field the schema does not know', () => {
      const errors = errorsAfter((d) => {
        Object.assign(entityIn(d, 'iraq'), { colour: 'red' });
      });
      expect(errors.some((e) => e.startsWith('entity "iraq" colour: '))).toBe(true);
    });

    it('a non-kebab-case id in a context rule', () => {
      const errors = errorsAfter((d) => {
        aliasIn(d, 'palmyra', 'Palmyra').context = { requireOnPage: ['Syria'] };
      });
      expect(errors).toContain(
        `entity "palmyra" aliases[${palmyraIndex}].context.requireOnPage[0]: must be kebab-case (a-z, 0-9, single hyphens)`,
      );
    });
  });

  describe('cross-checks', () => {
    it('an unknown entity id in requireOnPage', () => {
      const errors = errorsAfter((d) => {
        const context = aliasIn(d, 'palmyra', 'Palmyra').context;
        if (context?.requireOnPage) context.requireOnPage[0] = 'syrai';
      });
      expect(errors).toContain(
        `entity "palmyra" aliases[${palmyraIndex}].context.requireOnPage[0]: unknown entity id "syrai"`,
      );
    });

    it('an unknown entity id in requireNear', () => {
      const index = aliasIndex(entityIn(DATASET, 'russian-foreign-ministry'), 'Foreign Ministry');
      const errors = errorsAfter((d) => {
        const near = aliasIn(d, 'russian-foreign-ministry', 'Foreign Ministry').context
          ?.requireNear;
        if (near) near.entities = ['russia', 'kremlin'];
      });
      expect(errors).toContain(
        `entity "russian-foreign-ministry" aliases[${index}].context.requireNear.entities[1]: unknown entity id "kremlin"`,
      );
    });

    it('an unknown entity id in a claim', () => {
      const errors = errorsAfter((d) => {
        const claim = d.claims.find((c) => c.id === 's01-a');
        if (claim) claim.entities.push('syrai');
      });
      expect(errors).toEqual([
        `claim "s01-a" entities[${DATASET.claims.find((c) => c.id === 's01-a')?.entities.length}]: unknown entity id "syrai"`,
      ]);
    });

    it('an unknown claim id in an entity', () => {
      const errors = errorsAfter((d) => {
        entityIn(d, 'iraq').claims.push('s99-z');
      });
      expect(errors).toContain(
        `entity "iraq" claims[${entityIn(DATASET, 'iraq').claims.length}]: unknown claim id "s99-z"`,
      );
    });

    it('duplicate entity and claim ids', () => {
      const errors = errorsAfter((d) => {
        d.entities.push(structuredClone(entityIn(d, 'iraq')));
        const claim = d.claims.find((c) => c.id === 's14-a');
        if (claim) d.claims.push(structuredClone(claim));
      });
      expect(errors).toContain(
        `entity "iraq" id: duplicate entity id (first at entities[${DATASET.entities.findIndex((e) => e.id === 'iraq')}])`,
      );
      expect(errors.some((e) => e.startsWith('claim "s14-a" id: duplicate claim id'))).toBe(true);
    });

    it('entity.claims missing a claim that lists the entity', () => {
      const errors = errorsAfter((d) => {
        const palmyra = entityIn(d, 'palmyra');
        palmyra.claims = palmyra.claims.filter((id) => id !== 's01-a');
      });
      expect(errors).toEqual([
        'entity "palmyra" claims: missing "s01-a" (that claim lists this entity in its entities)',
      ]);
    });

    it('entity.claims listing a claim that does not list the entity', () => {
      const errors = errorsAfter((d) => {
        entityIn(d, 'iraq').claims.push('s17-a');
      });
      expect(errors).toEqual([
        `entity "iraq" claims[${entityIn(DATASET, 'iraq').claims.length}]: claim "s17-a" does not list this entity in its entities`,
      ]);
    });

    it('a claim text that is not in its sentence', () => {
      const errors = errorsAfter((d) => {
        const claim = d.claims.find((c) => c.id === 's01-a');
        if (claim) claim.text = 'joint forces of Syria and the United States were attacked';
      });
      expect(errors).toEqual([
        'claim "s01-a" text: "joint forces of Syria and the United States were attacked" is not an exact substring of sentence 1',
      ]);
    });

    it('a claim whose text differs only by the Cyrillic е of the article', () => {
      const errors = errorsAfter((d) => {
        const claim = d.claims.find((c) => c.id === 's06-a');
        if (claim) claim.text = claim.text.replace('V\u0435rshinin', 'Vershinin');
      });
      expect(errors.some((e) => e.startsWith('claim "s06-a" text: '))).toBe(true);
    });

    it('a sentence that does not exist, or an id that names another sentence', () => {
      const errors = errorsAfter((d) => {
        const claim = d.claims.find((c) => c.id === 's17-a');
        if (claim) claim.sentence = 18;
      });
      expect(errors).toContain(
        'claim "s17-a" sentence: no article sentence 18 (the article has 17)',
      );
      expect(errors).toContain(
        'claim "s17-a" sentence: the id says sentence 17 but the claim says 18',
      );
    });

    it('an article sentence no claim covers', () => {
      const errors = errorsAfter((d) => {
        d.claims = d.claims.filter((c) => c.sentence !== 14);
        for (const e of d.entities) e.claims = e.claims.filter((id) => !id.startsWith('s14-'));
      });
      expect(errors).toEqual(['article sentence 14: not covered by any claim']);
    });

    it('a reported claim without an attribution, and a framing claim with one', () => {
      const errors = errorsAfter((d) => {
        const reported = d.claims.find((c) => c.id === 's03-a');
        if (reported) delete reported.attribution;
        const framing = d.claims.find((c) => c.id === 's14-a');
        if (framing) framing.attribution = 'the author';
      });
      expect(errors).toEqual([
        'claim "s03-a" attribution: a reported claim needs an attribution (whom the article credits, or null when it names no one)',
        'claim "s14-a" attribution: a framing claim has no attribution',
      ]);
    });

    it('an alias shared by two entities without context rules', () => {
      const syriaIndex = aliasIndex(entityIn(DATASET, 'syria'), 'Syria');
      const iraqCount = entityIn(DATASET, 'iraq').aliases.length;
      const errors = errorsAfter((d) => {
        entityIn(d, 'iraq').aliases.push({ text: 'SYRIA', kind: 'name' });
      });
      expect(errors).toContain(
        `entity "iraq" aliases[${iraqCount}].text: "SYRIA" is also an alias of "syria" aliases[${syriaIndex}]; an alias shared between entities must be marked ambiguous with requireNear or requireOnPage rules`,
      );
      expect(
        errors.some((e) =>
          e.startsWith(
            `entity "syria" aliases[${syriaIndex}].text: "Syria" is also an alias of "iraq"`,
          ),
        ),
      ).toBe(true);
    });

    it('finds shared aliases through look-alike letters, dashes and diacritics', () => {
      const errors = errorsAfter((d) => {
        // Cyrillic Ѕ and а, an en dash, and a combining acute accent.
        entityIn(d, 'iraq').aliases.push({ text: '\u0405yri\u0430', kind: 'name' });
        entityIn(d, 'syria').aliases.push({ text: 'Al\u2013Tanf', kind: 'name' });
        entityIn(d, 'russia').aliases.push({ text: 'Pu\u0301tin', kind: 'name' });
      });
      expect(errors.filter((e) => e.includes('is also an alias of'))).toHaveLength(6);
    });

    it('a shared alias whose rules cannot tell the entities apart (notThis only)', () => {
      const index = aliasIndex(entityIn(DATASET, 'syrian-foreign-ministry'), 'Foreign Ministry');
      const errors = errorsAfter((d) => {
        const a = aliasIn(d, 'syrian-foreign-ministry', 'Foreign Ministry');
        a.context = { notThis: ['Turkish Foreign Ministry'] };
      });
      expect(errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^entity "syrian-foreign-ministry" aliases\\[${index}\\]\\.text: "Foreign Ministry" is also an alias of "russian-foreign-ministry"`,
          ),
        ),
      ]);
    });

    it('an ambiguous alias without context rules', () => {
      const index = aliasIndex(entityIn(DATASET, 'moscow'), 'Moscow');
      const errors = errorsAfter((d) => {
        delete aliasIn(d, 'moscow', 'Moscow').context;
      });
      expect(errors).toEqual([
        `entity "moscow" aliases[${index}].context: "Moscow" is marked ambiguous and needs context rules (notThis, requireNear or requireOnPage)`,
      ]);
    });

    it('context rules on an alias not marked ambiguous', () => {
      const index = aliasIndex(entityIn(DATASET, 'moscow'), 'Moscow');
      const errors = errorsAfter((d) => {
        delete aliasIn(d, 'moscow', 'Moscow').ambiguous;
      });
      expect(errors).toEqual([
        `entity "moscow" aliases[${index}].ambiguous: "Moscow" has context rules but is not marked ambiguous`,
      ]);
    });

    it('a notThis phrase that does not contain its alias, or is the alias itself', () => {
      const count = aliasIn(DATASET, 'palmyra', 'Palmyra').context?.notThis?.length ?? 0;
      const errors = errorsAfter((d) => {
        aliasIn(d, 'palmyra', 'Palmyra').context?.notThis?.push('Palmira Atoll', 'PALMYRA');
      });
      expect(errors).toEqual([
        `entity "palmyra" aliases[${palmyraIndex}].context.notThis[${count}]: "Palmira Atoll" does not contain the alias "Palmyra"`,
        `entity "palmyra" aliases[${palmyraIndex}].context.notThis[${count + 1}]: "PALMYRA" is the alias itself and would veto every match`,
      ]);
    });

    it("a case-sensitive alias's notThis phrase without the alias's capitals", () => {
      const index = aliasIndex(entityIn(DATASET, 'united-states'), 'US');
      const count = aliasIn(DATASET, 'united-states', 'US').context?.notThis?.length ?? 0;
      const errors = errorsAfter((d) => {
        aliasIn(d, 'united-states', 'US').context?.notThis?.push('follow us', 'FOLLOW US ON X');
      });
      expect(errors).toEqual([
        `entity "united-states" aliases[${index}].context.notThis[${count}]: "follow us" does not contain "US" with its capitals, so it would never match`,
      ]);
    });

    it('accepts a notThis phrase that differs from its alias only by typography', () => {
      const errors = errorsAfter((d) => {
        aliasIn(d, 'palmyra', 'Palmyra').context?.notThis?.push(
          'PALMYRA,\u00a0\u00a0New\u2003York',
        );
      });
      expect(errors).toEqual([]);
    });

    it('notOnPageWith without notThis phrases', () => {
      const index = aliasIndex(entityIn(DATASET, 'tartus-naval-base'), 'Тартус');
      const errors = errorsAfter((d) => {
        const context = aliasIn(d, 'tartus-naval-base', 'Тартус').context;
        if (context) context.notOnPageWith = true;
      });
      expect(errors).toEqual([
        `entity "tartus-naval-base" aliases[${index}].context.notOnPageWith: needs notThis phrases to look for`,
      ]);
    });

    it('a notOnPageWith phrase that is not one of the notThis phrases', () => {
      const index = aliasIndex(entityIn(DATASET, 'moscow'), 'Moscow');
      const errors = errorsAfter((d) => {
        const context = aliasIn(d, 'moscow', 'Moscow').context;
        if (context) context.notOnPageWith = ['Moscow, Idaho', 'Moscow, Kansas'];
      });
      expect(errors).toEqual([
        `entity "moscow" aliases[${index}].context.notOnPageWith[1]: "Moscow, Kansas" is not one of the alias's notThis phrases`,
      ]);
    });

    it('the same alias twice in one entity (up to case)', () => {
      const count = entityIn(DATASET, 'iraq').aliases.length;
      const errors = errorsAfter((d) => {
        entityIn(d, 'iraq').aliases.push({ text: 'IRAQ', kind: 'variant' });
      });
      expect(errors).toEqual([
        `entity "iraq" aliases[${count}].text: "IRAQ" duplicates aliases[0]`,
      ]);
    });

    it('a native name that is not also a native alias, and a native alias without a language', () => {
      const count = entityIn(DATASET, 'iraq').aliases.length;
      const errors = errorsAfter((d) => {
        const iraq = entityIn(d, 'iraq');
        iraq.nativeNames.push({ lang: 'uk', text: 'Ірак' });
        iraq.aliases.push({ text: 'Iraque', kind: 'native' });
      });
      expect(errors).toEqual([
        `entity "iraq" aliases[${count}].lang: a native-script alias needs its language`,
        `entity "iraq" nativeNames[${entityIn(DATASET, 'iraq').nativeNames.length}]: "Ірак" is not also an alias of kind "native" with lang "uk"`,
      ]);
    });

    it('reports every problem at once', () => {
      const errors = errorsAfter((d) => {
        const claim = d.claims.find((c) => c.id === 's01-a');
        if (claim) claim.text = 'not in the sentence';
        delete aliasIn(d, 'moscow', 'Moscow').context;
        entityIn(d, 'iraq').claims.push('s99-z');
      });
      expect(errors).toHaveLength(3);
    });
  });
});

describe('assertValidDataset', () => {
  it('returns the real dataset', () => {
    expect(assertValidDataset(DATASET).version).toBe(DATASET.version);
  });

  it('throws one error listing every problem', () => {
    const copy = structuredClone(DATASET);
    const fact = entityIn(copy, 'syria').facts[0];
    if (fact) fact.sources = ['not a url'];
    copy.claims = copy.claims.filter((c) => c.id !== 's14-a');
    expect(() => assertValidDataset(copy)).toThrowError(
      /The dataset in data\/ is invalid \(2 errors\):\n {2}- entity "syria" facts\[0\]\.sources\[0\]: must be a URL\n {2}- entity "syria" facts\[0\]\.sources\[0\]: must be an http\(s\) URL/,
    );
  });
});

describe('foldAlias', () => {
  it('folds the article’s Cyrillic е, case and diacritics', () => {
    expect(foldAlias('V\u0435rshinin')).toBe('vershinin');
    expect(foldAlias('VERSHININ')).toBe('vershinin');
    expect(foldAlias('Verşinin')).toBe('versinin');
    expect(foldAlias('Ṭarṭūs')).toBe('tartus');
  });

  it('folds typographic apostrophes and dashes, invisible characters and whitespace runs', () => {
    expect(foldAlias('Russia’s')).toBe("russia's");
    expect(foldAlias('Iraq–Syria\u00a0 border')).toBe('iraq-syria border');
    expect(foldAlias('al\u00adTanf')).toBe('altanf');
    expect(foldAlias('  Al\u200b-Tanf  ')).toBe('al-tanf');
  });

  it('folds full-width forms', () => {
    expect(foldAlias('ＵＳＡ')).toBe('usa');
  });

  it('folds upper- and lower-case Cyrillic look-alikes alike', () => {
    expect(foldAlias('РОССИЯ')).toBe(foldAlias('россия'));
    expect(foldAlias('Сирия')).toBe(foldAlias('сирия'));
  });

  it('keeps different names apart', () => {
    expect(foldAlias('Assad')).not.toBe(foldAlias('Asaad'));
    expect(foldAlias('al-Sharaa')).not.toBe(foldAlias('al-Shara'));
    expect(foldAlias('Al-Tanf')).not.toBe(foldAlias('Al Tanf'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = foldAlias(s);
        expect(foldAlias(once)).toBe(once);
      }),
    );
  });

  it('ignores the case of Latin text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z' -]{0,30}$/), (s) => {
        expect(foldAlias(s.toUpperCase())).toBe(foldAlias(s.toLowerCase()));
      }),
    );
  });
});
