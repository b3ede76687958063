import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the Firefox build of the extension lands (`wxt build -b firefox`). */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

/**
 * The Firefox to drive: `FIREFOX_PATH`, else the first one installed (Debian's `firefox-esr`
 * first).
 */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export const FIREFOX_INSTALL_HINT = [
  'No Firefox found (looked at $FIREFOX_PATH and ' + CANDIDATES.join(', ') + ').',
  'Install one, for example on Debian or Ubuntu:',
  '  sudo apt-get update && sudo apt-get install -y firefox-esr',
  'or point FIREFOX_PATH at an existing Firefox (140 or later) binary.',
].join('\n');

/** True when the Firefox build of the extension exists. */
export function firefoxExtensionBuilt(dir = FIREFOX_EXTENSION_DIR): boolean {
  return existsSync(join(dir, 'manifest.json'));
}
