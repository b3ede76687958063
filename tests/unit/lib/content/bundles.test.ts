// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importBundle, type Importer } from '../../../../lib/content/bundles';
import {
  ENGINE_BUNDLE_KEY,
  ENGINE_BUNDLE_PATH,
  type EngineBundle,
} from '../../../../lib/content/engine-bundle';
import { loadEngine } from '../../../../lib/content/loader';
import { SNAPSHOT_KEY } from '../../../../lib/settings/snapshot';

const scope = globalThis as Record<string, unknown>;

/**
 * A world's module map: the first import of a URL evaluates the bundle (`evaluate` registers it in
 * `slot`), a later import of the same URL gives the module already there and evaluates nothing.
 */
function world(slot: string, evaluate: (url: string) => unknown) {
  const imported: string[] = [];
  const evaluated = new Set<string>();
  const load: Importer = (url) => {
    imported.push(url);
    if (!evaluated.has(url)) {
      evaluated.add(url);
      const bundle = evaluate(url);
      if (bundle !== undefined) scope[slot] = bundle;
    }
    return Promise.resolve();
  };
  return { load, imported };
}

afterEach(() => {
  delete scope.__backstoryBundleLoads;
  delete scope.test_slot;
  delete scope[ENGINE_BUNDLE_KEY];
});

describe('importBundle', () => {
  it('imports the URL, returns what the bundle registered and empties its slot', async () => {
    const { load, imported } = world('test_slot', (url) => ({ from: url }));
    await expect(importBundle('chrome-extension://x/a.js', 'test_slot', load)).resolves.toEqual({
      from: 'chrome-extension://x/a.js',
    });
    expect(imported).toEqual(['chrome-extension://x/a.js']);
    expect('test_slot' in scope).toBe(false);
  });

  it('gives a second copy in the same world its own URL, so it gets a bundle evaluated for it', async () => {
    let evaluations = 0;
    const { load, imported } = world('test_slot', () => ({ copy: ++evaluations }));
    const first = await importBundle('chrome-extension://x/a.js', 'test_slot', load);
    const second = await importBundle('chrome-extension://x/a.js', 'test_slot', load);
    const third = await importBundle('chrome-extension://x/a.js?v=1', 'test_slot', load);
    expect([first, second, third]).toEqual([{ copy: 1 }, { copy: 2 }, { copy: 3 }]);
    expect(new Set(imported).size).toBe(3);
    expect(imported[2]).toBe('chrome-extension://x/a.js?v=1&load=3');
  });

  it('rejects, naming the URL, when the bundle registered nothing', async () => {
    const { load } = world('test_slot', () => undefined);
    await expect(importBundle('chrome-extension://x/a.js', 'test_slot', load)).rejects.toThrow(
      'chrome-extension://x/a.js did not register itself',
    );
  });

  it('passes on a failed import', async () => {
    const failing: Importer = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(importBundle('chrome-extension://x/a.js', 'test_slot', failing)).rejects.toThrow(
      'Failed to fetch',
    );
  });
});

describe('loadEngine', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    ctx = new ContentScriptContext('content');
  });
  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
  });

  it('starts the engine bundle with the context and the snapshot, read while the bundle loads', async () => {
    const stored = { enabled: false };
    await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: stored });
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    const startContent = vi.fn<EngineBundle['startContent']>(() => Promise.resolve());
    let readBeforeLoaded = false;
    const { load, imported } = world(ENGINE_BUNDLE_KEY, () => {
      readBeforeLoaded = read.mock.calls.length > 0;
      return { startContent } satisfies EngineBundle;
    });
    await loadEngine(ctx, load);
    expect(imported).toEqual([fakeBrowser.runtime.getURL(ENGINE_BUNDLE_PATH)]);
    expect(readBeforeLoaded).toBe(true);
    expect(startContent).toHaveBeenCalledOnce();
    const [givenCtx, snapshot] = startContent.mock.calls[0]!;
    expect(givenCtx).toBe(ctx);
    await expect(snapshot).resolves.toEqual(stored);
  });

  it('does not start an engine that arrives after the context was invalidated', async () => {
    const startContent = vi.fn<EngineBundle['startContent']>(() => Promise.resolve());
    const { load } = world(ENGINE_BUNDLE_KEY, () => {
      ctx.abort();
      return { startContent } satisfies EngineBundle;
    });
    await loadEngine(ctx, load);
    expect(startContent).not.toHaveBeenCalled();
  });

  it('never throws: a failed load is logged while the extension is there, and quiet once it is gone', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing: Importer = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(loadEngine(ctx, failing)).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toContain('could not load the content script engine');

    ctx.abort();
    error.mockClear();
    await expect(loadEngine(ctx, failing)).resolves.toBeUndefined();
    expect(error).not.toHaveBeenCalled();
  });
});
