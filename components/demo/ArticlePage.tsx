import type { ArticleSentence } from '../../data/article';

export interface ArticlePageProps {
  sentences: readonly ArticleSentence[];
}

/** Group sentences into their paragraphs, keeping order. */
function paragraphs(sentences: readonly ArticleSentence[]): ArticleSentence[][] {
  const groups: ArticleSentence[][] = [];
  for (const sentence of sentences) {
    (groups[sentence.paragraph] ??= []).push(sentence);
  }
  return groups;
}

/**
 * The demo page: the article Backstory is drawn from, as a readable page, so a new user can see
 * names highlighted and hover them without leaving the extension.
 */
export function ArticlePage({ sentences }: ArticlePageProps) {
  return (
    <div class="demo">
      <aside class="demo__note" aria-label="About this page">
        <strong>Backstory demo.</strong> This is the article the dataset is drawn from, shown as any
        news site would show it. Names Backstory knows are underlined; hover one to see who or what
        it is and what the article claims about it. The heading is ours; the text below it is the
        article's, verbatim.
      </aside>
      <article class="demo__article">
        <p class="demo__kicker">The article · undated · it reports events of 13 December 2025</p>
        <h1>Syria, the United States and Russia, late 2025</h1>
        {paragraphs(sentences).map((group, index) => (
          <p key={index}>{group.map((sentence) => sentence.text).join(' ')}</p>
        ))}
      </article>
    </div>
  );
}
