/**
 * The matcher with a small inline lexicon: generated variants are found, nothing outside the lexicon is.
 * Cases were written before tuning, in the style of German and English wire copy.
 */
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../lexicon.ts';
import { createMentionMatcher } from './mentions.ts';
import { demonymStems, requiredLiteral, residentNouns } from './variants.ts';

const lexicon: Lexicon = {
  weapons: [
    { id: 'koksan', name: 'Koksan', aliases: ['M1989', 'M-1978'], category: 'artillerie', generic: false, related: [], specs: [] },
    { id: 'kn-23', name: 'KN-23', aliases: ['Hwasong-11'], category: 'ballistische-rakete', generic: false, related: [], specs: [] },
    { id: 'il-76', name: 'Il-76', aliases: ['Iljuschin Il-76'], category: 'flugzeug', generic: false, related: [], specs: [] },
    { id: 'himars', name: 'HIMARS', aliases: [], category: 'raketenartillerie', generic: false, related: [], specs: [] },
    { id: 'haubitze', name: 'Haubitze', aliases: ['howitzer'], category: 'kategorie', generic: true, related: [], specs: [] },
    { id: 'ballistische-rakete', name: 'ballistische Rakete', aliases: ['ballistic missile'], category: 'kategorie', generic: true, related: [], specs: [] },
  ],
  places: [
    { id: 'nordkorea', name: 'Nordkorea', aliases: ['North Korea'], type: 'staat', demonyms: [], residents: [] },
    { id: 'russland', name: 'Russland', aliases: ['Russia'], type: 'staat', demonyms: [], residents: ['Russe'] },
    { id: 'ukraine', name: 'Ukraine', aliases: [], type: 'staat', demonyms: [], residents: [] },
    { id: 'usa', name: 'USA', aliases: ['Vereinigte Staaten'], type: 'staat', demonyms: ['US-amerikanisch', 'amerikanisch'], residents: [] },
    { id: 'kursk', name: 'Kursk', aliases: [], type: 'region', demonyms: [], residents: [] },
  ],
  organisations: [
    { id: 'nis', name: 'National Intelligence Service', aliases: ['NIS', 'südkoreanischer Geheimdienst'], type: 'geheimdienst', domains: [] },
    { id: 'financial-times', name: 'Financial Times', aliases: ['FT'], type: 'medium', domains: [] },
  ],
  people: [
    { id: 'kim-jong-un', name: 'Kim Jong-un', aliases: ['Kim Jong Un'], shortName: 'Kim' },
    { id: 'wladimir-putin', name: 'Wladimir Putin', aliases: ['Vladimir Putin'] },
  ],
  terms: [{ id: 'haubitze', term: 'Haubitze', aliases: [], definition: 'x', compoundHead: true, see: [] }],
};
const matcher = createMentionMatcher(lexicon, { always: new Set(['components', 'program']), singular: new Set(['strike']) });
const found = (sentence: string) => matcher.find(sentence).filter((m) => m.kind !== 'term').map((m) => `${m.ref}=${m.text}`);

describe('mentions', () => {
  it.each([
    ['Nordkoreas Haubitzen vom Typ Koksan', ['nordkorea=Nordkoreas', 'haubitze=Haubitzen', 'koksan=Koksan']],
    ['erste Koksan-Geschütze wurden gesichtet', ['koksan=Koksan-Geschütze']],
    ['die von Nordkorea gelieferten KN23-Raketen', ['nordkorea=Nordkorea', 'kn-23=KN23-Raketen']],
    ['Raketen vom Typ KN 23 und Hwasong-11', ['kn-23=KN 23', 'kn-23=Hwasong-11']],
    ['wahrscheinlich IL76s auf dem Rollfeld', ['il-76=IL76s']],
    ['nordkoreanische Soldaten und ein nordkoreanischer Offizier', ['nordkorea=nordkoreanische', 'nordkorea=nordkoreanischer']],
    ['Tausende Nordkoreaner könnten kommen', ['nordkorea=Nordkoreaner']],
    ['die US-amerikanischen HIMARS-Systeme', ['usa=US-amerikanischen', 'himars=HIMARS-Systeme']],
    ['Panzerhaubitzen und ballistischen Raketen', ['haubitze=Panzerhaubitzen', 'ballistische-rakete=ballistischen Raketen']],
    ['laut dem südkoreanischen Geheimdienst', ['nis=südkoreanischen Geheimdienst']],
    ['Kims Soldaten und Putins Krieg', ['kim-jong-un=Kims', 'wladimir-putin=Putins']],
    ['Kim Jong Un traf Wladimir Putin', ['kim-jong-un=Kim Jong Un', 'wladimir-putin=Wladimir Putin']],
    ['in der Region Kursk und im Ukraine-Krieg', ['kursk=Kursk', 'ukraine=Ukraine']],
    ['North Korea sent howitzers and ballistic missiles to Russia', ['nordkorea=North Korea', 'haubitze=howitzers', 'ballistische-rakete=ballistic missiles', 'russland=Russia']],
    ['the M-1989 and the M1978 guns', ['koksan=M-1989', 'koksan=M1978']],
    ['debris of KN-23 ballistic missiles and howitzer components', ['kn-23=KN-23 ballistic missiles']],
    ['the ballistic missile program and its howitzers', ['haubitze=howitzers']],
    ['howitzers components and a howitzer strike, but howitzers strike back', ['haubitze=howitzers']],
  ])('%s', (sentence, expected) => expect(found(sentence)).toEqual(expected));

  it.each([
    'Die Kursker Nachtigall singt', // not "Kursk" alone
    'Das nis ist kein Dienst', // acronyms are case-sensitive
    'Eine Haubitzenfabrik', // modifier of a compound is not a mention
    'Russlandkenner warnen',
  ])('finds no entity in %s', (sentence) => {
    expect(found(sentence).filter((m) => !m.startsWith('kursk=Kursker'))).toEqual([]);
  });

  it('keeps offsets true to the sentence', () => {
    const sentence = 'Laut FT sollen knapp 50 Koksan-Haubitzen eingetroffen sein.';
    for (const m of matcher.find(sentence)) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it('resolves a cited source to its entry, preferring the longest match', () => {
    expect(matcher.resolve('Financial Times')).toEqual({ kind: 'organisation', ref: 'financial-times' });
    expect(matcher.resolve('Kremlsprecher Peskow')).toBeNull();
  });
});

describe('generated variants', () => {
  it.each([
    ['Nordkorea', 'staat', ['nordkoreanisch'], ['Nordkoreaner']],
    ['Russland', 'staat', ['russisch'], []],
    ['Ukraine', 'staat', ['ukrainisch'], ['Ukrainer']],
    ['Syrien', 'staat', ['syrisch'], []],
    ['Iran', 'staat', ['iranisch'], []],
    ['Moskau', 'stadt', [], ['Moskauer']],
  ])('%s → %j / %j', (name, type, stems, residents) => {
    expect(demonymStems(name, type)).toEqual(stems);
    expect(residentNouns(name, type)).toEqual(residents);
  });

  it('uses a literal every variant contains', () => {
    expect(requiredLiteral('Haubitze')).toBe('haubitz');
    expect(['kn', '23']).toContain(requiredLiteral('KN-23'));
    expect(requiredLiteral('ballistische Rakete')).toBe('ballistisch');
  });
});
