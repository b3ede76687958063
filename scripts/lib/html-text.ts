/**
 * The visible text of an HTML document, for `npm run scan` and the matcher benchmark: what a reader
 * sees, with the content script's own lists of skipped elements and blocks (lib/dom/text-walker.ts)
 * and no hidden subtrees, with a line break between blocks so two paragraphs never run together.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_TAGS, SKIP_TAGS } from '../../lib/dom/text-walker';

/** What the content script skips and where it starts a new block (lib/dom/text-walker.ts). */
const SKIPPED = SKIP_TAGS;
const BLOCKS = BLOCK_TAGS;
/** Elements with no closing tag: they never open a skipped subtree. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

function hidden(attributes: Record<string, string>): boolean {
  if ('hidden' in attributes) return true;
  const style = attributes.style?.replace(/\s+/g, '').toLowerCase() ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

export function visibleText(html: string): string {
  const parts: string[] = [];
  // Depth inside a skipped subtree, counted by tag name so unbalanced markup cannot leak out.
  const skipping: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipping.length > 0) {
          if (!VOID.has(name)) skipping.push(name);
          return;
        }
        if (SKIPPED.has(name) || (hidden(attributes) && !VOID.has(name))) {
          skipping.push(name);
          return;
        }
        if (BLOCKS.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (skipping.length === 0) parts.push(text);
      },
      onclosetag(name) {
        if (skipping.length > 0) {
          const at = skipping.lastIndexOf(name);
          if (at >= 0) skipping.length = at;
          return;
        }
        if (BLOCKS.has(name)) parts.push('\n');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts.join('');
}
