/**
 * The report as data: per-article counts, totals, the ingest's problems and the lexicon candidates.
 * Built from an in-memory ingest result; `--json` prints exactly this object.
 */
import { mentionKindSchema, stanceSchema, type Article, type MentionKind, type Stance } from '../../src/schemas/corpus.ts';
import type { IngestProblem, IngestResult } from '../ingest/pipeline.ts';
import { findCandidates, type Candidates } from './candidates.ts';

export const STANCES: readonly Stance[] = stanceSchema.options;
export const MENTION_KINDS: readonly MentionKind[] = mentionKindSchema.options;

export interface Counts {
  sentences: number;
  claims: number;
  stances: Record<Stance, number>;
  quantities: number;
  mentions: Record<MentionKind, number>;
  /** Cited sources, not counting those carried over from the sentence before. */
  sources: number;
  /** Boilerplate lines removed before segmenting. */
  removed: number;
  warnings: number;
}

export interface ArticleSummary extends Counts {
  id: string;
  file: string;
  language: string;
  outlet: string | null;
  published: string | null;
  /** The ingest's notes about this article. */
  notes: string[];
}

export interface Report {
  articles: ArticleSummary[];
  totals: Counts & { articles: number };
  /** Seeds that could not be built, and notes of the ingest (skipped files, derived titles). */
  problems: { errors: IngestProblem[]; warnings: IngestProblem[] };
  candidates: Candidates;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyCounts(): Counts {
  return { sentences: 0, claims: 0, stances: zeros(STANCES), quantities: 0, mentions: zeros(MENTION_KINDS), sources: 0, removed: 0, warnings: 0 };
}

export function summariseArticle(article: Article): ArticleSummary {
  const counts = emptyCounts();
  counts.sentences = article.sentences.length;
  for (const s of article.sentences) {
    if (s.claimId) counts.claims += 1;
    counts.stances[s.stance] += 1;
    counts.quantities += s.quantities.length;
    for (const m of s.mentions) counts.mentions[m.kind] += 1;
    counts.sources += s.sources.filter((source) => !source.inherited).length;
  }
  counts.removed = article.removed.length;
  counts.warnings = article.warnings.length;
  return {
    id: article.id,
    file: article.sourceFile,
    language: article.language,
    outlet: article.outlet,
    published: article.published,
    ...counts,
    notes: [...article.warnings],
  };
}

export function addCounts(into: Counts, add: Counts): void {
  into.sentences += add.sentences;
  into.claims += add.claims;
  into.quantities += add.quantities;
  into.sources += add.sources;
  into.removed += add.removed;
  into.warnings += add.warnings;
  for (const k of STANCES) into.stances[k] += add.stances[k];
  for (const k of MENTION_KINDS) into.mentions[k] += add.mentions[k];
}

export function buildReport(result: Pick<IngestResult, 'articles' | 'errors' | 'warnings' | 'lexicon'>): Report {
  const articles = result.articles.map(summariseArticle);
  const totals = { articles: articles.length, ...emptyCounts() };
  for (const a of articles) addCounts(totals, a);
  const candidates = findCandidates(
    result.articles.map((a) => ({ file: a.sourceFile, language: a.language, sentences: a.sentences })),
    result.lexicon,
  );
  return { articles, totals, problems: { errors: result.errors, warnings: result.warnings }, candidates };
}
