/**
 * Sentence segmentation: the shared fixture, own cases written before the rules were tuned,
 * targeted rule tests, and properties (no character lost or altered).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/sentence-edge-cases.json' with { type: 'json' };
import { loadSegmenterConfig, splitSentences, type SegmenterConfig, type SentenceSpan } from './segment.ts';

const CONTENT_DIR = join(import.meta.dirname, '../../content');
const config = loadSegmenterConfig(CONTENT_DIR);
const FIXTURE = fixture as string[][];

const texts = (paragraph: string, language = 'de', cfg: SegmenterConfig = config): string[] =>
  splitSentences(paragraph, language, cfg).map((span) => span.text);

/** Spans are ordered, verbatim, trimmed, non-empty, and only whitespace lies between them. */
function expectFaithful(paragraph: string, spans: SentenceSpan[]): void {
  let rebuilt = '';
  let position = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(position);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.text).toBe(paragraph.slice(span.start, span.end));
    expect(span.text).toBe(span.text.trim());
    const gap = paragraph.slice(position, span.start);
    expect(gap.trim()).toBe('');
    rebuilt += gap + span.text;
    position = span.end;
  }
  expect(paragraph.slice(position).trim()).toBe('');
  rebuilt += paragraph.slice(position);
  expect(rebuilt).toBe(paragraph);
}

/** Boundary offsets (end of every sentence but the last) of sentences joined with single spaces. */
function goldBoundaries(sentences: string[]): number[] {
  const boundaries: number[] = [];
  let offset = -1;
  for (const sentence of sentences.slice(0, -1)) {
    offset += sentence.length + 1;
    boundaries.push(offset);
  }
  return boundaries;
}

