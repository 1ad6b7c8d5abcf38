/**
 * The cue index in cues.ts only skips work: matchCues must find exactly what running every cue's regex over the
 * whole sentence finds, and inWordList must answer as the word list's regex does. The reference is the same
 * lexicon with copies of its cues, which the index knows nothing about and so matches by regex.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inWordList, loadCueLexicon, matchCues, tokenize, type CueLexicon } from './cues.ts';

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
const seedsDir = fileURLToPath(new URL('../../../seeds', import.meta.url));
const lexicons = [loadCueLexicon(contentDir, 'de'), loadCueLexicon(contentDir, 'en')] as const;
const byRegex = (lexicon: CueLexicon): CueLexicon => ({ ...lexicon, cues: lexicon.cues.map((cue) => ({ ...cue })) });
const references = lexicons.map(byRegex);
const found = (sentence: string, lexicon: CueLexicon) => matchCues(sentence, lexicon).map((m) => [m.cue.label, m.pieces, m.source]);

const seedSentences = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(`${seedsDir}/${f}`, 'utf8').split('\n'))
  .flatMap((line) => line.split(/(?<=[.!?])\s+/u))
  .filter((s) => s.trim() !== '');

// Characters the index treats with care: case folding beyond toLowerCase (ſ, Kelvin sign, ẞ), a combining mark
// that \p{L} matches only with the i flag (U+0345), surrogate pairs, lone surrogates, other spaces.
const oddities = ['ſ', '\u212a', 'ẞ', '\u0345', '😀', '𝐀', '\ud800', '\u00a0', '\t', '\u2009', '–', '„', '“', '»', '’', ',', ':', '?', '(', '/'];
const edgeCases = [
  'Der Regierungsſprecher teilte am Montag in Kiew mit, die Lage sei ernst.',
  'Nach ukrainiſchen Angaben sollen \u212aämpfe andauern.',
  'Das Pentagon geht von 12.000 Soldaten aus – sagte er\u00a0gegenüber CNN.',
  'Wie die „Financial Times“ unter Berufung auf Quellen berichtete, sollen es mehr sein.',
  'Er wies die Vorwürfe am Montag, am Dienstag und am Mittwoch zurück.',
  // Gaps of 10 words (the most a gap takes) and of 11.
  'Er wies die Vorwürfe 1 2 3 4 5 6 7 8 zurück.',
  'Er wies die Vorwürfe 1 2 3 4 5 6 7 8 9 zurück.',
  'Sollte sich das bestätigen\u0345, droht Ärger.',
  'Offenbar\u0345 ist das so, sagte\u0345 er.',
  'Nordkorea droht 😀 dem Westen mit Vergeltung.',
  'Laut 𝐀gentur könnte es so sein?',
  'Aus Regierungskreisen hieß es, man gehe davon aus.',
  'The paper quoted a senior official as saying that troops could arrive, according to reports.',
  "Officials said they won't comment; it's unclear whether he'll go.",
];

describe('the cue index', () => {
  it('finds in the seeds and edge cases what the regexes find', () => {
    for (const sentence of [...seedSentences, ...edgeCases]) {
      lexicons.forEach((lexicon, i) => expect(found(sentence, lexicon), sentence).toEqual(found(sentence, references[i]!)));
    }
  });

  it('finds in generated sentences what the regexes find', () => {
    // Words of the patterns (their alternatives, with wildcards filled in), of the seeds, and oddities.
    const patternWords = lexicons.flatMap((l) =>
      l.cues.flatMap((c) => c.label.replace(/[[\]{}…]/g, ' ').split(/[\s|]+/).filter((w) => /^[\p{L}*-]+$/u.test(w) && w !== '*')),
    );
    const words = [...new Set([...patternWords.flatMap((w) => [w.replaceAll('*', ''), w.replaceAll('*', 'ungs')]), ...seedSentences.join(' ').split(/\s+/)])];
    const word = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...words) },
      { weight: 2, arbitrary: fc.constantFrom(...words).map((w) => w.toUpperCase()) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...oddities), fc.constantFrom(...words)).map(([o, w]) => o + w) },
    );
    const gap = fc.constantFrom(' ', ' ', ' ', ' ', '  ', ', ', ' – ', '\u00a0', '\t', '-');
    const sentence = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 16 }).map((parts) => parts.map(([w, g]) => w + g).join('').trim());
    fc.assert(
      fc.property(sentence, fc.integer({ min: 0, max: 1 }), (s, i) => {
        expect(found(s, lexicons[i]!)).toEqual(found(s, references[i]!));
      }),
      { numRuns: 400 },
    );
  });

  it('tests roles, carriers, evidence and anaphors as their regexes do', () => {
    const words = [...new Set(seedSentences.flatMap((s) => tokenize(s).map((t) => t.text)))];
    const inflected = words.flatMap((w) => [w, `${w}s`, `${w}'s`, w.toLowerCase(), w.replace(/s/g, 'ſ'), `${oddities[3]}${w}`]);
    for (const lexicon of lexicons) {
      for (const list of [lexicon.roles, lexicon.carriers, lexicon.evidence, lexicon.anaphors]) {
        for (const w of [...inflected, 'Regierungssprecher', 'Außenministeriumssprecher', 'Experte', 'report', 'Satellitenbildern', 'imagery', 'Politikwissenschaftlers', 'official', '']) {
          expect(inWordList(list, w), w).toBe(list.test(w));
        }
      }
    }
  });
});
