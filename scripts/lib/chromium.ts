import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the Chrome build of the extension lands (`wxt build`). */
export const CHROME_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to drive: `CHROME_PATH`, else the first one installed. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export const CHROMIUM_INSTALL_HINT = [
  'No Chromium found (looked at $CHROME_PATH and ' + CANDIDATES.join(', ') + ').',
  'Install one, for example on Debian or Ubuntu:',
  '  sudo apt-get update && sudo apt-get install -y chromium',
  'or point CHROME_PATH at an existing Chrome or Chromium binary.',
].join('\n');

/**
 * Flags for a quiet, offline, headless Chromium. Without the background-networking flags Chromium
 * keeps trying to reach Google's servers, which this project's machines (and its privacy tests) do
 * not allow.
 */
export function chromiumArgs(extensionDir?: string): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
  ];
  if (extensionDir) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  return args;
}

/** True when the built extension exists. */
export function extensionBuilt(dir = CHROME_EXTENSION_DIR): boolean {
  return existsSync(join(dir, 'manifest.json'));
}
