// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { Painter } from '../../../../lib/dom/painter';
import { fakePlatform, FakeHighlight, installStaticRange } from '../../helpers/fake-highlights';

beforeAll(installStaticRange);

function rangeOver(text: Text): AbstractRange {
  return new StaticRange({
    startContainer: text,
    startOffset: 0,
    endContainer: text,
    endOffset: 4,
  });
}

describe('Painter', () => {
  it('unregisters the highlights a Backstory script left behind, and only those, when it first paints', () => {
    const platform = fakePlatform();
    const stale = new FakeHighlight() as unknown as Highlight;
    const pages = new FakeHighlight() as unknown as Highlight;
    platform.registry.set('backstory-both-red', stale);
    platform.registry.set('backstory-focus', stale);
    platform.registry.set('search-results', pages);
    const painter = new Painter(platform);

    painter.add('backstory-underline-blue', rangeOver(document.createTextNode('Syria')));
    expect([...platform.registry.keys()].sort()).toEqual([
      'backstory-underline-blue',
      'search-results',
    ]);
    expect(platform.registry.get('search-results')).toBe(pages);

    // Its own highlights stay as it adds more.
    painter.setFocus(rangeOver(document.createTextNode('Iraq')));
    expect([...platform.registry.keys()].sort()).toEqual([
      'backstory-focus',
      'backstory-underline-blue',
      'search-results',
    ]);
  });

  it('treats a document as styled already and adopts a sheet into a shadow root', () => {
    const sheet = new CSSStyleSheet();
    const painter = new Painter({ ...fakePlatform(), createStyleSheet: () => sheet });
    expect(painter.styles(document)).toBe(true);
    painter.style(document);
    expect(document.adoptedStyleSheets).toEqual([]);

    const shadow = document.createElement('div').attachShadow({ mode: 'open' });
    expect(painter.styles(shadow)).toBe(false);
    painter.style(shadow);
    expect(painter.styles(shadow)).toBe(true);
    expect(shadow.adoptedStyleSheets).toContain(sheet);
    painter.detach();
    expect(shadow.adoptedStyleSheets).not.toContain(sheet);
  });
});
