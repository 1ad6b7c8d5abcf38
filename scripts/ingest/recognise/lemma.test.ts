import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lemmatiseEnglishNoun, lemmatiseNoun } from './lemma.ts';

const lemmas = parse(
  readFileSync(fileURLToPath(new URL('../../../content/language/lemmas.de.yaml', import.meta.url)), 'utf8'),
) as Record<string, string>;

// [form, lemma] without context: precision first, so a bare "-e" form stays unless the data knows it.
const CONTEXT_FREE: [string, string][] = [
  ['Raketen', 'Rakete'],
  ['Haubitzen', 'Haubitze'],
  ['Panzerhaubitzen', 'Panzerhaubitze'],
  ['Granaten', 'Granate'],
  ['Artilleriegranaten', 'Artilleriegranate'],
  ['Truppen', 'Truppe'],
  ['Drohnen', 'Drohne'],
  ['Brigaden', 'Brigade'],
  ['Soldaten', 'Soldat'],
  ['Diplomaten', 'Diplomat'],
  ['Journalisten', 'Journalist'],
  ['Präsidenten', 'Präsident'],
  ['Piloten', 'Pilot'],
  ['Söldner', 'Söldner'],
  ['Söldnern', 'Söldner'],
  ['Kämpfer', 'Kämpfer'],
  ['Kämpfern', 'Kämpfer'],
  ['Raketenwerfern', 'Raketenwerfer'],
  ['Kilometern', 'Kilometer'],
  ['Panzers', 'Panzer'],
  ['Geschosse', 'Geschoss'],
  ['Artilleriegeschosse', 'Artilleriegeschoss'],
  ['Geschossen', 'Geschoss'],
  ['Systeme', 'System'],
  ['Waffensysteme', 'Waffensystem'],
  ['Systemen', 'System'],
  ['Tage', 'Tag'],
  ['Tagen', 'Tag'],
  ['Geschütze', 'Geschütz'],
  ['Koksan-Geschütze', 'Koksan-Geschütz'],
  ['Länder', 'Land'],
  ['Ländern', 'Land'],
  ['Männer', 'Mann'],
  ['Menschen', 'Mensch'],
  ['Personen', 'Person'],
  ['Züge', 'Zug'],
  ['Streitkräfte', 'Streitkraft'],
  ['Generäle', 'General'],
  ['Einheiten', 'Einheit'],
  ['Lieferungen', 'Lieferung'],
  ['Divisionen', 'Division'],
  ['Erkenntnisse', 'Erkenntnis'],
  ['Soldatinnen', 'Soldatin'],
  ['Monaten', 'Monat'],
  ['Kampfjets', 'Kampfjet'],
  ['Abkommen', 'Abkommen'],
  ['Schützengräben', 'Schützengraben'],
  // singular forms stay as they are
  ['Rakete', 'Rakete'],
  ['Haubitze', 'Haubitze'],
  ['Truppe', 'Truppe'],
  ['Granate', 'Granate'],
  ['Soldat', 'Soldat'],
  ['Geschütz', 'Geschütz'],
  // acronyms and designations are names, not inflected words
  ['ATACMS', 'ATACMS'],
  ['KN-23', 'KN-23'],
];

// Forms counted after a number greater than one: a final -e or -s is then a plural ending.
const PLURAL: [string, string][] = [
  ['Offiziere', 'Offizier'],
  ['Angriffe', 'Angriff'],
  ['Schiffe', 'Schiff'],
  ['Projektile', 'Projektil'],
  ['Bataillone', 'Bataillon'],
  ['Waggons', 'Waggon'],
  ['Lkws', 'Lkw'],
  ['HIMARS', 'HIMARS'],
  ['Schuss', 'Schuss'],
  // nominalised adjectives and participles keep their -e (Duden lemma "Verletzte, der/die")
  ['Verletzte', 'Verletzte'],
  ['Verletzten', 'Verletzte'],
  ['Kriegsgefangene', 'Kriegsgefangene'],
  ['Freiwillige', 'Freiwillige'],
  ['Tote', 'Tote'],
  ['Leute', 'Leute'],
  ['Gebäude', 'Gebäude'],
  ['Gebiete', 'Gebiet'],
  ['Standorten', 'Standort'],
  ['Raketenstandorte', 'Raketenstandort'],
  ['Haubitzen', 'Haubitze'],
];

// Genitive singular after des/eines/dieses ("ein Viertel des Arsenals"): -s or -es is an ending.
const GENITIVE_SINGULAR: [string, string][] = [
  ['Arsenals', 'Arsenal'],
  ['Jahres', 'Jahr'],
  ['Landes', 'Land'],
  ['Krieges', 'Krieg'],
  ['Prozesses', 'Prozess'],
  ['Geschützes', 'Geschütz'],
  ['Gebäudes', 'Gebäude'],
  ['Kontingents', 'Kontingent'],
  ['Kalibers', 'Kaliber'],
  ['Raketenprogramms', 'Raketenprogramm'],
  ['Status', 'Status'],
];

describe('lemmatiseNoun', () => {
  it('has at least 30 cases', () => expect(CONTEXT_FREE.length + PLURAL.length).toBeGreaterThanOrEqual(30));
  it.each(CONTEXT_FREE)('%s → %s', (form, lemma) => expect(lemmatiseNoun(form, lemmas)).toBe(lemma));
  it.each(PLURAL)('%s (plural) → %s', (form, lemma) => expect(lemmatiseNoun(form, lemmas, { plural: true })).toBe(lemma));
  it.each(GENITIVE_SINGULAR)('%s (genitive singular) → %s', (form, lemma) =>
    expect(lemmatiseNoun(form, lemmas, { genitiveSingular: true })).toBe(lemma));
  it('works without any exception data', () => {
    expect(lemmatiseNoun('Raketen', {})).toBe('Rakete');
    expect(lemmatiseNoun('Systeme', {})).toBe('Systeme');
    expect(lemmatiseNoun('Systeme', {}, { plural: true })).toBe('System');
  });
});

describe('lemmatiseEnglishNoun', () => {
  it.each([
    ['soldiers', 'soldier'],
    ['missiles', 'missile'],
    ['shells', 'shell'],
    ['casualties', 'casualty'],
    ['launches', 'launch'],
    ['men', 'man'],
    ['personnel', 'personnel'],
    ['KN-23s', 'KN-23'],
    ['Koreans', 'Korean'],
    ['series', 'series'],
  ])('%s → %s', (form, lemma) => expect(lemmatiseEnglishNoun(form)).toBe(lemma));
});
