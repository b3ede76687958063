import { render } from 'preact';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ArticlePage } from '../../components/demo/ArticlePage';
import { ARTICLE_SENTENCES } from '../../data/article';
import { startContent } from '../../lib/content/boot';
// What the manifest gives a content script's pages: the `::highlight()` rules.
import 'virtual:backstory-highlights.css';

render(<ArticlePage sentences={ARTICLE_SENTENCES} />, document.getElementById('app')!);

// Content scripts do not run on extension pages: the demo runs the same engine itself, so the
// article is highlighted and hoverable exactly as it would be on a news site.
void startContent(new ContentScriptContext('demo', { noScriptStartedPostMessage: true }));
