/**
 * `npm run test:firefox`: build the Firefox extension, then run the Firefox end-to-end suite in
 * Debian's firefox-esr (or `FIREFOX_PATH`). Without a Firefox the suite cannot run: outside CI that
 * is reported with install instructions; with CI=true it fails the run.
 */
import { spawnSync } from 'node:child_process';
import { FIREFOX_INSTALL_HINT, findFirefox } from '../tests/firefox/harness/firefox';

const ci = process.env.CI === 'true' || process.env.CI === '1';

if (!findFirefox()) {
  console.error(`\nThe Firefox end-to-end tests need Firefox.\n${FIREFOX_INSTALL_HINT}\n`);
  if (ci) {
    console.error('CI=true: a missing browser fails the run.');
    process.exit(1);
  }
  console.error('The Firefox suite did NOT run. Unit and Chromium tests are unaffected.');
  process.exit(0);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['wxt', 'build', '-b', 'firefox']);
run('npx', ['vitest', 'run', '-c', 'vitest.firefox.config.ts', ...process.argv.slice(2)]);
