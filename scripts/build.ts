/**
 * `npm run build`: seeds/ → content/generated/ (ingest) → dist/ (astro build) → dist/pagefind/ (search index).
 * One progress line per stage with the time it took. Other folders via QL_* environment variables
 * (scripts/paths.ts), which the tests and the benchmark use.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeServiceWorker } from './build/service-worker.ts';
import { ingest } from './ingest.ts';
import { projectPaths } from './paths.ts';

const paths = projectPaths();
const bin = (name: string) => join(paths.root, 'node_modules', '.bin', name);

function stage<T>(name: string, work: () => T, describe: (result: T) => string): T {
  const t0 = performance.now();
  process.stdout.write(`▸ ${name} …\n`);
  const result = work();
  console.log(`✓ ${name}: ${describe(result)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return result;
}

function run(command: string, args: string[], quiet: boolean): void {
  const child = spawnSync(command, args, {
    cwd: paths.root,
    stdio: quiet ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (child.status !== 0) {
    if (quiet && child.stdout) process.stdout.write(child.stdout);
    throw new Error(`${command.split('/').at(-1)} ${args.join(' ')} exited with ${child.status ?? child.signal}`);
  }
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const t0 = performance.now();
  stage('ingest', () => ingest({ strict: process.argv.includes('--strict') }), (c) => `${c.articles} articles, ${c.sentences} sentences, ${c.claims} claims${c.gone ? `, ${c.gone} earlier URLs kept` : ''}${c.failed ? `, ${c.failed} seed(s) skipped` : ''}`);
  stage('astro build', () => run(bin('astro'), ['build', ...(verbose ? [] : ['--silent'])], !verbose), () => `site in ${paths.outDir}`);
  stage('pagefind', () => run(bin('pagefind'), ['--site', paths.outDir, ...(verbose ? [] : ['--silent'])], !verbose), () => 'search index in pagefind/');
  stage('service worker', () => writeServiceWorker(paths.outDir, process.env.QL_BASE ?? '/'), (p) => `sw.js caches ${p.everything ? 'the whole site' : 'core files'} (${p.precache.length} files) offline, version ${p.version}`);
  console.log(`build finished in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (error) {
  console.error(`build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
