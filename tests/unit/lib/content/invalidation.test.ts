// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerLikeTheBackground } from '../../helpers/background';
import { matchText } from '../../../../lib/background/dataset-service';
import { startContent } from '../../../../lib/content/boot';
import { backgroundSender, checkWhenShown } from '../../../../lib/content/invalidation';
import type { CardHost } from '../../../../lib/card/card-host';
import type { CardModule } from '../../../../lib/card/card-module';
import { contentContextPerTest } from '../../helpers/content-context';
import { installHighlights, paintedText } from '../../helpers/fake-highlights';

/** The card bundle as the engine would import it (vitest cannot import the extension's URL). */
const cardBundle = vi.hoisted(() => ({ module: undefined as CardModule | undefined }));
vi.mock('../../../../lib/content/bundles', () => ({
  importBundle: () =>
    cardBundle.module ? Promise.resolve(cardBundle.module) : Promise.reject(new Error('no bundle')),
}));

const MESSAGE = { type: 'toBackground/match', text: 'Syria', demonyms: false } as const;
/** The fake's id (its `reset()` does not give it back). */
const EXTENSION_ID = fakeBrowser.runtime.id;

const context = contentContextPerTest();

afterEach(() => {
  fakeBrowser.runtime.id = EXTENSION_ID;
  cardBundle.module = undefined;
});

/**
 * What Chromium does to an orphaned content script when its extension is reloaded or updated: the
 * runtime loses its id and nobody answers its messages any more.
 */
function removeExtension(): void {
  (fakeBrowser.runtime as { id?: string }).id = undefined;
  fakeBrowser.runtime.onMessage.removeAllListeners();
}

describe('backgroundSender', () => {
  it('gives the background’s reply', async () => {
    answerLikeTheBackground();
    expect(await backgroundSender(context())(MESSAGE)).toEqual(matchText('Syria', false));
    expect(context().signal.aborted).toBe(false);
  });

  it('stops an orphaned script before its caller sees the message fail', async () => {
    removeExtension();
    let abortedWhenCaught: boolean | undefined;
    await backgroundSender(context())(MESSAGE).catch(
      () => (abortedWhenCaught = context().signal.aborted),
    );
    expect(abortedWhenCaught).toBe(true);
  });

  it('only passes the failure on while the extension is still there', async () => {
    // The background restarting, say: nobody answers, but the context is valid.
    await expect(backgroundSender(context())(MESSAGE)).rejects.toThrow();
    expect(context().signal.aborted).toBe(false);
  });
});

describe('checkWhenShown', () => {
  const show = () => document.dispatchEvent(new Event('visibilitychange'));

  it('stops an orphaned script when its tab is shown again', () => {
    checkWhenShown(context(), document);
    show();
    expect(context().signal.aborted).toBe(false);
    removeExtension();
    show();
    expect(context().signal.aborted).toBe(true);
  });
});

describe('an orphaned content script', () => {
  /**
   * The context is found invalid well before WXT's own check, a 1 s poll where there is no
   * Navigation API (as here; Chromium has one, so there it never polls).
   */
  const noticed = () =>
    vi.waitFor(() => expect(context().signal.aborted).toBe(true), { timeout: 300 });

  /** Custom Highlight API stand-ins in the test DOM; the registry the painter writes to. */
  /** The card bundle, as if loaded: a card that shows nothing. */
  function installCardModule(): void {
    const host: CardHost = {
      isOpen: false,
      show: () => undefined,
      update: () => undefined,
      hide: () => undefined,
      isHost: () => false,
      destroy: () => undefined,
    };
    cardBundle.module = { createCardHost: () => host };
  }

  it('stops at its next page change: highlights gone, observers off, nothing reported', async () => {
    const registry = installHighlights();
    answerLikeTheBackground();
    document.body.innerHTML = '<p>Talks in Syria went on.</p>';
    await startContent(context());
    await vi.waitFor(() =>
      expect(paintedText(registry)).toEqual({ 'backstory-underline-green': ['Syria'] }),
    );

    removeExtension();
    const warn = vi.spyOn(console, 'warn');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Iraq.' }));
    await noticed();
    expect([...registry.keys()]).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);

    // Stopped for good: a later change costs no message.
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Russia.' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(send).toHaveBeenCalledTimes(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('stops with a card open, and leaves not even the focus highlight registered', async () => {
    const registry = installHighlights();
    installCardModule();
    answerLikeTheBackground();
    document.body.innerHTML = '<p>Talks in Syria went on.</p>';
    await startContent(context());
    await vi.waitFor(() => expect(registry.size).toBeGreaterThan(0));
    // What the popup's "show" does: the card opens on the first mention, with the focus highlight.
    expect(
      await fakeBrowser.runtime.sendMessage({ type: 'toContent/reveal', entity: 'syria' }),
    ).toEqual({ found: true });
    expect(registry.has('backstory-focus')).toBe(true);

    removeExtension();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Iraq.' }));
    await noticed();
    expect([...registry.keys()]).toEqual([]);
  });
});
