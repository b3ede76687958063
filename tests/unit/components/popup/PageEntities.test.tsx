// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageEntities, type PageState } from '../../../../components/popup/PageEntities';
import { mount as mountNode, unmountAll } from '../../helpers/mount';

function mount(page: PageState, extra: { site?: string; notice?: string } = {}) {
  const onReveal = vi.fn();
  const onGrant = vi.fn();
  const root = mountNode(
    <PageEntities
      page={page}
      site={extra.site}
      notice={extra.notice}
      onReveal={onReveal}
      onGrant={onGrant}
    />,
  );
  return { root, onReveal, onGrant };
}

afterEach(unmountAll);

describe('PageEntities', () => {
  const ready: PageState = {
    kind: 'ready',
    scanning: false,
    entities: [
      { id: 'syria', name: 'Syria', type: 'place', count: 14 },
      { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', count: 3 },
      { id: 'russia', name: 'Russia', type: 'place', count: 9 },
    ],
  };

  it('groups the entities by type, people first, each with its count', () => {
    const { root } = mount(ready);
    const groups = [...root.querySelectorAll('.entity-group')].map((group) => ({
      heading: group.querySelector('h3')?.textContent,
      entries: [...group.querySelectorAll('button')].map((button) => button.textContent),
    }));
    expect(groups).toEqual([
      { heading: 'People', entries: ['Vladimir Putin×3'] },
      { heading: 'Places', entries: ['Syria×14', 'Russia×9'] },
    ]);
    const syria = root.querySelector<HTMLButtonElement>('[data-entity="syria"]')!;
    expect(syria.getAttribute('aria-label')).toBe('Syria, 14 mentions: show the first one');
    // Each list is named by its heading.
    const list = root.querySelector('ul[aria-labelledby="group-place"]');
    expect(list?.querySelectorAll('li').length).toBe(2);
  });

  it('a click asks to reveal that entity', () => {
    const { root, onReveal } = mount(ready);
    root.querySelector<HTMLButtonElement>('[data-entity="russia"]')!.click();
    expect(onReveal).toHaveBeenCalledWith('russia');
  });

  it.each([
    [{ kind: 'loading' }, 'Looking at this page'],
    [{ kind: 'unsupported', by: 'browser' }, 'browsers keep extensions off their own pages'],
    [{ kind: 'unsupported', by: 'page' }, 'not an ordinary web page'],
    [{ kind: 'unreachable' }, 'reload it'],
    [{ kind: 'off', reason: 'off' }, 'Backstory is turned off'],
    [{ kind: 'off', reason: 'site-off' }, 'Backstory is off on example.com'],
    [{ kind: 'ready', entities: [], scanning: false }, 'No names from this story on this page'],
    [{ kind: 'ready', entities: [], scanning: true }, 'Still reading this page'],
  ] as [PageState, string][])('explains an empty page (%o)', (page, text) => {
    const { root } = mount(page, { site: 'example.com' });
    const status = root.querySelector('[role="status"]');
    expect(status?.textContent).toContain(text);
    expect(root.querySelector('button')).toBeNull();
  });

  it('offers to ask for access where it was withheld, naming the site', () => {
    const { root, onGrant } = mount(
      { kind: 'permission', origins: ['https://example.com/*'] },
      { site: 'example.com' },
    );
    expect(root.querySelector('[role="status"]')?.textContent).toContain(
      'has not been allowed to read example.com',
    );
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Allow on example.com');
    button.click();
    expect(onGrant).toHaveBeenCalledTimes(1);
  });

  it('without a known site the request is for all websites, and says so', () => {
    const { root } = mount({ kind: 'permission', origins: ['http://*/*', 'https://*/*'] });
    expect(root.querySelector('button')?.textContent).toBe('Allow on all websites');
  });

  it('shows a notice after a jump that found nothing', () => {
    const { root } = mount(ready, { notice: 'Syria is no longer on the page.' });
    expect(root.textContent).toContain('Syria is no longer on the page.');
  });
});
