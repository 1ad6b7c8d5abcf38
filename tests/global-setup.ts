/**
 * Builds the fixture corpus (tests/fixtures/corpus) once with the real `npm run build` pipeline into
 * tests/.out/, and serves it on 127.0.0.1 for the browser tests. Tests read the location via inject().
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '..');
/** QL_TEST_OUT lets two test runs on one machine use separate folders. */
export const OUT = process.env.QL_TEST_OUT ? resolve(process.env.QL_TEST_OUT) : join(ROOT, 'tests/.out');

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    generatedDir: string;
    baseUrl: string;
  }
}

export function fixtureEnv(out: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    QL_SEEDS_DIR: join(ROOT, 'tests/fixtures/corpus'),
    QL_GENERATED_DIR: join(out, 'generated'),
    QL_OUT_DIR: join(out, 'dist'),
    QL_CACHE_DIR: join(out, 'cache'),
    QL_LEDGER: join(out, 'ledger.json'),
    QL_NOTES_DIR: join(ROOT, 'tests/fixtures/notes'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

let server: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  const env = fixtureEnv(OUT);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  const siteDir = env.QL_OUT_DIR!;
  server = createServer(sirv(siteDir, { dev: false, etag: true }));
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server did not start');
  project.provide('siteDir', siteDir);
  project.provide('generatedDir', env.QL_GENERATED_DIR!);
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
}
