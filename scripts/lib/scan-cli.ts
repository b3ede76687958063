/**
 * `npm run scan -- [--demonyms] FILE...`: the matcher over text files, one JSON line per file on
 * stdout. A file that cannot be read as text gets a message on stderr naming it and why; the other
 * files are still scanned, and the exit code says something failed.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DATASET } from '../../data/index';
import { compileTable, createMatcher, scanText } from '../../lib/matcher';
import { visibleText } from './html-text';

export interface ScanIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = 'usage: npm run scan -- [--demonyms] FILE...';

/** Reads one file as UTF-8 text, or says why it cannot. */
async function readText(file: string): Promise<{ text: string } | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'no such file' };
    if (code === 'EISDIR') return { error: 'is a directory, not a file' };
    if (code === 'EACCES') return { error: 'permission denied' };
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: `looks like a binary file (NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { error: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
  const ext = extname(file).toLowerCase();
  return { text: ext === '.html' || ext === '.htm' ? visibleText(text) : text };
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection (a prefix cut inside a character is invalid only at
  // its end, so allow up to 3 bytes of slack).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    let valid = false;
    for (let cut = mid; cut <= Math.min(mid + 3, bytes.length) && !valid; cut++) {
      try {
        decoder.decode(bytes.subarray(0, cut));
        valid = true;
      } catch {
        // keep looking
      }
    }
    if (valid) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Runs the CLI; resolves to the exit code (0 all scanned, 1 some file failed, 2 usage). */
export async function runScan(args: readonly string[], io: ScanIo): Promise<number> {
  const demonyms = args.includes('--demonyms');
  const files = args.filter((arg) => arg !== '--demonyms');
  const unknown = files.find((arg) => arg.startsWith('--'));
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (unknown !== undefined) {
    io.err(`scan: unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const matcher = createMatcher(compileTable(DATASET));
  let failed = false;
  for (const file of files) {
    const read = await readText(file);
    if ('error' in read) {
      io.err(`scan: ${file}: ${read.error}`);
      failed = true;
      continue;
    }
    const matches = scanText(matcher, read.text, { demonyms }).map(
      ({ start, end, surface, entity }) => ({ start, end, surface, entity }),
    );
    io.out(JSON.stringify({ file, matches }));
  }
  return failed ? 1 : 0;
}
