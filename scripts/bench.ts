/**
 * `npm run bench`: a benchmark, not a test. Generates corpora from the seed sentences and prints figures.
 * Ingest throughput: articles per second over a 1,000-article corpus (in process, after warm-up).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeCorpus, sentencePool } from './bench/corpus.ts';
import { runIngest } from './ingest/pipeline.ts';
import { projectPaths } from './paths.ts';

const paths = projectPaths();
const benchDir = join(paths.root, 'bench/.out');

function measureIngest(n: number): { articles: number; sentences: number; seconds: number } {
  const seedsDir = join(benchDir, `seeds-${n}`);
  writeCorpus(seedsDir, n, sentencePool(paths.seedsDir, paths.contentDir));
  // Warm-up on the real seeds: regexes are compiled on first use.
  runIngest({ root: paths.root, seedsDir: paths.seedsDir, contentDir: paths.contentDir });
  const t0 = performance.now();
  const result = runIngest({ root: paths.root, seedsDir, contentDir: paths.contentDir });
  const seconds = (performance.now() - t0) / 1000;
  if (result.errors.length) throw new Error(`bench corpus did not ingest cleanly: ${result.errors[0]!.message}`);
  return { articles: result.articles.length, sentences: result.articles.reduce((s, a) => s + a.sentences.length, 0), seconds };
}

const ingest = measureIngest(1000);
console.log('ingest (seeds recombined, 1,000 articles)');
console.log(`  ${ingest.articles} articles, ${ingest.sentences} sentences in ${ingest.seconds.toFixed(2)} s`);
console.log(`  ${(ingest.articles / ingest.seconds).toFixed(0)} articles/s, ${(ingest.sentences / ingest.seconds).toFixed(0)} sentences/s`);
