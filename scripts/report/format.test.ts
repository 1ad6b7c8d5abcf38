/**
 * Table layout and the text report's sections.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth, formatReport, formatTable } from './format.ts';
import { emptyCounts, type Report } from './summary.ts';

describe('displayWidth', () => {
  it('counts code points, not UTF-16 units or combining marks', () => {
    expect(displayWidth('Pjöngjang')).toBe(9);
    expect(displayWidth('Pjo\u0308ngjang')).toBe(9);
    expect(displayWidth('▶︎ Text')).toBe(6);
    expect(displayWidth('—')).toBe(1);
  });
});

describe('formatTable', () => {
  it('aligns text left and numbers right, with a rule under the header and above the footer', () => {
    const table = formatTable(
      [{ header: 'name' }, { header: 'n', align: 'right' }, { header: 'examples' }],
      [
        ['Joe Byrne', '12', 'seeds/a.txt:3'],
        ['Südkorea', '3', ''],
      ],
      [['total', '15', '']],
    );
    expect(table.split('\n')).toEqual([
      'name        n  examples',
      '---------  --  -------------',
      'Joe Byrne  12  seeds/a.txt:3',
      'Südkorea    3',
      '---------  --  -------------',
      'total      15',
    ]);
  });
});

describe('formatReport', () => {
  const counts = emptyCounts();
  counts.sentences = 2;
  counts.claims = 1;
  counts.stances.asserted = 2;
  counts.mentions.person = 1;
  const report: Report = {
    articles: [{ id: 'artikel-eins', file: 'seeds/a.txt', language: 'de', outlet: null, published: '2024-11-16', ...counts, notes: [] }],
    totals: { articles: 1, ...structuredClone(counts) },
    problems: { errors: [{ file: 'seeds/b.txt', message: 'seeds/b.txt: no sentences left' }], warnings: [] },
    candidates: {
      acronyms: [{ acronym: 'GUR', count: 2, examples: ['seeds/a.txt:3', 'seeds/a.txt:5'] }],
      expansions: [{ longForm: 'Verteidigungsnachrichtendienstes', acronym: 'DIU', count: 1, examples: ['seeds/a.txt:7'], lettersMatch: false, acronymRef: { kind: 'organisation', ref: 'hur' }, longFormRef: null }],
      names: [],
      sources: [{ text: 'Experten', count: 1, cues: ['vermuten'], examples: ['seeds/a.txt:9'] }],
    },
  };
  const text = formatReport(report);

  it('prints the article table with a totals row', () => {
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('lang'))!;
    expect(header).toMatch(/^lang\s+outlet\s+date\s+sent\s+claims\s+asrt\s+attr\s+hedg\s+spec\s+opin\s+qty\s+weap\s+place\s+org\s+pers\s+term\s+src\s+rm\s+warn\s+id$/);
    expect(lines.find((l) => l.startsWith('de '))).toMatch(/^de\s+—\s+2024-11-16\s+2\s+1\s+2\s+0\s+0\s+0\s+0\s+0\s+0\s+0\s+0\s+1\s+0\s+0\s+0\s+0\s+artikel-eins$/);
    expect(lines.some((l) => /^\s+1 article\s+total\s+2\s+1/.test(l))).toBe(true);
  });

  it('lists problems and every candidate section, "(none)" when empty', () => {
    expect(text).toContain('  ✗ seeds/b.txt: no sentences left');
    expect(text).toMatch(/GUR\s+2\s+seeds\/a\.txt:3, seeds\/a\.txt:5/);
    expect(text).toMatch(/Verteidigungsnachrichtendienstes\s+DIU\s+1\s+differ\s+hur \(organisation\)\s+—\s+seeds\/a\.txt:7/);
    expect(text).toMatch(/Lexicon candidates: names not in the lexicon\n=+\n\(none\)/);
    expect(text).toMatch(/Experten\s+1\s+vermuten\s+seeds\/a\.txt:9/);
    expect(text.split('\n').every((l) => l === l.trimEnd())).toBe(true);
  });
});
