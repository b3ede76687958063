import { describe, expect, it, vi } from 'vitest';
import type { ContentSummary, ToContentMessage } from '../../../../lib/messaging/protocol';
import {
  displayedPage,
  keysToEnable,
  queryPage,
  siteSwitchFor,
  type PageQueryDeps,
  type PageState,
} from '../../../../lib/popup/page-state';
import { ALL_SITES } from '../../../../lib/platform/web-pages';
import type { TargetTab } from '../../../../lib/popup/target-tab';

const URL_ = 'https://news.example.com/story';
const TAB: TargetTab = { id: 7, url: URL_, overridden: false };

function summary(overrides: Partial<ContentSummary> = {}): ContentSummary {
  return {
    active: true,
    url: URL_,
    scan: {
      done: true,
      startedAt: 1,
      finishedAt: 2,
      busyMs: 3,
      maxTaskMs: 1,
      waitMs: 0,
      highlights: 5,
      storms: 0,
    },
    entities: [
      { id: 'palmyra', name: 'Palmyra', type: 'place', count: 1 },
      { id: 'syria', name: 'Syria', type: 'place', count: 3 },
      { id: 'bashar-al-assad', name: 'Bashar al-Assad', type: 'person', count: 3 },
    ],
    ...overrides,
  };
}

/** Deps whose content script answers `replies[type]` (undefined: nothing answers). */
function deps(
  replies: Partial<Record<ToContentMessage['type'], unknown>>,
  granted = true,
): PageQueryDeps & { sent: ToContentMessage[]; asked: string[][] } {
  const sent: ToContentMessage[] = [];
  const asked: string[][] = [];
  return {
    sent,
    asked,
    send: vi.fn((tabId: number, message: ToContentMessage) => {
      expect(tabId).toBe(TAB.id);
      sent.push(message);
      return Promise.resolve(replies[message.type]);
    }),
    hasOrigins: vi.fn((origins: readonly string[]) => {
      asked.push([...origins]);
      return Promise.resolve(granted);
    }),
  };
}

describe('queryPage', () => {
  it('lists the entities, most mentioned first, ties by name', async () => {
    const d = deps({ 'toContent/summary': summary() });
    const result = await queryPage(TAB, d);
    expect(result.url).toBe(URL_);
    expect(result.state).toEqual({
      kind: 'ready',
      scanning: false,
      entities: [
        { id: 'bashar-al-assad', name: 'Bashar al-Assad', type: 'person', count: 3 },
        { id: 'syria', name: 'Syria', type: 'place', count: 3 },
        { id: 'palmyra', name: 'Palmyra', type: 'place', count: 1 },
      ],
    });
    expect(d.sent).toEqual([{ type: 'toContent/summary' }]);
  });

  it('says when the page is still being scanned', async () => {
    const scan = {
      done: false,
      startedAt: 1,
      finishedAt: undefined,
      busyMs: 3,
      maxTaskMs: 1,
      waitMs: 0,
      highlights: 0,
      storms: 0,
    };
    const result = await queryPage(TAB, deps({ 'toContent/summary': summary({ scan }) }));
    expect(result.state).toMatchObject({ kind: 'ready', scanning: true });
  });

  it('takes the URL from the content script when the browser hides it', async () => {
    const result = await queryPage(
      { id: 7, url: undefined, overridden: true },
      deps({ 'toContent/summary': summary() }),
    );
    expect(result.url).toBe(URL_);
  });

  it.each([
    ['off', { kind: 'off', reason: 'off' }],
    ['site-off', { kind: 'off', reason: 'site-off' }],
    ['unsupported', { kind: 'unsupported', by: 'page' }],
    ['starting', { kind: 'loading' }],
  ] as const)('an inactive script (%s) gives its reason', async (reason, state) => {
    const reply = summary({ active: false, reason, entities: [] });
    expect((await queryPage(TAB, deps({ 'toContent/summary': reply }))).state).toEqual(state);
  });

  it('falls back to the status of a script that has no summary', async () => {
    const d = deps({ 'toContent/status': { active: true, url: URL_ } });
    const result = await queryPage(TAB, d);
    expect(result.state).toEqual({ kind: 'ready', entities: [], scanning: false });
    expect(d.sent.map((message) => message.type)).toEqual([
      'toContent/summary',
      'toContent/status',
    ]);
  });

  it('ignores replies that do not validate', async () => {
    const bad = [
      { ...summary(), entities: [{ id: 'Syria!', name: 'Syria', type: 'place', count: 1 }] },
      { ...summary(), entities: [{ id: 'syria', name: 'Syria', type: 'country', count: 1 }] },
      { ...summary(), entities: [{ id: 'syria', name: 'Syria', type: 'place', count: 0 }] },
      { ...summary(), active: 'yes' },
      'hello',
      null,
    ];
    for (const reply of bad) {
      const result = await queryPage(TAB, deps({ 'toContent/summary': reply }));
      expect(result.state, JSON.stringify(reply)).toEqual({ kind: 'unreachable' });
    }
  });

  it('a page the browser protects is unsupported without asking the tab', async () => {
    const d = deps({ 'toContent/summary': summary() });
    const result = await queryPage({ id: 7, url: 'chrome://settings/', overridden: false }, d);
    expect(result.state).toEqual({ kind: 'unsupported', by: 'browser' });
    expect(d.sent).toEqual([]);
  });

  it('a silent tab on a site without host access asks for that origin', async () => {
    const d = deps({}, false);
    const result = await queryPage(TAB, d);
    expect(result.state).toEqual({ kind: 'permission', origins: ['https://news.example.com/*'] });
    expect(d.asked).toEqual([['https://news.example.com/*']]);
  });

  it('with no URL to go by, asks about all sites', async () => {
    const d = deps({}, false);
    const result = await queryPage({ id: 7, url: undefined, overridden: false }, d);
    expect(result.state).toEqual({ kind: 'permission', origins: ALL_SITES });
  });

  it('a silent tab with access is unreachable (reload it)', async () => {
    expect((await queryPage(TAB, deps({}, true))).state).toEqual({ kind: 'unreachable' });
  });
});

