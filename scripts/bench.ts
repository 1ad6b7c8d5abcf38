/**
 * `npm run bench`: a benchmark, not a test. For corpora of N articles recombined from the seed sentences
 * (deterministic per N) it prints, and writes to bench/.out/results.json:
 * 1. ingest throughput in process (after a warm-up on the real seeds);
 * 2. a full `scripts/build.ts` as a child process into bench/.out/site-N/ (own QL_* folders): seconds per
 *    stage, Astro's phases, per-page render time by page type, HTML pages and pages/s;
 * 3. peak RSS of the astro build (and of the build process, and of the whole tree per GNU time);
 * 4. Pagefind index size and, for one page of each type, HTML and HTML+CSS gzip bytes;
 * 5. search in Chromium: bytes of the first search from Ctrl+K to the results, latency cold and warm;
 * 6. a bare Astro build of the same page counts (bench/.out/bare-N/) and our build's ratio to it.
 * Options: --n=50,500,1000  --no-search  --no-bare  --cold-runs=3
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/browser.ts';
import { bareData, barePageCount, writeBareProject } from './bench/bare.ts';
import { astroPhases, lineTime, stageTimes, timingsByType, type AstroPhases, type StageTime, type TypeTiming } from './bench/build-log.ts';
import { sentencePool, writeCorpus } from './bench/corpus.ts';
import { bytes, count, median, ms, ratio, seconds, table } from './bench/format.ts';
import { PAGE_TYPES, type PageType } from './bench/pages.ts';
import { cpuOf, peakRss, runLogged } from './bench/run.ts';
import { measureSearch, type SearchMeasure } from './bench/search.ts';
import { listFiles, siteSizes, type SiteSizes } from './bench/sizes.ts';
import { runIngest } from './ingest/pipeline.ts';
import { projectPaths } from './paths.ts';

const paths = projectPaths();
const ASTRO = /astro(\.mjs)?$/;
const BUILD = /scripts\/build\.ts$/;
const benchDir = join(paths.root, 'bench/.out');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (arg('n') ?? '50,500,1000').split(',').map(Number);
const COLD_RUNS = Number(arg('cold-runs') ?? 3);
/** One more cold search typed at this speed, as a person types (prefix searches run in between). */
const HUMAN_KEY_DELAY_MS = 120;
const WITH_SEARCH = !process.argv.includes('--no-search');
const WITH_BARE = !process.argv.includes('--no-bare');
const CORES = availableParallelism();
const FIRST_QUERY = 'Haubitzen';
const WARM_QUERIES = ['Kursk', 'Soldaten', 'Artillerie', 'Raketen', 'Pjöngjang'];
/** Targets from the issue, at 1,000 articles. */
const TARGET_FIRST_SEARCH_BYTES = 150 * 1024;
const TARGET_LATENCY_MS = 150;

interface IngestMeasure {
  articles: number;
  sentences: number;
  claims: number;
  runs: number[];
  seconds: number;
  /** CPU seconds of the median run's process (user + system; includes GC threads). */
  cpuSeconds: number;
  /** Seconds per pipeline step (runIngest's own timings, last run). */
  steps: Record<string, number>;
  articlesPerSecond: number;
  sentencesPerSecond: number;
}

interface BuildMeasure {
  exitCode: number | null;
  stages: StageTime[];
  totalSeconds: number;
  astroSeconds: number;
  astroPhases: AstroPhases;
  renderByType: Partial<Record<PageType, TypeTiming>>;
  htmlPages: number;
  astroPagesPerSecond: number;
  fullPagesPerSecond: number;
  rss: { astro: number | null; buildProcess: number | null; treeMax: number | null };
  /** CPU seconds (user + system): astro process, build.ts process (ingest, service worker), whole tree. */
  cpu: { astro: number | null; buildProcess: number | null; tree: number | null };
  log: string;
}

