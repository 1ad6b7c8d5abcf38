/**
 * `node scripts/report.ts` end to end on the test corpus (tests/fixtures/corpus): text, --json, --out,
 * a bad option; the ingest runs in memory and writes nothing to the generated folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from './summary.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The fixture seeds, so the expectations follow the fixture corpus as it grows. */
const SEEDS = readdirSync(join(ROOT, 'tests/fixtures/corpus')).filter((f) => f.endsWith('.txt')).sort();

function run(args: string[]) {
  const tmp = mkdtempSync(join(tmpdir(), 'ql-report-'));
  const generated = join(tmp, 'generated');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/report.ts'), ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, QL_SEEDS_DIR: join(ROOT, 'tests/fixtures/corpus'), QL_GENERATED_DIR: generated },
  });
  return { ...result, tmp, generated };
}

describe('npm run report', () => {
  it('prints the tables and writes no generated files', () => {
    const { status, stdout, stderr, generated } = run([]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Articles\n=+\nlang /);
    expect(stdout).toMatch(new RegExp(`${SEEDS.length} articles\\s+total`));
    expect(stdout).toContain('Lexicon candidates: acronym expansions');
    expect(stdout).toMatch(/Institute for the Study of War\s+ISW/);
    expect(existsSync(generated)).toBe(false);
  });

  it('prints the same as JSON with --json', () => {
    const { status, stdout } = run(['--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.totals.articles).toBe(SEEDS.length);
    expect(report.articles.map((a) => a.file).sort()).toEqual(SEEDS.map((f) => `tests/fixtures/corpus/${f}`));
    expect(report.totals.sentences).toBe(report.articles.reduce((n, a) => n + a.sentences, 0));
    expect(report.candidates.expansions.map((e) => [e.longForm, e.acronym])).toContainEqual(['Institute for the Study of War', 'ISW']);
  });

  it('writes the report to a file with --out (JSON for a .json name)', () => {
    const { status, stdout, tmp } = run(['--out', 'report.json']);
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^report: ${SEEDS.length} articles, \\d+ sentences → .*report\\.json\\n$`));
    expect((JSON.parse(readFileSync(join(tmp, 'report.json'), 'utf8')) as Report).totals.articles).toBe(SEEDS.length);
    const text = run(['--out', 'report.txt']);
    expect(readFileSync(join(text.tmp, 'report.txt'), 'utf8')).toMatch(/^Articles\n/);
  });

  it('rejects unknown options with the usage', () => {
    const { status, stderr } = run(['--wide']);
    expect(status).toBe(1);
    expect(stderr).toContain("report failed: Unknown option '--wide'");
    expect(stderr).toContain('usage: npm run report');
  });
});
