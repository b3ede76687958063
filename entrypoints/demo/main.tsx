import { render } from 'preact';
import { ArticlePage } from '../../components/demo/ArticlePage';
import { ARTICLE_SENTENCES } from '../../data/article';

render(<ArticlePage sentences={ARTICLE_SENTENCES} />, document.getElementById('app')!);