/** Written before the rules were tuned; joined with single spaces they form the paragraph. */
const OWN_CASES: { lang: 'de' | 'en'; sentences: string[] }[] = [
  // German: ordinals in dates and unit names
  { lang: 'de', sentences: ['Die 47. Brigade verteidigt seit Wochen Awdijiwka.', 'Sie erhielt Verstärkung.'] },
  { lang: 'de', sentences: ['Seit dem 24. Februar 2022 führt Russland einen Angriffskrieg gegen die Ukraine.', 'Ein Ende ist nicht in Sicht.'] },
  { lang: 'de', sentences: ['Kiew meldete am 5. Jan. neue Angriffe.', 'Die Flugabwehr war im Einsatz.'] },
  { lang: 'de', sentences: ['Im 20. Jahrhundert kämpften Korea und Russland nie gegeneinander.', 'Heute sind sie Verbündete.'] },
  { lang: 'de', sentences: ['Die Front verlief bis zum 3. Quartal stabil.', 'Danach rückten russische Truppen vor.'] },
  { lang: 'de', sentences: ['Die 3. Sturmbrigade meldete Erfolge.', 'Unabhängig überprüfen ließ sich das nicht.'] },
  { lang: 'de', sentences: ['Im Sommer lief der 2. Teil der Übung.', 'Beteiligt waren ca. 2.000 Soldaten.'] },
  { lang: 'de', sentences: ['Er belegte Rang 2.', 'Die Konkurrenz war groß.'] },
  { lang: 'de', sentences: ['Im II. Weltkrieg kämpfte die Sowjetunion gegen Deutschland.', 'Korea war damals japanisch besetzt.'] },
  { lang: 'de', sentences: ['Die Waffen wurden vom 1. bis 3. Oktober verladen.', 'Satellitenbilder zeigen den Bahnhof.'] },
  { lang: 'de', sentences: ['Die Sitzung wurde auf den 12.03.2024 verschoben.', 'Gründe wurden nicht genannt.'] },
  { lang: 'de', sentences: ['Am 21.12. wurde die Lieferung bestätigt.', 'Moskau schwieg.'] },
  { lang: 'de', sentences: ['Die Angriffe begannen um 4.30 Uhr.', 'Bis 6 Uhr wurden 40 Drohnen abgeschossen.'] },
  // German: abbreviations and numbers
  { lang: 'de', sentences: ['Laut Prof. Dr. Carlo Masala ist die Lage ernst.', 'Er lehrt an der Universität der Bundeswehr in München.'] },
  { lang: 'de', sentences: ['Die Ukraine erhielt 2,5 Mrd. Euro.', 'Weitere Hilfen sollen folgen.'] },
  { lang: 'de', sentences: ['Es geht um ca. 5 Mio. Schuss Munition.', 'Das ist mehr, als Europa liefern kann.'] },
  { lang: 'de', sentences: ['Rund 11.000 nordkoreanische Soldaten sind in Kursk stationiert.', 'Das meldete der ukrainische Geheimdienst.'] },
  { lang: 'de', sentences: ['Nordkorea lieferte u. a. Granaten, Raketen und Haubitzen.', 'Das bestätigte Seoul.'] },
  { lang: 'de', sentences: ['Die Raketen vom Typ KN-23 haben eine Reichweite von ca. 700 km.', 'Sie wurden bereits eingesetzt.'] },
  { lang: 'de', sentences: ['Kim Jong-un besuchte im Sept. 2023 den Weltraumbahnhof Wostotschny.', 'Dort traf er Putin.'] },
  { lang: 'de', sentences: ['Gen. Kyrylo Budanow leitet den Militärgeheimdienst HUR.', 'Er gilt als gut informiert.'] },
  { lang: 'de', sentences: ['Das Dokument (vgl. S. 12) nennt 3.000 Söldner.', 'Die Zahl ist nicht überprüfbar.'] },
  { lang: 'de', sentences: ['Die Rheinmetall AG & Co. KG liefert Munition.', 'Die Produktion wird ausgebaut.'] },
  { lang: 'de', sentences: ['Die Verluste betragen mind. 1.200 Mann.', 'Das schätzen westliche Dienste.'] },
  { lang: 'de', sentences: ['Sie wurden i. d. R. per Bahn transportiert.', 'Einige kamen per Schiff.'] },
  { lang: 'de', sentences: ['Die Nato-Staaten, insb. Polen und die baltischen Staaten, sind alarmiert.', 'Sie fordern mehr Hilfe.'] },
  { lang: 'de', sentences: ['Das Abkommen (Art. 4) sieht gegenseitigen Beistand vor.', 'Es trat im Dez. in Kraft.'] },
  { lang: 'de', sentences: ['Die Ukraine verlor bis Mitte Nov. rund 40 % des besetzten Gebiets in Kursk.', 'Das sagen Analysten.'] },
  { lang: 'de', sentences: ['Geliefert wurden Granaten, Raketen, Zünder usw.', 'Die Liste ist lang.'] },
  { lang: 'de', sentences: ['Die Zahl stieg von 10.000 auf 12.000.', 'Wie viele gefallen sind, ist unklar.'] },
  { lang: 'de', sentences: ['Brigadegeneral a. D. Erich Vad hält das für gefährlich.', 'Andere widersprechen.'] },
  // German: initials and names
  { lang: 'de', sentences: ['Laut US-Außenminister Antony J. Blinken sind die Soldaten bereits im Einsatz.', 'Nordkorea bestreitet das.'] },
  { lang: 'de', sentences: ['US-Vizepräsident J. D. Vance äußerte sich skeptisch.', 'Die Ukraine reagierte verärgert.'] },
  { lang: 'de', sentences: ['Für Kiew ist das nur Plan B.', 'Die Regierung hofft weiter auf Hilfe.'] },
  { lang: 'de', sentences: ['Papst Leo XIV. rief zum Frieden auf.', 'Moskau reagierte nicht.'] },
  // German: quotes, questions, ellipses, domains
  { lang: 'de', sentences: ['„Wir haben keine Beweise.', 'Aber die Hinweise verdichten sich“, sagte ein Sprecher des Pentagons.', 'Nordkorea dementierte.'] },
  { lang: 'de', sentences: ['„Sind das nordkoreanische Soldaten?“, fragte der Reporter.', 'Der Sprecher schwieg.'] },
  { lang: 'de', sentences: ['Putin sagte: „Wir werden siegen.“', 'Der Westen reagierte gelassen.'] },
  { lang: 'de', sentences: ['Der Sprecher sagte: „Wir prüfen die Berichte.', 'Mehr können wir nicht sagen.“', 'Danach endete die Pressekonferenz.'] },
  { lang: 'de', sentences: ['„Nordkorea ist jetzt Kriegspartei“, schrieb das ISW.', 'Die Einschätzung ist umstritten.'] },
  { lang: 'de', sentences: ['Selenskyj sprach von einem „neuen Kapitel“.', 'Er dankte den Partnern.'] },
  { lang: 'de', sentences: ['Er rief: »Hände weg von Korea!«', 'Dann verließ er das Podium.'] },
  { lang: 'de', sentences: ['Was will Kim Jong-un von Putin?', 'Experten vermuten, dass es um Technologie geht.'] },
  { lang: 'de', sentences: ['Wann endet der Krieg?', 'Niemand kann das sagen!', 'Die Hoffnung bleibt.'] },
  { lang: 'de', sentences: ['Ein Bündnis mit Pjöngjang?!', 'Das überrascht viele.'] },
  { lang: 'de', sentences: ['Die Waffen kamen per Zug … und wurden sofort verteilt.', 'Das zeigen Satellitenbilder.'] },
  { lang: 'de', sentences: ['Die Lage ist ernst …', 'Doch Kiew gibt nicht auf.'] },
  { lang: 'de', sentences: ['Der Bericht erschien auf t-online.de.', 'Weitere Details nannte das Portal nicht.'] },
  { lang: 'de', sentences: ['Wie Thepik.de berichtet, sind die Geschütze eingetroffen.', 'Bestätigt ist das nicht.'] },
  // English
  { lang: 'en', sentences: ['U.S. officials said North Korea had sent troops.', 'The Pentagon confirmed the report.'] },
  { lang: 'en', sentences: ['In a statement, U.S. President Joe Biden condemned the deployment.', 'Moscow dismissed it.'] },
  { lang: 'en', sentences: ['The sanctions were first imposed by the U.S.', 'The EU followed later.'] },
  { lang: 'en', sentences: ['Dr. Smith of the RAND Corp. said the shells were old.', 'Many failed to explode.'] },
  { lang: 'en', sentences: ['The attack began on Jan. 5 at dawn.', "Ukraine's air force said it downed 30 drones."] },
  { lang: 'en', sentences: ['Talks are set for Jan. 5.', 'Both sides confirmed the date.'] },
  { lang: 'en', sentences: ['Gen. Charles Q. Brown Jr. told reporters the risk was growing.', 'He did not elaborate.'] },
  { lang: 'en', sentences: ['About 11,000 troops were deployed, i.e. roughly three divisions.', 'More may follow.'] },
  { lang: 'en', sentences: ['The package was worth approx. $2 billion.', 'Congress approved it in Dec. after months of debate.'] },
  { lang: 'en', sentences: ['The shells came from Pyongyang, e.g. the 170 mm Koksan guns.', 'Their range is about 60 km.'] },
  { lang: 'en', sentences: ['Mr. Kim met Mr. Putin in Vladivostok.', 'Mrs. Kim did not attend.'] },
  { lang: 'en', sentences: ['Lt. Col. Oleksandr Kovalenko said the unit had withdrawn.', 'No. 3 Battalion remained.'] },
  { lang: 'en', sentences: ['"Why now?" asked one analyst.', 'The answer may lie in Moscow.'] },
  { lang: 'en', sentences: ['"We will not back down," Zelensky said.', '"Russia must leave."', 'The crowd cheered.'] },
  { lang: 'en', sentences: ['Is Pyongyang sending more troops?', 'Seoul thinks so.'] },
  { lang: 'en', sentences: ['The war entered its third year in Feb. 2024.', 'Casualties keep rising.'] },
  { lang: 'en', sentences: ['Talks were held in St. Petersburg.', 'Ukraine was not invited.'] },
  { lang: 'en', sentences: ['Resolution No. 2231 was violated, the U.N. said.', 'Iran denied it.'] },
];

