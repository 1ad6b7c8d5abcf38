/**
 * Step 9: permalinks that last. The ledger (content/ledger/published.json, committed) lists every article
 * and claim id ever published. Ids that are no longer in the corpus get a page saying so, linking the most
 * similar current claim (or the article, or the search). The ledger only grows; the build adds to it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, Claim, GoneArticle, GoneClaim } from '../../src/schemas/corpus.ts';
import { IngestError } from './errors.ts';

export interface Ledger {
  schemaVersion: 1;
  articles: Record<string, { title: string }>;
  claims: Record<string, { article: string; text: string }>;
}

export const emptyLedger = (): Ledger => ({ schemaVersion: 1, articles: {}, claims: {} });

export function readLedger(file: string): Ledger {
  if (!existsSync(file)) return emptyLedger();
  let data: Ledger;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Ledger;
  } catch (error) {
    throw new IngestError(file, `the ledger of published ids is not valid JSON (${(error as Error).message}); restore it from version control`);
  }
  if (data?.schemaVersion !== 1 || typeof data.articles !== 'object' || typeof data.claims !== 'object') {
    throw new IngestError(file, 'the ledger of published ids must have schemaVersion 1, `articles` and `claims`; restore it from version control');
  }
  return data;
}

/** Adds every current article and claim; entries of removed ones stay, with their last published text. */
export function updateLedger(ledger: Ledger, articles: Article[], claims: Claim[]): Ledger {
  const next: Ledger = { schemaVersion: 1, articles: { ...ledger.articles }, claims: { ...ledger.claims } };
  for (const a of articles) next.articles[a.id] = { title: a.title };
  for (const c of claims) next.claims[c.id] = { article: c.article, text: c.text };
  return next;
}

/** Sorted keys, one entry per line: stable bytes and readable diffs. */
export function serialiseLedger(ledger: Ledger): string {
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]!]));
  return `${JSON.stringify({ schemaVersion: 1, articles: sorted(ledger.articles), claims: sorted(ledger.claims) }, null, 1)}\n`;
}

export function writeLedger(file: string, ledger: Ledger): boolean {
  const text = serialiseLedger(ledger);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}

const words = (text: string) => new Set(text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []);

/** Jaccard similarity of the word sets: edits keep most words, so an edited sentence scores high. */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Below this a "most similar claim" would mislead more than help. */
export const MIN_SIMILARITY = 0.35;

export function mostSimilar<T extends { text: string }>(text: string, candidates: T[]): { item: T; score: number } | null {
  let best: { item: T; score: number } | null = null;
  for (const item of candidates) {
    const score = similarity(text, item.text);
    if (!best || score > best.score) best = { item, score };
  }
  return best && best.score >= MIN_SIMILARITY ? best : null;
}

export function goneEntries(ledger: Ledger, articles: Article[], claims: Claim[]): { claims: GoneClaim[]; articles: GoneArticle[] } {
  const currentClaims = new Set(claims.map((c) => c.id));
  const currentArticles = new Set(articles.map((a) => a.id));
  const currentSentences = new Set(articles.flatMap((a) => a.sentences.map((s) => s.id)));
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  const goneClaims: GoneClaim[] = Object.entries(ledger.claims)
    .filter(([id]) => !currentClaims.has(id))
    .map(([id, entry]) => {
      // An edited sentence is most likely still in its own article; look there first.
      const match = mostSimilar(entry.text, byArticle.get(entry.article) ?? []) ?? mostSimilar(entry.text, claims);
      return {
        id,
        text: entry.text,
        article: entry.article,
        articleExists: currentArticles.has(entry.article),
        sentenceExists: currentSentences.has(id),
        successor: match ? { id: match.item.id, score: Math.round(match.score * 100) / 100 } : null,
      };
    });
  const goneArticles: GoneArticle[] = Object.entries(ledger.articles)
    .filter(([id]) => !currentArticles.has(id))
    .map(([id, entry]) => {
      const match = mostSimilar(entry.title, articles.map((a) => ({ id: a.id, text: a.title })));
      return { id, title: entry.title, successor: match?.item.id ?? null };
    });
  return { claims: goneClaims, articles: goneArticles };
}
