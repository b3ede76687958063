import { defineConfig } from 'vitest/config';

/**
 * Firefox end-to-end tests: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with
 * the Firefox build installed as a temporary add-on. One file at a time (each launches its own
 * browser), generous timeouts, no retries.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
