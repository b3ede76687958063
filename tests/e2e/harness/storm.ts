/**
 * The mutation storm of tests/e2e/fixtures/storm.html, started from outside. Runs in the page:
 * Playwright and Puppeteer both pass it to `evaluate`. Resolves to the number of lines naming
 * Putin.
 */
export function startStorm(): Promise<number> {
  return (window as unknown as { startStorm(): Promise<number> }).startStorm();
}
