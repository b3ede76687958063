/**
 * `npm run bench` (page part): the content script in real Chromium on the corpus pages (or
 * generated pages when `../shared/corpus` is absent), against two baselines on the same pages in
 * the same run:
 *
 * - A bare TreeWalker pass that only reads every text node (the floor), run in the page and already
 *   warm (median of five), and the same pass run once in a fresh isolated world, the kind of world
 *   a content script gets: its first touch of each node makes that world's object for it, which the
 *   page's own scripts have already paid for (median of three loads), and
 * - Mark.js (8.11.1, the classic highlighter) highlighting the same aliases, the way it is usually
 *   called: `mark(aliases, { separateWordSearch: false, accuracy: 'exactly' })`, which wraps each
 *   match in a <mark> element.
 *
 * The extension's main-thread time has two parts. Evaluating the content script (compiling it and
 * running its top level, up to its first await) happens before any of its code can time itself, so
 * it is read from a trace of the page (`EvaluateScript` events of our content script, in every
 * frame). Everything after that comes from its own instrumentation (main-thread time of each of the
 * content script's tasks), read through the same status message the popup uses; each page is loaded
 * three times (`BENCH_PAGE_RUNS`), and the quickest load counts, with the longest task of any load.
 * Pages are served on 127.0.0.1 with their own scripts blocked by CSP and every other request
 * aborted. Last, a mutation storm (tests/e2e/fixtures/storm.html: 20 000 lines added in under a
 * second): the main-thread time and longest task of following it until every name is painted.
 *
 * Prints a table and writes bench/results/page.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DATASET } from '../data';
import { chromiumArgs, findChromium } from '../scripts/lib/chromium';
import {
  CORPUS_DIR,
  corpusAvailable,
  corpusHeaders,
  corpusPages,
} from '../tests/e2e/harness/corpus';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/harness/extension';
import { startServer, type FixtureServer } from '../tests/e2e/harness/server';
import { tabIdOf } from '../tests/e2e/harness/tabs';
import { FLOOR_CONTENT_SCRIPT, launchFloorExtension } from './floor';
import { ENGINE_BUNDLE_PATH } from '../lib/content/engine-bundle';
import type { ContentStatus } from '../lib/messaging/protocol';
import { startStorm } from '../tests/e2e/harness/storm';

const RESULTS = resolve(import.meta.dirname, 'results');
const MARK_TIMEOUT_MS = Number(process.env.BENCH_MARK_TIMEOUT_MS ?? 180_000);
/** Loads of each page with the extension (`BENCH_PAGE_RUNS`). */
const RUNS = Math.max(1, Number(process.env.BENCH_PAGE_RUNS ?? 3));
const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

/** The aliases mark.js searches for: every non-demonym alias of the dataset. */
const ALIASES = [
  ...new Set(
    DATASET.entities.flatMap((entity) =>
      entity.aliases.filter((alias) => alias.kind !== 'demonym').map((alias) => alias.text),
    ),
  ),
];

interface PageResult {
  page: string;
  textChars: number;
  textNodes: number;
  walkMs: number;
  /** The same pass once in a fresh isolated world (a content script's kind), median of three loads. */
  coldWalkMs: number;
  extension:
    | {
        /** Evaluating the content script plus its own tasks. */
        busyMs: number;
        /** Of which evaluating it (compile and top level), from the trace. */
        evaluateMs: number;
        maxTaskMs: number;
        elapsedMs: number;
        highlights: number;
        runs: { busyMs: number; evaluateMs: number; maxTaskMs: number }[];
      }
    | undefined;
  markjs: { ms: number | undefined; marks: number | undefined; timedOut: boolean };
  memoryAddedMb?: number;
  /** Evaluating the floor's content script (bench/floor.ts) on the same page, one load. */
  floorEvaluateMs?: number;
}

