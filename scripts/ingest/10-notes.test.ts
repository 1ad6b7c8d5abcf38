import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/corpus.ts';
import { emptyLedger, updateLedger } from './09-ledger.ts';
import { assertNotes, readNotes } from './10-notes.ts';

const claims = [{ id: 'kaaaaaaaaa', article: 'x', text: 'Nordkorea soll knapp 60 Haubitzen geliefert haben.' }] as Claim[];
const ledger = updateLedger(emptyLedger(), [], [...claims, { id: 'kbbbbbbbbb', article: 'x', text: 'Nordkorea soll knapp 50 Haubitzen geliefert haben.' } as Claim]);

function notes(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ql-notes-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('editorial notes', () => {
  it('accepts a note with a verdict about a current claim', () => {
    const dir = notes({ 'a.mdx': '---\nclaim: kaaaaaaaaa\nverdict: unbelegt\nauthor: Redaktion\ndate: 2025-01-10\n---\nText.\n' });
    expect(assertNotes(dir, dir, claims, ledger)).toBe(1);
    expect(readNotes(dir, dir).notes[0]).toMatchObject({ claim: 'kaaaaaaaaa', verdict: 'unbelegt', date: '2025-01-10' });
  });

  it('fails for a note whose claim is gone, naming the file and the most similar current claim', () => {
    const dir = notes({ 'alt.mdx': '---\nclaim: kbbbbbbbbb\n---\nText.\n' });
    expect(() => assertNotes(dir, dir, claims, ledger)).toThrow(/alt\.mdx: the note is about claim kbbbbbbbbb, which is not in the current corpus\. The most similar current claim is kaaaaaaaaa: „Nordkorea soll knapp 60 Haubitzen geliefert haben\.“/);
  });

  it('fails for an unknown verdict, a missing claim id and two notes on one claim', () => {
    expect(() => assertNotes(notes({ 'v.mdx': '---\nclaim: kaaaaaaaaa\nverdict: stimmt\n---\n' }), '/', claims, ledger)).toThrow(/v\.mdx: field `verdict`/);
    expect(() => assertNotes(notes({ 'n.mdx': 'kein Front Matter\n' }), '/', claims, ledger)).toThrow(/n\.mdx:1: expected front matter/);
    expect(() => assertNotes(notes({ 'a.mdx': '---\nclaim: kaaaaaaaaa\n---\n', 'b.mdx': '---\nclaim: kaaaaaaaaa\n---\n' }), '/', claims, ledger)).toThrow(/b\.mdx: claim kaaaaaaaaa already has a note in .*a\.mdx/);
  });

  it('ignores other files in the notes folder', () => {
    expect(assertNotes(notes({ 'README.md': '# Hinweise\n' }), '/', claims, ledger)).toBe(0);
  });
});
