/**
 * Minimal extensions for the benchmarks' floors: what the platform itself costs for the thing
 * measured (an extension page with one script, a content script that reads its settings), so that
 * each result can be read against the least any extension could do here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/harness/extension';

/**
 * Write a minimal extension (`files` by path, `manifest` merged into a bare Manifest V3 one) and
 * launch it as the project's own extension is launched (tests/e2e/harness/extension.ts).
 */
export async function launchFloorExtension(
  files: Record<string, string>,
  manifest: Record<string, unknown> = {},
): Promise<ExtensionBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-floor-ext-'));
  const all: Record<string, string> = {
    ...files,
    // Only so that the harness can read the extension's id from its worker.
    'worker.js': '',
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'Floor',
      version: '1.0',
      background: { service_worker: 'worker.js' },
      ...manifest,
    }),
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const floor = await launchWithExtension({ extensionDir: dir });
  return {
    ...floor,
    async close() {
      await floor.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An extension page whose one module script and one stylesheet show one switch. */
export const FLOOR_PAGE_FILES: Record<string, string> = {
  'floor.html':
    '<!doctype html><html><head><meta charset="utf-8"><title>Floor</title>' +
    '<script type="module" src="/floor.js"></script><link rel="stylesheet" href="/floor.css">' +
    '</head><body><div id="app"></div></body></html>',
  'floor.css': 'body { margin: 0; }\n',
  'floor.js':
    "const input = document.createElement('input');\n" +
    "input.type = 'checkbox';\ninput.setAttribute('role', 'switch');\n" +
    "document.getElementById('app').append(input);\n",
};

/**
 * A content script that does the least ours must: read its settings from `storage.local` and listen
 * for messages. Nothing else (no polyfill, no scan).
 */
export const FLOOR_CONTENT_SCRIPT = {
  files: {
    'floor-content.js':
      "chrome.runtime.onMessage.addListener(() => undefined);\nchrome.storage.local.get('settingsSnapshot').then(() => undefined);\n",
  },
  manifest: {
    permissions: ['storage'],
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['floor-content.js'],
        all_frames: true,
        run_at: 'document_idle',
      },
    ],
  },
  path: 'floor-content.js',
};
