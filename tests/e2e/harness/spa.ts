/**
 * The single-page app both browsers' navigation tests open, and the in-page checks they make. The
 * checks run in the page: Playwright and Puppeteer both pass them to `evaluate`, so they use
 * nothing from outside their bodies.
 */

/** An app shell: a header that stays, a view the app replaces, and a link to a later section. */
export const SPA_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title></head>
<body style="margin: 40px; font: 18px/1.6 serif">
<header>World news: Syria</header>
<p><a id="toc" href="#later">Later in this story</a></p>
<main id="view"><p>Vladimir Putin spoke in Moscow.</p></main>
<div style="height: 3000px"></div>
<h2 id="later">Later</h2><p>Then Iraq was mentioned.</p>
<script>
  function navigate(path, html) {
    history.pushState({}, '', path);
    document.getElementById('view').innerHTML = html;
  }
</script>
</body></html>`;

/** The app's names, painted on load. */
export const SPA_NAMES = ['Iraq', 'Moscow', 'Syria', 'Vladimir Putin'];
/** The new view `navigateToWorld` shows, and the names painted after it. */
export const SPA_WORLD_VIEW = '<p>Bashar al-Assad left for Moscow.</p>';
export const SPA_WORLD_NAMES = ['Bashar al-Assad', 'Iraq', 'Moscow', 'Syria'];

/** The app's own navigation to /app/world with a new view (a new URL, the same document). */
export function navigateToWorld(view: string): void {
  (window as unknown as { navigate(path: string, html: string): void }).navigate(
    '/app/world',
    view,
  );
}

/** Keep, in the page, the painted ranges as they are now (the very objects, not their text). */
export function keepPaintedRanges(): number {
  const kept: AbstractRange[] = [];
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith('backstory-') && name !== 'backstory-focus') kept.push(...highlight);
  (window as { keptRanges?: AbstractRange[] }).keptRanges = kept;
  return kept.length;
}

/** How many of the kept ranges are still painted: a rescan paints new ones and drops the old. */
export function keptStillPainted(): number {
  const kept = (window as { keptRanges?: AbstractRange[] }).keptRanges ?? [];
  const painted = [...CSS.highlights.values()];
  return kept.filter((range) => painted.some((highlight) => highlight.has(range))).length;
}

/** Add a paragraph naming Ahmed al-Sharaa (work after a navigation, to see the scanner caught up). */
export function addSharaaParagraph(): void {
  document.body.append(
    Object.assign(document.createElement('p'), { textContent: 'Ahmed al-Sharaa spoke.' }),
  );
}
