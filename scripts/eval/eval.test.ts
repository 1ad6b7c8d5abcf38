/**
 * Regression floors for the annotation on the blind gold corpora. The development corpora were used to
 * find general causes of errors, so their floors are high; the held-out corpus was never looked at while
 * tuning, so its floors are what the rules achieve on new text (measured, minus a small margin).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGold, type GoldCorpus } from './run.ts';
import { f1, recall } from './score.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const FLOORS: Record<GoldCorpus, { quantities: number; weapons: number; stance: number; sourceRecall: number }> = {
  gold: { quantities: 0.97, weapons: 0.95, stance: 0.97, sourceRecall: 0.95 },
  'gold-dev2': { quantities: 0.97, weapons: 0.95, stance: 0.97, sourceRecall: 0.92 },
  'gold-heldout': { quantities: 0.92, weapons: 0.94, stance: 0.92, sourceRecall: 0.74 },
};

describe.each(Object.entries(FLOORS) as Array<[GoldCorpus, (typeof FLOORS)[GoldCorpus]]>)('annotation on %s', (corpus, floor) => {
  const { all } = evaluateGold(ROOT, corpus);
  it(`finds figures with value and approximator right (F1 ≥ ${floor.quantities})`, () => expect(f1(all.quantities)).toBeGreaterThanOrEqual(floor.quantities));
  it(`finds weapon mentions (F1 ≥ ${floor.weapons})`, () => expect(f1(all.weapons)).toBeGreaterThanOrEqual(floor.weapons));
  it(`tells non-asserted sentences (F1 ≥ ${floor.stance})`, () => expect(f1(all.nonAsserted)).toBeGreaterThanOrEqual(floor.stance));
  it(`finds who is cited (recall ≥ ${floor.sourceRecall})`, () => expect(recall(all.sources)).toBeGreaterThanOrEqual(floor.sourceRecall));
});
