/**
 * Lexicon candidates on German and English sentences written for these tests, with a small inline lexicon.
 * Mentions come from the real matcher, as in the ingest. Each table has positives and negatives; the
 * negatives are the German noun pairs, headlines and datelines the heuristics must not report.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/schemas/corpus.ts';
import type { Lexicon } from '../ingest/lexicon.ts';
import { createMentionMatcher } from '../ingest/recognise/mentions.ts';
import { findAcronyms, findCandidates, findExpansions, findNames, indexLexicon, isAcronym, unresolvedSources, type DocumentInput } from './candidates.ts';

const lexicon: Lexicon = {
  weapons: [
    { id: 'himars', name: 'HIMARS', aliases: [], category: 'raketenartillerie', generic: false, related: [], specs: [] },
    { id: 'kn-23', name: 'KN-23', aliases: ['KN23'], category: 'ballistische-rakete', generic: false, related: [], specs: [] },
  ],
  places: [
    { id: 'nordkorea', name: 'Nordkorea', aliases: ['North Korea'], type: 'staat', demonyms: [], residents: [] },
    { id: 'russland', name: 'Russland', aliases: ['Russia'], type: 'staat', demonyms: [], residents: [] },
    { id: 'ukraine', name: 'Ukraine', aliases: [], type: 'staat', demonyms: [], residents: [] },
    { id: 'kursk', name: 'Kursk', aliases: [], type: 'region', demonyms: [], residents: [] },
    { id: 'usa', name: 'USA', aliases: ['US', 'Vereinigte Staaten'], type: 'staat', demonyms: ['US-amerikanisch'], residents: [] },
  ],
  organisations: [
    { id: 'hur', name: 'Ukrainischer Militärgeheimdienst (HUR)', aliases: ['HUR', 'ukrainischer Militärgeheimdienst'], type: 'geheimdienst', domains: [] },
    { id: 'isw', name: 'Institute for the Study of War (ISW)', aliases: ['ISW', 'Institute for the Study of War'], type: 'denkfabrik', domains: [] },
    { id: 'nato', name: 'NATO', aliases: [], type: 'buendnis', domains: [] },
  ],
  people: [
    { id: 'kim-jong-un', name: 'Kim Jong-un', aliases: ['Kim Jong Un'], shortName: 'Kim' },
    { id: 'wladimir-putin', name: 'Wladimir Putin', aliases: ['Vladimir Putin'] },
    { id: 'oleh-iwaschtschenko', name: 'Oleh Iwaschtschenko', aliases: [] },
  ],
  terms: [{ id: 'geheimdienst', term: 'Geheimdienst', aliases: ['Nachrichtendienst'], definition: 'x', compoundHead: true, see: [] }],
};
const matcher = createMentionMatcher(lexicon);
const index = indexLexicon(lexicon);
const sentence = (text: string, role: 'body' | 'heading' | 'title' = 'body') => ({ text, role, mentions: matcher.find(text) });

describe('indexLexicon', () => {
  it('knows acronyms written as names, aliases or in brackets, and the given names of the people', () => {
    expect([...index.acronyms.keys()].sort()).toEqual(['HIMARS', 'HUR', 'ISW', 'KN-23', 'KN23', 'NATO', 'US', 'USA']);
    expect(index.acronyms.get('HUR')).toEqual({ kind: 'organisation', ref: 'hur' });
    expect(index.givenNames.has('oleh')).toBe(true);
    expect(index.givenNames.has('joe')).toBe(true);
  });
});

describe('isAcronym', () => {
  it.each([
    ['HUR', true],
    ['ATACMS', true],
    ['KN-25', true],
    ['MI6', true],
    ['ABCDEFG', false], // seven letters
    ['F-16', false], // one letter
    ['II', false], // roman numeral
    ['THE', false], // a word in capitals
    ['Hur', false],
  ])('%s → %s', (token, expected) => {
    expect(isAcronym(token)).toBe(expected);
  });
});

describe('findAcronyms', () => {
  it.each([
    ['Der ukrainische Militärgeheimdienst GUR meldete neue Lieferungen.', ['GUR']],
    ['Laut HUR und SBU wurden ATACMS-Raketen eingesetzt.', ['SBU', 'ATACMS']],
    ['Die KN-23 und die neuere KN-25 wurden an der Front gesichtet.', ['KN-25']],
    ['Mehrere IL76s landeten auf dem Rollfeld.', ['IL76']],
    ['The DIU said that ATACMS strikes hit the base.', ['DIU', 'ATACMS']],
    // negatives
    ['Die NATO beobachtet die Lage, ebenso die USA.', []],
    ['Die US-Denkfabrik ISW meldete neue Angriffe.', []],
    ['BREAKING: NORDKOREA SCHICKT NEUE TRUPPEN NACH RUSSLAND', []],
    ['Kaiser Wilhelm II sprach von Typ IV.', []],
    ['Die Ukraine erhielt F-16 und MiG-29 aus Europa.', []],
    ['Das ist OK, sagte er um 10 Uhr MEZ.', []],
    ['Die HIMARS-Systeme trafen ein Depot.', []],
  ])('%s', (text, expected) => {
    expect(findAcronyms(sentence(text), index).map((a) => a.text)).toEqual(expected);
  });
});

describe('findExpansions', () => {
  const isw = { kind: 'organisation', ref: 'isw' };
  it.each([
    ['Das "Institute for the Study of War" (ISW) berichtete am Samstag.', { longForm: 'Institute for the Study of War', acronym: 'ISW', lettersMatch: true, acronymRef: isw, longFormRef: isw }],
    ['Laut dem Institute for the Study of War (ISW) ist die Lage ernst.', { longForm: 'Institute for the Study of War', acronym: 'ISW', lettersMatch: true, acronymRef: isw, longFormRef: isw }],
    [
      'Geheimdienstinformationen des ukrainischen Verteidigungsnachrichtendienstes (DIU) deuten darauf hin.',
      { longForm: 'Verteidigungsnachrichtendienstes', acronym: 'DIU', lettersMatch: false, acronymRef: null, longFormRef: { kind: 'term', ref: 'geheimdienst' } },
    ],
    ['Nach Angaben des Sicherheitsdienstes der Ukraine (SBU) wurden Agenten festgenommen.', { longForm: 'Sicherheitsdienstes der Ukraine', acronym: 'SBU', lettersMatch: false, acronymRef: null, longFormRef: null }],
    ['Die Stiftung Wissenschaft und Politik (SWP) rät zur Vorsicht.', { longForm: 'Stiftung Wissenschaft und Politik', acronym: 'SWP', lettersMatch: true, acronymRef: null, longFormRef: null }],
    ['Analysts at the Royal United Services Institute (RUSI) disagreed.', { longForm: 'Royal United Services Institute', acronym: 'RUSI', lettersMatch: true, acronymRef: null, longFormRef: null }],
    ['Laut dem Ukrainischen Militärgeheimdienst (HUR) ist der Transport erfolgt.', { longForm: 'Ukrainischen Militärgeheimdienst', acronym: 'HUR', lettersMatch: false, acronymRef: { kind: 'organisation', ref: 'hur' }, longFormRef: { kind: 'organisation', ref: 'hur' } }],
  ])('%s', (text, expected) => {
    const [found, ...rest] = findExpansions(sentence(text), index);
    expect(rest).toEqual([]);
    expect(found).toMatchObject(expected);
    expect(text.slice(found!.start, found!.end)).toBe(expected.longForm);
  });

  it.each([
    'KIEW (AFP) – Russland griff in der Nacht an.', // dateline: capitals before the bracket
    'Die Kämpfe in Bachmut (AFP) dauerten an.', // a place, letters do not match, no institution
    'Die Zahl der Opfer (UN-Angaben) steigt.', // not an acronym
    'Die Soldaten (rund 3000) wurden verlegt.',
    'die westlichen Geheimdienste (CIA) warnen', // no capitalised phrase before the bracket
  ])('none in: %s', (text) => {
    expect(findExpansions(sentence(text), index)).toEqual([]);
  });
});

describe('findNames', () => {
  it.each([
    // German: names with evidence
    ['Joe Byrne, ein Analyst des Open Source Centre, erklärte am Montag, die Bilder seien echt.', ['Joe Byrne', 'Open Source Centre']],
    ['Am 21. Dezember teilte der Experte für gepanzerte Fahrzeuge Andriy Tarasenko Aufnahmen über Telegram.', ['Andriy Tarasenko']],
    ['Der Korea-Experte Frederic Spohr von der Friedrich-Naumann-Stiftung hält das für wahrscheinlich.', ['Frederic Spohr']],
    ['Einige Experten, wie Jenny Town von Stimson Center, äußerten Bedenken.', ['Jenny Town', 'Stimson Center']],
    ['Laut Militärsprecher Oleksij Dmytraschkiwskyj wurden drei Dörfer beschossen.', ['Oleksij Dmytraschkiwskyj']],
    ['Die Denkfabrik "Royal United Services Institute" veröffentlichte eine Studie.', ['Royal United Services Institute']],
    ['Präsident Wolodymyr Selenskyj dankte den Soldaten.', ['Wolodymyr Selenskyj']],
    ['Das sagte Hannelore Brandt, Sprecherin der Bundeswehr, am Dienstag.', ['Hannelore Brandt']],
    // German: noun pairs, headlines, lexicon entries
    ['Zukünftige Entwicklungen bleiben ungewiss.', []],
    ['Im Mai und Juni wurden Aktivitäten am Flughafen Sunan festgestellt.', []],
    ['Es ist unklar, ob Moldau Truppen von der Ukraine abzieht.', []],
    ['Neue Offensive in der Ukraine: Russland holt sich Unterstützung.', []],
    ['Bereits Anfang August stießen Einheiten in die Oblast Kursk vor.', []],
    ['Die nordkoreanische Führung, angeführt von Kim Jong-un, zeigt keine Schwäche.', []],
    ['Wladimir Putin empfing den Gast im Kreml.', []],
    ['Investigative Enthüllungen zeigen neue Satellitenbilder.', []],
    ['In der Grenzregion Sumy wurden nordkoreanische Soldaten gesichtet.', []],
    ['Deshalb schickt Pjöngjang Soldaten in die Region.', []],
    ['Zuletzt hat Russland bei Pokrowsk Truppen zusammengezogen.', []],
    ['Nach Angaben der Regierung Kiews wurden Dörfer geräumt.', []],
    ['Die Zeitung sprach von „Schwere Verluste“ an der Front.', []],
    ['Oleh Iwaschtschenko sagte, die Lage sei ernst.', []],
    // English
    ['Joe Byrne, an analyst at the Open Source Centre, said the images were recent.', ['Joe Byrne', 'Open Source Centre']],
    ['The assessment was shared by Kimberly Kagan of the Institute for the Study of War.', ['Kimberly Kagan']],
    ['Defense Secretary Lloyd Austin said troops had moved.', ['Lloyd Austin']],
    ['North Korean troops were seen in Kursk Oblast on Monday.', []],
    ['Russia fired two North Korean missiles at the city.', []],
    ['Russia and Ukraine exchanged prisoners on Tuesday.', []],
  ])('%s', (text, expected) => {
    const language = /\b(?:the|and|were|said|was)\b/.test(text) ? 'en' : 'de';
    expect(findNames(sentence(text), language, index).map((n) => n.text)).toEqual(expected);
  });

  it('says why: role, apposition, given name, spelling, English words', () => {
    const evidence = (text: string, language = 'de') => Object.fromEntries(findNames(sentence(text), language, index).map((n) => [n.text, n.evidence]));
    expect(evidence('Joe Byrne, ein Analyst des Open Source Centre, erklärte: „Die Bilder sind echt.“')).toEqual({
      'Joe Byrne': ['apposition', 'given-name'],
      'Open Source Centre': ['speech', 'foreign-spelling', 'english'],
    });
    expect(evidence('Präsident Wolodymyr Selenskyj dankte.')).toEqual({ 'Wolodymyr Selenskyj': ['role', 'given-name', 'foreign-spelling'] });
    expect(evidence('Officials met Pavlo Tkachenko in Kyiv.', 'en')).toEqual({ 'Pavlo Tkachenko': ['foreign-spelling', 'english-text'] });
  });

  it('skips English headlines in title case, not German headings', () => {
    expect(findNames(sentence('North Korean Troops Arrive In Russia Ahead Of Winter Offensive', 'title'), 'en', index)).toEqual([]);
    expect(findNames(sentence('Analyst Joe Byrne warnt vor neuer Offensive', 'heading'), 'de', index).map((n) => n.text)).toEqual(['Joe Byrne']);
  });
});

describe('unresolvedSources', () => {
  it('keeps sources without a lexicon entry that are cited in the sentence itself', () => {
    const sources: Source[] = [
      { text: 'Einige Experten', ref: null, cue: 'äußerten', inherited: false },
      { text: 'Einige Experten', ref: null, cue: 'äußerten', inherited: true },
      { text: 'Guardian', ref: 'guardian', cue: 'laut', inherited: false },
    ];
    expect(unresolvedSources(sources).map((s) => s.text)).toEqual(['Einige Experten']);
    expect(unresolvedSources(undefined)).toEqual([]);
  });
});

describe('findCandidates', () => {
  const doc = (file: string, lines: Array<[number, string, Source[]?]>, language = 'de'): DocumentInput => ({
    file,
    language,
    sentences: lines.map(([line, text, sources]) => ({ ...sentence(text), line, sources: sources ?? [] })),
  });
  const documents = [
    doc('seeds/a.txt', [
      [3, 'Der GUR meldete, dass Joe Byrne, ein Analyst, die Bilder prüfte.'],
      [5, 'Auch der GUR und das Open Source Centre bestätigten das.', [{ text: 'Analysten', ref: null, cue: 'laut', inherited: false }]],
      [5, 'Der GUR schwieg danach.'],
    ]),
    doc('seeds/b.txt', [
      [1, 'Laut GUR und SBU sind die Angaben korrekt.', [{ text: 'Analysten', ref: null, cue: 'sagten', inherited: false }]],
      [2, 'Die Daten des Verteidigungsnachrichtendienstes (DIU) zeigen das.'],
    ]),
  ];
  const result = findCandidates(documents, lexicon);

  it('counts occurrences, most frequent first, with up to two distinct examples as file:line', () => {
    expect(result.acronyms).toEqual([
      { acronym: 'GUR', count: 4, examples: ['seeds/a.txt:3', 'seeds/a.txt:5'] },
      { acronym: 'DIU', count: 1, examples: ['seeds/b.txt:2'] },
      { acronym: 'SBU', count: 1, examples: ['seeds/b.txt:1'] },
    ]);
    expect(result.names.map((n) => [n.name, n.count])).toEqual([
      ['Joe Byrne', 1],
      ['Open Source Centre', 1],
    ]);
    expect(result.expansions).toEqual([
      { longForm: 'Verteidigungsnachrichtendienstes', acronym: 'DIU', count: 1, examples: ['seeds/b.txt:2'], lettersMatch: false, acronymRef: null, longFormRef: { kind: 'term', ref: 'geheimdienst' } },
    ]);
  });

  it('groups unresolved sources by text and collects their cues', () => {
    expect(result.sources).toEqual([{ text: 'Analysten', count: 2, cues: ['laut', 'sagten'], examples: ['seeds/a.txt:5', 'seeds/b.txt:1'] }]);
  });
});
