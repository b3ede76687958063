/**
 * A feed whose names read by a paragraph added later, for both browsers' suites: "US troops" stands
 * for the US forces in Syria only near a Syrian name; alone, "US" is the country's. Added later, a
 * paragraph is read with the text around it, and the names beside it are read again with it. Each
 * case: the page's path, its first paragraph, the one added, what is painted before.
 */
export const FEED_CASES: [path: string, first: string, added: string, alone: string[]][] = [
  ['/feed-1.html', 'Syria said on Monday.', 'US troops left the base.', ['Syria']],
  ['/feed-2.html', 'US troops left the base.', 'Syria said on Monday.', ['US']],
];

/** What every case paints once its paragraph is added. */
export const FEED_PAINTED = ['Syria', 'US troops'];

export function feedHtml(first: string): string {
  return `<!doctype html><title>Feed</title><div id="feed"><p>${first}</p></div>`;
}

/** Runs in the page: add a paragraph of `text` at the end of the feed. */
export function appendToFeed(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.getElementById('feed')!.append(p);
}
