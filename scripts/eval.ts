/**
 * `npm run eval`: scores the annotation against blind gold corpora written by someone who had not seen the
 * rules. tests/fixtures/gold and gold-dev2 (`--dev2`) are development sets (`--misses` lists every disagreement, for finding
 * general causes); `--heldout` scores tests/fixtures/gold-heldout, which is kept unseen while tuning, so
 * its figures say how the rules do on new text. Misses of the held-out set are not printed.
 */
import { evaluateGold } from './eval/run.ts';
import { f1, precision, recall, type Counts, type Scores } from './eval/score.ts';
import { ROOT } from './paths.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, c: Counts) => `  ${name.padEnd(28)} P ${pct(precision(c)).padStart(6)}  R ${pct(recall(c)).padStart(6)}  F1 ${pct(f1(c)).padStart(6)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;

function print(title: string, s: Scores): void {
  console.log(`${title} (${s.sentences} sentences)`);
  console.log(line('quantities (value+approx)', s.quantities));
  console.log(line('weapon mentions', s.weapons));
  console.log(line('stance ≠ asserted', s.nonAsserted));
  console.log(line('cited sources', s.sources));
}

const heldout = process.argv.includes('--heldout');
const corpus = heldout ? 'gold-heldout' : process.argv.includes('--dev2') ? 'gold-dev2' : 'gold';
const { byLanguage, all } = evaluateGold(ROOT, corpus);
console.log(`${heldout ? 'held-out' : 'development'} corpus (tests/fixtures/${corpus})\n`);
for (const [language, scores] of Object.entries(byLanguage)) print(language, scores);
print('all', all);
if (process.argv.includes('--misses') && !heldout) console.log(`\n${all.misses.join('\n')}`);
