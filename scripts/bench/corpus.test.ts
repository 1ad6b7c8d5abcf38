import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBoilerplate } from '../ingest/02-clean.ts';
import { ROOT } from '../paths.ts';
import { isPoolTitle, writeCorpus } from './corpus.ts';

describe('isPoolTitle', () => {
  const rules = loadBoilerplate(join(ROOT, 'content'));
  it('takes headlines, not sentences, boilerplate or datelines', () => {
    expect(isPoolTitle('Nordkorea soll schwerste Artillerie an Russland liefern', rules)).toBe(true);
    expect(isPoolTitle('Das ist ein Satz.', rules)).toBe(false);
    expect(isPoolTitle('Artikel anhören', rules)).toBe(false);
    expect(isPoolTitle('Diese Audioversion wurde künstlich generiert. Mehr Infos | Feedback senden', rules)).toBe(false);
    expect(isPoolTitle('16.11.2024, 21:15 Uhr', rules)).toBe(false);
  });
});

describe('writeCorpus', () => {
  it('is deterministic for a given N', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-bench-'));
    try {
      const pool = { titles: ['Titel eins', 'Titel zwei'], sentences: ['Satz eins.', 'Satz zwei.', 'Satz drei.'] };
      const read = (d: string) => readdirSync(d).sort().map((f) => readFileSync(join(d, f), 'utf8'));
      writeCorpus(join(dir, 'a'), 7, pool);
      writeCorpus(join(dir, 'b'), 7, pool);
      expect(read(join(dir, 'a'))).toEqual(read(join(dir, 'b')));
      expect(read(join(dir, 'a'))).toHaveLength(7);
      expect(read(join(dir, 'a'))[0]).toMatch(/^Titel (eins|zwei) \(1\)\n\n01\.01\.2025, 10:00 Uhr\n\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
