import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SENTENCES, articleText } from '../../../data/article';

const SEED = resolve(import.meta.dirname, '../../../../shared/seed/000_1ee406a037080ec5.txt');

describe('the bundled article', () => {
  it('numbers its sentences 1..n in order', () => {
    expect(ARTICLE_SENTENCES.map((s) => s.index)).toEqual(ARTICLE_SENTENCES.map((_s, i) => i + 1));
  });

  it('keeps the Cyrillic е of "Vеrshinin"', () => {
    expect(articleText()).toContain('V\u0435rshinin');
  });

  it.runIf(existsSync(SEED))('is the seed text, byte for byte', () => {
    expect(articleText()).toBe(readFileSync(SEED, 'utf8').trimEnd());
  });
});
