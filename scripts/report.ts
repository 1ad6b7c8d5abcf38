/**
 * `npm run report`: runs the ingest in memory (nothing is written to content/generated/) and prints per-article
 * counts and lexicon candidates for editors. `--json` prints the same as JSON; `--out <file>` writes the
 * report to a file instead of printing it (JSON with `--json` or a `.json` file name, text otherwise).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from './ingest/pipeline.ts';
import { projectPaths } from './paths.ts';
import { formatReport } from './report/format.ts';
import { buildReport, type Report } from './report/summary.ts';

export const USAGE = `usage: npm run report -- [--json] [--out <file>]
  --json        print the report as JSON (for tooling)
  --out <file>  write the report to <file> (JSON with --json or a .json file name, text otherwise)`;

export function report(): Report {
  const paths = projectPaths();
  return buildReport(runIngest({ root: paths.root, seedsDir: paths.seedsDir, contentDir: paths.contentDir }));
}

if (import.meta.main) {
  try {
    const { values } = parseArgs({
      options: { json: { type: 'boolean', default: false }, out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: false,
    });
    if (values.help) {
      console.log(USAGE);
    } else {
      const data = report();
      const asJson = values.json || Boolean(values.out?.endsWith('.json'));
      const text = asJson ? `${JSON.stringify(data, null, 2)}\n` : formatReport(data);
      if (values.out) {
        const file = resolve(process.cwd(), values.out);
        writeFileSync(file, text);
        console.log(`report: ${data.totals.articles} articles, ${data.totals.sentences} sentences → ${file}`);
      } else {
        process.stdout.write(text);
      }
      if (data.articles.length === 0) process.exitCode = 1;
    }
  } catch (error) {
    const message = (error as Error).message;
    console.error(`report failed: ${message}`);
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(USAGE);
    process.exitCode = 1;
  }
}
