/**
 * Which same-document navigations give a page new content. The Navigation API (what WXT's location
 * watcher listens to in Chromium) reports every URL change, a click in a table of contents too;
 * rescanning for that would unpaint everything, close the card and read the whole page again (2 M
 * characters on the HTML5 spec) for text that did not change.
 */

/** True when `to` is another page than `from`, not just another fragment of the same one. */
export function changesPage(from: URL, to: URL): boolean {
  return withoutFragment(from) !== withoutFragment(to);
}

function withoutFragment(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}
