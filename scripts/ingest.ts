/**
 * `npm run ingest`: seeds/ → content/generated/ (MDX + JSON content collections).
 * Prints one line per problem, naming the file; exits non-zero when a seed could not be built and
 * `--strict` is given (the default builds every seed it can and reports the rest).
 */
import { goneEntries, readLedger, updateLedger, writeLedger } from './ingest/09-ledger.ts';
import { assertNotes } from './ingest/10-notes.ts';
import { runIngest } from './ingest/pipeline.ts';
import { writeGenerated } from './ingest/emit/write.ts';
import { projectPaths } from './paths.ts';

export function ingest(options: { strict: boolean; quiet?: boolean }, paths = projectPaths()): { articles: number; claims: number; sentences: number; failed: number; gone: number } {
  const result = runIngest({ root: paths.root, seedsDir: paths.seedsDir, contentDir: paths.contentDir });
  const ledger = readLedger(paths.ledgerFile);
  // Checked before anything is written: a note whose claim is gone stops the build.
  assertNotes(paths.notesDir, paths.root, result.claims, ledger);
  const gone = goneEntries(ledger, result.articles, result.claims);
  writeGenerated(paths.generatedDir, result.articles, result.claims, gone);
  writeLedger(paths.ledgerFile, updateLedger(ledger, result.articles, result.claims));
  const sentences = result.articles.reduce((n, a) => n + a.sentences.length, 0);
  if (!options.quiet) {
    for (const w of result.warnings) console.warn(`  ! ${w.file}: ${w.message}`);
    for (const e of result.errors) console.error(`  ✗ ${e.message}`);
  }
  if (result.articles.length === 0) {
    throw new Error(`no article could be built from ${paths.seedsDir}${result.errors.length ? ' (see the errors above)' : ': the folder has no .txt seeds'}`);
  }
  if (options.strict && result.errors.length > 0) throw new Error(`${result.errors.length} seed(s) could not be built (--strict)`);
  return { articles: result.articles.length, claims: result.claims.length, sentences, failed: result.errors.length, gone: gone.claims.length + gone.articles.length };
}

if (import.meta.main) {
  try {
    const t0 = performance.now();
    const counts = ingest({ strict: process.argv.includes('--strict') });
    console.log(`ingest: ${counts.articles} articles, ${counts.sentences} sentences, ${counts.claims} claims${counts.failed ? `, ${counts.failed} seed(s) skipped` : ''} in ${Math.round(performance.now() - t0)} ms`);
  } catch (error) {
    console.error(`ingest failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
