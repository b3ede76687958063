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
import { installHighlights } from '../../helpers/fake-highlights';

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

  it('reads the snapshot, then starts the engine bundle with the context and that snapshot', async () => {
    const stored = { enabled: true, demonyms: true };
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

  it("times its task that starts the import, for the engine's count of main-thread time", async () => {
    const startContent = vi.fn<EngineBundle['startContent']>(() => Promise.resolve());
    const { load } = world(ENGINE_BUNDLE_KEY, () => ({ startContent }) satisfies EngineBundle);
    // An import whose synchronous start takes 30 ms.
    const slowStart: Importer = (url) => {
      const until = performance.now() + 30;
      while (performance.now() < until);
      return load(url);
    };
    await loadEngine(ctx, slowStart);
    const loaderMs = startContent.mock.calls[0]![2]!;
    expect(loaderMs).toBeGreaterThanOrEqual(30);
    expect(loaderMs).toBeLessThan(1000);
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

  describe('where Backstory is off', () => {
    const status = (type: 'toContent/status' | 'toContent/summary') =>
      fakeBrowser.runtime.sendMessage({ type });
    afterEach(() => vi.unstubAllGlobals());

    /** An engine whose import waits for `release`, and records what it was started with. */
    function heldEngine() {
      const startContent = vi.fn<EngineBundle['startContent']>(() => Promise.resolve());
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const imported: string[] = [];
      const load: Importer = async (url) => {
        imported.push(url);
        await released;
        scope[ENGINE_BUNDLE_KEY] = { startContent } satisfies EngineBundle;
      };
      return { startContent, load, imported, release };
    }

    /**
     * Store `snapshot`, start the loader on a page that can be highlighted, and wait until it is
     * dormant (listening); `loading` is the loader's promise.
     */
    async function startDormant(snapshot: unknown) {
      installHighlights();
      await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: snapshot });
      const engine = heldEngine();
      const loading = loadEngine(ctx, engine.load);
      await vi.waitFor(() => expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true));
      return { engine, loading };
    }

    it('does not load the engine, and answers the popup as the engine would', async () => {
      const { engine } = await startDormant({ enabled: false });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(engine.imported).toEqual([]);
      const inactive = { active: false, url: location.href, reason: 'off' };
      await expect(status('toContent/status')).resolves.toEqual(inactive);
      await expect(status('toContent/summary')).resolves.toEqual({ ...inactive, entities: [] });
      await expect(
        fakeBrowser.runtime.sendMessage({ type: 'toContent/reveal', entity: 'syria' }),
      ).resolves.toEqual({ found: false });
      // The popup's question starts loading the engine, once, so that turning Backstory on from
      // that popup is quick; it is not started while Backstory stays off.
      expect(engine.imported).toEqual([fakeBrowser.runtime.getURL(ENGINE_BUNDLE_PATH)]);
      engine.release();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(engine.startContent).not.toHaveBeenCalled();
      await expect(status('toContent/status')).resolves.toEqual(inactive);
    });

    it("says so where the page's site is off, and where the page cannot be highlighted", async () => {
      // happy-dom's own way to move the test's page to another address.
      (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
        'https://news.example.com/a',
      );
      const { engine } = await startDormant({ disabledSites: ['example.com'] });
      await expect(status('toContent/status')).resolves.toMatchObject({ reason: 'site-off' });
      vi.unstubAllGlobals();
      await expect(status('toContent/status')).resolves.toMatchObject({ reason: 'unsupported' });
      engine.release();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(engine.startContent).not.toHaveBeenCalled();
    });

    it('loads the engine once the settings turn it on here, and hands it every change and the popup', async () => {
      const { engine, loading } = await startDormant({ enabled: false });

      // A change that leaves it off changes nothing.
      await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: { enabled: false, demonyms: true } });
      expect(engine.imported).toEqual([]);

      await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: { enabled: true } });
      await vi.waitFor(() => expect(engine.imported).toHaveLength(1));
      // While the engine loads, the popup hears that it is starting, and later changes are kept.
      await expect(status('toContent/status')).resolves.toMatchObject({ reason: 'starting' });
      const latest = { enabled: true, highlightStyle: 'background' };
      await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: latest });
      expect(engine.startContent).not.toHaveBeenCalled();

      engine.release();
      await loading;
      expect(engine.startContent).toHaveBeenCalledOnce();
      await expect(engine.startContent.mock.calls[0]![1]).resolves.toEqual(latest);
      // The engine answers from now on; the loader's listeners are gone.
      expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
      expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
    });

    it("starts the engine loaded at the popup's question without loading it again", async () => {
      const { engine, loading } = await startDormant({ enabled: false });
      await status('toContent/summary');
      await status('toContent/summary');
      engine.release();
      await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: { enabled: true } });
      await loading;
      expect(engine.imported).toHaveLength(1);
      expect(engine.startContent).toHaveBeenCalledOnce();
    });

    it('stops listening, and never loads the engine, once the context is invalidated', async () => {
      const { engine } = await startDormant({ enabled: false });
      expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(true);
      ctx.abort();
      expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
      expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
      await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: { enabled: true } });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(engine.imported).toEqual([]);
    });
  });
});
