import { DATASET } from '../../../data';
import { ARTICLE_SENTENCES } from '../../../data/article';
import { compileTable, createMatcher, scanText } from '../../../lib/matcher';

export interface ArticleHtmlOptions {
  /** The element the paragraphs go in (none: straight in the body). */
  readonly wrapper?: 'article' | 'main';
  readonly title?: string;
  /** Inline style of the body. */
  readonly bodyStyle?: string;
}

/**
 * The article of `shared/seed` as an ordinary news page, one `<p>` per paragraph: what the
 * end-to-end tests, the benchmarks and the screenshots serve to the extension.
 */
export function articleHtml(options: ArticleHtmlOptions = {}): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = articleParagraphs()
    .map((p) => `<p>${escape(p)}</p>`)
    .join('');
  const content = options.wrapper ? `<${options.wrapper}>${body}</${options.wrapper}>` : body;
  const style = options.bodyStyle ? ` style="${options.bodyStyle}"` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${options.title ?? 'Article'}</title></head><body${style}>${content}</body></html>`;
}

/** The article's paragraphs as the page shows them: each one's sentences joined by a space. */
function articleParagraphs(): string[] {
  const paragraphs: string[][] = [];
  for (const sentence of ARTICLE_SENTENCES)
    (paragraphs[sentence.paragraph] ??= []).push(sentence.text);
  return paragraphs.map((sentences) => sentences.join(' '));
}

/**
 * What the matcher finds in the article page, paragraph by paragraph (each `<p>` is a block of its
 * own), sorted: what the extension must paint on it, no more and no less.
 */
export function articleMatchSurfaces(): string[] {
  const matcher = createMatcher(compileTable(DATASET));
  return articleParagraphs()
    .flatMap((paragraph) => scanText(matcher, paragraph).map((match) => match.surface))
    .sort((a, b) => a.localeCompare(b));
}
