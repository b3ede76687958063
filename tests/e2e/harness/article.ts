import { ARTICLE_SENTENCES } from '../../../data/article';

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
  const paragraphs: string[][] = [];
  for (const sentence of ARTICLE_SENTENCES) {
    const escaped = sentence.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    (paragraphs[sentence.paragraph] ??= []).push(escaped);
  }
  const body = paragraphs.map((p) => `<p>${p.join(' ')}</p>`).join('');
  const content = options.wrapper ? `<${options.wrapper}>${body}</${options.wrapper}>` : body;
  const style = options.bodyStyle ? ` style="${options.bodyStyle}"` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${options.title ?? 'Article'}</title></head><body${style}>${content}</body></html>`;
}
