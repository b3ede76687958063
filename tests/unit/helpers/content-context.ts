/**
 * A content script's context per test, as the content scripts' unit tests need it: a reset fake
 * browser, an empty page and StaticRange before each test; the context aborted and every stubbed
 * global restored after it.
 */
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installStaticRange } from './fake-highlights';

/** Registers the hooks; returns the current test's context. */
export function contentContextPerTest(): () => ContentScriptContext {
  let ctx: ContentScriptContext | undefined;
  beforeAll(installStaticRange);
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    ctx = new ContentScriptContext('content');
  });
  afterEach(() => {
    ctx?.abort();
    vi.unstubAllGlobals();
  });
  return () => {
    if (!ctx) throw new Error('contentContextPerTest: no test is running');
    return ctx;
  };
}
