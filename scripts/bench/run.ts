/**
 * Runs a child process for the benchmark: every output line is kept with the time it arrived (for stage and
 * phase times), the whole output goes to a log file, and the peak RSS of every Node process in the tree is
 * collected by rss-preload.mjs. With GNU time present the child runs under `/usr/bin/time -v` as well, for
 * the peak RSS of the whole tree (including the native Pagefind binary).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gnuTimeCpu, gnuTimeMaxRss, type LogLine } from './build-log.ts';

export const GNU_TIME = '/usr/bin/time';
const PRELOAD = fileURLToPath(new URL('./rss-preload.mjs', import.meta.url));

export interface ProcessRss {
  pid: number;
  script: string;
  /** Bytes. */
  maxRSS: number;
  /** User + system CPU seconds. */
  cpuSeconds: number;
}

export interface Run {
  code: number | null;
  lines: LogLine[];
  /** performance.now() at spawn and exit. */
  start: number;
  end: number;
  /** Node processes of the tree with their peak RSS. */
  processes: ProcessRss[];
  /** Peak RSS of the largest process of the tree per GNU time, bytes (null without /usr/bin/time). */
  treeMaxRss: number | null;
  /** CPU seconds (user + system) of the whole tree per GNU time, including native children such as Pagefind. */
  treeCpu: number | null;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whole output is written here. */
  logFile: string;
  /** Scratch files for the RSS records (this path + .rss, + .time). */
  scratch: string;
  /** Echo lines matching this to the console while running (progress). */
  echo?: RegExp;
}

let gnuTimeFound: boolean | undefined;

/** Whether /usr/bin/time is GNU time (BusyBox's has no -o/-v). */
export function hasGnuTime(): boolean {
  if (gnuTimeFound === undefined) {
    const probe = existsSync(GNU_TIME) ? spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' }) : null;
    gnuTimeFound = probe !== null && /GNU/.test(`${probe.stdout}${probe.stderr}`);
  }
  return gnuTimeFound;
}

export function runLogged(command: string, args: string[], options: RunOptions): Promise<Run> {
  const rssFile = `${options.scratch}.rss`;
  const timeFile = `${options.scratch}.time`;
  rmSync(rssFile, { force: true });
  rmSync(timeFile, { force: true });
  const gnuTime = hasGnuTime();
  const [cmd, argv] = gnuTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const env = {
    ...options.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    QL_BENCH_RSS_FILE: rssFile,
    NODE_OPTIONS: [options.env.NODE_OPTIONS, `--import=${pathToFileURL(PRELOAD).href}`].filter(Boolean).join(' '),
  };
  const lines: LogLine[] = [];
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const t = performance.now();
        const parts = (rest + chunk).split('\n');
        rest = parts.pop()!;
        for (const text of parts) {
          lines.push({ t, text });
          if (options.echo?.test(text)) process.stdout.write(`      ${text.trim()}\n`);
        }
      });
      stream.on('end', () => {
        if (rest) lines.push({ t: performance.now(), text: rest });
      });
    };
    collect(child.stdout!);
    collect(child.stderr!);
    child.on('error', reject);
    child.on('close', (code) => {
      const end = performance.now();
      writeFileSync(options.logFile, lines.map((l) => `${((l.t - start) / 1000).toFixed(3).padStart(8)}  ${l.text}`).join('\n') + '\n');
      const processes: ProcessRss[] = existsSync(rssFile)
        ? readFileSync(rssFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as ProcessRss)
        : [];
      const report = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      resolve({ code, lines, start, end, processes, treeMaxRss: gnuTimeMaxRss(report), treeCpu: gnuTimeCpu(report) });
    });
  });
}

/** Peak RSS of the Node process whose script matches `re` (largest if several), bytes. */
export function peakRss(processes: readonly ProcessRss[], re: RegExp): number | null {
  const matching = processes.filter((p) => re.test(p.script));
  return matching.length ? Math.max(...matching.map((p) => p.maxRSS)) : null;
}

/** CPU seconds of the Node processes whose script matches `re`, summed. */
export function cpuOf(processes: readonly ProcessRss[], re: RegExp): number | null {
  const matching = processes.filter((p) => re.test(p.script));
  return matching.length ? matching.reduce((n, p) => n + p.cpuSeconds, 0) : null;
}
