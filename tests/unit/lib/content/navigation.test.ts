import { describe, expect, it } from 'vitest';
import { changesPage } from '../../../../lib/content/navigation';

const page = (href: string) => new URL(href);

describe('changesPage', () => {
  it('is false for a new fragment of the same page (a table of contents, a footnote)', () => {
    const spec = 'https://html.spec.whatwg.org/multipage/';
    expect(changesPage(page(spec), page(`${spec}#toc`))).toBe(false);
    expect(changesPage(page(`${spec}#toc`), page(`${spec}#dom`))).toBe(false);
    expect(changesPage(page(`${spec}#dom`), page(spec))).toBe(false);
    expect(changesPage(page(`${spec}#dom`), page(`${spec}#`))).toBe(false);
  });

  it('is true for another path or query, whatever the fragments', () => {
    expect(changesPage(page('https://a.test/news/1'), page('https://a.test/news/2'))).toBe(true);
    expect(changesPage(page('https://a.test/news?id=1'), page('https://a.test/news?id=2'))).toBe(
      true,
    );
    expect(changesPage(page('https://a.test/news#top'), page('https://a.test/world#top'))).toBe(
      true,
    );
  });

  it('is false for the same URL', () => {
    expect(changesPage(page('https://a.test/news'), page('https://a.test/news'))).toBe(false);
  });
});
