/**
 * Step 2: split a seed into lines, remove boilerplate (recording what was removed and why), take the
 * dateline as the publication date, and give each kept line a role: kicker, title, heading or body.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseDateLine } from './dates.ts';
import { IngestError } from './errors.ts';
import type { Block, Line, Removed, SeedFile } from './types.ts';

export interface BoilerplateRule {
  reason: string;
  pattern: RegExp;
}

export const BOILERPLATE_FILE = 'language/boilerplate.yaml';

export function loadBoilerplate(contentDir: string): BoilerplateRule[] {
  const file = join(contentDir, BOILERPLATE_FILE);
  const data: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new IngestError(file, 'expected a list of { reason, pattern } entries');
  return data.map((entry: unknown, i) => {
    const { reason, pattern } = (entry ?? {}) as { reason?: unknown; pattern?: unknown };
    if (typeof reason !== 'string' || typeof pattern !== 'string') {
      throw new IngestError(file, `entry ${i + 1}: expected text fields \`reason\` and \`pattern\``);
    }
    try {
      return { reason, pattern: new RegExp(pattern, 'iu') };
    } catch (error) {
      throw new IngestError(file, `entry ${i + 1} (${reason}): invalid pattern: ${(error as Error).message}`);
    }
  });
}

export interface Cleaned {
  blocks: Block[];
  removed: Removed[];
  /** Date taken from a dateline, ISO. */
  published: string | null;
  title: string | null;
  kicker: string | null;
}

/** A headline has no sentence-final full stop and is short; it may end in ? or ! or : */
const MAX_HEADLINE = 160;
const MAX_KICKER = 80;

export function isHeadlineLike(text: string): boolean {
  return text.length <= MAX_HEADLINE && !/[.…;,]["'“”»«’]?$/u.test(text) && !/^[\p{Ll}]/u.test(text);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  for (const raw of text.split('\n')) {
    lines.push({ text: raw, line: n, start });
    start += raw.length + 1;
    n++;
  }
  return lines;
}

export function cleanSeed(seed: SeedFile, rules: BoilerplateRule[]): Cleaned {
  const removed: Removed[] = [];
  let published: string | null = null;
  // Kept lines with the blank-line gaps that separate them (a kicker sits directly above its title).
  const kept: Array<Line & { trimmedStart: number; afterBlank: boolean }> = [];
  let blank = true;
  for (const line of splitLines(seed.text)) {
    if (line.line < seed.firstBodyLine) continue;
    const trimmed = line.text.trim();
    if (trimmed === '') {
      blank = true;
      continue;
    }
    const rule = rules.find((r) => r.pattern.test(trimmed));
    if (rule) {
      removed.push({ text: trimmed, reason: rule.reason, line: line.line });
      continue;
    }
    const date = parseDateLine(trimmed);
    if (date !== null) {
      removed.push({ text: trimmed, reason: 'dateline', line: line.line });
      published ??= date;
      continue;
    }
    const lead = line.text.length - line.text.trimStart().length;
    kept.push({ ...line, text: trimmed, trimmedStart: line.start + lead, afterBlank: blank });
    blank = false;
  }

  const blocks: Block[] = kept.map((l) => ({ role: 'body', text: l.text, line: l.line, start: l.trimmedStart }));
  let title: string | null = null;
  let kicker: string | null = null;
  const [first, second] = blocks;
  if (first && isHeadlineLike(first.text)) {
    if (second && isHeadlineLike(second.text) && !kept[1]!.afterBlank && first.text.length <= MAX_KICKER && blocks.length > 2) {
      first.role = 'kicker';
      second.role = 'title';
      kicker = first.text;
      title = second.text;
    } else {
      first.role = 'title';
      title = first.text;
    }
  }
  // A later headline-like line followed by text is a subheading.
  for (let i = 0; i < blocks.length - 1; i++) {
    const block = blocks[i]!;
    if (block.role === 'body' && isHeadlineLike(block.text) && blocks[i + 1]!.role === 'body') block.role = 'heading';
  }
  return { blocks, removed, published, title, kicker };
}
