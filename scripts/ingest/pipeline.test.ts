/**
 * The whole ingest on copies of the seeds in a temporary folder: claim ids survive re-runs and edits to
 * other articles; a broken seed is reported by name and does not stop the others.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from './pipeline.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function corpus() {
  const dir = mkdtempSync(join(tmpdir(), 'ql-seeds-'));
  cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
  const run = () => runIngest({ root: ROOT, seedsDir: dir, contentDir: join(ROOT, 'content') });
  return { dir, run };
}

const claimIds = (result: ReturnType<ReturnType<typeof corpus>['run']>, article: string) =>
  result.claims.filter((c) => c.article === article).map((c) => c.id);

describe('runIngest', () => {
  it('gives the same ids on a re-run', () => {
    const { run } = corpus();
    const a = run();
    expect(a.errors).toEqual([]);
    expect(run().claims).toEqual(a.claims);
  });

  it('keeps claim ids of other articles when a sentence is added to one article', () => {
    const { dir, run } = corpus();
    const before = run();
    const [first, ...others] = before.articles;
    appendFileSync(join(dir, first!.sourceFile.split('/').at(-1)!), '\nNach Angaben des Pentagons wurden weitere 2.000 Soldaten verlegt.\n');
    const after = run();
    for (const article of others) expect(claimIds(after, article.id)).toEqual(claimIds(before, article.id));
    expect(claimIds(after, first!.id)).toEqual(expect.arrayContaining(claimIds(before, first!.id)));
    expect(claimIds(after, first!.id).length).toBe(claimIds(before, first!.id).length + 1);
  });

  it('keeps a claim id when sentences around it are reordered or edited', () => {
    const { dir, run } = corpus();
    const before = run();
    const article = before.articles.find((a) => a.sourceFile.endsWith('002_3b2be7df4d93287a.txt'))!;
    const file = join(dir, '002_3b2be7df4d93287a.txt');
    const text = readFileSync(file, 'utf8');
    const paragraphs = text.split('\n\n');
    // Swap two body paragraphs and edit a third.
    [paragraphs[7], paragraphs[8]] = [paragraphs[8]!, paragraphs[7]!];
    paragraphs[9] = paragraphs[9]!.replace('Bei Kursk', 'Nahe Kursk');
    writeFileSync(file, paragraphs.join('\n\n'));
    const after = run();
    const kept = claimIds(after, article.id);
    const unchanged = before.claims.filter((c) => c.article === article.id && !c.text.includes('Bei Kursk'));
    for (const claim of unchanged) expect(kept).toContain(claim.id);
  });

  it('skips a broken seed with a message naming it and builds the rest', () => {
    const { dir, run } = corpus();
    writeFileSync(join(dir, 'zz-binary.txt'), Uint8Array.from([0x00, 0x01, 0x02, 0xff]));
    writeFileSync(join(dir, 'notes.pdf'), 'x');
    const result = run();
    expect(result.articles).toHaveLength(5);
    expect(result.errors.map((e) => e.message)).toEqual([expect.stringMatching(/zz-binary\.txt: contains NUL bytes/)]);
    expect(result.warnings.map((w) => `${w.file}: ${w.message}`)).toContainEqual(expect.stringMatching(/notes\.pdf: skipped: not a \.txt file/));
  });

  it('gives two articles with the same title distinct ids', () => {
    const { dir, run } = corpus();
    renameSync(join(dir, '002_3b2be7df4d93287a.txt'), join(dir, 'a.txt'));
    cpSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const result = run();
    const ids = result.articles.filter((a) => /\/[ab]\.txt$/.test(a.sourceFile)).map((a) => a.id).sort();
    expect(ids).toEqual(['nordkorea-soll-schwerste-artillerie-an-russland-liefern', 'nordkorea-soll-schwerste-artillerie-an-russland-liefern-2']);
    expect(new Set(result.claims.map((c) => c.id)).size).toBe(result.claims.length);
  });
});
