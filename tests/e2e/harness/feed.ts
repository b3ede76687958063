/**
 * Feeds whose names read by a paragraph added or taken away, for both browsers' suites: "US troops"
 * stands for the US forces in Syria only near a Syrian name; alone, "US" is the country's. A
 * paragraph added later is read with the text around it, and the names beside it are read again
 * with it; where one goes away, they are read again without it.
 */
export interface FeedCase {
  path: string;
  html: string;
  change: FeedChange;
  /** What is painted before the change, and after it. */
  before: string[];
  after: string[];
}

/**
 * A paragraph of text added at the end of the feed (with `filler`, as the first of a section with
 * that many paragraphs that name nothing after it: more than one slice of walking), or the
 * paragraph of an id taken away.
 */
export type FeedChange = { append: string; filler?: number } | { remove: string };

const SYRIA = 'Syria said on Monday.';
const TROOPS = 'US troops left the base.';
const NEAR = ['Syria', 'US troops'];

const feed = (...paragraphs: string[]) =>
  '<!doctype html><title>Feed</title><div id="feed">' +
  paragraphs.map((text, i) => `<p id="p${i}">${text}</p>`).join('') +
  '</div>';

export const FEED_CASES: FeedCase[] = [
  {
    path: '/feed-1.html',
    html: feed(SYRIA),
    change: { append: TROOPS },
    before: ['Syria'],
    after: NEAR,
  },
  {
    path: '/feed-2.html',
    html: feed(TROOPS),
    change: { append: SYRIA },
    before: ['US'],
    after: NEAR,
  },
  {
    path: '/feed-long.html',
    html: feed(TROOPS),
    change: { append: SYRIA, filler: 20_000 },
    before: ['US'],
    after: NEAR,
  },
  {
    path: '/feed-3.html',
    html: feed(SYRIA, TROOPS),
    change: { remove: 'p0' },
    before: NEAR,
    after: ['US'],
  },
];

/** Runs in the page: make the change. */
export function changeFeed(change: FeedChange): void {
  if ('remove' in change) {
    document.getElementById(change.remove)!.remove();
    return;
  }
  const paragraph = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  };
  const feed = document.getElementById('feed')!;
  if (change.filler === undefined) {
    feed.append(paragraph(change.append));
    return;
  }
  const section = document.createElement('section');
  section.append(paragraph(change.append));
  for (let i = 0; i < change.filler; i++) section.append(paragraph('weather and sport'));
  feed.append(section);
}