function generatedPages(server: FixtureServer): string[] {
  // No corpus: build article-like pages with the dataset's names planted in them.
  const words =
    'the of and to in a is that for on with as by at from this was were said news report region'.split(
      ' ',
    );
  const pages: string[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (const [name, paragraphs] of [
    ['small', 30],
    ['medium', 300],
    ['large', 6000],
  ] as const) {
    let html =
      '<!doctype html><html><head><meta charset="utf-8"><title>generated</title></head><body><main>';
    for (let p = 0; p < paragraphs; p++) {
      let text = '';
      for (let w = 0; w < 80; w++) {
        text +=
          random() < 0.03
            ? ALIASES[Math.floor(random() * ALIASES.length)]
            : words[Math.floor(random() * words.length)];
        text += ' ';
      }
      html += `<p>${text}</p>`;
    }
    html += '</main></body></html>';
    pages.push(server.page(`/generated/${name}.html`, html).replace(server.origin, ''));
  }
  return pages;
}

async function waitForScan(
  ext: ExtensionBrowser,
  tabId: number,
  timeoutMs = 120_000,
): Promise<ContentStatus> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const status = await ext.background.evaluate(async (id) => {
      try {
        return await chrome.tabs.sendMessage<unknown, ContentStatus>(
          id,
          { type: 'toContent/status' },
          { frameId: 0 },
        );
      } catch {
        return undefined;
      }
    }, tabId);
    if (status?.scan?.done && status.scan.startedAt !== undefined) return status;
    if (Date.now() > end) throw new Error('scan did not finish');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Start tracing `page` (before it navigates); the returned function stops and gives the main-thread
 * time of each evaluation of the content script at `scriptUrl` (one per frame it ran in), and of
 * each bundle it imported from under `bundleUrl` (lib/content/loader.ts): the bundle's compile on
 * the main thread (`v8.compileModule`; the rest streams off it) and its top level (the
 * `FunctionCall` that follows).
 */
async function traceEvaluations(
  page: Page,
  scriptUrl: string,
  bundleUrl?: string,
): Promise<() => Promise<number[]>> {
  const session = await page.context().newCDPSession(page);
  type TraceEvent = {
    name?: string;
    ts?: number;
    dur?: number;
    tid?: number;
    args?: { data?: { url?: string } };
  };
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as TraceEvent[])));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) =>
      session.once('Tracing.tracingComplete', () => resolve()),
    );
    await session.send('Tracing.end');
    await complete;
    await session.detach();
    const ms = (event: TraceEvent) => (event.dur ?? 0) / 1000;
    const evaluations = events
      .filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url === scriptUrl)
      .map(ms);
    if (bundleUrl === undefined) return evaluations;
    const inBundle = (event: TraceEvent) => event.args?.data?.url?.startsWith(bundleUrl) ?? false;
    const calls = events
      .filter((event) => event.name === 'FunctionCall' && inBundle(event))
      .sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
    for (const compile of events.filter((e) => e.name === 'v8.compileModule' && inBundle(e))) {
      const end = (compile.ts ?? 0) + (compile.dur ?? 0);
      const topLevel = calls.find((call) => call.tid === compile.tid && (call.ts ?? 0) >= end);
      evaluations.push(ms(compile) + (topLevel ? ms(topLevel) : 0));
    }
    return evaluations;
  };
}

/** One bare walk over the page's text nodes, run in the page: its time, characters and nodes. */
function walkText(): { ms: number; chars: number; nodes: number } {
  const start = performance.now();
  const walker = document.createTreeWalker(
    document.body ?? document.documentElement,
    NodeFilter.SHOW_TEXT,
  );
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    nodes++;
  }
  return { ms: performance.now() - start, chars, nodes };
}

/** `walkText` once, as an expression for a world of CDP's own (`Runtime.evaluate`). */
const WALK_TEXT = `(${walkText.toString()})()`;

/** Five walks in one task, already warm after the first; the median. */
async function bareWalk(page: Page): Promise<{ ms: number; chars: number; nodes: number }> {
  return page.evaluate(`(() => {
    const walk = ${walkText.toString()};
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(walk());
    runs.sort((a, b) => a.ms - b.ms);
    return runs[2];
  })()`);
}

/**
 * The bare walk as a content script would run it: once, in an isolated world of its own made for it
 * over CDP (`Page.createIsolatedWorld`), on a fresh load of the page. Median of three loads.
 */
async function coldWalk(browser: Browser, url: string): Promise<number> {
  const runs: number[] = [];
  const context = await browser.newContext();
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|about:)/, (route) => route.abort());
  for (let load = 0; load < 3; load++) {
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      const session = await page.context().newCDPSession(page);
      const { frameTree } = await session.send('Page.getFrameTree');
      const { executionContextId } = await session.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: `bench-cold-walk-${load}`,
      });
      const { result } = await session.send('Runtime.evaluate', {
        contextId: executionContextId,
        returnByValue: true,
        expression: WALK_TEXT,
      });
      runs.push((result.value as { ms: number }).ms);
      await session.detach();
    } finally {
      await page.close();
    }
  }
  await context.close();
  return percentile(runs, 50);
}

