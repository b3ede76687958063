import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** The shared corpus of real saved pages (`../shared/corpus`), read in place, never copied. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../../shared/corpus');

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'readability'));
}

/** Corpus pages as server paths under `/corpus/`, readability pages first, then the large ones. */
export function corpusPages(): string[] {
  if (!corpusAvailable()) return [];
  const list = (folder: string) =>
    readdirSync(join(CORPUS_DIR, folder))
      .filter((name) => name.endsWith('.html'))
      .sort()
      .map((name) => `/corpus/${folder}/${name}`);
  return [...list('readability'), ...(existsSync(join(CORPUS_DIR, 'large')) ? list('large') : [])];
}

/**
 * Corpus pages are served with their own scripts blocked by CSP: the pages are third-party
 * snapshots whose scripts would only add noise (and the network is blocked anyway). Content scripts
 * are not subject to a page's CSP, so the extension runs as it would on the live page.
 */
export function corpusHeaders(path: string): Record<string, string> | undefined {
  return path.startsWith('/corpus/')
    ? { 'content-security-policy': "script-src 'none'; object-src 'none'" }
    : undefined;
}

export interface ExtensionErrors {
  /** Exceptions and console errors raised by the extension's code in this page. */
  readonly messages: string[];
  detach(): Promise<void>;
}

/**
 * Collect errors thrown or logged by code from `chrome-extension://<id>/` in a page (the content
 * script runs in an isolated world, which Playwright's own page events do not report), through the
 * DevTools protocol.
 */
export async function watchExtensionErrors(
  page: Page,
  extensionId: string,
): Promise<ExtensionErrors> {
  const session = await page.context().newCDPSession(page);
  const messages: string[] = [];
  const ours = (text: string | undefined) =>
    text?.includes(`chrome-extension://${extensionId}`) ?? false;
  const extensionContexts = new Set<number>();
  session.on('Runtime.executionContextCreated', (event) => {
    if (event.context.origin.includes(extensionId)) extensionContexts.add(event.context.id);
  });
  session.on('Runtime.exceptionThrown', (event) => {
    const details = event.exceptionDetails;
    const stack = details.stackTrace?.callFrames.map((frame) => frame.url).join(' ');
    if (
      ours(details.url) ||
      ours(stack) ||
      (details.executionContextId !== undefined &&
        extensionContexts.has(details.executionContextId))
    ) {
      messages.push(details.exception?.description ?? details.text);
    }
  });
  session.on('Runtime.consoleAPICalled', (event) => {
    if (
      (event.type === 'error' || event.type === 'warning') &&
      extensionContexts.has(event.executionContextId)
    ) {
      messages.push(
        event.args
          .map((arg) =>
            arg.value === undefined ? (arg.description ?? '') : JSON.stringify(arg.value),
          )
          .join(' '),
      );
    }
  });
  await session.send('Runtime.enable');
  return {
    messages,
    detach: () => session.detach(),
  };
}

/**
 * Run in a page (`page.evaluate(highlightProblems)`, in Playwright or Puppeteer): every range the
 * extension registered in `CSS.highlights` that is not inside rendered page text (in a skipped
 * element, invisible, empty, or not on a text node), described. Self-contained, as `evaluate` sends
 * only its source.
 */
export function highlightProblems(): string[] {
  const bad: string[] = [];
  const skipped = 'script, style, noscript, template, textarea, input, select, [contenteditable]';
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory-')) continue;
    for (const abstract of highlight) {
      const range = new Range();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const text = range.toString();
      const parent = abstract.startContainer.parentElement;
      if (abstract.startContainer.nodeType !== Node.TEXT_NODE) bad.push(`not text: ${text}`);
      else if (!parent || parent.closest(skipped)) bad.push(`inside a skipped element: ${text}`);
      else if (!parent.checkVisibility({ visibilityProperty: true }))
        bad.push(`invisible: ${text}`);
      else if (text.trim() === '') bad.push('empty range');
    }
  }
  return bad;
}
