/**
 * Cited sources: chains, the fields of a Source, quote state across sentences, inheritance, and the cue lexicon
 * loader (format errors, an editor's new cue). Stance-and-source tables on whole sentences are in stance.test.ts.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Source } from '../types.ts';
import { loadCueLexicon } from './cues.ts';
import { findSources } from './sources.ts';
import { classifyStance } from './stance.ts';

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
const de = loadCueLexicon(contentDir, 'de');
const en = loadCueLexicon(contentDir, 'en');

const refs: Record<string, string> = {
  Guardian: 'the-guardian',
  'Financial Times': 'financial-times',
  Selenskyj: 'wolodymyr-selenskyj',
  NIS: 'nis',
  'Vedant Patel': 'vedant-patel',
};
const resolve = (name: string) => refs[name] ?? null;
const src = (text: string, cue: string | null, inherited = false): Source => ({ text, ref: resolve(text), cue, inherited });

describe('findSources', () => {
  it('lists a chain in order, with refs and cues, quotation marks removed from outlet names', () => {
    const r = findSources('Das berichtete der britische „Guardian“ unter Berufung auf eine nicht näher genannte ukrainische Quelle.', de, resolve);
    expect(r).toEqual({
      sources: [src('Guardian', 'berichtete'), src('nicht näher genannte ukrainische Quelle', 'unter Berufung auf')],
      openQuote: false,
    });
  });

  it('takes the subject of a separable reporting verb without its article', () => {
    const r = findSources('Das US-Außenministerium teilte am Dienstag mit, die Soldaten seien in Kursk.', de, resolve);
    expect(r.sources).toEqual([src('US-Außenministerium', 'teilte mit')]);
  });

  it('keeps the name of a person and drops the title in front of it', () => {
    expect(findSources('„Wir sind besorgt“, sagte Außenministeriumssprecher Vedant Patel.', de, resolve).sources).toEqual([
      src('Vedant Patel', 'sagte'),
    ]);
    expect(findSources('"We are concerned," said State Department spokesman Vedant Patel.', en, resolve).sources).toEqual([
      src('Vedant Patel', 'said'),
    ]);
  });

  it('names the speaker, not the outlet spoken to, and the outlet only when no speaker is named', () => {
    expect(findSources('Ein Offizier erklärte gegenüber der BBC, die Lage sei ernst.', de, resolve).sources.map((s) => s.text)).toEqual(['Offizier']);
    expect(findSources('Gegenüber der BBC bestätigte man die Zahl.', de, resolve).sources).toEqual([src('BBC', 'Gegenüber')]);
    expect(findSources('A Ukrainian officer told the BBC that the shells were old.', en, resolve).sources.map((s) => s.text)).toEqual(['Ukrainian officer']);
  });

  it('keeps described sources as written', () => {
    expect(findSources('Nach ukrainischen Angaben wurden 200 Soldaten getötet.', de, resolve).sources).toEqual([src('ukrainischen Angaben', 'Nach')]);
    expect(findSources('Westlichen Geheimdienstquellen zufolge sind es mehr.', de, resolve).sources.map((s) => s.text)).toEqual(['Westlichen Geheimdienstquellen']);
    expect(findSources('According to the NIS, the troops arrived in October.', en, resolve).sources).toEqual([src('NIS', 'According to')]);
  });

  it('finds nothing in an asserted sentence', () => {
    expect(findSources('Nordkorea hat im Oktober Soldaten nach Russland verlegt.', de, resolve)).toEqual({ sources: [], openQuote: false });
    expect(findSources('Die Loyalität gegenüber Moskau hat ihren Preis.', de, resolve).sources).toEqual([]);
  });
});

describe('quote state', () => {
  it('opens and closes German, English and straight quotation marks', () => {
    expect(findSources('Budanow sagte: „Die ersten Einheiten sind im Einsatz.', de, resolve).openQuote).toBe(true);
    expect(findSources('Budanow sagte: „Die ersten Einheiten sind im Einsatz.“', de, resolve).openQuote).toBe(false);
    expect(findSources('Er sagte: »Die Lage ist ernst.', de, resolve).openQuote).toBe(true);
    expect(findSources('Budanov said: “The first units are deployed.', en, resolve).openQuote).toBe(true);
    expect(findSources('Budanov said: "The first units are deployed.', en, resolve).openQuote).toBe(true);
    expect(findSources('Budanov said: "The first units are deployed."', en, resolve).openQuote).toBe(false);
  });

  it('lets a sentence inside an open quote inherit the speaker until the quote closes', () => {
    const first = findSources('Selenskyj sagte: „Die Truppen stehen an der Grenze.', de, resolve);
    const second = findSources('Sie greifen bald an.', de, resolve, first);
    expect(second).toEqual({ sources: [src('Selenskyj', 'sagte', true)], openQuote: true });
    const third = findSources('Wir sind vorbereitet.“', de, resolve, second);
    expect(third).toEqual({ sources: [src('Selenskyj', 'sagte', true)], openQuote: false });
    expect(findSources('Die Ukraine verstärkt ihre Stellungen.', de, resolve, third)).toEqual({ sources: [], openQuote: false });
  });

  it('marks a sentence that continues a quote as attributed', () => {
    expect(classifyStance('Die Truppen sind vorbereitet.“', de, { inQuoteContinuation: true }).stance).toBe('attributed');
    expect(classifyStance('Die Truppen sind vorbereitet.', de, { inQuoteContinuation: false }).stance).toBe('asserted');
  });
});

describe('inheritance', () => {
  const previous = findSources('Selenskyj warnte am Sonntag vor einer Eskalation.', de, resolve);

  it('gives a sentence in Konjunktiv I without a source of its own the previous sources', () => {
    expect(findSources('Nordkorea habe weitere Soldaten geschickt.', de, resolve, previous).sources).toEqual([src('Selenskyj', 'warnte', true)]);
  });

  it('keeps a Konjunktiv I sentence with its own source to that source', () => {
    expect(findSources('Laut Pentagon seien es 12.000 Soldaten.', de, resolve, previous).sources).toEqual([src('Pentagon', 'Laut')]);
  });

  it('replaces a pronoun by the previous sources', () => {
    expect(findSources('Er fügte hinzu, die Lage sei ernst.', de, resolve, previous).sources).toEqual([src('Selenskyj', 'warnte', true)]);
    const before = findSources('Zelensky said the troops were in Kursk.', en, resolve);
    expect(findSources('He added that more would follow.', en, resolve, before).sources.map((s) => [s.text, s.inherited])).toEqual([['Zelensky', true]]);
  });

  it('inherits nothing without a previous sentence or a reason to', () => {
    expect(findSources('Nordkorea habe weitere Soldaten geschickt.', de, resolve).sources).toEqual([]);
    expect(findSources('Nordkorea hat weitere Soldaten geschickt.', de, resolve, previous).sources).toEqual([]);
  });
});

describe('sources are verbatim', () => {
  const pieces = [
    'laut', 'Laut', 'nach Angaben des', 'zufolge', 'unter Berufung auf', 'sagte', 'teilte mit', 'so', ',', '„', '“', '"', 'Die', 'der',
    'britische', 'Guardian', 'Pentagon', 'Vedant Patel', 'Sprecher', 'ukrainischen', 'Angaben', 'Quelle', 'er', 'soll', 'wird', '?', '.',
    'according to', 'said', 'told', 'the', 'officials', 'Reuters', 'citing', '(ISW)', 'des', 'von', 'aus',
  ];
  it('returns only exact substrings of the sentence, whatever the words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.constantFrom(de, en), (words, lexicon) => {
        const sentence = words.join(' ');
        for (const s of findSources(sentence, lexicon, resolve).sources) {
          expect(sentence).toContain(s.text);
          expect(s.text.trim()).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
        }
        const { cues } = classifyStance(sentence, lexicon);
        for (const cue of cues) expect(sentence).toContain(cue);
      }),
      { numRuns: 400 },
    );
  });
});

describe('loadCueLexicon', () => {
  function lexiconDir(yaml: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'cues-'));
    mkdirSync(join(dir, 'language'));
    writeFileSync(join(dir, 'language', 'cues.de.yaml'), yaml);
    return dir;
  }

  it('takes a cue an editor adds, with wildcards and a multiword phrase', () => {
    const dir = lexiconDir(`cues:\n  - pattern: nach Lesart *\n    class: hedged\n  - pattern: "kolportiert*"\n    class: hedged\n    note: Austrian press\n`);
    const lexicon = loadCueLexicon(dir, 'de');
    expect(classifyStance('Nach Lesart Kiews ist das falsch.', lexicon)).toEqual({ stance: 'hedged', cues: ['Nach Lesart Kiews'] });
    expect(classifyStance('Die kolportierten Zahlen sind hoch.', lexicon)).toEqual({ stance: 'hedged', cues: ['kolportierten'] });
  });

  it.each([
    ['an unknown class', `cues:\n  - pattern: laut\n    class: loud\n`, /entry 1 \(laut\).*class/],
    ['a missing pattern', `cues:\n  - class: hedged\n`, /entry 1.*pattern/],
    ['both pattern and regex', `cues:\n  - pattern: a\n    regex: b\n    class: hedged\n`, /entry 1.*pattern.*regex/],
    ['a broken regex', `cues:\n  - pattern: laut\n    class: attributed\n  - regex: "so("\n    class: attributed\n`, /entry 2 \(so\(\).*regex/],
    ['an unknown key', `cues:\n  - pattern: laut\n    class: attributed\n    soruce: after\n`, /entry 1 \(laut\).*soruce/],
    ['an unbalanced brace', `cues:\n  - pattern: nach {* Angaben\n    class: attributed\n`, /entry 1.*\{/],
    ['a gap at the edge', `cues:\n  - pattern: … mit\n    class: attributed\n`, /entry 1.*gap/],
    ['no list of cues', `hedged: [soll]\n`, /cues/],
  ])('names the file and the entry on %s', (_what, yaml, message) => {
    const dir = lexiconDir(yaml);
    const load = () => loadCueLexicon(dir, 'de');
    expect(load).toThrow(/cues\.de\.yaml/);
    expect(load).toThrow(message);
  });
});