interface BareMeasure {
  exitCode: number | null;
  /** Seconds of each build; `seconds` is their median. */
  runs: number[];
  seconds: number;
  phases: AstroPhases;
  htmlPages: number;
  expectedPages: number;
  htmlBytes: number;
  pagesPerSecond: number;
  rss: number | null;
  /** CPU seconds of the astro process, median over the runs. */
  cpu: number | null;
  log: string;
}

interface Result {
  n: number;
  ingest: IngestMeasure;
  build: BuildMeasure;
  sizes: SiteSizes;
  bare: BareMeasure | null;
  /** Wall-time ratios, and CPU-time ratios (robust when the machine is shared). */
  ratios: { astroToBare: number | null; fullToBare: number | null; astroToBareCpu: number | null; fullToBareCpu: number | null };
  search: SearchMeasure | null;
  wallSeconds: number;
  /** 1-minute load average before and after this N (others' work on the machine skews timings). */
  load: [number, number];
}

const say = (text: string) => console.log(text);

function measureIngest(n: number, seedsDir: string): IngestMeasure {
  // Repeat where it is cheap; large corpora run once (2 cores, noisy: medians).
  const reps = n <= 100 ? 5 : n <= 500 ? 2 : 1;
  const runs: number[] = [];
  const cpu: number[] = [];
  let articles = 0;
  let sentences = 0;
  let claims = 0;
  let steps: Record<string, number> = {};
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = runIngest({ root: paths.root, seedsDir, contentDir: paths.contentDir });
    const c1 = process.cpuUsage(c0);
    runs.push((performance.now() - t0) / 1000);
    cpu.push((c1.user + c1.system) / 1e6);
    if (result.errors.length) throw new Error(`bench corpus did not ingest cleanly: ${result.errors[0]!.message}`);
    articles = result.articles.length;
    sentences = result.articles.reduce((s, a) => s + a.sentences.length, 0);
    claims = result.claims.length;
    steps = Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, v / 1000]));
  }
  const s = median(runs);
  return { articles, sentences, claims, runs, seconds: s, cpuSeconds: median(cpu), steps, articlesPerSecond: articles / s, sentencesPerSecond: sentences / s };
}

function siteEnv(siteDir: string, seedsDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    QL_SEEDS_DIR: seedsDir,
    QL_GENERATED_DIR: join(siteDir, 'generated'),
    QL_OUT_DIR: join(siteDir, 'dist'),
    QL_CACHE_DIR: join(siteDir, 'cache'),
    QL_LEDGER: join(siteDir, 'ledger.json'),
    QL_NOTES_DIR: join(siteDir, 'notes'),
  };
}

async function measureBuild(siteDir: string, seedsDir: string): Promise<BuildMeasure> {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'notes'), { recursive: true });
  const log = join(siteDir, 'build.log');
  const run = await runLogged(process.execPath, ['scripts/build.ts', '--verbose'], {
    cwd: paths.root,
    env: siteEnv(siteDir, seedsDir),
    logFile: log,
    scratch: join(siteDir, 'build'),
    echo: /^(✓|build (finished|failed))/,
  });
  if (run.code !== 0) throw new Error(`build failed (exit ${run.code}), see ${log}`);
  const stages = stageTimes(run.lines);
  const astroStart = lineTime(run.lines, /^▸ astro build/) ?? run.start;
  const astroEnd = lineTime(run.lines, /^✓ astro build:/) ?? run.end;
  const htmlPages = listFiles(join(siteDir, 'dist')).filter((f) => f.rel.endsWith('.html')).length;
  const astroSeconds = stages.find((s) => s.name === 'astro build')?.seconds ?? Number.NaN;
  const totalSeconds = (run.end - run.start) / 1000;
  return {
    exitCode: run.code,
    stages,
    totalSeconds,
    astroSeconds,
    astroPhases: astroPhases(run.lines, astroStart, astroEnd),
    renderByType: timingsByType(run.lines),
    htmlPages,
    astroPagesPerSecond: htmlPages / astroSeconds,
    fullPagesPerSecond: htmlPages / totalSeconds,
    rss: { astro: peakRss(run.processes, ASTRO), buildProcess: peakRss(run.processes, BUILD), treeMax: run.treeMaxRss },
    cpu: { astro: cpuOf(run.processes, ASTRO), buildProcess: cpuOf(run.processes, BUILD), tree: run.treeCpu },
    log,
  };
}

