/**
 * Pure parsing of the output of `scripts/build.ts --verbose` (and of a plain `astro build`), each line with
 * the time (ms) the benchmark received it: stage times, Astro's phases, and the per-page render times Astro
 * prints ("├─ /artikel/x/index.html (+12ms)"), grouped by page type.
 */
import { classifyPage, type PageType } from './pages.ts';

export interface LogLine {
  /** Milliseconds on the benchmark's clock when the line arrived. */
  t: number;
  text: string;
}

export interface StageTime {
  name: string;
  /** From the arrival times of the "▸ name" and "✓ name:" lines. */
  seconds: number;
  /** What build.ts printed, "(12.3 s)" (0.1 s resolution). */
  reported: number | null;
}

export interface AstroPhases {
  /** Config, content sync, type generation, collecting build info: start → "Building static entrypoints". */
  setup: number | null;
  /** Vite/Rolldown bundles of server and client: → "generating static routes". */
  bundle: number | null;
  /** Rendering every page to HTML: → "N page(s) built". */
  render: number | null;
  /** After the last page: writing, cleanup, process exit. */
  finish: number | null;
}

export interface TypeTiming {
  pages: number;
  /** Sum of the per-page times Astro printed, seconds. */
  seconds: number;
  meanMs: number;
  maxMs: number;
  slowest: string;
}

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Stages of scripts/build.ts from its "▸ name …" / "✓ name: … (x s)" lines. */
export function stageTimes(lines: readonly LogLine[]): StageTime[] {
  const started = new Map<string, number>();
  const stages: StageTime[] = [];
  for (const { t, text } of lines) {
    const plain = stripAnsi(text);
    const start = /^▸ (.+?) …\s*$/.exec(plain);
    if (start) {
      started.set(start[1]!, t);
      continue;
    }
    const done = /^✓ ([^:]+): .*\((\d+(?:\.\d+)?) s\)\s*$/.exec(plain);
    if (done && started.has(done[1]!)) {
      stages.push({ name: done[1]!, seconds: (t - started.get(done[1]!)!) / 1000, reported: Number(done[2]) });
    }
  }
  return stages;
}

/** Per-page render time printed by Astro: "├─ /path/index.html (+12ms)" or "(+1.20s)". */
export function pageTiming(text: string): { path: string; ms: number } | null {
  const m = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(stripAnsi(text));
  if (!m) return null;
  return { path: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) };
}

/** Per-page times summed by page type; types without pages are left out. */
export function timingsByType(lines: readonly LogLine[]): Partial<Record<PageType, TypeTiming>> {
  const out: Partial<Record<PageType, TypeTiming>> = {};
  for (const line of lines) {
    const page = pageTiming(line.text);
    if (!page) continue;
    const type = classifyPage(page.path);
    const entry = (out[type] ??= { pages: 0, seconds: 0, meanMs: 0, maxMs: 0, slowest: '' });
    entry.pages++;
    entry.seconds += page.ms / 1000;
    if (page.ms > entry.maxMs) {
      entry.maxMs = page.ms;
      entry.slowest = page.path;
    }
  }
  for (const entry of Object.values(out)) entry.meanMs = (entry.seconds * 1000) / entry.pages;
  return out;
}

/** Astro's phases from the arrival times of its progress lines, between `start` and `end` (ms). */
export function astroPhases(lines: readonly LogLine[], start: number, end: number): AstroPhases {
  const at = (re: RegExp) => lines.find((l) => l.t >= start && l.t <= end && re.test(stripAnsi(l.text)))?.t ?? null;
  const entry = at(/Building static entrypoints/);
  const generating = at(/generating static routes/);
  const built = at(/page\(s\) built in/);
  const span = (a: number | null, b: number | null) => (a === null || b === null ? null : (b - a) / 1000);
  return { setup: span(start, entry), bundle: span(entry, generating), render: span(generating, built), finish: span(built, end) };
}

/** First and last arrival time of lines matching `re`. */
export function lineTime(lines: readonly LogLine[], re: RegExp): number | null {
  return lines.find((l) => re.test(stripAnsi(l.text)))?.t ?? null;
}

/** "Maximum resident set size (kbytes): 123" from GNU time -v, in bytes. */
export function gnuTimeMaxRss(report: string): number | null {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return m ? Number(m[1]) * 1024 : null;
}

/** "User time (seconds): 1.5" + "System time (seconds): 0.5" from GNU time -v: CPU seconds of the tree. */
export function gnuTimeCpu(report: string): number | null {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(report);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(report);
  return user && system ? Number(user[1]) + Number(system[1]) : null;
}