describe('shared fixture (tests/fixtures/sentence-edge-cases.json)', () => {
  it('has 15 groups', () => {
    expect(FIXTURE).toHaveLength(15);
  });

  it.each(FIXTURE.map((group, index) => [index + 1, group] as const))('group %i', (_, group) => {
    const paragraph = group.join(' ');
    const spans = splitSentences(paragraph, 'de', config);
    expect(spans.map((span) => span.text)).toEqual(group);
    expectFaithful(paragraph, spans);
  });
});

describe('own cases', () => {
  it('are at least 40', () => {
    expect(OWN_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(OWN_CASES.map((c) => [c.lang, c.sentences.join(' '), c.sentences] as const))('%s: %s', (language, paragraph, sentences) => {
    const spans = splitSentences(paragraph, language, config);
    expect(spans.map((span) => span.text)).toEqual(sentences);
    expectFaithful(paragraph, spans);
  });

  it('the rules beat Intl.Segmenter alone on boundary precision without losing recall', () => {
    const score = (split: (paragraph: string, language: string) => SentenceSpan[]) => {
      let truePositives = 0;
      let predicted = 0;
      let gold = 0;
      for (const c of OWN_CASES) {
        const expected = new Set(goldBoundaries(c.sentences));
        const found = split(c.sentences.join(' '), c.lang).slice(0, -1).map((span) => span.end);
        truePositives += found.filter((b) => expected.has(b)).length;
        predicted += found.length;
        gold += expected.size;
      }
      return { precision: truePositives / predicted, recall: truePositives / gold };
    };
    const intlOnly = score((paragraph, language) => {
      const spans: SentenceSpan[] = [];
      for (const { segment, index } of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(paragraph)) {
        const text = segment.trim();
        const start = index + segment.length - segment.trimStart().length;
        if (text) spans.push({ text, start, end: start + text.length });
      }
      return spans;
    });
    const rules = score((paragraph, language) => splitSentences(paragraph, language, config));
    expect(rules).toEqual({ precision: 1, recall: 1 });
    expect(intlOnly.precision).toBeLessThan(0.8);
  });
});

describe('rules', () => {
  it('returns spans with offsets into the paragraph, whitespace trimmed', () => {
    const paragraph = '  Der Angriff begann am 21. Dezember.\u00a0 Danach folgte eine Pause.  ';
    expect(splitSentences(paragraph, 'de', config)).toEqual([
      { text: 'Der Angriff begann am 21. Dezember.', start: 2, end: 37 },
      { text: 'Danach folgte eine Pause.', start: 39, end: 64 },
    ]);
  });

  it('returns nothing for an empty or blank paragraph', () => {
    expect(splitSentences('', 'de', config)).toEqual([]);
    expect(splitSentences(' \t\u00a0 ', 'de', config)).toEqual([]);
  });

  it('keeps a paragraph without sentence punctuation whole', () => {
    expect(texts('Nordkoreas Koksan-Artillerie: Eine wachsende Bedrohung für die Ukraine')).toEqual([
      'Nordkoreas Koksan-Artillerie: Eine wachsende Bedrohung für die Ukraine',
    ]);
  });

  it('matches multi-part abbreviations with or without inner spaces', () => {
    expect(texts('Geliefert wurden z.B. Haubitzen. Sie kamen i.d.R. per Bahn.')).toEqual([
      'Geliefert wurden z.B. Haubitzen.',
      'Sie kamen i.d.R. per Bahn.',
    ]);
    expect(texts('Geliefert wurden z.\u202fB. Haubitzen. Die Lage bleibt ernst.')).toEqual([
      'Geliefert wurden z.\u202fB. Haubitzen.',
      'Die Lage bleibt ernst.',
    ]);
  });

  it('matches a lowercase abbreviation capitalised at the start of a sentence', () => {
    expect(texts('Die Lage ist ernst. Vgl. Abschnitt 3. Z. B. Haubitzen fehlen.')).toEqual([
      'Die Lage ist ernst.',
      'Vgl. Abschnitt 3.',
      'Z. B. Haubitzen fehlen.',
    ]);
  });

  it('splits after a maybe-abbreviation before a capitalised word, joins before lowercase or digits', () => {
    expect(texts('Geliefert wurden Granaten, Zünder usw. Die Liste ist lang.')).toEqual([
      'Geliefert wurden Granaten, Zünder usw.',
      'Die Liste ist lang.',
    ]);
    expect(texts('Das war im 19. Jh. Heute ist es anders.')).toEqual(['Das war im 19. Jh.', 'Heute ist es anders.']);
    expect(texts('Bis Ende Sept. 2024 fiel die Stadt.')).toEqual(['Bis Ende Sept. 2024 fiel die Stadt.']);
  });

  it('joins a dotted initialism before a name, splits before a sentence opener', () => {
    expect(texts('He briefed the U.N. Security Council. The U.S. Army confirmed it.', 'en')).toEqual([
      'He briefed the U.N. Security Council.',
      'The U.S. Army confirmed it.',
    ]);
    expect(texts('The drones struck at 3 a.m. Kyiv time. The strike came at 4 p.m. The army said nothing.', 'en')).toEqual([
      'The drones struck at 3 a.m. Kyiv time.',
      'The strike came at 4 p.m.',
      'The army said nothing.',
    ]);
  });

  it('treats ordinals by context: month, determiner, preposition', () => {
    expect(texts('Das Treffen ist am 1. Mai-Feiertag.')).toEqual(['Das Treffen ist am 1. Mai-Feiertag.']);
    expect(texts('Die Waffen kamen am 5. Okt. 2024 an.')).toEqual(['Die Waffen kamen am 5. Okt. 2024 an.']);
    expect(texts('Soldaten der 155. Marineinfanteriebrigade wurden verlegt.')).toEqual([
      'Soldaten der 155. Marineinfanteriebrigade wurden verlegt.',
    ]);
    expect(texts('Die Zahl der Toten stieg auf 12. Die Behörden schweigen.')).toEqual([
      'Die Zahl der Toten stieg auf 12.',
      'Die Behörden schweigen.',
    ]);
    expect(texts('Er wurde Dritter im Rennen Nr. 3. Danach trat er zurück.')).toEqual([
      'Er wurde Dritter im Rennen Nr. 3.',
      'Danach trat er zurück.',
    ]);
  });

  it('never splits dates, times or large numbers', () => {
    expect(texts('Er wurde am 01.02.2023 um 14.30 Uhr verhaftet. 11.000 Soldaten standen bereit.')).toEqual([
      'Er wurde am 01.02.2023 um 14.30 Uhr verhaftet.',
      '11.000 Soldaten standen bereit.',
    ]);
    expect(texts('Am 3. 10. 2023 wurde er verhaftet. Am 21.12. Kam er frei.')).toEqual([
      'Am 3. 10. 2023 wurde er verhaftet.',
      'Am 21.12. Kam er frei.',
    ]);
  });

  it('splits before a sentence that starts with a number', () => {
    expect(texts('Der Krieg begann 2022. 2023 folgte die Gegenoffensive.')).toEqual([
      'Der Krieg begann 2022.',
      '2023 folgte die Gegenoffensive.',
    ]);
    expect(texts('Es gab 3 Tote. 2 weitere Menschen wurden verletzt.')).toEqual(['Es gab 3 Tote.', '2 weitere Menschen wurden verletzt.']);
  });

  it('keeps initials with their name, but not a letter before a sentence opener', () => {
    expect(texts('J. R. R. Tolkien ist hier fehl am Platz. Er schrieb Romane.')).toEqual([
      'J. R. R. Tolkien ist hier fehl am Platz.',
      'Er schrieb Romane.',
    ]);
    expect(texts('Kiew braucht einen Plan B. Die Zeit drängt.')).toEqual(['Kiew braucht einen Plan B.', 'Die Zeit drängt.']);
  });

  it('joins a lowercase continuation after ? or ! with or without a closing quote', () => {
    expect(texts('„Was plant Kim?“ fragte der Reporter. Niemand antwortete.')).toEqual([
      '„Was plant Kim?“ fragte der Reporter.',
      'Niemand antwortete.',
    ]);
    expect(texts('„Hände weg von Korea!“ – so der Demonstrant. Die Polizei griff ein.')).toEqual([
      '„Hände weg von Korea!“ – so der Demonstrant.',
      'Die Polizei griff ein.',
    ]);
    expect(texts('"Why now?" he asked. "Because Moscow pays!" she replied.', 'en')).toEqual([
      '"Why now?" he asked.',
      '"Because Moscow pays!" she replied.',
    ]);
    expect(texts('„Was nun?“ Der Sprecher schwieg.')).toEqual(['„Was nun?“', 'Der Sprecher schwieg.']);
  });

  it('splits a quote with several sentences; the closing quote stays with its sentence', () => {
    expect(texts('Er sagte: »Wir sind bereit. Wir warten auf den Befehl.« Dann ging er.')).toEqual([
      'Er sagte: »Wir sind bereit.',
      'Wir warten auf den Befehl.«',
      'Dann ging er.',
    ]);
    expect(texts('“Wir sind bereit. Wir warten”, sagte er. “Mehr nicht.”')).toEqual([
      '“Wir sind bereit.',
      'Wir warten”, sagte er.',
      '“Mehr nicht.”',
    ]);
    expect(texts('Er sagte: "Wir kommen." Dann ging er.')).toEqual(['Er sagte: "Wir kommen."', 'Dann ging er.']);
  });

  it('splits after an ellipsis only before a sentence opener', () => {
    expect(texts('Wir werden … Panzer liefern. Er zögerte… dann griff er an.')).toEqual([
      'Wir werden … Panzer liefern.',
      'Er zögerte… dann griff er an.',
    ]);
    expect(texts('Er zögerte... Dann griff er an.')).toEqual(['Er zögerte...', 'Dann griff er an.']);
    expect(texts('„Wir werden …“ Selenskyj verließ den Raum.')).toEqual(['„Wir werden …“', 'Selenskyj verließ den Raum.']);
  });

  it('never splits web addresses and e-mail addresses', () => {
    expect(texts('Siehe https://example.com/a?Query=1 und www.isw.org. Danach mehr.')).toEqual([
      'Siehe https://example.com/a?Query=1 und www.isw.org.',
      'Danach mehr.',
    ]);
    expect(texts('Sie können X -Inhalte auf t-online.de anzeigen. Schreiben Sie an info@example.de. Dann antworten wir.')).toEqual([
      'Sie können X -Inhalte auf t-online.de anzeigen.',
      'Schreiben Sie an info@example.de.',
      'Dann antworten wir.',
    ]);
  });

  it('splits glued sentences and sentences that start with a lowercase name', () => {
    expect(texts('Ein Einsatz würde die Eskalation bedeuten.In einer Enthüllung tauchten Beweise auf.')).toEqual([
      'Ein Einsatz würde die Eskalation bedeuten.',
      'In einer Enthüllung tauchten Beweise auf.',
    ]);
    expect(texts('Das meldete die Regierung. t-online.de berichtete zuerst. iPhone-Nutzer sahen das Video.')).toEqual([
      'Das meldete die Regierung.',
      't-online.de berichtete zuerst.',
      'iPhone-Nutzer sahen das Video.',
    ]);
  });

  it('attaches a fragment without letters or digits to its neighbour', () => {
    expect(texts('Das ist ein Erfolg. (...) Morgen geht es weiter.')).toEqual(['Das ist ein Erfolg. (...)', 'Morgen geht es weiter.']);
    expect(texts('!!! Eilmeldung: Angriff auf Kiew.')).toEqual(['!!! Eilmeldung: Angriff auf Kiew.']);
  });

  it('uses the abbreviations of the language, also for a regional tag', () => {
    expect(texts('Laut Dr. Müller ist das falsch.', 'de-AT')).toEqual(['Laut Dr. Müller ist das falsch.']);
    expect(texts('Dr. Smith said so.', 'en-GB')).toEqual(['Dr. Smith said so.']);
    // "No." is an English abbreviation only
    expect(texts('Resolution No. 2231 was violated.', 'en')).toEqual(['Resolution No. 2231 was violated.']);
  });

  it('falls back to root rules for unsupported or invalid language tags', () => {
    expect(texts('Das ist gut. Danach ging er.', 'tlh')).toEqual(['Das ist gut.', 'Danach ging er.']);
    expect(texts('Das ist gut. Danach ging er.', 'not a tag!')).toEqual(['Das ist gut.', 'Danach ging er.']);
    expect(texts('Das ist gut. Danach ging er.', '')).toEqual(['Das ist gut.', 'Danach ging er.']);
  });

  it('creates one Intl.Segmenter per language and reuses it', () => {
    // Intl.Segmenter is a writable global at run time; the lib types mark it read-only.
    const intl = Intl as { Segmenter: typeof Intl.Segmenter };
    const Original = intl.Segmenter;
    let constructed = 0;
    intl.Segmenter = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.Segmenter>) {
        constructed++;
        return new target(...args);
      },
    });
    try {
      for (let i = 0; i < 3; i++) texts('Das ist gut. Danach ging er.', 'fr-CA');
    } finally {
      intl.Segmenter = Original;
    }
    expect(constructed).toBe(1);
  });

  it('uses abbreviations an editor adds to the configuration', () => {
    const extended: SegmenterConfig = { abbreviations: { de: { never: ['Oblt.'], maybe: ['Frhr.'] } } };
    expect(texts('Laut Oblt. Weber ist das falsch. Das sagte Frhr. von Stein.', 'de', extended)).toEqual([
      'Laut Oblt. Weber ist das falsch.',
      'Das sagte Frhr. von Stein.',
    ]);
    expect(texts('Laut Oblt. Weber ist das falsch.', 'de', { abbreviations: {} })).toEqual(['Laut Oblt.', 'Weber ist das falsch.']);
  });
});

