/** Linking across articles, end to end on small invented articles with the real lexicon. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from './pipeline.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ql-link-'));
writeFileSync(join(dir, 'a.txt'), 'Artikel A\n\nNordkorea hat rund 3.000 Söldner nach Russland entsandt. Erste Koksan-Geschütze wurden im November gesichtet. Allein in diesem Jahr wurden rund 200 dieser Systeme an Russland übergeben.\n');
writeFileSync(join(dir, 'b.txt'), 'Artikel B\n\nLaut Seoul sind über 11.000 nordkoreanische Soldaten in Kursk. Knapp 50 Haubitzen sind eingetroffen. Die Koksan hat eine Reichweite von bis zu 50 Kilometern.\n');
writeFileSync(join(dir, 'c.txt'), 'Artikel C\n\nÜber 10.000 nordkoreanische Soldaten kämpfen in Kursk. Russland hat 50.000 russische Soldaten zusammengezogen. Mit Koksan-Geschützen greift Russland an.\n');
writeFileSync(join(dir, 'd.txt'), 'Artikel D\n\nNordkorea hat über 5 Millionen Artilleriegeschosse für Koksan-Geschütze geliefert. Die Koksan reicht bis zu 40 Kilometer weit.\n');
const result = runIngest({ root: ROOT, seedsDir: dir, contentDir: join(ROOT, 'content') });
const claim = (article: string, fragment: string) => result.claims.find((c) => c.article === article && c.text.includes(fragment))!;
const relation = (from: ReturnType<typeof claim>, to: ReturnType<typeof claim>) => from.related.filter((r) => r.id === to.id).map((r) => `${r.relation}:${r.basis ?? ''}`);

describe('linkClaims', () => {
  it('finds conflicting and agreeing troop numbers of the same country', () => {
    expect(relation(claim('artikel-a', '3.000'), claim('artikel-b', '11.000'))).toEqual(['conflicts:Soldaten · Nordkorea']);
    expect(relation(claim('artikel-b', '11.000'), claim('artikel-c', '10.000'))).toEqual(['agrees:Soldaten · Nordkorea']);
  });

  it('does not compare soldiers of different countries', () => {
    expect(relation(claim('artikel-c', '50.000'), claim('artikel-b', '11.000'))).toEqual([]);
  });

  it('resolves "dieser Systeme" and a generic "Haubitzen" to the weapon named in the article', () => {
    expect(relation(claim('artikel-a', '200'), claim('artikel-b', 'Knapp 50'))).toEqual(['conflicts:Koksan (M1989) · Anzahl']);
  });

  it('compares ranges per weapon and unit, and never shells with the gun that fires them', () => {
    expect(relation(claim('artikel-b', '50 Kilometern'), claim('artikel-d', '40 Kilometer'))).toEqual(['conflicts:Koksan (M1989) · km']);
    expect(relation(claim('artikel-d', '5 Millionen'), claim('artikel-a', '200'))).toEqual([]);
    expect(relation(claim('artikel-d', '5 Millionen'), claim('artikel-c', 'greift'))).toEqual(['related:']);
  });

  it('relates claims that name the same weapon system without a comparable figure', () => {
    expect(relation(claim('artikel-c', 'greift'), claim('artikel-b', 'Reichweite'))).toEqual(['related:']);
  });

  it('records which figures were compared', () => {
    const from = claim('artikel-a', '200');
    const link = from.related.find((r) => r.relation === 'conflicts')!;
    const to = result.claims.find((c) => c.id === link.id)!;
    expect(from.quantities[link.mine!]!.text).toBe('rund 200');
    expect(to.quantities[link.theirs!]!.text).toBe('Knapp 50');
  });
});
