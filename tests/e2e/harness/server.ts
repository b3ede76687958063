import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** URL of a file under one of the served roots, or of an inline page. */
  url(path: string): string;
  /** Serve `html` at `path` (for pages a test builds itself). */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

/**
 * A static file server on the loopback interface, started by each test file: fixture pages come
 * from `tests/e2e/fixtures` (and any extra roots, such as the shared corpus), never from the
 * network.
 */
export interface ServerOptions {
  /** Extra response headers for a served path (e.g. a CSP for corpus pages). */
  headers?: (path: string) => Record<string, string> | undefined;
}

export async function startServer(
  roots: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<FixtureServer> {
  const mounts = { '/': FIXTURES_DIR, ...roots };
  const inline = new Map<string, string>();

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inlineHtml = inline.get(path);
    if (inlineHtml !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']!, ...options.headers?.(path) });
      response.end(inlineHtml);
      return;
    }
    const file = resolveFile(mounts, path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...options.headers?.(path),
    });
    createReadStream(file).pipe(response);
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    page(path, html) {
      const key = path.startsWith('/') ? path : `/${path}`;
      inline.set(key, html);
      return origin + key;
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

function resolveFile(mounts: Record<string, string>, path: string): string | undefined {
  // Longest mount prefix first, so `/corpus/...` wins over `/`.
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    if (!path.startsWith(prefix)) continue;
    const root = mounts[prefix]!;
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return undefined; // no ../ escapes
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** The frame of the `frame-outer.html` fixture: `frame-inner.html`, inside `page`. */
export function innerFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/frame-inner.html'));
  if (!frame) throw new Error('no inner frame');
  return frame;
}
