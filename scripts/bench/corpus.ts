/**
 * Benchmark corpora: N articles made by recombining the sentences of the seeds (deterministic for a given N),
 * so that sizes scale while the text stays realistic news German.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBoilerplate, type BoilerplateRule } from '../ingest/02-clean.ts';
import { parseDateLine } from '../ingest/dates.ts';
import { splitSentences, loadSegmenterConfig } from '../ingest/segment.ts';

/** Mulberry32: a small seeded PRNG, so every run generates the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SentencePool {
  titles: string[];
  sentences: string[];
}

/**
 * Whether a seed line can serve as a benchmark headline: short, no sentence-final punctuation, and neither
 * boilerplate (audio notices, …) nor a dateline, which the ingest would remove and then take the first
 * body sentence as the title.
 */
export function isPoolTitle(line: string, boilerplate: BoilerplateRule[]): boolean {
  if (/[.!?“"]$/u.test(line) || line.length >= 120) return false;
  if (boilerplate.some((rule) => rule.pattern.test(line))) return false;
  return parseDateLine(line) === null;
}

export function sentencePool(seedsDir: string, contentDir: string): SentencePool {
  const config = loadSegmenterConfig(contentDir);
  const boilerplate = loadBoilerplate(contentDir);
  const titles: string[] = [];
  const sentences: string[] = [];
  for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(seedsDir, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    for (const line of lines) {
      if (isPoolTitle(line, boilerplate)) titles.push(line);
      else if (/[.!?“"]$/u.test(line) || line.length >= 120) sentences.push(...splitSentences(line, 'de', config).map((s) => s.text));
    }
  }
  return { titles, sentences };
}

/** Writes N articles of 12–30 sentences into `dir` (emptied first). */
export function writeCorpus(dir: string, n: number, pool: SentencePool): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = prng(n);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < n; i++) {
    const count = 12 + Math.floor(random() * 19);
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    for (let s = 0; s < count; s++) {
      paragraph.push(pick(pool.sentences));
      if (paragraph.length >= 2 + Math.floor(random() * 3)) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(' '));
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const title = `${pick(pool.titles)} (${i + 1})`;
    writeFileSync(join(dir, `bench-${String(i + 1).padStart(5, '0')}.txt`), `${title}\n\n${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2025, 10:00 Uhr\n\n${paragraphs.join('\n\n')}\n`);
  }
}
