import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSiteEnabled,
  isSiteKey,
  parsesAsItself,
  siteKey,
  siteKeysFor,
} from '../../../../lib/settings/sites';

describe('siteKey', () => {
  it.each([
    ['https://www.Example.com/path?q=1', 'example.com'],
    ['http://news.example.co.uk:8080/', 'news.example.co.uk'],
    ['WWW.EXAMPLE.COM.', 'example.com'],
    ['example.com/some/page', 'example.com'],
    ['localhost:3000', 'localhost'],
    ['http://127.0.0.1:8000/a.html', '127.0.0.1'],
    ['http://[::1]/', '[::1]'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['www', 'www'],
    ['https://www2.example.com', 'www2.example.com'],
  ])('%s → %s', (input, key) => {
    expect(siteKey(input)).toBe(key);
  });

  it.each([
    '',
    '   ',
    'chrome://extensions',
    'file:///home/me/page.html',
    'about:blank',
    'http://',
  ])('gives no site for %j', (input) => {
    expect(siteKey(input)).toBe('');
  });
});

describe('isSiteKey', () => {
  it('accepts normalised keys and rejects everything else', () => {
    for (const key of ['example.com', 'news.example.co.uk', 'localhost', '127.0.0.1', '[::1]']) {
      expect(isSiteKey(key)).toBe(true);
    }
    for (const key of [
      'www.example.com',
      'Example.com',
      'example.com.',
      'a..b',
      'https://a.com',
      'a b',
      '',
      5,
    ]) {
      expect(isSiteKey(key)).toBe(false);
    }
  });
});

describe('isSiteEnabled', () => {
  const settings = { disabledSites: ['example.com', 'blog.other.org', '10.0.0.1'] };

  it('turns off a site and all its subdomains', () => {
    expect(isSiteEnabled(settings, 'example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'a.b.example.com')).toBe(false);
  });

  it('does not turn off a parent domain or a look-alike', () => {
    expect(isSiteEnabled(settings, 'other.org')).toBe(true);
    expect(isSiteEnabled(settings, 'x.blog.other.org')).toBe(false);
    expect(isSiteEnabled(settings, 'notexample.com')).toBe(true);
    expect(isSiteEnabled(settings, 'example.com.evil.net')).toBe(true);
  });

  it('matches IP addresses exactly, without parents', () => {
    expect(siteKeysFor('10.0.0.1')).toEqual(['10.0.0.1']);
    expect(isSiteEnabled(settings, '10.0.0.1')).toBe(false);
    expect(isSiteEnabled(settings, '0.0.1')).toBe(true);
  });

  it('is on everywhere with an empty list', () => {
    expect(isSiteEnabled({ disabledSites: [] }, 'example.com')).toBe(true);
  });
});

describe('isSiteKey without the URL parser', () => {
  // The common form is recognised directly; the answer must be the parser's, whatever the string.
  const pieces = fc.constantFrom(
    'a',
    'z',
    'example',
    'com',
    '.',
    '..',
    '-',
    '_',
    '0',
    '7',
    '255',
    '0x',
    '0x1f',
    'www',
    'www.',
    'xn--',
    'xn--bcher-kva',
    'xn--zz',
    'A',
    'ü',
    ' ',
    '[',
    ']',
    ':',
    '::1',
    '/',
    '%',
  );
  const byParser = (value: string) =>
    value.length > 0 && value.length <= 253 && parsesAsItself(value);

  it('agrees with the URL parser on random hostnames', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const value = parts.join('');
        expect(isSiteKey(value)).toBe(byParser(value));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['example.com', true],
    ['news.example.co.uk', true],
    ['www.example.com', false],
    ['www2.example.com', true],
    ['127.0.0.1', true],
    ['1.2.3', false],
    ['a.0x1f', false],
    ['xn--bcher-kva.de', true],
    ['xn--zz.de', false],
    ['Example.com', false],
  ])('%s → %s', (value, expected) => {
    expect(isSiteKey(value)).toBe(expected);
    expect(byParser(value)).toBe(expected);
  });
});
