// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../../../components/card/HoverCard';
import type { CardData } from '../../../../lib/card/card-data';

const DATA: CardData = {
  datasetVersion: '2026.11.25',
  factsAsOf: '2026-02',
  entity: {
    id: 'al-tanf',
    name: 'Al-Tanf',
    type: 'place',
    description: 'Desert garrison at the Syria–Jordan–Iraq border',
    nativeNames: [
      { lang: 'ar', text: 'التنف' },
      { lang: 'ru', text: 'Эт-Танф' },
    ],
    note: {
      text: 'A garrison in the desert where Syria meets Jordan and Iraq, used by US forces for years.',
      asOf: '2026-02-11',
    },
    facts: [
      { text: 'Lies on the Baghdad–Damascus highway.', sources: ['https://www.crisisgroup.org/a'] },
      {
        text: 'US helicopters took the Palmyra wounded there.',
        sources: ['https://sana.sy/b', 'https://news.mail.ru/c'],
      },
      { text: 'A third fact for the list.', sources: ['https://example.org/d'], asOf: '2025-12' },
    ],
    updates: [
      {
        date: '2026-02-11',
        text: 'US forces completed their withdrawal.',
        sources: ['https://example.org/e'],
      },
    ],
  },
  alias: { text: 'Et-Tanf', kind: 'article', note: 'From the Russian spelling Эт-Танф.' },
  claims: [
    {
      id: 's03-a',
      sentence: 3,
      text: 'Et-Tanf base—a U.S. military outpost',
      kind: 'reported',
      attribution: null,
      check: {
        status: 'outdated',
        note: 'US forces left in February 2026.',
        sources: ['https://example.org/f'],
      },
    },
  ],
};

function mount(props: Partial<HoverCardProps> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const handlers = { onClose: vi.fn(), onHideEntity: vi.fn(), onSiteOff: vi.fn() };
  render(
    <HoverCard
      data={DATA}
      surface="Et-Tanf"
      mentions={2}
      sections={{ background: true, facts: true, claims: true, updates: true }}
      theme="dark"
      {...handlers}
      {...props}
    />,
    container,
  );
  return { container, handlers };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('HoverCard', () => {
  it('is a labelled dialog that says what matched and why', () => {
    const { container } = mount();
    const dialog = container.querySelector('[role="dialog"]')!;
    const title = container.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toBe('Al-Tanf');
    const reason = container.querySelector(`#${dialog.getAttribute('aria-describedby')}`)!;
    expect(reason.textContent).toBe(
      'Matched “Et-Tanf”, the article’s spelling of Al-Tanf. From the Russian spelling Эт-Танф.',
    );
    expect(dialog.getAttribute('data-theme')).toBe('dark');
  });

  it('shows native names with their language and direction', () => {
    const { container } = mount();
    const arabic = container.querySelector('[lang="ar"]')!;
    expect(arabic.textContent).toBe('التنف');
    expect(arabic.getAttribute('dir')).toBe('rtl');
  });

  it('dates the background and links every source in a new tab without a referrer', () => {
    const { container } = mount();
    expect(container.textContent).toContain('As of 11 February 2026');
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.crisisgroup.org/a',
      'https://sana.sy/b',
      'https://news.mail.ru/c',
      'https://example.org/d',
      'https://example.org/e',
      'https://example.org/f',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('labels claims by kind and says where other reporting disagrees', () => {
    const { container } = mount();
    const claim = container.querySelector('.claim')!;
    expect(claim.textContent).toContain('Reported; the article names no source');
    expect(claim.textContent).toContain('“Et-Tanf base—a U.S. military outpost”');
    expect(claim.querySelector('.check--outdated')!.textContent).toContain(
      'Outdated since the article. US forces left in February 2026.',
    );
  });

  it('shows updates since the article, dated', () => {
    const { container } = mount();
    expect(container.textContent).toContain('Since the article');
    expect(container.textContent).toContain(
      '11 February 2026: US forces completed their withdrawal.',
    );
  });

  it('counts mentions and offers the two actions', () => {
    const { container, handlers } = mount({ mentions: 1 });
    expect(container.textContent).toContain('1 mention on this page');
    const buttons = [...container.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'Hide Al-Tanf everywhere')!.click();
    buttons.find((b) => b.textContent === 'Turn off on this site')!.click();
    buttons.find((b) => b.getAttribute('aria-label') === 'Close')!.click();
    expect(handlers.onHideEntity).toHaveBeenCalledTimes(1);
    expect(handlers.onSiteOff).toHaveBeenCalledTimes(1);
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves out the sections the user turned off', () => {
    const { container } = mount({
      sections: { background: false, facts: false, claims: true, updates: false },
    });
    const headings = [...container.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['In the article']);
  });

  it('shows a busy state until the data arrives', () => {
    const { container } = mount({ data: undefined });
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(dialog.getAttribute('aria-label')).toBe('Backstory: Et-Tanf');
  });
});
