/**
 * Per-article counts and totals on hand-made articles.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../src/schemas/corpus.ts';
import type { Lexicon } from '../ingest/lexicon.ts';
import { buildReport, summariseArticle } from './summary.ts';

const emptyLexicon: Lexicon = { weapons: [], places: [], organisations: [], people: [], terms: [] };

function sentence(index: number, overrides: Partial<Sentence>): Sentence {
  return {
    id: `kaaaaaaa${'abcdefgh'[index]}`,
    index,
    paragraph: 0,
    role: 'body',
    text: 'Ein Satz.',
    start: 0,
    line: index + 1,
    stance: 'asserted',
    cues: [],
    sources: [],
    quantities: [],
    mentions: [],
    claimId: null,
    ...overrides,
  };
}

const quantity = { text: '50', value: 50, min: null, max: null, approx: 'exact' as const, unit: null, counted: null, start: 0, end: 2 };

const article: Article = {
  id: 'test-artikel',
  url: '/artikel/test-artikel/',
  sourceFile: 'seeds/test.txt',
  sha256: '0'.repeat(64),
  language: 'de',
  title: 'Test',
  kicker: null,
  outlet: 'Testmedium',
  published: '2024-11-16',
  removed: [{ text: 'Artikel anhören', reason: 'audio-notice', line: 3 }],
  warnings: ['no headline line found'],
  sentences: [
    sentence(0, { stance: 'attributed', claimId: 'kaaaaaaaa', sources: [{ text: 'Joe Byrne', ref: null, cue: 'sagte', inherited: false }], quantities: [quantity] }),
    sentence(1, {
      stance: 'attributed',
      sources: [{ text: 'Joe Byrne', ref: null, cue: 'sagte', inherited: true }],
      mentions: [
        { kind: 'place', ref: 'nordkorea', text: 'Nordkorea', start: 0, end: 9 },
        { kind: 'weapon', ref: 'koksan', text: 'Koksan', start: 10, end: 16 },
      ],
    }),
    sentence(2, { stance: 'speculative', claimId: 'kaaaaaaac', quantities: [quantity, quantity], mentions: [{ kind: 'term', ref: 'haubitze', text: 'Haubitze', start: 0, end: 8 }] }),
  ],
};

describe('summariseArticle', () => {
  it('counts sentences, claims, stances, quantities, mentions per kind, sources cited here, removed lines', () => {
    expect(summariseArticle(article)).toEqual({
      id: 'test-artikel',
      file: 'seeds/test.txt',
      language: 'de',
      outlet: 'Testmedium',
      published: '2024-11-16',
      sentences: 3,
      claims: 2,
      stances: { asserted: 0, attributed: 2, hedged: 0, speculative: 1, opinion: 0 },
      quantities: 3,
      mentions: { weapon: 1, place: 1, organisation: 0, person: 0, term: 1 },
      sources: 1,
      removed: 1,
      warnings: 1,
      notes: ['no headline line found'],
    });
  });
});

describe('buildReport', () => {
  it('adds up the articles and keeps the problems of the ingest', () => {
    const second = { ...article, id: 'zweiter', sentences: article.sentences.slice(0, 1), removed: [], warnings: [] };
    const report = buildReport({
      articles: [article, second],
      errors: [{ file: 'seeds/kaputt.txt', message: 'seeds/kaputt.txt: no sentences left after removing boilerplate' }],
      warnings: [],
      lexicon: emptyLexicon,
    });
    expect(report.totals).toMatchObject({ articles: 2, sentences: 4, claims: 3, quantities: 4, sources: 2, removed: 1, warnings: 1 });
    expect(report.totals.stances.attributed).toBe(3);
    expect(report.problems.errors).toHaveLength(1);
    expect(report.candidates.sources).toEqual([{ text: 'Joe Byrne', count: 2, cues: ['sagte'], examples: ['seeds/test.txt:1'] }]);
  });
});
