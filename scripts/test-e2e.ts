/**
 * `npm run test:e2e`: build the extension, then run the end-to-end suite in real Chromium. Without
 * a browser the suite cannot run: outside CI that is reported with install instructions; with
 * CI=true it fails the run.
 */
import { spawnSync } from 'node:child_process';
import { CHROMIUM_INSTALL_HINT, findChromium } from './lib/chromium';

const ci = process.env.CI === 'true' || process.env.CI === '1';

if (!findChromium()) {
  console.error(`\nEnd-to-end tests need Chromium.\n${CHROMIUM_INSTALL_HINT}\n`);
  if (ci) {
    console.error('CI=true: a missing browser fails the run.');
    process.exit(1);
  }
  console.error('The end-to-end suite did NOT run. Unit tests are unaffected.');
  process.exit(0);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
