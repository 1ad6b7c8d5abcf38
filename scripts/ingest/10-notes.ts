/**
 * Step 10: the editorial layer. Notes and verdicts live in content/notes/*.mdx (front matter: claim id,
 * optional verdict, author, date; body: the note). The generator never writes them. A note whose claim no
 * longer exists fails the build with the file name and the most similar current claim, so no note is ever
 * silently dropped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { noteSchema, type Claim, type Note } from '../../src/schemas/corpus.ts';
import { IngestError } from './errors.ts';
import { mostSimilar, type Ledger } from './09-ledger.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

export interface NoteProblem {
  file: string;
  message: string;
}

export function readNotes(dir: string, root: string): { notes: Array<Note & { file: string }>; problems: NoteProblem[] } {
  const notes: Array<Note & { file: string }> = [];
  const problems: NoteProblem[] = [];
  if (!existsSync(dir)) return { notes, problems };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = relative(root, join(dir, name));
    const match = FRONT_MATTER.exec(readFileSync(join(dir, name), 'utf8'));
    if (!match) {
      problems.push({ file, message: `${file}:1: expected front matter between --- lines with \`claim: <id>\`` });
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(match[1]!);
    } catch (error) {
      problems.push({ file, message: `${file}:2: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const parsed = noteSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({ file, message: `${file}: field \`${issue.path.join('.')}\`: ${issue.message}` });
      continue;
    }
    notes.push({ ...parsed.data, file });
  }
  return { notes, problems };
}

/** Every note must point at a current claim, one note per claim. */
export function checkNotes(notes: Array<Note & { file: string }>, claims: Claim[], ledger: Ledger): NoteProblem[] {
  const current = new Map(claims.map((c) => [c.id, c]));
  const problems: NoteProblem[] = [];
  const seen = new Map<string, string>();
  for (const note of notes) {
    if (!current.has(note.claim)) {
      const known = ledger.claims[note.claim];
      const similar = known ? mostSimilar(known.text, claims) : null;
      const hint = similar
        ? ` The most similar current claim is ${similar.item.id}: „${similar.item.text}“ — if the note is about it, change \`claim\` to ${similar.item.id}.`
        : known
          ? ` It was „${known.text}“; no current claim is similar. Delete the note or keep it elsewhere.`
          : ' No claim with this id was ever published; check the id against the claim URL.';
      problems.push({ file: note.file, message: `${note.file}: the note is about claim ${note.claim}, which is not in the current corpus.${hint}` });
    }
    const other = seen.get(note.claim);
    if (other) problems.push({ file: note.file, message: `${note.file}: claim ${note.claim} already has a note in ${other}; keep one note per claim` });
    seen.set(note.claim, note.file);
  }
  return problems;
}

export function assertNotes(notesDir: string, root: string, claims: Claim[], ledger: Ledger): number {
  const { notes, problems } = readNotes(notesDir, root);
  const all = [...problems, ...checkNotes(notes, claims, ledger)];
  if (all.length > 0) throw new IngestError(all[0]!.file, `${all.length} editorial note(s) need attention:\n  ${all.map((p) => p.message).join('\n  ')}`);
  return notes.length;
}
