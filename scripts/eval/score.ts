/**
 * Scores the ingest against hand-made gold annotations (tests/fixtures/gold/gold.json). Gold sentences are
 * located in the seed text and matched to the ingest's sentences by overlapping offsets, so a different
 * sentence split costs only the sentences it really gets wrong.
 */
import type { Article, Quantity, Sentence } from '../../src/schemas/corpus.ts';

export interface GoldQuantity {
  text: string;
  value: number | null;
  min: number | null;
  max: number | null;
  approx: string;
  unit: string | null;
  counted: string | null;
}

export interface GoldSentence {
  text: string;
  stance: string;
  sources: string[];
  inheritedSources?: string[];
  quantities: GoldQuantity[];
  weapons: string[];
}

export interface GoldArticle {
  file: string;
  language: string;
  sentences: GoldSentence[];
}

export interface Counts {
  /** Gold items found. */
  tp: number;
  fp: number;
  fn: number;
  /** Predicted items that match gold, when that differs from `tp` (overlap matching is many-to-one). */
  tpPredicted?: number;
}

export interface Scores {
  quantities: Counts;
  weapons: Counts;
  nonAsserted: Counts;
  /** Sources named in the sentence itself (not inherited from an earlier one). */
  sources: Counts;
  sentences: number;
  misses: string[];
}

export const precision = ({ tp, fp, tpPredicted }: Counts): number => {
  const hit = tpPredicted ?? tp;
  return hit + fp === 0 ? 1 : hit / (hit + fp);
};
export const recall = ({ tp, fn }: Counts): number => (tp + fn === 0 ? 1 : tp / (tp + fn));
export const f1 = (c: Counts): number => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[„“”"»«‚‘’']/gu, '').replace(/\s+/gu, ' ').trim();
const sameNumber = (a: number | null, b: number | null) => a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b)));

/** A quantity is right when its value (or range) and its approximator are right. */
export function sameQuantity(mine: Quantity, gold: GoldQuantity): boolean {
  return sameNumber(mine.value, gold.value) && sameNumber(mine.min, gold.min) && sameNumber(mine.max, gold.max) && mine.approx === gold.approx;
}

function matchCount<A, B>(mine: A[], gold: B[], same: (a: A, b: B) => boolean): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = mine.findIndex((m, k) => !used.has(k) && same(m, g));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: mine.length - used.size, fn: gold.length - tp };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tpPredicted: (a.tpPredicted ?? a.tp) + (b.tpPredicted ?? b.tp) });

/**
 * Mention detection by overlap: annotators draw boundaries differently ("KN-23 missiles" as one mention or
 * as "KN-23" + "missiles"), so a gold mention is found when a predicted mention overlaps it, and a predicted
 * mention is right when it overlaps a gold one.
 */
function overlapCount(mine: Array<{ start: number; end: number }>, gold: Array<{ start: number; end: number }>): Counts {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const tp = gold.filter((g) => mine.some((m) => overlaps(m, g))).length;
  const tpPredicted = mine.filter((m) => gold.some((g) => overlaps(m, g))).length;
  return { tp, fn: gold.length - tp, fp: mine.length - tpPredicted, tpPredicted };
}

/** Positions of the gold texts in the sentence, in order of occurrence. */
function locateAll(sentence: string, texts: string[], offset: number): Array<{ start: number; end: number }> {
  let cursor = 0;
  return texts.flatMap((t) => {
    let at = sentence.indexOf(t, cursor);
    if (at < 0) at = sentence.indexOf(t);
    if (at < 0) return [];
    cursor = at + t.length;
    return [{ start: offset + at, end: offset + at + t.length }];
  });
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function scoreArticle(seedText: string, article: Article, gold: GoldArticle): Scores {
  const scores: Scores = { quantities: zero(), weapons: zero(), nonAsserted: zero(), sources: zero(), sentences: gold.sentences.length, misses: [] };
  let cursor = 0;
  for (const g of gold.sentences) {
    const start = seedText.indexOf(g.text, cursor);
    if (start < 0) throw new Error(`${gold.file}: gold sentence not found in the seed: ${g.text.slice(0, 60)}`);
    const end = start + g.text.length;
    cursor = end;
    const mine: Sentence[] = article.sentences.filter((s) => s.start < end && s.start + s.text.length > start);
    const inSpan = <T extends { start: number; end: number }>(s: Sentence, list: T[]) => list.filter((x) => s.start + x.start >= start && s.start + x.end <= end);
    const quantities = mine.flatMap((s) => inSpan(s, s.quantities));
    const weapons = mine.flatMap((s) => inSpan(s, s.mentions).filter((m) => m.kind === 'weapon'));
    const q = matchCount(quantities, g.quantities, sameQuantity);
    const w = overlapCount(weapons.map((m) => ({ start: m.start, end: m.end, sentence: mine.find((s) => s.mentions.includes(m))! })).map((x) => ({ start: x.sentence.start + x.start, end: x.sentence.start + x.end })), locateAll(g.text, g.weapons, start));
    const inherited = new Set((g.inheritedSources ?? []).map(norm));
    const goldSources = g.sources.filter((s) => !inherited.has(norm(s)));
    const mySources = mine.flatMap((s) => s.sources.filter((x) => !x.inherited));
    const src = matchCount(mySources, goldSources, (m, t) => norm(m.text).includes(norm(t)) || norm(t).includes(norm(m.text)));
    const mineNonAsserted = mine.some((s) => s.stance !== 'asserted');
    const goldNonAsserted = g.stance !== 'asserted';
    const na: Counts = { tp: Number(mineNonAsserted && goldNonAsserted), fp: Number(mineNonAsserted && !goldNonAsserted), fn: Number(!mineNonAsserted && goldNonAsserted) };
    scores.quantities = add(scores.quantities, q);
    scores.weapons = add(scores.weapons, w);
    scores.sources = add(scores.sources, src);
    scores.nonAsserted = add(scores.nonAsserted, na);
    const where = `${gold.file}: ${g.text.length > 70 ? `${g.text.slice(0, 70)}…` : g.text}`;
    if (q.fp || q.fn) scores.misses.push(`quantity  ${where}\n    gold ${JSON.stringify(g.quantities.map((x) => [x.text, x.value ?? [x.min, x.max], x.approx]))}\n    mine ${JSON.stringify(quantities.map((x) => [x.text, x.value ?? [x.min, x.max], x.approx]))}`);
    if (w.fp || w.fn) scores.misses.push(`weapon    ${where}\n    gold ${JSON.stringify(g.weapons)}\n    mine ${JSON.stringify(weapons.map((x) => x.text))}`);
    if (na.fp || na.fn) scores.misses.push(`stance    ${where}\n    gold ${g.stance}, mine ${mine.map((s) => `${s.stance} ${JSON.stringify(s.cues)}`).join(' + ')}`);
    if (src.fn || src.fp) scores.misses.push(`source    ${where}\n    gold ${JSON.stringify(goldSources)}\n    mine ${JSON.stringify(mySources.map((x) => x.text))}`);
  }
  return scores;
}

export function total(all: Scores[]): Scores {
  return all.reduce(
    (a, b) => ({
      quantities: add(a.quantities, b.quantities),
      weapons: add(a.weapons, b.weapons),
      nonAsserted: add(a.nonAsserted, b.nonAsserted),
      sources: add(a.sources, b.sources),
      sentences: a.sentences + b.sentences,
      misses: [...a.misses, ...b.misses],
    }),
    { quantities: zero(), weapons: zero(), nonAsserted: zero(), sources: zero(), sentences: 0, misses: [] },
  );
}
