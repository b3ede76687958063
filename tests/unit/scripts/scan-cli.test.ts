import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { visibleText } from '../../../scripts/lib/html-text';
import { runScan } from '../../../scripts/lib/scan-cli';

const dir = mkdtempSync(join(tmpdir(), 'backstory-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScan(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('npm run scan', () => {
  it('prints one JSON line per file with UTF-16 offsets into its text', async () => {
    const text = '😀 Russia’s talks with Syria';
    const path = file('a.txt', text);
    const { code, out, err } = await run([path]);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const line = JSON.parse(out[0] ?? '') as {
      file: string;
      matches: { start: number; end: number; surface: string; entity: string }[];
    };
    expect(line).toEqual({
      file: path,
      matches: [
        { start: 3, end: 9, surface: 'Russia', entity: 'russia' },
        { start: 23, end: 28, surface: 'Syria', entity: 'syria' },
      ],
    });
    for (const m of line.matches) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('reads .html files as their visible text', async () => {
    const path = file(
      'page.html',
      '<html><head><title>Putin</title><style>.Syria{}</style></head><body><p>Bashar al-<b>Assad</b></p><script>Russia</script><div hidden>Moscow</div><p>Syria&nbsp;TV</p></body></html>',
    );
    const { code, out } = await run([path]);
    expect(code).toBe(0);
    const { matches } = JSON.parse(out[0] ?? '') as { matches: { surface: string }[] };
    expect(matches.map((m) => m.surface)).toEqual(['Bashar al-Assad', 'Syria\u00a0TV']);
  });

  it('reports each bad file on stderr, scans the others, and exits non-zero', async () => {
    const good = file('good.txt', 'Syria');
    const binary = file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const invalid = file('latin1.txt', new Uint8Array([0x53, 0x79, 0x72, 0x69, 0x61, 0x20, 0xe9]));
    const missing = join(dir, 'missing.txt');
    const { code, out, err } = await run([missing, binary, good, invalid, dir]);
    expect(code).toBe(1);
    expect(out.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([good]);
    expect(err).toEqual([
      `scan: ${missing}: no such file`,
      `scan: ${binary}: looks like a binary file (NUL byte at offset 4)`,
      `scan: ${invalid}: is not valid UTF-8 (first bad byte at offset 6)`,
      `scan: ${dir}: is a directory, not a file`,
    ]);
  });

  it('finds demonyms only when asked', async () => {
    const path = file('demonyms.txt', 'Syrian officials');
    expect((await run([path])).out[0]).toContain('"matches":[]');
    expect((await run(['--demonyms', path])).out[0]).toContain('"entity":"syria"');
  });

  it('explains its usage', async () => {
    expect(await run([])).toMatchObject({ code: 2, err: [expect.stringContaining('usage')] });
    expect(await run(['--frobnicate', 'x'])).toMatchObject({
      code: 2,
      err: [expect.stringContaining('unknown option --frobnicate')],
    });
  });

  it('exits non-zero from the real command line', async () => {
    const exec = promisify(execFile);
    const good = file('cli.txt', 'Moscow');
    const result = await exec('npx', [
      'tsx',
      'scripts/scan.ts',
      good,
      join(dir, 'absent.txt'),
    ]).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"entity":"moscow"');
    expect(result.stderr).toContain('absent.txt: no such file');
  }, 30_000);
});

describe('visibleText', () => {
  it('separates blocks and skips what readers do not see', () => {
    expect(
      visibleText(
        '<p>One</p><p>Two<br>Three</p><template>x</template><noscript>y</noscript><span style="display: none">z</span><img alt="i">Four',
      ).replace(/\n+/g, '|'),
    ).toBe('|One|Two|Three|Four');
  });
});