async function measureBare(n: number, siteDir: string): Promise<BareMeasure> {
  const dir = join(benchDir, `bare-${n}`);
  const html = listFiles(join(siteDir, 'dist'))
    .filter((f) => f.rel.endsWith('.html'))
    .map((f) => f.rel);
  const data = bareData(join(siteDir, 'generated'), html);
  const log = join(dir, 'build.log');
  // A bare build is cheap: the median of several cold builds (project written anew each time).
  const reps = n <= 100 ? 3 : 2;
  const runs = [];
  for (let i = 0; i < reps; i++) {
    writeBareProject(dir, data, join(paths.root, 'node_modules'));
    const run = await runLogged(join(paths.root, 'node_modules/.bin/astro'), ['build', '--root', dir], {
      cwd: dir,
      env: { ...process.env },
      logFile: log,
      scratch: join(dir, 'build'),
    });
    if (run.code !== 0) throw new Error(`bare build failed (exit ${run.code}), see ${log}`);
    runs.push(run);
  }
  const runSeconds = runs.map((r) => (r.end - r.start) / 1000);
  const s = median(runSeconds);
  const run = runs[runSeconds.indexOf([...runSeconds].sort((a, b) => a - b)[Math.floor((reps - 1) / 2)]!)]!;
  const files = listFiles(join(dir, 'dist')).filter((f) => f.rel.endsWith('.html'));
  return {
    exitCode: run.code,
    runs: runSeconds,
    seconds: s,
    phases: astroPhases(run.lines, run.start, run.end),
    htmlPages: files.length,
    expectedPages: barePageCount(data),
    htmlBytes: files.reduce((a, f) => a + f.bytes, 0),
    pagesPerSecond: files.length / s,
    rss: peakRss(run.processes, ASTRO),
    cpu: median(runs.map((r) => cpuOf(r.processes, ASTRO)).filter((v): v is number => v !== null)),
    log,
  };
}

const TYPE_LABEL: Record<PageType, string> = {
  home: 'home /',
  article: 'article /artikel/…',
  claim: 'claim /behauptungen/…',
  weapon: 'weapon /waffen/…',
  glossary: 'glossary /glossar/…',
  source: 'source /quellen/…',
  search: 'search /suche/',
  index: 'section indexes',
  facet: 'claim facets',
  other: '404, further sources',
};

