/**
 * Permalinks that last: the corpus is edited many times (sentences edited, reordered, added, removed;
 * articles added and removed), and after every round every article and claim URL ever published still
 * answers, either with its current page or with a page that says where it went.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ingest } from '../scripts/ingest.ts';
import { projectPaths } from '../scripts/paths.ts';
import { fixtureEnv, OUT } from './global-setup.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = 25;

/** Mulberry32, so the edits are the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it(`keeps every URL ever published answering through ${ROUNDS} rounds of edits`, () => {
  const dir = join(OUT, 'churn');
  const seeds = join(dir, 'seeds');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  const env = { ...fixtureEnv(dir), QL_SEEDS_DIR: seeds, QL_NOTES_DIR: join(dir, 'no-notes') };
  const paths = projectPaths(env);
  const random = prng(7);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const published = { articles: new Set<string>(), claims: new Set<string>() };
  const extra = [
    'Nach Angaben des Pentagons wurden weitere 2.000 Soldaten verlegt.',
    'Der Kreml bestritt die Berichte am Montag.',
    'Satellitenbilder zeigen neue Züge an der Grenze.',
  ];

  for (let round = 0; round < ROUNDS; round++) {
    ingest({ strict: false, quiet: true }, paths);
    const claims = JSON.parse(readFileSync(join(paths.generatedDir, 'claims.json'), 'utf8')) as Array<{ id: string }>;
    const gone = JSON.parse(readFileSync(join(paths.generatedDir, 'gone-claims.json'), 'utf8')) as Array<{ id: string }>;
    const articles = readdirSync(join(paths.generatedDir, 'corpus')).map((f) => f.replace(/\.json$/, ''));
    const goneArticles = JSON.parse(readFileSync(join(paths.generatedDir, 'gone-articles.json'), 'utf8')) as Array<{ id: string }>;
    for (const c of claims) published.claims.add(c.id);
    for (const a of articles) published.articles.add(a);
    const answering = new Set([...claims, ...gone].map((c) => c.id));
    const answeringArticles = new Set([...articles, ...goneArticles.map((a) => a.id)]);
    expect([...published.claims].filter((id) => !answering.has(id)), `round ${round}`).toEqual([]);
    expect([...published.articles].filter((id) => !answeringArticles.has(id)), `round ${round}`).toEqual([]);

    // Edit the corpus for the next round.
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
    const file = join(seeds, pick(files));
    const lines = readFileSync(file, 'utf8').split('\n');
    const body = lines.map((l, i) => [l, i] as const).filter(([l, i]) => i > 0 && l.trim().length > 40).map(([, i]) => i);
    const action = pick(['edit', 'swap', 'add', 'remove', 'new-article', 'drop-article'] as const);
    if (action === 'edit' && body.length) {
      const i = pick(body);
      lines[i] = lines[i]!.replace(/\d+/, (n) => String(Number(n) + 1)).replace(/ und /, ' sowie ');
    } else if (action === 'swap' && body.length > 1) {
      const [i, j] = [pick(body), pick(body)];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    } else if (action === 'add') {
      lines.push('', pick(extra));
    } else if (action === 'remove' && body.length) {
      lines.splice(pick(body), 1);
    } else if (action === 'new-article') {
      writeFileSync(join(seeds, `neu-${round}.txt`), `Neuer Artikel ${round}\n\n${pick(extra)} Ein zweiter Satz mit 30 Haubitzen in Runde ${round}.\n`);
    } else if (action === 'drop-article' && files.length > 2) {
      rmSync(file);
      continue;
    }
    writeFileSync(file, lines.join('\n'));
  }

  // One real build of the last state: every URL ever published has a page.
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const missing = [...[...published.claims].map((id) => `behauptungen/${id}/index.html`), ...[...published.articles].map((id) => `artikel/${id}/index.html`)].filter((p) => !existsSync(join(paths.outDir, p)));
  expect(missing).toEqual([]);
  expect(published.claims.size).toBeGreaterThan(90);
}, 300_000);
