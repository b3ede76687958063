import { describe, expect, it } from 'vitest';
import { ALL_SITES, classifyUrl } from '../../../../lib/platform/web-pages';

describe('classifyUrl', () => {
  it.each([
    'https://example.com/news',
    'http://127.0.0.1:8080/article.html',
    'https://news.google.com/',
    'https://chrome.google.com/search', // not the store's path
    'https://www.bbc.co.uk/news/world',
  ])('%s is a web page', (url) => {
    expect(classifyUrl(url)).toBe('web');
  });

  it.each([
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://0a1b2c3d/popup.html',
    'edge://settings',
    'about:blank',
    'about:addons',
    'view-source:https://example.com/',
    'file:///home/me/page.html',
    'data:text/html,<p>x</p>',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://microsoftedge.microsoft.com/addons/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://accounts.firefox.com/signin',
    'not a url',
  ])('%s is restricted', (url) => {
    expect(classifyUrl(url)).toBe('restricted');
  });

  it('has no answer without a URL', () => {
    expect(classifyUrl(undefined)).toBe('unknown');
    expect(classifyUrl('')).toBe('unknown');
  });

  it('does not mistake a look-alike host for a store', () => {
    expect(classifyUrl('https://notaddons.mozilla.org.example.com/')).toBe('web');
    expect(classifyUrl('https://evilchromewebstore.google.com.example/')).toBe('web');
  });
});

describe('ALL_SITES', () => {
  it('is every http and https page, the match patterns of the content script and host access', () => {
    expect(ALL_SITES).toEqual(['http://*/*', 'https://*/*']);
  });
});
