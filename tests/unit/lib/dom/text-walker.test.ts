// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { locate, TextWalker, type TextBlock } from '../../../../lib/dom/text-walker';

function walkAll(root: Node, options = {}): TextBlock[] {
  const walker = new TextWalker(root, options);
  const blocks: TextBlock[] = [];
  for (;;) {
    const { blocks: more, done } = walker.next();
    blocks.push(...more);
    if (done) return blocks;
  }
}

const texts = (blocks: TextBlock[]) => blocks.map((b) => b.text);

beforeEach(() => {
  document.body.replaceChildren();
});

describe('TextWalker', () => {
  it('pauses inside a very long block when its slice is over, and finishes the block intact', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `<span>w${i} </span>`).join('');
    document.body.innerHTML = `<p>${words}</p><p>After</p>`;
    const walker = new TextWalker(document.body);
    const expired = { expired: () => true };
    const first = walker.next(expired);
    // Nothing finished, but the walk stopped early instead of visiting all 4000 nodes.
    expect(first).toEqual({ blocks: [], done: false });
    const blocks: TextBlock[] = [];
    let slices = 1;
    for (let done = false; !done; slices++) {
      const next = walker.next(expired);
      blocks.push(...next.blocks);
      done = next.done;
    }
    expect(slices).toBeGreaterThan(10);
    expect(texts(blocks)).toEqual([
      Array.from({ length: 2000 }, (_, i) => `w${i} `).join(''),
      'After',
    ]);
  });

  it('joins text split across inline elements into one block', () => {
    document.body.innerHTML = '<p>Bashar al-<b>Assad</b> left.</p><p>Second</p>';
    expect(texts(walkAll(document.body))).toEqual(['Bashar al-Assad left.', 'Second']);
  });

  it('separates blocks, line breaks and nested blocks', () => {
    document.body.innerHTML =
      '<div>One<br>Two</div><ul><li>Foo<ul><li>Bar</li></ul>Baz</li></ul><table><tr><td>United</td><td>States</td></tr></table>';
    expect(texts(walkAll(document.body))).toEqual([
      'One',
      'Two',
      'Foo',
      'Bar',
      'Baz',
      'United',
      'States',
    ]);
  });

  it.each([
    ['script', '<script>var Syria = 1;</script>'],
    ['style', '<style>.Syria{}</style>'],
    ['noscript', '<noscript>Syria</noscript>'],
    ['textarea', '<textarea>Syria</textarea>'],
    ['select', '<select><option>Syria</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>Syria</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><span>Syria</span></div>'],
    ['hidden attribute', '<div hidden>Syria</div>'],
    ['template', '<template><p>Syria</p></template>'],
  ])('skips text inside %s', (_name, html) => {
    document.body.innerHTML = `<p>Before</p>${html}<p>After</p>`;
    expect(texts(walkAll(document.body))).toEqual(['Before', 'After']);
  });

  it('keeps text of contenteditable="false"', () => {
    document.body.innerHTML = '<p contenteditable="false">Syria</p>';
    expect(texts(walkAll(document.body))).toEqual(['Syria']);
  });

  it("skips the extension's own UI", () => {
    document.body.innerHTML = '<p>Page</p><backstory-card><p>Syria</p></backstory-card>';
    const isOwnUi = (element: Element) => element.localName === 'backstory-card';
    expect(texts(walkAll(document.body, { isOwnUi }))).toEqual(['Page']);
  });

  it('reports open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside</p>';
    const seen: ShadowRoot[] = [];
    walkAll(document.body, { onShadowRoot: (root: ShadowRoot) => seen.push(root) });
    expect(seen).toEqual([shadow]);
    expect(texts(walkAll(shadow))).toEqual(['Inside']);
  });

  it('drops whitespace-only runs but keeps spaces between inline words', () => {
    document.body.innerHTML = '<div>\n  <p><span>Syria</span> <span>TV</span></p>\n</div>';
    expect(texts(walkAll(document.body))).toEqual(['Syria TV']);
  });

  it('starts at a given node and wraps around to cover everything once', () => {
    document.body.innerHTML = '<p>A</p><p id="start">B</p><p>C</p>';
    const blocks = walkAll(document.body, { startAt: document.getElementById('start')! });
    expect(texts(blocks)).toEqual(['B', 'C', 'A']);
  });

  it('stops between blocks when the deadline expires and resumes where it stopped', () => {
    document.body.innerHTML = '<p>A</p><p>B</p><p>C</p>';
    const walker = new TextWalker(document.body);
    const expired = { expired: () => true };
    const seen: string[] = [];
    let rounds = 0;
    for (let done = false; !done; rounds++) {
      const result = walker.next(expired);
      seen.push(...texts(result.blocks));
      done = result.done;
    }
    expect(seen).toEqual(['A', 'B', 'C']);
    expect(rounds).toBeGreaterThan(1);
  });

  it('locates offsets in the right node', () => {
    document.body.innerHTML = '<p>Bashar al-<b>Assad</b></p>';
    const [block] = walkAll(document.body);
    const start = locate(block!, 7);
    expect([start.node.data, start.offset]).toEqual(['Bashar al-', 7]);
    const end = locate(block!, 15, true);
    expect([end.node.data, end.offset]).toEqual(['Assad', 5]);
    // An offset on a node boundary starts in the next node, but ends in the previous one.
    expect(locate(block!, 10).node.data).toBe('Assad');
    expect(locate(block!, 10, true).node.data).toBe('Bashar al-');
  });
});