async function jsHeapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

async function markJs(browser: Browser, url: string): Promise<PageResult['markjs']> {
  const context = await browser.newContext({ bypassCSP: true });
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|about:)/, (route) => route.abort());
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: MARK_JS });
    // tsx (esbuild) names functions with a `__name` helper that a page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const result = await Promise.race([
      page.evaluate((aliases) => {
        return new Promise<{ ms: number; marks: number }>((done) => {
          const start = performance.now();
          let marks = 0;
          // mark.js's global, injected above.
          const { Mark } = window as unknown as {
            Mark: new (root: Element) => { mark(terms: string[], options: object): void };
          };
          new Mark(document.body).mark(aliases, {
            separateWordSearch: false,
            accuracy: 'exactly',
            each: () => marks++,
            done: () => done({ ms: performance.now() - start, marks }),
          });
        });
      }, ALIASES),
      new Promise<undefined>((done) => setTimeout(() => done(undefined), MARK_TIMEOUT_MS)),
    ]);
    return result
      ? { ms: result.ms, marks: result.marks, timedOut: false }
      : { ms: undefined, marks: undefined, timedOut: true };
  } finally {
    await context.close().catch(() => undefined);
  }
}

interface StormResult {
  /** Lines the feed added, and how many name Putin. */
  lines: number;
  named: number;
  /** Ranges painted once the storm was over (the page's one name, and the feed's). */
  painted: number;
  storms: number;
  /** Our main-thread time from the storm's start until every name was painted. */
  busyMs: number;
  /** The longest task of ours in the load (the first scan of the small page included). */
  maxTaskMs: number;
  /** Wall-clock time from the storm's start until every name was painted. */
  settledMs: number;
}

/**
 * The storm fixture (tests/e2e/fixtures/storm.html, 20 000 lines added in under a second): what
 * following it costs the page, and the longest task, once the page's own scan is done.
 */