describe('siteSwitchFor', () => {
  it('names the site and says whether it is on', () => {
    expect(siteSwitchFor({ disabledSites: [] }, 'https://www.example.com/a')).toEqual({
      key: 'example.com',
      hostname: 'www.example.com',
      enabled: true,
    });
    expect(siteSwitchFor({ disabledSites: ['example.com'] }, URL_)).toEqual({
      key: 'news.example.com',
      hostname: 'news.example.com',
      enabled: false,
    });
  });

  it('has no switch where there is no site', () => {
    expect(siteSwitchFor({ disabledSites: [] }, undefined)).toBeUndefined();
    expect(siteSwitchFor({ disabledSites: [] }, 'chrome://newtab/')).toBeUndefined();
    expect(siteSwitchFor({ disabledSites: [] }, 'https://addons.mozilla.org/')).toBeUndefined();
  });
});

describe('keysToEnable', () => {
  it('removes the site and every parent domain that turns it off', () => {
    const settings = { disabledSites: ['example.com', 'news.example.com', 'other.org'] };
    expect(keysToEnable(settings, 'news.example.com').sort()).toEqual([
      'example.com',
      'news.example.com',
    ]);
    expect(keysToEnable(settings, 'www.other.org')).toEqual(['other.org']);
    expect(keysToEnable(settings, 'unrelated.net')).toEqual([]);
  });
});

describe('displayedPage', () => {
  const ready: PageState = { kind: 'ready', entities: [], scanning: false };
  const on = { enabled: true, disabledSites: [] };
  const site = { key: 'example.com', hostname: 'example.com', enabled: true };

  it('the settings decide at once when something is off', () => {
    expect(displayedPage({ ...on, enabled: false }, site, ready)).toEqual({
      kind: 'off',
      reason: 'off',
    });
    expect(displayedPage(on, { ...site, enabled: false }, ready)).toEqual({
      kind: 'off',
      reason: 'site-off',
    });
  });

  it('waits for a tab that has not caught up with a switch turned on', () => {
    expect(displayedPage(on, site, { kind: 'off', reason: 'off' })).toEqual({ kind: 'loading' });
  });

  it('keeps what the page says when all is on, and the unsupported and permission states always', () => {
    expect(displayedPage(on, site, ready)).toBe(ready);
    const unsupported: PageState = { kind: 'unsupported', by: 'browser' };
    expect(displayedPage({ ...on, enabled: false }, undefined, unsupported)).toBe(unsupported);
    const permission: PageState = { kind: 'permission', origins: ['https://example.com/*'] };
    expect(displayedPage({ ...on, enabled: false }, site, permission)).toBe(permission);
  });
});
