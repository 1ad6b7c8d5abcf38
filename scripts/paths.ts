/**
 * Where things live. Tests and the benchmark point the pipeline at other folders through environment
 * variables; the defaults are the project's own folders.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function projectPaths(env: NodeJS.ProcessEnv = process.env) {
  return {
    root: ROOT,
    seedsDir: resolve(ROOT, env.QL_SEEDS_DIR ?? 'seeds'),
    contentDir: resolve(ROOT, env.QL_CONTENT_DIR ?? 'content'),
    generatedDir: resolve(ROOT, env.QL_GENERATED_DIR ?? 'content/generated'),
    outDir: resolve(ROOT, env.QL_OUT_DIR ?? 'dist'),
    /** Editorial notes and verdicts (curated). */
    notesDir: resolve(ROOT, env.QL_NOTES_DIR ?? 'content/notes'),
    /** Every article and claim id ever published (committed; the build adds to it). */
    ledgerFile: resolve(ROOT, env.QL_LEDGER ?? 'content/ledger/published.json'),
  };
}
