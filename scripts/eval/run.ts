/** Runs the ingest over the gold corpus and scores it (shared by `npm run eval` and the regression test). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSeed } from '../ingest/01-read.ts';
import { runIngest } from '../ingest/pipeline.ts';
import { scoreArticle, total, type GoldArticle, type Scores } from './score.ts';

/** `gold` and `gold-dev2` are development corpora; `gold-heldout` is kept unseen while rules are tuned. */
export type GoldCorpus = 'gold' | 'gold-dev2' | 'gold-heldout';

export function evaluateGold(root: string, corpus: GoldCorpus = 'gold'): { byLanguage: Record<string, Scores>; all: Scores } {
  const dir = join(root, 'tests/fixtures', corpus);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldArticle[];
  const result = runIngest({ root, seedsDir: dir, contentDir: join(root, 'content') });
  if (result.errors.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const scored = gold.map((g) => {
    const article = result.articles.find((a) => a.sourceFile.endsWith(`/${g.file}`));
    if (!article) throw new Error(`no article built from ${g.file}`);
    const seedText = decodeSeed(readFileSync(join(dir, g.file)), g.file).text;
    return { language: g.language, scores: scoreArticle(seedText, article, g) };
  });
  const byLanguage: Record<string, Scores> = {};
  for (const language of new Set(scored.map((s) => s.language))) byLanguage[language] = total(scored.filter((s) => s.language === language).map((s) => s.scores));
  return { byLanguage, all: total(scored.map((s) => s.scores)) };
}
