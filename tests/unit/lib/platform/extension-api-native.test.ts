import type { Browser } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { nativeExtensionApi } from '../../../../lib/platform/extension-api-native';

const api = (id?: string) => ({ runtime: { id } }) as unknown as Browser;

describe('nativeExtensionApi', () => {
  it("takes the browser's own `browser` when it has this extension's runtime (Firefox, Chrome 148+)", () => {
    const browser = api('ext-id');
    expect(nativeExtensionApi({ browser, chrome: api('ext-id') })).toBe(browser);
  });

  it('falls back to `chrome` where there is no `browser`, or one without a runtime id', () => {
    const chrome = api('ext-id');
    expect(nativeExtensionApi({ chrome })).toBe(chrome);
    expect(nativeExtensionApi({ browser: api(undefined), chrome })).toBe(chrome);
    // One with no runtime at all.
    expect(nativeExtensionApi({ browser: {} as Browser, chrome })).toBe(chrome);
  });
});
