/** Two builds of the same input are byte-identical: no timestamps, random ids or absolute paths leak in. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, inject, it } from 'vitest';
import { fixtureEnv, OUT } from './global-setup.ts';

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

it('builds the fixture corpus byte-identically a second time, into another folder', () => {
  const second = join(OUT, 'second');
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: resolve(import.meta.dirname, '..'), env: fixtureEnv(second), encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const first = digest(inject('siteDir'));
  const again = digest(join(second, 'dist'));
  expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
});