async function stormRun(ext: ExtensionBrowser, url: string): Promise<StormResult> {
  const page = await ext.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(ext, page);
    const before = (await waitForScan(ext, tabId)).scan!;
    const started = performance.now();
    const named = await page.evaluate(startStorm);
    for (;;) {
      const after = (await waitForScan(ext, tabId)).scan!;
      if (after.highlights > named || performance.now() - started > 60_000) {
        return {
          lines: 20_000,
          named,
          painted: after.highlights,
          storms: after.storms,
          busyMs: after.busyMs - before.busyMs,
          maxTaskMs: after.maxTaskMs,
          settledMs: performance.now() - started,
        };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await page.close();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const fmt = (value: number | undefined, digits = 1) =>
  value === undefined ? '—' : value.toFixed(digits);

export async function runPageBench(options: { only?: string } = {}): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('page bench: no Chromium (set CHROME_PATH or install chromium)');
  const server = await startServer({ '/corpus': CORPUS_DIR }, { headers: corpusHeaders });
  const usingCorpus = corpusAvailable();
  let pages = usingCorpus ? corpusPages() : generatedPages(server);
  if (options.only) pages = pages.filter((page) => page.includes(options.only!));
  console.log(
    `page bench: ${pages.length} pages (${usingCorpus ? CORPUS_DIR : 'generated'}), ${ALIASES.length} aliases`,
  );

  const ext = await launchWithExtension();
  const contentScriptUrl = ext.extensionUrl('content-scripts/content.js');
  const engineBundleUrl = ext.extensionUrl(ENGINE_BUNDLE_PATH);
  const floor = await launchFloorExtension(
    FLOOR_CONTENT_SCRIPT.files,
    FLOOR_CONTENT_SCRIPT.manifest,
  );
  const floorScriptUrl = floor.extensionUrl(FLOOR_CONTENT_SCRIPT.path);
  const plain = await chromium.launch({ executablePath, headless: true, args: chromiumArgs() });
  const results: PageResult[] = [];
  const storm: StormResult[] = [];
  try {
    for (const path of pages) {
      const url = server.url(path);
      // Extension runs, each in a fresh tab. Wall-clock times on a shared machine jump by several
      // milliseconds from one load to the next, so each page is loaded RUNS times: its time is the
      // quickest run's (the least disturbed), its longest task the longest seen in any run.
      /** Each load: main-thread time with the evaluation added, of which the evaluation. */
      const scans: (NonNullable<ContentStatus['scan']> & { evaluateMs: number })[] = [];
      let walk: Awaited<ReturnType<typeof bareWalk>> | undefined;
      let memoryAddedMb: number | undefined;
      for (let run = 0; run < RUNS; run++) {
        const page = await ext.context.newPage();
        const evaluations = await traceEvaluations(page, contentScriptUrl, engineBundleUrl);
        await page.goto(url, { waitUntil: 'load' });
        const tabId = await tabIdOf(ext, page);
        const scan = (await waitForScan(ext, tabId)).scan!;
        const evaluated = await evaluations();
        const evaluateMs = evaluated.reduce((sum, ms) => sum + ms, 0);
        scans.push({
          ...scan,
          busyMs: scan.busyMs + evaluateMs,
          evaluateMs,
          maxTaskMs: Math.max(scan.maxTaskMs, ...evaluated),
        });
        if (run === 0) {
          walk = await bareWalk(page);
          if (path.includes('whatwg-html5-spec')) {
            const withExtension = await jsHeapMb(page);
            const basePage = await plain.newPage();
            await basePage.goto(url, { waitUntil: 'load' });
            memoryAddedMb = withExtension - (await jsHeapMb(basePage));
            await basePage.close();
          }
        }
        await page.close();
      }
      // The floor: the least content script, on the same page (typical pages only).
      let floorEvaluateMs: number | undefined;
      if (!path.includes('whatwg-html5-spec')) {
        const page = await floor.context.newPage();
        const evaluations = await traceEvaluations(page, floorScriptUrl);
        await page.goto(url, { waitUntil: 'load' });
        // Its only work is synchronous; a task later, the trace has it.
        await page.waitForTimeout(100);
        floorEvaluateMs = (await evaluations()).reduce((sum, ms) => sum + ms, 0);
        await page.close();
      }
      const coldWalkMs = await coldWalk(plain, url);
      const quickest = scans.reduce((best, scan) => (scan.busyMs < best.busyMs ? scan : best));
      const markjs = await markJs(plain, url);
      const result: PageResult = {
        page: path.replace(/^\/corpus\//, ''),
        textChars: walk!.chars,
        textNodes: walk!.nodes,
        walkMs: walk!.ms,
        coldWalkMs,
        extension: {
          busyMs: quickest.busyMs,
          evaluateMs: quickest.evaluateMs,
          maxTaskMs: Math.max(...scans.map((scan) => scan.maxTaskMs)),
          elapsedMs: (quickest.finishedAt ?? 0) - (quickest.startedAt ?? 0),
          highlights: quickest.highlights,
          runs: scans.map(({ busyMs, evaluateMs, maxTaskMs }) => ({
            busyMs,
            evaluateMs,
            maxTaskMs,
          })),
        },
        markjs,
        ...(memoryAddedMb !== undefined ? { memoryAddedMb } : {}),
        ...(floorEvaluateMs !== undefined ? { floorEvaluateMs } : {}),
      };
      results.push(result);
      if (result.textChars > 200_000 || pages.length <= 10) printRow(result);
    }
    // The storm runs with the whole bench, or alone with --only=storm.
    if (!options.only || options.only === 'storm') {
      for (let run = 0; run < RUNS; run++)
        storm.push(await stormRun(ext, server.url('/storm.html')));
    }
  } finally {
    await plain.close();
    await floor.close();
    await ext.close();
    await server.close();
  }

  // Summary.
  const typical = results.filter(
    (r) => r.page.startsWith('readability/') || r.page.startsWith('/generated'),
  );
  const busy = typical.map((r) => r.extension?.busyMs ?? NaN);
  const evaluate = typical.map((r) => r.extension?.evaluateMs ?? NaN);
  const floorEvaluate = typical.map((r) => r.floorEvaluateMs ?? NaN);
  const coldWalks = typical.map((r) => r.coldWalkMs);
  // What a content script that does nothing but read the page's text once would cost there.
  const leastReader = typical.map((r) => (r.floorEvaluateMs ?? NaN) + r.coldWalkMs);
  const maxTask = Math.max(...results.map((r) => r.extension?.maxTaskMs ?? 0));
  console.log('\nAll pages:');
  console.log(
    `  extension main-thread time per typical page: median ${fmt(percentile(busy, 50), 2)} ms, p90 ${fmt(percentile(busy, 90), 2)} ms, max ${fmt(Math.max(...busy), 2)} ms (target < 5 ms)`,
  );
  console.log(
    `    of which evaluating the content script (compile and top level): median ${fmt(percentile(evaluate, 50), 2)} ms, p90 ${fmt(percentile(evaluate, 90), 2)} ms`,
  );
  console.log(
    `  the floor: evaluating a content script that only reads storage.local and listens for messages: median ${fmt(percentile(floorEvaluate, 50), 2)} ms, p90 ${fmt(percentile(floorEvaluate, 90), 2)} ms`,
  );
  console.log(
    `  the bare walk of a typical page once in a fresh isolated world: median ${fmt(percentile(coldWalks, 50), 2)} ms, p90 ${fmt(percentile(coldWalks, 90), 2)} ms`,
  );
  console.log(
    `  the two together, page by page (a content script that only reads the text once): median ${fmt(percentile(leastReader, 50), 2)} ms, p90 ${fmt(percentile(leastReader, 90), 2)} ms, under 5 ms on ${leastReader.filter((ms) => ms < 5).length} of ${leastReader.length} pages`,
  );
  console.log(`  longest extension task on any page: ${fmt(maxTask, 2)} ms (target < 50 ms)`);
  for (const run of storm) {
    console.log(
      `  mutation storm (${run.lines} lines in under a second, ${run.named} naming Putin): ${run.painted - 1} of them painted after ${fmt(run.settledMs, 0)} ms, ${run.storms} coalesced rescans, ${fmt(run.busyMs, 1)} ms of main-thread time, longest task ${fmt(run.maxTaskMs, 1)} ms`,
    );
  }
  for (const result of results.filter((r) => r.textChars > 200_000)) printRow(result, true);

  mkdirSync(RESULTS, { recursive: true });
  const out = {
    date: new Date().toISOString(),
    machine: { node: process.version, chromium: ext ? 'see below' : undefined },
    corpus: usingCorpus ? CORPUS_DIR : 'generated',
    aliases: ALIASES.length,
    summary: {
      typicalPages: typical.length,
      busyMsMedian: percentile(busy, 50),
      busyMsP90: percentile(busy, 90),
      busyMsMax: Math.max(...busy),
      evaluateMsMedian: percentile(evaluate, 50),
      evaluateMsP90: percentile(evaluate, 90),
      floorEvaluateMsMedian: percentile(floorEvaluate, 50),
      floorEvaluateMsP90: percentile(floorEvaluate, 90),
      coldWalkMsMedian: percentile(coldWalks, 50),
      leastReaderMsMedian: percentile(leastReader, 50),
      maxTaskMs: maxTask,
    },
    storm,
    pages: results,
  };
  writeFileSync(resolve(RESULTS, 'page.json'), JSON.stringify(out, null, 2));
  console.log(`\nwrote ${resolve(RESULTS, 'page.json')}`);
}

function printRow(result: PageResult, verbose = false): void {
  const ext = result.extension;
  const mark = result.markjs;
  const vsWalk = ext ? ext.busyMs / result.walkMs : NaN;
  const vsColdWalk = ext ? ext.busyMs / result.coldWalkMs : NaN;
  const vsMark = ext && mark.ms !== undefined ? mark.ms / ext.busyMs : NaN;
  console.log(
    `${result.page.padEnd(48)} ${String(result.textChars).padStart(9)} chars ${String(result.textNodes).padStart(7)} nodes | walk ${fmt(result.walkMs).padStart(7)} ms | extension ${fmt(ext?.busyMs).padStart(7)} ms busy (${fmt(ext?.evaluateMs)} evaluating), max task ${fmt(ext?.maxTaskMs).padStart(5)} ms, ${ext?.highlights ?? 0} highlights | mark.js ${mark.timedOut ? `> ${MARK_TIMEOUT_MS / 1000} s` : `${fmt(mark.ms)} ms`}${verbose ? ` | ext/walk ${fmt(vsWalk, 2)}×${result.page.includes('whatwg-html5-spec') ? ' (target ≤ 3×)' : ''}; cold walk in a fresh world ${fmt(result.coldWalkMs)} ms, ext/cold walk ${fmt(vsColdWalk, 2)}×; mark.js/ext ${mark.timedOut ? `> ${fmt(MARK_TIMEOUT_MS / (ext?.busyMs ?? 1), 0)}` : fmt(vsMark, 0)}×${result.memoryAddedMb !== undefined ? `, JS heap +${fmt(result.memoryAddedMb)} MB` : ''}` : ''}`,
  );
}
