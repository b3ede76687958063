import { describe, expect, it } from 'vitest';
import {
  SYNC_QUOTAS,
  browserFamily,
  canHighlightDocument,
  caretFromPointMethod,
  isSyncTurnedOffError,
  pointHitTest,
  supportsCustomHighlights,
  supportsHighlightsFromPoint,
  supportsPopover,
  syncQuota,
  syncWithoutAccount,
} from '../../../../lib/platform/browser-support';
import { SYNC_LIMITS } from '../../../../lib/settings/sync-format';

const fn = () => undefined;
class FakeHighlight {}

describe('browserFamily', () => {
  it('is Firefox where runtime.getBrowserInfo exists, Chromium otherwise', () => {
    expect(browserFamily({ getBrowserInfo: fn })).toBe('firefox');
    expect(browserFamily({})).toBe('chromium');
    expect(browserFamily({ getBrowserInfo: 'not a function' })).toBe('chromium');
    expect(browserFamily(undefined)).toBe('chromium');
  });
});

describe('supportsCustomHighlights', () => {
  it('needs both the CSS.highlights registry and the Highlight constructor', () => {
    expect(
      supportsCustomHighlights({ CSS: { highlights: new Map() }, Highlight: FakeHighlight }),
    ).toBe(true);
    expect(supportsCustomHighlights({ CSS: { highlights: new Map() } })).toBe(false);
    expect(supportsCustomHighlights({ CSS: {}, Highlight: FakeHighlight })).toBe(false);
    expect(supportsCustomHighlights({ CSS: { highlights: null }, Highlight: FakeHighlight })).toBe(
      false,
    );
    expect(supportsCustomHighlights({ Highlight: FakeHighlight })).toBe(false);
    expect(supportsCustomHighlights({})).toBe(false);
  });
});

describe('canHighlightDocument', () => {
  const api = { CSS: { highlights: new Map() }, Highlight: FakeHighlight };
  it('highlights an ordinary document where the API exists', () => {
    expect(canHighlightDocument(api, { designMode: 'off' })).toBe(true);
    expect(canHighlightDocument({}, { designMode: 'off' })).toBe(false);
  });

  it('does not highlight a document edited as a whole (designMode)', () => {
    expect(canHighlightDocument(api, { designMode: 'on' })).toBe(false);
  });
});

describe('hit-testing a point', () => {
  it('prefers highlightsFromPoint on the registry', () => {
    const registry = { highlightsFromPoint: fn };
    const doc = { caretPositionFromPoint: fn, caretRangeFromPoint: fn };
    expect(supportsHighlightsFromPoint(registry)).toBe(true);
    expect(pointHitTest(registry, doc)).toBe('highlightsFromPoint');
  });

  it('falls back to the standard caretPositionFromPoint, then to caretRangeFromPoint', () => {
    const registry = new Map();
    expect(supportsHighlightsFromPoint(registry)).toBe(false);
    expect(pointHitTest(registry, { caretPositionFromPoint: fn, caretRangeFromPoint: fn })).toBe(
      'caretPositionFromPoint',
    );
    expect(pointHitTest(registry, { caretRangeFromPoint: fn })).toBe('caretRangeFromPoint');
    expect(caretFromPointMethod({ caretRangeFromPoint: fn })).toBe('caretRangeFromPoint');
  });

  it('has no way without any of them', () => {
    expect(pointHitTest(undefined, {})).toBe('none');
    expect(pointHitTest(null, null)).toBe('none');
    expect(caretFromPointMethod({ caretPositionFromPoint: 1 })).toBeUndefined();
    expect(supportsHighlightsFromPoint({ highlightsFromPoint: true })).toBe(false);
  });
});

describe('supportsPopover', () => {
  it('needs showPopover and hidePopover, on an element or a prototype', () => {
    class WithPopover {
      showPopover(): void {}
      hidePopover(): void {}
    }
    expect(supportsPopover(WithPopover.prototype)).toBe(true);
    expect(supportsPopover(new WithPopover())).toBe(true);
    expect(supportsPopover({ showPopover: fn })).toBe(false);
    expect(supportsPopover({})).toBe(false);
    expect(supportsPopover(undefined)).toBe(false);
  });
});

describe('storage.sync', () => {
  it('uses the constants the area reports, else the family’s documented values', () => {
    expect(syncQuota('chromium', {})).toEqual(SYNC_QUOTAS.chromium);
    expect(
      syncQuota('chromium', {
        QUOTA_BYTES: 200_000,
        QUOTA_BYTES_PER_ITEM: 9_000,
        MAX_ITEMS: 600,
        MAX_WRITE_OPERATIONS_PER_MINUTE: 60,
        MAX_WRITE_OPERATIONS_PER_HOUR: 900,
      }),
    ).toEqual({
      bytes: 200_000,
      bytesPerItem: 9_000,
      items: 600,
      writesPerMinute: 60,
      writesPerHour: 900,
    });
    // Nonsense constants are ignored.
    expect(syncQuota('chromium', { QUOTA_BYTES: 'big', MAX_ITEMS: -1 })).toEqual(
      SYNC_QUOTAS.chromium,
    );
  });

  it('Firefox enforces no write rate; Chrome does', () => {
    expect(syncQuota('firefox')).toMatchObject({
      writesPerMinute: undefined,
      writesPerHour: undefined,
    });
    expect(syncQuota('chromium').writesPerMinute).toBeGreaterThan(0);
    expect(syncQuota('chromium').writesPerHour).toBeGreaterThan(0);
  });

  it("the sync format's limits fit under every browser's quota", () => {
    for (const family of ['chromium', 'firefox'] as const) {
      const quota = syncQuota(family);
      expect(SYNC_LIMITS.bytes, family).toBeLessThan(quota.bytes);
      expect(SYNC_LIMITS.bytesPerItem, family).toBeLessThan(quota.bytesPerItem);
      expect(SYNC_LIMITS.items, family).toBeLessThan(quota.items);
      if (quota.writesPerMinute !== undefined)
        expect(SYNC_LIMITS.writesPerMinute, family).toBeLessThan(quota.writesPerMinute);
      if (quota.writesPerHour !== undefined)
        expect(SYNC_LIMITS.writesPerHour, family).toBeLessThan(quota.writesPerHour);
    }
  });

  it('keeps data locally without an account in both; Firefox syncs only with the add-on id', () => {
    expect(syncWithoutAccount('firefox')).toMatchObject({ keptLocally: true });
    expect(syncWithoutAccount('firefox').syncsWhen).toMatch(/Add-ons.*gecko id/);
    expect(syncWithoutAccount('chromium')).toMatchObject({ keptLocally: true });
  });

  it("tells Firefox's sync-turned-off error from quota, rate and network failures", () => {
    expect(
      isSyncTurnedOffError('Please set webextensions.storage.sync.enabled to true in about:config'),
    ).toBe(true);
    expect(isSyncTurnedOffError('Sync storage is not available')).toBe(true);
    expect(isSyncTurnedOffError('QUOTA_BYTES quota exceeded')).toBe(false);
    expect(
      isSyncTurnedOffError('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    ).toBe(false);
    expect(isSyncTurnedOffError('network error')).toBe(false);
  });
});
