/**
 * `npm run bench` (matcher part): the matcher's throughput on real text, against two baselines in
 * the same run on the same text:
 *
 * - One RegExp per alias, run over the whole text alias after alias (how mark.js and most
 *   highlighters search for a list of terms), and
 * - One combined RegExp of every alias (an alternation, longest first), a single pass.
 *
 * The baselines get the easy version of the job: they match case-insensitively but know nothing of
 * diacritics, look-alike letters, typographic variants or context rules, which the matcher handles
 * in the same pass. Both baselines use the same Unicode word-boundary lookarounds as the matcher's
 * whole-word rule.
 *
 * Text: the visible text of the corpus pages (`../shared/corpus`), or generated English-like text
 * with aliases planted in it when the corpus is absent. Also measured: building the matcher from
 * the dataset (done at build time) and parsing and loading it (what the background does when it
 * starts), cold (first time in this process) and warm.
 *
 * Prints a table and writes bench/results/matcher.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATASET } from '../data/index';
import { compileTable, createMatcher, type Matcher } from '../lib/matcher';
import { visibleText } from '../scripts/lib/html-text';
import { median, printTable, writeResults } from './report';

const CORPUS_DIR = resolve(import.meta.dirname, '../../shared/corpus');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

interface TextSample {
  readonly name: string;
  readonly text: string;
}

function corpusTexts(): TextSample[] | undefined {
  if (!existsSync(CORPUS_DIR)) return undefined;
  const samples: TextSample[] = [];
  const all: string[] = [];
  for (const folder of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(CORPUS_DIR, folder.name)).sort()) {
      if (!file.endsWith('.html')) continue;
      const text = visibleText(readFileSync(join(CORPUS_DIR, folder.name, file), 'utf8'));
      all.push(text);
      if (file.startsWith('whatwg-html5-spec')) samples.push({ name: 'HTML5 spec (2009)', text });
    }
  }
  samples.push({ name: `whole corpus (${all.length} pages)`, text: all.join('\n') });
  return samples;
}

/** About two million characters of news-like English with the dataset's names here and there. */
function generatedText(): TextSample[] {
  const words =
    'the of and to in a is that for on was with as by said it from at his an be have has officials government military forces report week after talks minister president city border region people'.split(
      ' ',
    );
  const names = ['Syria', 'Russia', 'Vladimir Putin', 'al-Sharaa', 'Palmyra', 'Moscow', 'U.S.'];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const parts: string[] = [];
  let length = 0;
  while (length < 2_000_000) {
    const word =
      random() < 0.01
        ? (names[Math.floor(random() * names.length)] ?? '')
        : (words[Math.floor(random() * words.length)] ?? '');
    parts.push(word);
    length += word.length + 1;
  }
  return [{ name: 'generated English (corpus absent)', text: parts.join(' ') }];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

function aliasTexts(): string[] {
  return [
    ...new Set(
      DATASET.entities.flatMap((e) =>
        e.aliases.filter((a) => a.kind !== 'demonym').map((a) => a.text),
      ),
    ),
  ];
}

function perAliasRegExps(aliases: readonly string[]): (text: string) => number {
  const patterns = aliases.map((a) => new RegExp(`${BEFORE}${escape(a)}${AFTER}`, 'giu'));
  return (text) => {
    let count = 0;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      while (pattern.exec(text) !== null) count++;
    }
    return count;
  };
}

function combinedRegExp(aliases: readonly string[]): (text: string) => number {
  const sorted = [...aliases].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`${BEFORE}(?:${sorted.map(escape).join('|')})${AFTER}`, 'giu');
  return (text) => {
    let count = 0;
    pattern.lastIndex = 0;
    while (pattern.exec(text) !== null) count++;
    return count;
  };
}

function time(run: () => number): { ms: number; count: number } {
  let count = 0;
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    count = run();
    const elapsed = performance.now() - start;
    if (i >= 2) times.push(elapsed); // two warm-up runs
  }
  return { ms: median(times), count };
}

export function benchMatcher(): Record<string, unknown> {
  // Cold: the first build in this process.
  const coldStart = performance.now();
  const table = compileTable(DATASET);
  const compiled = performance.now();
  // What the background does: parse the table shipped in its bundle, then load the matcher.
  const shipped = JSON.stringify(table);
  const parseStart = performance.now();
  const matcher: Matcher = createMatcher(JSON.parse(shipped) as typeof table);
  const coldEnd = performance.now();
  const warm: number[] = [];
  const warmCompile: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    createMatcher(JSON.parse(shipped) as typeof table);
    warm.push(performance.now() - start);
    const compileStart = performance.now();
    compileTable(DATASET);
    warmCompile.push(performance.now() - compileStart);
  }
  const build = {
    compileTableMs: compiled - coldStart,
    compileTableWarmMs: median(warmCompile),
    createMatcherColdMs: coldEnd - parseStart,
    createMatcherWarmMs: median(warm),
    aliases: table.aliases.length,
  };

  const aliases = aliasTexts();
  const baselines = { perAlias: perAliasRegExps(aliases), combined: combinedRegExp(aliases) };
  const samples = corpusTexts() ?? generatedText();
  const results = samples.map(({ name, text }) => {
    const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
    const ours = time(() => matcher.scan(text).matches.length);
    const perAlias = time(() => baselines.perAlias(text));
    const combined = time(() => baselines.combined(text));
    const mbps = (ms: number) => megabytes / (ms / 1000);
    return {
      text: name,
      chars: text.length,
      megabytes,
      backstory: { ms: ours.ms, mbPerS: mbps(ours.ms), matches: ours.count },
      perAliasRegExp: { ms: perAlias.ms, mbPerS: mbps(perAlias.ms), matches: perAlias.count },
      combinedRegExp: { ms: combined.ms, mbPerS: mbps(combined.ms), matches: combined.count },
      speedupVsPerAlias: perAlias.ms / ours.ms,
      speedupVsCombined: combined.ms / ours.ms,
    };
  });

  console.log(
    `\nMatcher build: compiling the table and automaton from the dataset (at build time) ${build.compileTableMs.toFixed(2)} ms cold / ${build.compileTableWarmMs.toFixed(2)} ms warm; in the background, parsing the shipped table and loading the matcher ${build.createMatcherColdMs.toFixed(2)} ms cold / ${build.createMatcherWarmMs.toFixed(2)} ms warm (${build.aliases} aliases)`,
  );
  printTable(
    ['text', 'MB', 'Backstory', 'per-alias RegExp', 'combined RegExp', '× per-alias', '× combined'],
    results.map((r) => [
      r.text,
      r.megabytes.toFixed(2),
      `${r.backstory.ms.toFixed(1)} ms · ${r.backstory.mbPerS.toFixed(0)} MB/s`,
      `${r.perAliasRegExp.ms.toFixed(1)} ms · ${r.perAliasRegExp.mbPerS.toFixed(1)} MB/s`,
      `${r.combinedRegExp.ms.toFixed(1)} ms · ${r.combinedRegExp.mbPerS.toFixed(1)} MB/s`,
      `${r.speedupVsPerAlias.toFixed(1)}×`,
      `${r.speedupVsCombined.toFixed(1)}×`,
    ]),
  );
  const report = { runs: RUNS, node: process.version, build, results };
  writeResults('matcher.json', report);
  return report;
}
