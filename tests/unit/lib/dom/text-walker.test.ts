// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  contextAround,
  locate,
  readGap,
  TextWalker,
  type TextBlock,
} from '../../../../lib/dom/text-walker';

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

/** Walk with a survey whose hits are every occurrence of `names` in the read text. */
function surveyWalk(
  root: Node,
  names: string[],
  options = {},
  /** Runs between the survey's result and each slice of the walk (the first one stops early). */
  meanwhile?: (walker: TextWalker, slice: number) => void,
): { blocks: TextBlock[]; read: string } {
  const walker = new TextWalker(root, { ...options, survey: true });
  // The read stops at a deadline every few hundred nodes and goes on where it stopped.
  const expired = { expired: () => true };
  while (!walker.read(expired));
  const read = walker.surveyText;
  const starts: number[] = [];
  for (const name of names) {
    for (let at = read.indexOf(name); at >= 0; at = read.indexOf(name, at + 1)) starts.push(at);
  }
  walker.surveyed(starts);
  const blocks: TextBlock[] = [];
  for (let slice = 0; ; slice++) {
    meanwhile?.(walker, slice);
    const { blocks: more, done } = walker.next(meanwhile && slice === 0 ? expired : undefined);
    blocks.push(...more);
    if (done) return { blocks, read };
  }
}

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

  it('joins text across a custom element laid out inline, not across one laid out as a block', () => {
    document.body.innerHTML =
      '<p>Bashar al-<x-link style="display: inline">Assad</x-link> left.</p>' +
      '<p>Vladimir <x-wrap style="display: contents">Putin</x-wrap> spoke.</p>' +
      '<p>Before<x-card style="display: block">Card</x-card>After</p>' +
      '<p>Two<x-chip style="display: inline-block">Chip</x-chip>Three</p>';
    expect(texts(walkAll(document.body))).toEqual([
      'Bashar al-Assad left.',
      'Vladimir Putin spoke.',
      'Before',
      'Card',
      'After',
      'Two',
      'Chip',
      'Three',
    ]);
  });

  it('keeps its first judgement of a custom element, so every later walk splits the text alike', () => {
    document.body.innerHTML = '<p>Bashar al-<x-link style="display: inline">Assad</x-link></p>';
    expect(texts(walkAll(document.body))).toEqual(['Bashar al-Assad']);
    document.querySelector('x-link')!.setAttribute('style', 'display: block');
    expect(texts(walkAll(document.body))).toEqual(['Bashar al-Assad']);
  });

  it('takes a custom element for a block where no style says otherwise (a document without a view)', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<p>Bashar al-<x-link style="display: inline">Assad</x-link></p>';
    expect(texts(walkAll(doc.body))).toEqual(['Bashar al-', 'Assad']);
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
    expect(texts(walkAll(document.body, { ownUiTag: 'backstory-card' }))).toEqual(['Page']);
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

  it('reports the custom elements that have no shadow root, with their tag, in the walk and the survey', () => {
    document.body.innerHTML = '<late-card><p>Light</p></late-card><div></div><p>Syria</p>';
    const hosted = document.createElement('hosted-card');
    hosted.attachShadow({ mode: 'open' });
    document.body.append(hosted);
    const late = document.querySelector('late-card');
    for (const survey of [false, true]) {
      const seen: [Element, string][] = [];
      const onShadowlessCustomElement = (element: Element, name: string) =>
        seen.push([element, name]);
      const options = { onShadowRoot: () => {}, onShadowlessCustomElement };
      if (survey) surveyWalk(document.body, ['Syria'], options);
      else walkAll(document.body, options);
      expect(seen).toEqual([[late, 'late-card']]);
    }
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

  describe('with a survey', () => {
    it('walks only the blocks where a name may start', () => {
      document.body.innerHTML =
        '<article><p>Weather today</p><p>Bashar al-<b>Assad</b> left</p><ul><li>Sport</li><li>Syria</li></ul></article>';
      const { blocks, read } = surveyWalk(document.body, ['Assad', 'Syria']);
      expect(read).toBe('Weather todayBashar al-Assad leftSportSyria');
      expect(texts(blocks)).toEqual(['Bashar al-Assad left', 'Syria']);
      // Each block says where its text starts in what was read.
      expect(blocks.map((block) => block.at)).toEqual([13, 38]);
    });

    it('tells each block what it passed over since the one before: blocks without a name, blanks', () => {
      document.body.innerHTML =
        '<div>\n  <p>Syria said</p>\n  <p>weather</p><p>sport</p>\n  <p>US troops</p></div><p>Assad</p>';
      const { blocks, read } = surveyWalk(document.body, ['Syria', 'US', 'Assad']);
      expect(texts(blocks)).toEqual(['Syria said', 'US troops', 'Assad']);
      const [syria, us, assad] = blocks as [TextBlock, TextBlock, TextBlock];
      expect([us.passed, us.unread, assad.passed, assad.unread]).toEqual([
        2,
        6,
        undefined,
        undefined,
      ]);
      // Read, "weather" and "sport" would stand as blocks of their own and the blanks go:
      // "Syria said|weather|sport|US troops", 12 + 2 separators between the two blocks kept.
      const raw = us.at! - (syria.at! + syria.text.length);
      expect(raw).toBe('\n  weathersport\n  '.length);
      expect(readGap(raw, us)).toBe('weathersport'.length + 3);
      // Blocks side by side, or with blanks only between them, stand one separator apart.
      expect(readGap(assad.at! - (us.at! + us.text.length), assad)).toBe(1);
      expect(readGap(4, { ...assad, unread: 4 })).toBe(1);
      expect(read.slice(us.at, us.at! + 9)).toBe('US troops');
    });

    it('leaves skipped elements’ text out of the distance between blocks, long or short', () => {
      const code = (length: number) => `<script>${'x'.repeat(length)}</script>`;
      // A long script anywhere, which the survey leaves out; a short one, which it keeps in the
      // text of a child it reads whole, and the walk meets; hidden text the walk meets.
      document.body.innerHTML =
        `<p>Syria said</p>${code(2000)}<div><p>US troops<span hidden>far away</span></p>` +
        `${code(100)}<p>Assad</p></div><section><div>${code(700)}</div><p>weather</p></section>` +
        `<p>Putin</p><div class="ad">\n  ${code(300)}\n</div><div><p>${code(20)}or</p></div>` +
        '<p>Moscow</p>';
      const { blocks } = surveyWalk(document.body, ['Syria', 'US', 'Assad', 'Putin', 'Moscow']);
      expect(texts(blocks)).toEqual(['Syria said', 'US troops', 'Assad', 'Putin', 'Moscow']);
      const gaps = blocks.slice(1).map((block, i) => {
        const previous = blocks[i]!;
        return readGap(block.at! - (previous.at! + previous.text.length), block);
      });
      // As read: side by side, "Assad|weather|Putin" (a block without a name between, its long
      // script gone too), and "Putin|or|Moscow" (an ad's slot of code and blanks is no block).
      expect(gaps).toEqual([1, 1, 'weather'.length + 2, 'or'.length + 2]);
    });

    it('looks for shadow roots of a long page over several slices', () => {
      document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<p>w${i}</p>`).join('');
      const walker = new TextWalker(document.body, { survey: true, onShadowRoot: () => {} });
      let slices = 1;
      while (!walker.read({ expired: () => true })) slices++;
      expect(slices).toBeGreaterThan(5);
      expect(walker.surveyText).toBe(Array.from({ length: 2000 }, (_, i) => `w${i}`).join(''));
    });

    it('reads a body of thousands of children over several slices, and finds the names after', () => {
      // The HTML5 spec's body has 6 000 children; reading them all in one task took 35 ms.
      const shown = (i: number) => (i === 2500 ? 'In Syria' : `w${i}`);
      const indexes = Array.from({ length: 3000 }, (_, i) => i);
      document.body.innerHTML = indexes
        .map((i) => (i % 7 === 3 ? `<script>Syria ${i}</script>` : `<p>${shown(i)}</p>`))
        .join('');
      const walker = new TextWalker(document.body, { survey: true });
      let slices = 1;
      while (!walker.read({ expired: () => true })) slices++;
      expect(slices).toBeGreaterThan(50);
      expect(walker.surveyText).toBe(
        indexes
          .filter((i) => i % 7 !== 3)
          .map(shown)
          .join(''),
      );
      const { blocks } = surveyWalk(document.body, ['Syria']);
      expect(texts(blocks)).toEqual(['In Syria']);
    });

    it('walks every block a name occurs in, and only whole blocks, on any page', () => {
      // Pages of many children straight under the body (the survey locates names child by child):
      // text, paragraphs, names cut by inline markup, nested blocks, scripts and comments.
      const word = fc.constantFrom('Syria', 'Sy', 'ria', 'Assad', 'news', ' ', 'al-', '');
      const words = fc.array(word, { maxLength: 4 }).map((list) => list.join(' '));
      const child = fc.oneof(
        words,
        words.map((text) => `<p>${text}</p>`),
        fc.tuple(words, words).map(([a, b]) => `<p>${a}<b>${b}</b></p>`),
        fc.tuple(words, words).map(([a, b]) => `<div><span>${a}</span><p>${b}</p></div>`),
        words.map((text) => `<script>${text}</script>`),
        words.map((text) => `<!--${text}-->`),
        // Long skipped elements deep in the markup (the survey leaves out the scripts and styles).
        fc
          .tuple(words, words, fc.constantFrom('script', 'style', 'p hidden', 'textarea'))
          .map(
            ([a, b, tag]) =>
              `<div><section>${a}<${tag}>${'{"x":1} '.repeat(80)}${b}</${tag.split(' ')[0]}><p>${b}</p></section>${a}</div>`,
          ),
      );
      fc.assert(
        fc.property(fc.array(child, { maxLength: 12 }), (children) => {
          document.body.innerHTML = children.join('');
          const names = ['Syria', 'Assad'];
          const surveyed = surveyWalk(document.body, names).blocks;
          const all = walkAll(document.body);
          const key = (block: TextBlock) => block.nodes;
          const full = document.body.textContent;
          // Only whole blocks of the full walk, each where it says it is in the root's text...
          for (const block of surveyed) {
            expect(all.map(key)).toContainEqual(key(block));
            if (block.at !== undefined) {
              expect(full.slice(block.at, block.at + block.text.length)).toBe(block.text);
            }
          }
          // ...and every block holding a name.
          for (const block of all.filter((b) => names.some((name) => b.text.includes(name)))) {
            expect(surveyed.map(key)).toContainEqual(key(block));
          }
        }),
        { numRuns: 300 },
      );
    });

    it('walks nothing when no name occurs', () => {
      document.body.innerHTML = '<p>Weather</p><p>Sport</p>';
      expect(texts(surveyWalk(document.body, ['Syria']).blocks)).toEqual([]);
    });

    it('walks no skipped element, even where the survey hits', () => {
      document.body.innerHTML =
        '<p>A</p><script>Syria</script><div hidden>Syria</div><div contenteditable>Syria</div><backstory-card>Syria</backstory-card><p>B</p>';
      const { read, blocks } = surveyWalk(document.body, ['Syria'], { ownUiTag: 'backstory-card' });
      // Skipped elements straight under the root are left out of the survey text.
      expect(read).toBe('AB');
      expect(blocks).toEqual([]);
      document.body.innerHTML = '<div><script>Syria</script><p hidden>Syria</p><p>A</p></div>';
      const nested = surveyWalk(document.body, ['Syria']);
      expect(nested.read).toBe('SyriaSyriaA');
      expect(nested.blocks).toEqual([]);
    });

    it('leaves out long skipped elements deep in the markup, and finds the names past them', () => {
      const json = `{"headline":"Syria"} `.repeat(40);
      document.body.innerHTML = `<main><div><p>Weather</p><script>${json}</script><p>In Syria</p></div></main><p>Syria <style>.x {}</style>again</p>`;
      const { read, blocks } = surveyWalk(document.body, ['Syria']);
      // The long script is left out; a short style stays in the text of the paragraph read whole.
      expect(read).toBe('WeatherIn SyriaSyria .x {}again');
      expect(texts(blocks)).toEqual(['In Syria', 'Syria ', 'again']);
      const full = document.body.textContent;
      expect(blocks.map((block) => block.at)).toEqual([
        full.indexOf('In Syria'),
        full.indexOf('Syria .x'),
        undefined,
      ]);
    });

    it('finds the right nodes past the scripts it left out', () => {
      document.body.innerHTML =
        '<script>var names = ["Syria"];</script><p>Weather</p><style>.Syria {}</style><p>In Syria</p><p>Sport</p>';
      const { read, blocks } = surveyWalk(document.body, ['Syria']);
      expect(read).toBe('WeatherIn SyriaSport');
      expect(texts(blocks)).toEqual(['In Syria']);
      // Offsets count all of the root's text, the scripts' too.
      expect(blocks[0]!.at).toBe(document.body.textContent.indexOf('In Syria'));
    });

    it('walks a child of the root whole when its text changed after it was read', () => {
      document.body.innerHTML =
        '<div><p id="banner">x</p><p>Putin spoke.</p><p>Weather</p></div><div><p>Sport</p><p>Syria</p></div>';
      const banner = document.getElementById('banner')!.firstChild as Text;
      const { blocks } = surveyWalk(document.body, ['Putin', 'Syria'], {}, (walker, slice) => {
        if (slice > 0) return;
        // A cookie banner fills in while the survey was out: later offsets in that child move.
        banner.data = 'We use cookies. '.repeat(4);
        walker.changed(banner);
      });
      // The changed child is walked whole; the other one still only where the survey hit.
      expect(texts(blocks)).toEqual([banner.data, 'Putin spoke.', 'Weather', 'Syria']);
      // Offsets elsewhere still count the text as it was read.
      expect(blocks.at(-1)!.at).toBe('xPutin spoke.WeatherSport'.length);
    });

    it('walks the rest of a child whole when it changed while being located', () => {
      // Enough nodes that locating the child stops at the first slice's deadline half way.
      const words = Array.from({ length: 600 }, (_, i) => `<b id="w${i}">w</b>`).join(' ');
      document.body.innerHTML = `<div><p>${words}</p><p>Putin spoke.</p></div><p>Syria</p>`;
      const late = document.getElementById('w500')!.firstChild as Text;
      const { blocks } = surveyWalk(document.body, ['Putin', 'Syria'], {}, (walker, slice) => {
        if (slice !== 1) return;
        late.data = 'words and more words';
        walker.changed(late);
      });
      expect(texts(blocks)).toContain('Putin spoke.');
      expect(texts(blocks).at(-1)).toBe('Syria');
    });

    it('reports a lost place when the child the read was to resume at was removed', () => {
      document.body.innerHTML =
        Array.from({ length: 100 }, (_, i) => `<p id="p${i}">para ${i}</p>`).join('') +
        '<p>Syria</p>';
      const walker = new TextWalker(document, { survey: true });
      const expired = { expired: () => true };
      // The element pass stops at the first look at the deadline; the text pass after 31 children.
      while (!walker.read(expired) && !walker.lost) {
        for (let i = 31; i < 100; i += 31) document.getElementById(`p${i}`)?.remove();
      }
      expect(walker.lost).toBe(true);
      expect(walker.done).toBe(true);
    });

    it('reads a document from its body', () => {
      document.body.innerHTML = '<p>Weather</p><p>Syria</p>';
      const { read, blocks } = surveyWalk(document, ['Syria']);
      expect(read).toBe('WeatherSyria');
      expect(texts(blocks)).toEqual(['Syria']);
    });

    it('finds a shadow root on every kind of element that can have one, wherever it is', () => {
      // Every valid host (custom elements and the standard's list), some inside elements that
      // cannot be hosts themselves.
      const hosts = [
        'article',
        'aside',
        'blockquote',
        'div',
        'footer',
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'h6',
        'header',
        'main',
        'nav',
        'p',
        'section',
        'span',
        'x-widget',
        'my-card-2',
      ];
      const around: [string, string][] = [
        ['<a href="#">', '</a>'],
        ['<ul><li>', '</li></ul>'],
        ['<table><tr><td>', '</td></tr></table>'],
        ['<code>', '</code>'],
        ['<em>', '</em>'],
      ];
      document.body.innerHTML = hosts
        .map((tag, i) => {
          const [open, close] = around[i % around.length]!;
          const host = `<${tag} data-host></${tag}>`;
          return i % 2 === 0 ? host : `${open}${host}${close}`;
        })
        .join('');
      const roots = [...document.querySelectorAll('[data-host]')].map((element) =>
        element.attachShadow({ mode: 'open' }),
      );
      expect(roots).toHaveLength(hosts.length);
      const seen: ShadowRoot[] = [];
      surveyWalk(document.body, [], { onShadowRoot: (root: ShadowRoot) => seen.push(root) });
      expect(seen).toEqual(roots);
    });

    it('leaves shadow roots inside skipped elements alone', () => {
      document.body.innerHTML =
        '<div contenteditable><x-editor></x-editor></div><div hidden><x-panel></x-panel></div>';
      document.querySelector('x-editor')!.attachShadow({ mode: 'open' });
      document.querySelector('x-panel')!.attachShadow({ mode: 'open' });
      const seen: ShadowRoot[] = [];
      surveyWalk(document.body, [], { onShadowRoot: (root: ShadowRoot) => seen.push(root) });
      expect(seen).toEqual([]);
    });

    it('still reports shadow roots inside blocks that name nothing, and the root’s own', () => {
      document.body.innerHTML = '<div><p>Weather</p><x-widget></x-widget></div>';
      const inner = document.querySelector('x-widget')!.attachShadow({ mode: 'open' });
      const seen: ShadowRoot[] = [];
      surveyWalk(document.body, ['Syria'], { onShadowRoot: (root: ShadowRoot) => seen.push(root) });
      expect(seen).toEqual([inner]);

      const host = document.createElement('y-widget');
      const own = host.attachShadow({ mode: 'open' });
      document.body.append(host);
      const fromHost: ShadowRoot[] = [];
      surveyWalk(host, ['Syria'], { onShadowRoot: (root: ShadowRoot) => fromHost.push(root) });
      expect(fromHost).toEqual([own]);
    });

    it('covers every wanted block once when it starts in a block that names nothing', () => {
      document.body.innerHTML =
        '<section><p>Syria one</p><div><p id="start">Weather</p></div><p>Syria two</p></section><p>Syria three</p>';
      const { blocks } = surveyWalk(document.body, ['Syria'], {
        startAt: document.getElementById('start')!,
      });
      expect(texts(blocks)).toEqual(['Syria two', 'Syria three', 'Syria one']);
    });
  });

  it('reports a lost place when the node the walk was to resume at was removed', () => {
    document.body.innerHTML =
      Array.from({ length: 50 }, (_, i) => `<p id="q${i}">w${i}</p>`).join('') + '<p>Syria</p>';
    const walker = new TextWalker(document.body);
    // The first slice stops after its first block; the next one would start at q1's text.
    expect(texts(walker.next({ expired: () => true }).blocks)).toEqual(['w0']);
    expect(walker.lost).toBe(false);
    document.getElementById('q1')!.remove();
    expect(walker.next()).toEqual({ blocks: [], done: true });
    expect(walker.lost).toBe(true);
  });

  it('walks a lone text node given as the root', () => {
    document.body.innerHTML = '<p>Before</p>';
    const text = document.createTextNode('Syria and Iraq');
    document.body.append(text);
    expect(texts(walkAll(text))).toEqual(['Syria and Iraq']);
  });
});

describe('contextAround', () => {
  /** What each block's nodes say from its starts on: what `locate` would find. */
  const located = (block: TextBlock) =>
    Array.from(block.text, (_, at) => {
      const { node, offset } = locate(block, at);
      return node.data[offset];
    }).join('');

  it('reads the blocks before a node, in document order, cut at the start of a word', () => {
    document.body.innerHTML =
      '<p>Far away text</p><p>Bashar al-<b>Assad</b> met</p><div><p id="x">New</p></div>';
    const blocks = contextAround(document.getElementById('x')!, document, 22, false).blocks;
    // "text" and "Bashar al-Assad met" are 23 characters: the cut falls inside "text".
    expect(texts(blocks)).toEqual(['Bashar al-Assad met']);
    const wider = contextAround(document.getElementById('x')!, document, 26, false).blocks;
    expect(texts(wider)).toEqual(['text', 'Bashar al-Assad met']);
    for (const block of wider) expect(located(block)).toBe(block.text);
    expect(wider[1]!.nodes.map((n) => n.data)).toEqual(['Bashar al-', 'Assad', ' met']);
  });

  it('reads the blocks after a node up to the end of a word, not into its own text', () => {
    document.body.innerHTML =
      '<div id="x"><p>Own Syria</p></div><p>US <i>troops</i> left</p><p>then Moscow spoke</p>';
    const blocks = contextAround(document.getElementById('x')!, document, 22, true).blocks;
    // "US troops left" is 14; 8 more end inside "Moscow": the cut goes back to "then".
    expect(texts(blocks)).toEqual(['US troops left', 'then']);
    for (const block of blocks) expect(located(block)).toBe(block.text);
    expect(texts(contextAround(document.getElementById('x')!, document, 400, true).blocks)).toEqual(
      ['US troops left', 'then Moscow spoke'],
    );
  });

  it('leaves out what the walk skips', () => {
    document.body.innerHTML =
      '<p>Kept</p><script>Syria</script><div hidden>Syria</div><textarea>Syria</textarea>' +
      '<backstory-card>Syria</backstory-card><p id="x">New</p>' +
      '<style>p {}</style><p hidden>Hidden</p><p>After</p>';
    const x = document.getElementById('x')!;
    expect(texts(contextAround(x, document, 100, false, 'backstory-card').blocks)).toEqual([
      'Kept',
    ]);
    expect(texts(contextAround(x, document, 100, true, 'backstory-card').blocks)).toEqual([
      'After',
    ]);
  });

  it('ends blocks where the walk does, and drops the blanks it drops', () => {
    // A script inside a paragraph, an empty list inside an item, and formatted markup.
    const part =
      '<div>\n  <p>Bashar al-<script>x</script>Assad left</p>\n  <ul>\n    <li>US<ul></ul>troops</li>\n  </ul>\n' +
      '  <section><div><p>Syria</p> said <b>so </b></div>\n</section></div>';
    document.body.innerHTML = `${part}<p id="x">New</p>${part}`;
    const x = document.getElementById('x')!;
    const walked = walkAll(document.body);
    const side = (after: boolean) =>
      texts(
        walked.filter(
          (block) =>
            !x.contains(block.nodes[0]!) &&
            (x.compareDocumentPosition(block.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING) ===
              (after ? Node.DOCUMENT_POSITION_FOLLOWING : 0),
        ),
      );
    expect(side(false)).toEqual(['Bashar al-', 'Assad left', 'US', 'troops', 'Syria', ' said so ']);
    expect(texts(contextAround(x, document, 500, false).blocks)).toEqual(side(false));
    expect(texts(contextAround(x, document, 500, true).blocks)).toEqual(side(true));
  });

  it('gives up past a few thousand nodes without text', () => {
    const empty = '<span></span>'.repeat(3000);
    document.body.innerHTML = `<p>Syria</p><div>${empty}</div><p id="x">New</p><div>${empty}</div><p>US</p>`;
    const x = document.getElementById('x')!;
    // Nothing read, and not the whole of it: the read stopped before the root's edge.
    expect(contextAround(x, document, 100, false)).toEqual({ blocks: [], whole: false });
    expect(contextAround(x, document, 100, true)).toEqual({ blocks: [], whole: false });
    document.body.innerHTML = `<p>Syria</p><div>${empty.slice(0, 13 * 1000)}</div><p id="x">New</p>`;
    expect(
      texts(contextAround(document.getElementById('x')!, document, 100, false).blocks),
    ).toEqual(['Syria']);
  });

  it('stays within its root', () => {
    document.body.innerHTML = '<p>Outside</p><div id="host"></div><p>Outside too</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside before</p><p id="x">New</p><p>Inside after</p>';
    const x = shadow.getElementById('x')!;
    const before = contextAround(x, shadow, 100, false);
    const after = contextAround(x, shadow, 100, true);
    expect(texts(before.blocks)).toEqual(['Inside before']);
    expect(texts(after.blocks)).toEqual(['Inside after']);
    expect([before.whole, after.whole]).toEqual([true, true]);
    expect(contextAround(x, shadow, 10, true).whole).toBe(false);
  });

  it('reads at most the length asked, ending (or starting) where the walk reads the text', () => {
    const word = fc.constantFrom('Syria', 'US', 'troops', 'al-Assad', 'in', 'Moscow');
    const paragraph = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 8 }),
        fc.array(paragraph, { maxLength: 8 }),
        fc.integer({ min: 1, max: 60 }),
        (before, after, length) => {
          const html = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('');
          document.body.innerHTML = `${html(before)}<p id="x">New</p>${html(after)}`;
          const x = document.getElementById('x')!;
          const back = contextAround(x, document, length, false);
          const ahead = contextAround(x, document, length, true);
          for (const [{ blocks, whole: complete }, all, suffix] of [
            [back, before, true],
            [ahead, after, false],
          ] as const) {
            const read = texts(blocks);
            const joined = read.join('\n');
            // Whole exactly when nothing was left out.
            expect(complete).toBe(joined === all.join('\n') && all.join('').length < length);
            expect(read.join('').length).toBeLessThanOrEqual(length);
            expect(read.every((text) => text.length > 0 && text.trim() === text)).toBe(true);
            const whole = all.join('\n');
            if (suffix) expect(whole.endsWith(joined)).toBe(true);
            else expect(whole.startsWith(joined)).toBe(true);
            // Cut between words: what is read starts (or ends) at a word's edge.
            const edge = suffix ? whole.length - joined.length - 1 : joined.length;
            if (joined.length > 0 && edge >= 0 && edge < whole.length) {
              expect(whole[edge]).toMatch(/\s/u);
            }
          }
        },
      ),
    );
  });
});