function printResult(r: Result): void {
  const { build, sizes, bare, search, ingest } = r;
  const stage = (name: string) => build.stages.find((s) => s.name === name);
  const p = build.astroPhases;
  say('');
  say(`══ N = ${count(r.n)} articles: ${count(ingest.sentences)} sentences, ${count(ingest.claims)} claims → ${count(build.htmlPages)} HTML pages ══`);
  say(`load average ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)} on ${CORES} cores${Math.max(...r.load) > CORES ? ' (machine busy with other work: timings inflated)' : ''}`);
  say(
    table([
      ['measure', 'value', 'detail'],
      ['ingest in process', `${count(ingest.articlesPerSecond)} art./s`, `${count(ingest.sentencesPerSecond)} sentences/s, ${seconds(ingest.seconds, 2)} (median of ${ingest.runs.length}), CPU ${seconds(ingest.cpuSeconds, 2)}`],
      ['  ingest steps', '', Object.entries(ingest.steps).map(([k, v]) => `${k} ${seconds(v, 2)}`).join(', ')],
      ['build: ingest (+ write)', seconds(stage('ingest')?.seconds), ''],
      ['build: astro build', seconds(build.astroSeconds), `setup ${seconds(p.setup)}, bundle ${seconds(p.bundle)}, render ${seconds(p.render)}, finish ${seconds(p.finish)}`],
      ['build: pagefind', seconds(stage('pagefind')?.seconds), ''],
      ['build: service worker', seconds(stage('service worker')?.seconds), ''],
      ['build: total', seconds(build.totalSeconds), `${count(build.htmlPages)} pages: ${count(build.astroPagesPerSecond)} pages/s astro, ${count(build.fullPagesPerSecond)} pages/s full`],
      ['CPU time (user+sys)', seconds(build.cpu.tree), `astro ${seconds(build.cpu.astro)}, build.ts (ingest, service worker) ${seconds(build.cpu.buildProcess)}`],
      ['peak RSS astro build', bytes(build.rss.astro), `build.ts (ingest) ${bytes(build.rss.buildProcess)}, largest process of tree ${bytes(build.rss.treeMax)}`],
      ['bare astro build', seconds(bare?.seconds), bare ? `${bare.runs.length > 1 ? `median of ${bare.runs.length}, ` : ''}${count(bare.htmlPages)} pages, ${count(bare.pagesPerSecond)} pages/s, render ${seconds(bare.phases.render)}, CPU ${seconds(bare.cpu)}, RSS ${bytes(bare.rss)}, HTML ${bytes(bare.htmlBytes)} (ours ${bytes(sizes.htmlBytes)})` : 'skipped'],
      ['ratio astro / bare', ratio(build.astroSeconds, bare?.seconds), `full build / bare astro: ${ratio(build.totalSeconds, bare?.seconds)} (wall time)`],
      ['ratio astro / bare, CPU', ratio(build.cpu.astro, bare?.cpu), `full build / bare astro: ${ratio(build.cpu.tree, bare?.cpu)} (CPU time)`],
    ]),
  );
  say('');
  say('astro render time by page type (sum of the per-page times Astro prints)');
  const renderTotal = Object.values(build.renderByType).reduce((a, t) => a + t.seconds, 0);
  say(
    table([
      ['type', 'pages', 'render', 'share', 'ms/page', 'slowest'],
      ...PAGE_TYPES.flatMap((type) => {
        const t = build.renderByType[type];
        return t ? [[TYPE_LABEL[type], count(t.pages), seconds(t.seconds), `${((100 * t.seconds) / renderTotal).toFixed(0)} %`, t.meanMs.toFixed(1), `${ms(t.maxMs)} ${t.slowest}`]] : [];
      }),
    ]),
  );
  say('');
  const kinds = Object.entries(sizes.index.byKind)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([k, v]) => `${k} ${bytes(v.bytes)}/${count(v.files)}`)
    .join(', ');
  say(`site ${bytes(sizes.distBytes)} in ${count(sizes.distFiles)} files; HTML ${bytes(sizes.htmlBytes)}; Pagefind index ${bytes(sizes.index.bytes)} in ${count(sizes.index.files)} files (${kinds})`);
  say(
    table([
      ['page (median of its type)', 'HTML', 'HTML gz', 'HTML+CSS gz', 'CSS files', 'largest of type', 'page'],
      ...sizes.pages.map((pg) => [TYPE_LABEL[pg.type], bytes(pg.htmlBytes), bytes(pg.htmlGzip), bytes(pg.htmlCssGzip), String(pg.css.length), bytes(pg.maxHtmlBytes), pg.page]),
    ]),
  );
  if (search) {
    say('');
    say(`search in Chromium (sirv on 127.0.0.1, service worker blocked)`);
    say(
      table([
        ['query', 'latency', 'typing', 'prefix renders', 'shown', 'requests', 'bytes', 'if gzipped', 'by kind'],
        ...[
          ...search.cold.map((q, i) => ({ q, label: `cold ${i + 1}: ${q.query}${q.keyDelayMs ? ` (${q.keyDelayMs} ms/key)` : ''}` })),
          ...search.warm.map((q) => ({ q, label: `warm: ${q.query}` })),
        ].map(({ q, label }) => [
          label,
          ms(q.latencyMs),
          ms(q.typingMs),
          String(q.earlierRenders),
          String(q.shown),
          String(q.requests),
          bytes(q.bytes),
          bytes(q.gzipBytes),
          Object.entries(q.byKind)
            .sort((a, b) => b[1].bytes - a[1].bytes)
            .map(([k, v]) => `${k} ${bytes(v.bytes)}/${v.requests}`)
            .join(', '),
        ]),
      ]),
    );
    say(`first search "${search.firstQuery}": ${bytes(search.firstSearchBytes)} (${bytes(search.firstSearchGzipBytes)} if text is gzipped); latency cold median ${ms(search.coldMedianMs)}, warm median ${ms(search.warmMedianMs)}`);
  }
}

