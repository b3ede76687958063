/**
 * Reading the hover card from outside. Its content lives in a closed shadow root, which page
 * scripts (and Playwright's locators) cannot enter; the DevTools protocol can (`pierce: true`), so
 * tests see what a user and a screen reader see without the card opening a door for pages.
 */
import type { CDPSession, Page } from 'playwright-core';
import { CARD_TAG } from '../../../lib/card/card-host';
import { findPaintedText } from './highlights';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface CardView {
  /** The card's text content, whitespace collapsed. */
  text: string;
  /** The dialog element's attributes (role, aria-label…). */
  dialog: Record<string, string>;
  /** Centre of an element inside the card whose text includes `label`, in viewport pixels. */
  centreOf(label: string): Promise<{ x: number; y: number } | undefined>;
  /** The card's box in viewport pixels. */
  box: { x: number; y: number; width: number; height: number } | undefined;
}

function attributes(node: DomNode): Record<string, string> {
  const out: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) out[list[i] ?? ''] = list[i + 1] ?? '';
  return out;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  return (node.children ?? []).map(textOf).join(' ');
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

async function box(session: CDPSession, node: DomNode) {
  try {
    const { model } = await session.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
    const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.border;
    return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
  } catch {
    return undefined;
  }
}

/** The open card of `page`, or undefined when none is open. */
export async function readCard(page: Page): Promise<CardView | undefined> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const host = find(root, (n) => n.nodeName.toLowerCase() === CARD_TAG);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const dialog = find(shadow, (n) => attributes(n).role === 'dialog');
    const cardBox = dialog ? await box(session, dialog) : undefined;
    return {
      text: textOf(shadow).replace(/\s+/g, ' ').trim(),
      dialog: dialog ? attributes(dialog) : {},
      box: cardBox,
      centreOf: async (label) => {
        const again = await page.context().newCDPSession(page);
        try {
          const fresh = (await again.send('DOM.getDocument', { depth: -1, pierce: true })) as {
            root: DomNode;
          };
          const within = find(fresh.root, (n) => n.nodeName.toLowerCase() === CARD_TAG);
          const target = within
            ? find(
                within,
                (n) => (n.nodeName === 'BUTTON' || n.nodeName === 'A') && textOf(n).includes(label),
              )
            : undefined;
          // The card scrolls when its content is long: bring the control into view, as a user would.
          if (target) {
            await again.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: target.backendNodeId });
          }
          const b = target ? await box(again, target) : undefined;
          return b && { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        } finally {
          await again.detach();
        }
      },
    };
  } finally {
    await session.detach();
  }
}

/** Centre of the first highlighted range whose text is `text`, in viewport pixels. */
export async function highlightCentre(page: Page, text: string) {
  return page.evaluate(findPaintedText, text);
}