describe('loadSegmenterConfig', () => {
  it('reads never and maybe lists for de and en', () => {
    for (const language of ['de', 'en']) {
      const lists = config.abbreviations[language];
      expect(lists?.never.length, language).toBeGreaterThan(20);
      expect(lists?.maybe.length, language).toBeGreaterThan(10);
    }
    expect(config.abbreviations.de?.never).toEqual(expect.arrayContaining(['Dr.', 'Prof.', 'Nr.', 'St.', 'Gen.', 'z. B.', 'u. a.', 'd. h.', 'ca.', 'Mio.', 'Mrd.', 'engl.', 'gem.', 'vgl.', 'S.', 'Abs.', 'i. d. R.', 'Co.']));
    expect(config.abbreviations.de?.maybe).toEqual(expect.arrayContaining(['usw.', 'etc.', 'Jh.', 'Jan.', 'Febr.', 'Sept.']));
    expect([...(config.abbreviations.en?.never ?? []), ...(config.abbreviations.en?.maybe ?? [])]).toEqual(
      expect.arrayContaining(['Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Lt.', 'Col.', 'U.S.', 'e.g.', 'i.e.', 'approx.', 'No.', 'Jan.']),
    );
  });

  it('rejects a malformed file with its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'segment-'));
    try {
      mkdirSync(join(dir, 'language'));
      const file = join(dir, 'language', 'abbreviations.yaml');
      writeFileSync(file, 'de:\n  never: Dr.\n');
      expect(() => loadSegmenterConfig(dir)).toThrow(/abbreviations\.yaml: de\.never: expected a list/);
      writeFileSync(file, 'de:\n  never: [Dr]\n');
      expect(() => loadSegmenterConfig(dir)).toThrow(/must be a string ending in "\."/);
      writeFileSync(file, 'de:\n  nevr: [Dr.]\n');
      expect(() => loadSegmenterConfig(dir)).toThrow(/unknown key "nevr"/);
      writeFileSync(file, 'de:\n  never: [Dr.]\n');
      expect(loadSegmenterConfig(dir)).toEqual({ abbreviations: { de: { never: ['Dr.'], maybe: [] } } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('properties', () => {
  const german = [...FIXTURE.flat(), ...OWN_CASES.filter((c) => c.lang === 'de').flatMap((c) => c.sentences)]
    // Inherently ambiguous endings before an arbitrary next sentence ("Plan B. Kim …", "ernst … Kim …").
    .filter((sentence) => !/(?:\s\p{Lu}\.|…)$/u.test(sentence));
  const everySentence = [...FIXTURE.flat(), ...OWN_CASES.flatMap((c) => c.sentences)];
  const separator = fc.constantFrom(' ', '  ', '\u00a0', '\t', '\n', ' \n ', '\u2009');

  it('finds exactly the sentences of any random join of German sentences', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...german), separator), { minLength: 1, maxLength: 8 }), (parts) => {
        const paragraph = parts.map(([sentence, sep], i) => (i === 0 ? sentence : sep + sentence)).join('');
        const spans = splitSentences(paragraph, 'de', config);
        expectFaithful(paragraph, spans);
        expect(spans.map((span) => span.text)).toEqual(parts.map(([sentence]) => sentence));
      }),
      { numRuns: 500 },
    );
  });

  it('never loses or alters a character of random joins of all sentences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...everySentence), separator), { maxLength: 8 }),
        fc.constantFrom('de', 'en', 'fr', 'xx'),
        separator,
        (parts, language, outer) => {
          const paragraph = outer + parts.map(([sentence, sep]) => sentence + sep).join('');
          expectFaithful(paragraph, splitSentences(paragraph, language, config));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never loses or alters a character of arbitrary text', () => {
    const alphabet = fc.constantFrom(...'aZ 1.?!…„“"»«()-:\n\u00a0ßÄ'.split(''), 'z. B.', 'Dr.', 'www.', 'U.S.', '3.', ' Die', ' der');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.constantFrom('de', 'en'), (chunks, language) => {
        const paragraph = chunks.join('');
        expectFaithful(paragraph, splitSentences(paragraph, language, config));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (paragraph) => {
        expectFaithful(paragraph, splitSentences(paragraph, 'de', config));
      }),
      { numRuns: 1000 },
    );
  });
});
