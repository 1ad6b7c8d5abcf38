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

describe('short anaphors', () => {
  const texts = (r: { sources: Source[] }) => r.sources.map((s) => (s.inherited ? `^${s.text}` : s.text));
  /** Runs a passage the way the pipeline does and returns the sources of its last sentence. */
  function last(sentences: string[], lexicon = de) {
    let previous: Parameters<typeof findSources>[3];
    let found: ReturnType<typeof findSources> | undefined;
    sentences.forEach((sentence, i) => {
      found = findSources(sentence, lexicon, resolve, previous);
      previous = { ...found, earlier: sentences.slice(0, i + 1) };
    });
    return found!;
  }

  it('reads a bare role noun with a definite article as the speaker named before', () => {
    expect(texts(last(['„Die Lage ist ernst“, sagte Militärexperte Jan Roth.', 'Der Experte warnt vor einer Eskalation.']))).toEqual(['^Jan Roth']);
    expect(texts(last(['A senior EU official said the shipments continued.', '"It is not over," the official said.'], en))).toEqual(['^senior EU official']);
  });

  it('finds the speaker sentences back, past sentences without a source', () => {
    const passage = [
      'Nach Ansicht der Korea-Expertin Mia Vogt ist die Allianz stabil.',
      'Die Ukraine verstärkt ihre Stellungen.',
      'Russland meldet neue Angriffe.',
      'Die Expertin rechnet mit weiteren Lieferungen.',
    ];
    expect(texts(last(passage))).toEqual(['^Mia Vogt']);
  });

  it('resolves a bare institution in the genitive, and does not run the phrase on past it', () => {
    const passage = ['Nach Daten des Instituts für Asienstudien (IfA) wurden 200 Züge beladen.', 'Die Kosten sind hoch.', 'Pjöngjang erhält nach Einschätzung des Instituts Öl und Getreide.'];
    expect(texts(last(passage))).toEqual(['^Instituts für Asienstudien (IfA)']);
    expect(texts(findSources('Pjöngjang erhält nach Einschätzung des Instituts Öl und Getreide.', de, resolve))).toEqual(['Instituts']);
  });

  it('gives an anaphor without an earlier match the previous sentence’s sources, or else keeps it as written', () => {
    expect(texts(last(['Selenskyj sagte, die Front halte.', 'Der Experte warnt vor einer Eskalation.']))).toEqual(['^Selenskyj']);
    expect(texts(findSources('Der Experte warnt vor einer Eskalation.', de, resolve))).toEqual(['Experte']);
  });

  it('takes an unnamed statement ("hieß es in einer Erklärung") as the previous speaker’s', () => {
    expect(texts(last(['Das Außenministerium hat den Test verurteilt.', '„Das ist eine Provokation“, hieß es in einer Erklärung.']))).toEqual(['^Außenministerium']);
  });

  it('keeps names with an article, plurals and described sources as written', () => {
    expect(texts(last(['Der Kreml bestritt die Berichte.', 'Der Kreml sagte, die Zusammenarbeit sei legal.']))).toEqual(['Kreml']);
    expect(texts(last(['Researchers at the lab said traffic had doubled.', 'The researchers said the trains carried shells.'], en))).toEqual(['researchers']);
    expect(texts(last(['Selenskyj sagte, die Front halte.', 'Die ukrainische Armee meldet neue Angriffe.']))).toEqual(['ukrainische Armee']);
  });
});

describe('evidence', () => {
  const texts = (r: { sources: Source[] }) => r.sources.map((s) => s.text);

  it('is not a source by itself', () => {
    expect(texts(findSources('Das berichtet das Portal „Militarnyi“ unter Berufung auf Satellitenbilder und Fotos.', de, resolve))).toEqual(['Militarnyi']);
    expect(texts(findSources('CNN reported the move, citing satellite images.', en, resolve))).toEqual(['CNN']);
  });

  it('gives its owner as the source', () => {
    expect(texts(findSources('Satellitenbilder des US-Unternehmens Vantor zeigen neue Hallen.', de, resolve))).toEqual(['US-Unternehmens Vantor']);
    expect(texts(findSources('Auf Satellitenbildern des Thinktanks CSIS sind neue Hallen zu sehen.', de, resolve))).toEqual(['CSIS']);
    expect(texts(findSources('Images provided by Planet Labs show new halls.', en, resolve))).toEqual(['Planet Labs']);
  });

  it('does not take what the images show for their owner', () => {
    expect(texts(findSources('Satellite images of the Sohae complex show new halls.', en, resolve))).toEqual([]);
    expect(texts(findSources('Satellitenbilder des Hafens zeigen neue Hallen.', de, resolve))).toEqual([]);
  });
});

describe('noun phrases of sources', () => {
  const texts = (r: { sources: Source[] }) => r.sources.map((s) => s.text);

  it('keeps an ordinal in a unit’s name', () => {
    expect(texts(findSources('Die 3. Sturmbrigade meldete den Abschuss einer Drohne.', de, resolve))).toEqual(['3. Sturmbrigade']);
  });

  it('keeps the place of a linked name and never takes a place after the verb for the speaker', () => {
    expect(texts(findSources('Das Institut für Konfliktforschung in Wien schätzt die Kosten auf eine Milliarde.', de, resolve))).toEqual(['Institut für Konfliktforschung in Wien']);
    expect(texts(findSources('Die Armee meldet aus dem Gebiet Belgorod schwere Kämpfe.', de, resolve))).toEqual(['Armee']);
  });

  it('does not take the object of a verb for its subject', () => {
    expect(texts(findSources('Die 5. Brigade schätzt die Verluste auf 300.', de, resolve))).toEqual(['5. Brigade']);
    expect(texts(findSources('The agency, which has tracked the shipments, estimates that 300 wagons crossed.', en, resolve))).toEqual(['agency']);
  });

  it('names the person of an apposition and the subject of a participle clause', () => {
    expect(texts(findSources('Its chief analyst, Tom Berg, told reporters the shells were old.', en, resolve))).toEqual(['Tom Berg']);
    expect(texts(findSources('Kyiv has put the number higher, saying 300 soldiers were killed.', en, resolve))).toEqual(['Kyiv']);
  });

  it('finds a subject before a relative clause and an auxiliary far from its participle', () => {
    expect(texts(findSources('Engineers who studied the debris found that the missile was new.', en, resolve))).toEqual(['Engineers']);
    expect(texts(findSources('Kiew hatte die Angriffe zunächst bestätigt und als Vergeltung bezeichnet.', de, resolve))).toEqual(['Kiew']);
  });

  it('does not cite a cue word used as an adjective ("a reported range")', () => {
    expect(texts(findSources('The missile has a reported range of up to 700 km.', en, resolve))).toEqual([]);
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

  it('takes the cue words of a regex from its groups cue1, cue2, … (the whole match without them)', () => {
    const dir = lexiconDir(
      `cues:\n  - regex: '(?<cue1>nach)\\s+(?:\\S+\\s+){0,3}?(?<cue2>verlautet)(?![\\p{L}])'\n    class: hedged\n  - regex: 'wie\\s+es\\s+scheint'\n    class: hedged\n`,
    );
    const lexicon = loadCueLexicon(dir, 'de');
    expect(classifyStance('Nach außen hin verlautet wenig.', lexicon)).toEqual({ stance: 'hedged', cues: ['Nach', 'verlautet'] });
    expect(classifyStance('Die Truppen sind, wie es scheint, erschöpft.', lexicon)).toEqual({ stance: 'hedged', cues: ['wie es scheint'] });
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