function met(ok: boolean | null): string {
  return ok === null ? 'n/a' : ok ? 'met' : 'NOT met';
}

function printSummary(results: Result[], wallSeconds: number): void {
  const col = (f: (r: Result) => string) => results.map(f);
  say('');
  say('══ Summary ══');
  say(
    table([
      ['N articles', ...col((r) => count(r.n))],
      ['claims', ...col((r) => count(r.ingest.claims))],
      ['HTML pages', ...col((r) => count(r.build.htmlPages))],
      ['ingest articles/s (in process)', ...col((r) => count(r.ingest.articlesPerSecond))],
      ['build: ingest s', ...col((r) => seconds(r.build.stages.find((s) => s.name === 'ingest')?.seconds))],
      ['build: astro build s', ...col((r) => seconds(r.build.astroSeconds))],
      ['  of which render s', ...col((r) => seconds(r.build.astroPhases.render))],
      ['build: pagefind s', ...col((r) => seconds(r.build.stages.find((s) => s.name === 'pagefind')?.seconds))],
      ['build: service worker s', ...col((r) => seconds(r.build.stages.find((s) => s.name === 'service worker')?.seconds))],
      ['build: total s', ...col((r) => seconds(r.build.totalSeconds))],
      ['pages/s astro', ...col((r) => count(r.build.astroPagesPerSecond))],
      ['pages/s full build', ...col((r) => count(r.build.fullPagesPerSecond))],
      ['peak RSS astro', ...col((r) => bytes(r.build.rss.astro))],
      ['Pagefind index', ...col((r) => `${bytes(r.sizes.index.bytes)} / ${count(r.sizes.index.files)} files`)],
      ['home page HTML', ...col((r) => bytes(r.sizes.pages.find((p) => p.type === 'home')?.htmlBytes))],
      ['first search bytes', ...col((r) => bytes(r.search?.firstSearchBytes))],
      ['  if text gzipped', ...col((r) => bytes(r.search?.firstSearchGzipBytes))],
      ['  typed at human speed', ...col((r) => bytes(r.search?.humanTyped?.bytes))],
      ['search latency cold (median)', ...col((r) => ms(r.search?.coldMedianMs))],
      ['search latency warm (median)', ...col((r) => ms(r.search?.warmMedianMs))],
      ['bare astro build s', ...col((r) => seconds(r.bare?.seconds))],
      ['bare pages/s', ...col((r) => count(r.bare?.pagesPerSecond))],
      ['ratio astro / bare', ...col((r) => ratio(r.build.astroSeconds, r.bare?.seconds))],
      ['ratio full build / bare', ...col((r) => ratio(r.build.totalSeconds, r.bare?.seconds))],
      ['CPU s: our astro / bare astro', ...col((r) => `${seconds(r.build.cpu.astro)} / ${seconds(r.bare?.cpu)}`)],
      ['ratio astro / bare, CPU time', ...col((r) => ratio(r.build.cpu.astro, r.bare?.cpu))],
      ['ratio full build / bare, CPU time', ...col((r) => ratio(r.build.cpu.tree, r.bare?.cpu))],
      ['bench wall time', ...col((r) => seconds(r.wallSeconds, 0))],
      ['load average (1 min) before → after', ...col((r) => `${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`)],
    ]),
  );
  const at = results.find((r) => r.n === 1000) ?? results.at(-1)!;
  if (at.search) {
    const s = at.search;
    say('');
    say(`targets at N = ${count(at.n)}${at.n === 1000 ? '' : ' (1,000 not measured)'}:`);
    say(`  first search ≤ 150 KB:     ${bytes(s.firstSearchBytes)} on the wire → ${met(s.firstSearchBytes <= TARGET_FIRST_SEARCH_BYTES)}; with gzipped text ${bytes(s.firstSearchGzipBytes)} → ${met(s.firstSearchGzipBytes <= TARGET_FIRST_SEARCH_BYTES)}`);
    say(`  latency ≤ 150 ms (warm):   median ${ms(s.warmMedianMs)} → ${met(Number.isNaN(s.warmMedianMs) ? null : s.warmMedianMs <= TARGET_LATENCY_MS)}`);
    say(`  latency ≤ 150 ms (cold):   median ${ms(s.coldMedianMs)} → ${met(Number.isNaN(s.coldMedianMs) ? null : s.coldMedianMs <= TARGET_LATENCY_MS)}`);
  }
  say(`\nbench finished in ${(wallSeconds / 60).toFixed(1)} min${wallSeconds > 15 * 60 ? ' (over the 15-minute budget)' : ''}; results in bench/.out/results.json, logs in bench/.out/site-N/build.log`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  mkdirSync(benchDir, { recursive: true });
  const pool = sentencePool(paths.seedsDir, paths.contentDir);
  // Warm-up on the real seeds: modules, regexes and lexicon automata are built on first use.
  runIngest({ root: paths.root, seedsDir: paths.seedsDir, contentDir: paths.contentDir });
  let browser: Browser | null = null;
  const results: Result[] = [];
  try {
    if (WITH_SEARCH) browser = await launchBrowser();
    for (const n of SIZES) {
      const tn = performance.now();
      const loadBefore = loadavg()[0]!;
      say(`\n▸ N = ${count(n)}`);
      const seedsDir = join(benchDir, `seeds-${n}`);
      writeCorpus(seedsDir, n, pool);
      say('  ingest in process …');
      const ingest = measureIngest(n, seedsDir);
      say(`  full build (scripts/build.ts) into bench/.out/site-${n}/ …`);
      const siteDir = join(benchDir, `site-${n}`);
      const build = await measureBuild(siteDir, seedsDir);
      const sizes = siteSizes(join(siteDir, 'dist'));
      let bare: BareMeasure | null = null;
      if (WITH_BARE) {
        say(`  bare astro build into bench/.out/bare-${n}/ …`);
        bare = await measureBare(n, siteDir);
      }
      let search: SearchMeasure | null = null;
      if (browser) {
        say('  search in Chromium …');
        search = await measureSearch(browser, join(siteDir, 'dist'), { firstQuery: FIRST_QUERY, warmQueries: WARM_QUERIES, coldRuns: COLD_RUNS, humanKeyDelayMs: HUMAN_KEY_DELAY_MS });
      }
      const result: Result = {
        n,
        ingest,
        build,
        sizes,
        bare,
        ratios: {
          astroToBare: bare ? build.astroSeconds / bare.seconds : null,
          fullToBare: bare ? build.totalSeconds / bare.seconds : null,
          astroToBareCpu: bare?.cpu && build.cpu.astro ? build.cpu.astro / bare.cpu : null,
          fullToBareCpu: bare?.cpu && build.cpu.tree ? build.cpu.tree / bare.cpu : null,
        },
        search,
        wallSeconds: (performance.now() - tn) / 1000,
        load: [loadBefore, loadavg()[0]!],
      };
      results.push(result);
      printResult(result);
      writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 1)}\n`);
    }
  } finally {
    await browser?.close();
  }
  printSummary(results, (performance.now() - t0) / 1000);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
