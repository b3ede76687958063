import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findTargetTab, originPattern, tabOverride } from '../../../../lib/popup/target-tab';

describe('originPattern', () => {
  it('is the origin with a path wildcard, port kept', () => {
    expect(originPattern('https://news.example.com/a/b?c=1#d')).toBe('https://news.example.com/*');
    expect(originPattern('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080/*');
  });

  it('is undefined where there is no web page', () => {
    expect(originPattern('chrome://newtab/')).toBeUndefined();
    expect(originPattern(undefined)).toBeUndefined();
    expect(originPattern('https://addons.mozilla.org/')).toBeUndefined();
  });
});

describe('tabOverride', () => {
  it('reads ?tab=<id>', () => {
    expect(tabOverride('?tab=42')).toBe(42);
    expect(tabOverride('?x=1&tab=1872860227')).toBe(1872860227);
  });

  it('ignores anything that is not a positive whole number', () => {
    for (const search of ['', '?tab=', '?tab=0', '?tab=-3', '?tab=1.5', '?tab=abc', '?tab=1e3'])
      expect(tabOverride(search), search).toBeUndefined();
    expect(tabOverride('?tab=99999999999999999999')).toBeUndefined();
  });
});

describe('findTargetTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is the active tab of the current window', async () => {
    const window = (await fakeBrowser.windows.create({ focused: true }))!;
    const other = await fakeBrowser.tabs.create({
      url: 'https://other.example/',
      active: false,
      windowId: window.id!,
    });
    const active = await fakeBrowser.tabs.create({
      url: 'https://example.com/a',
      active: true,
      windowId: window.id!,
    });
    const target = await findTargetTab('');
    expect(target).toEqual({ id: active.id, url: 'https://example.com/a', overridden: false });
    expect(target?.id).not.toBe(other.id);
  });

  it('is the tab named by ?tab= when given', async () => {
    const named = await fakeBrowser.tabs.create({ url: 'https://named.example/', active: false });
    await fakeBrowser.tabs.create({ url: 'https://example.com/a', active: true });
    expect(await findTargetTab(`?tab=${named.id}`)).toEqual({
      id: named.id,
      url: 'https://named.example/',
      overridden: true,
    });
  });

  it('is undefined when the named tab does not exist', async () => {
    expect(await findTargetTab('?tab=987654')).toBeUndefined();
  });
});
