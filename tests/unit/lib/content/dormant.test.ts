import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offHere } from '../../../../lib/content/dormant';
import { contentSettings } from '../../../../lib/content/settings-view';
import { MAX_LIST_LENGTH } from '../../../../lib/settings/fields';
import { parseSnapshot } from '../../../../lib/settings/snapshot';
import { isSiteEnabled, siteKeysFor } from '../../../../lib/settings/sites';

/** What the engine decides from the same snapshot, in boot.ts's order, from its own pieces. */
function engineReason(raw: unknown, hostname: string): 'off' | 'site-off' | undefined {
  const settings = parseSnapshot(raw);
  if (!settings.enabled) return 'off';
  return contentSettings(settings, isSiteEnabled(settings, hostname)).on ? undefined : 'site-off';
}

describe('offHere', () => {
  it('is off where the global switch is off, whatever the site list says', () => {
    expect(offHere({ enabled: false }, 'example.com')).toBe('off');
    expect(offHere({ enabled: false, disabledSites: ['example.com'] }, 'example.com')).toBe('off');
  });

  it("is off for the page's site, its subdomains and its www form, not for a parent or a neighbour", () => {
    const raw = { enabled: true, disabledSites: ['example.com'] };
    expect(offHere(raw, 'example.com')).toBe('site-off');
    expect(offHere(raw, 'news.example.com')).toBe('site-off');
    expect(offHere(raw, 'WWW.Example.com')).toBe('site-off');
    expect(offHere({ disabledSites: ['news.example.com'] }, 'example.com')).toBeUndefined();
    expect(offHere(raw, 'example.org')).toBeUndefined();
    expect(offHere(raw, 'badexample.com')).toBeUndefined();
  });

  it('leaves to the engine everything it cannot be sure of', () => {
    for (const raw of [
      undefined,
      null,
      'enabled: false',
      [{ enabled: false }],
      {},
      { enabled: 'false' },
      { enabled: 0 },
      { disabledSites: 'example.com' },
      { disabledSites: ['Example.com', 'www.example.com', 7] },
    ]) {
      expect(offHere(raw, 'example.com'), JSON.stringify(raw)).toBeUndefined();
    }
  });

  it('leaves a list longer than the settings keep to the engine, which says off', () => {
    const disabledSites = Array.from({ length: MAX_LIST_LENGTH + 1 }, (_, i) => `s${i}.com`);
    disabledSites[0] = 'example.com';
    expect(offHere({ disabledSites }, 'example.com')).toBeUndefined();
    expect(engineReason({ disabledSites }, 'example.com')).toBe('site-off');
  });

  it('gives exactly the reason the engine gives, on any stored value', () => {
    const hostname = fc.oneof(
      fc.domain(),
      fc.constantFrom(
        'www.example.com',
        'a.b.example.co.uk',
        '192.168.0.1',
        'localhost',
        'xn--p1ai',
      ),
    );
    const item = (keys: string[]) =>
      fc.oneof(
        fc.nat({ max: Math.max(keys.length - 1, 0) }).map((index) => keys[index] ?? 'example.com'),
        fc.domain(),
        fc.constantFrom('www.example.com', 'Example.com', 'example.com.', ''),
        fc.anything(),
      );
    const raw = (keys: string[]) =>
      fc.oneof(
        fc.anything(),
        fc.record(
          {
            enabled: fc.oneof(fc.boolean(), fc.anything()),
            disabledSites: fc.oneof(fc.array(item(keys), { maxLength: 6 }), fc.anything()),
            hiddenEntities: fc.array(fc.string(), { maxLength: 2 }),
          },
          { requiredKeys: [] },
        ),
      );
    fc.assert(
      fc.property(
        hostname.chain((host) => fc.tuple(fc.constant(host), raw(siteKeysFor(host)))),
        ([host, value]) => {
          expect(offHere(value, host)).toBe(engineReason(value, host));
        },
      ),
      { numRuns: 500 },
    );
  });
});
