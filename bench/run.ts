/**
 * `npm run bench [-- matcher|page|card|settings] [--only=NAME]`: the benchmarks, printed as tables
 * and written to bench/results/*.json. Speed targets are measured here and reported, never asserted
 * in tests.
 *
 * - Matcher: the matcher's throughput on the corpus text against per-alias and combined RegExps, and
 *   its build time (bench/matcher.ts).
 * - Page: the built extension in real Chromium on the corpus pages against a bare TreeWalker and
 *   mark.js (bench/page.ts); builds the extension first.
 * - Card: the hover card's time to paint (bench/card.ts).
 * - Settings: the popup's first paint from the cache, and a change reaching an open tab
 *   (bench/settings.ts).
 *
 * Run it on a quiet machine: the numbers are wall-clock times.
 */
import { execFileSync } from 'node:child_process';
import { benchCard } from './card';
import { benchMatcher } from './matcher';
import { runPageBench } from './page';
import { benchSettings } from './settings';

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const parts = args.filter((arg) => !arg.startsWith('--'));
const unknown = parts.find((part) => !['matcher', 'page', 'card', 'settings'].includes(part));
if (unknown !== undefined) {
  console.error(
    `bench: unknown part "${unknown}"; usage: npm run bench [-- matcher|page|card|settings] [--only=NAME]`,
  );
  process.exit(2);
}
const run = (part: string) => parts.length === 0 || parts.includes(part);

if (run('matcher')) benchMatcher();
if (run('page') || run('card') || run('settings'))
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (run('card')) await benchCard();
if (run('settings')) await benchSettings();
if (run('page')) await runPageBench(only === undefined ? {} : { only });
