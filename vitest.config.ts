import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { matcherTablePlugin } from './scripts/lib/matcher-table-plugin';

export default defineConfig({
  plugins: [WxtVitest(), matcherTablePlugin({ prebuilt: true })],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    mockReset: true,
    restoreMocks: true,
  },
});
