/**
 * `node scripts/bench/profile.ts [N]`: where the astro build's time goes. Runs `astro build` once more on the
 * ingest output of bench/.out/site-N/ (run `npm run bench` first) under `node --cpu-prof`, into
 * bench/.out/profile-N/, and prints self time by package / bundle chunk, and the functions of the site's own
 * code (the bundled pages, components and src/lib) by time on the stack.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../paths.ts';
import { table } from './format.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Where a frame's self time is counted: GC, a package, a chunk of the site's bundle, or Node itself. */
export function bucketOf(frame: Pick<CallFrame, 'url' | 'functionName'>): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return url;
  if (/\/(?:\.prerender|chunks|pages|_astro|entry|server)\//.test(url) || /\.mjs$/.test(url)) return `site bundle: ${basename(url).replace(/[_.-][A-Za-z0-9_-]{8}\.mjs$/, '.mjs')}`;
  return url.replace(`file://${ROOT}/`, '');
}

/** Whether a frame is the site's own code as bundled by Astro (pages, components, src/lib). */
export function isSiteCode(url: string): boolean {
  return url !== '' && !url.includes('/node_modules/') && !url.startsWith('node:') && url.startsWith('file://');
}

export interface ProfileSummary {
  totalMs: number;
  selfByBucket: Array<[string, number]>;
  /** Site functions by time on the (synchronous) stack, ms. */
  siteOnStack: Array<[string, number]>;
}

/** Self time by bucket and time on stack of the site's own functions, from samples × time deltas. */
export function summarise(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<number, number>();
  for (let i = 0; i < samples.length; i++) self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  const selfByBucket = new Map<string, number>();
  const siteOnStack = new Map<string, number>();
  for (const [id, msSelf] of self) {
    const node = byId.get(id)!;
    const bucket = bucketOf(node.callFrame);
    selfByBucket.set(bucket, (selfByBucket.get(bucket) ?? 0) + msSelf);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!isSiteCode(frame.url)) continue;
      const name = `${frame.functionName || '(anonymous)'} ${basename(frame.url)}`;
      if (seen.has(name)) continue;
      seen.add(name);
      siteOnStack.set(name, (siteOnStack.get(name) ?? 0) + msSelf);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: (profile.endTime - profile.startTime) / 1000, selfByBucket: sorted(selfByBucket), siteOnStack: sorted(siteOnStack) };
}

function main(): void {
  const n = Number(process.argv[2] ?? 500);
  const site = join(ROOT, 'bench/.out', `site-${n}`);
  if (!existsSync(join(site, 'generated'))) throw new Error(`no ${site}/generated: run \`npm run bench -- --n=${n}\` first`);
  const out = join(ROOT, 'bench/.out', `profile-${n}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'notes'), { recursive: true });
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    QL_GENERATED_DIR: join(site, 'generated'),
    QL_OUT_DIR: join(out, 'dist'),
    QL_CACHE_DIR: join(out, 'cache'),
    QL_LEDGER: join(out, 'ledger.json'),
    QL_NOTES_DIR: join(out, 'notes'),
  };
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${join(out, 'prof')}`, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: ROOT, env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`astro build exited with ${run.status}`);
  console.log(`astro build under --cpu-prof: ${((performance.now() - t0) / 1000).toFixed(1)} s (profiling slows it down)`);
  const files = readdirSync(join(out, 'prof'))
    .map((f) => join(out, 'prof', f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  const summary = summarise(JSON.parse(readFileSync(files[0]!, 'utf8')) as CpuProfile);
  const pct = (v: number) => `${((100 * v) / summary.totalMs).toFixed(1)} %`;
  console.log(`\nself time by package / chunk (main thread, ${(summary.totalMs / 1000).toFixed(1)} s profiled)`);
  console.log(table([['where', 'self', 'share'], ...summary.selfByBucket.slice(0, 25).map(([k, v]) => [k, `${(v / 1000).toFixed(2)} s`, pct(v)])]));
  console.log('\nsite code by time on the synchronous stack (async rendering cuts stacks: a lower bound)');
  console.log(table([['function  file', 'on stack', 'share'], ...summary.siteOnStack.slice(0, 30).map(([k, v]) => [k, `${(v / 1000).toFixed(2)} s`, pct(v)])]));
  console.log(`\nprofile: ${files[0]} (open in Chrome DevTools → Performance)`);
}

if (import.meta.main) {
  try {
    main();
  } catch (error) {
    console.error(`profile failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
