import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium with the built extension loaded. One file at a time (each
 * launches its own browser), generous timeouts, no retries.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
