import { describe, expect, it } from 'vitest';
import { createCompoundSplitter, designatorVariants, searchTerms } from './search-terms.ts';

const splitter = createCompoundSplitter(['Rakete', 'Haubitze', 'Geschoss', 'Soldat', 'Drohne', 'Artilleriegeschoss']);

describe('compound splitter', () => {
  it.each([
    ['Kurzstreckenraketen', ['Kurzstrecken', 'Raketen']],
    ['Panzerhaubitzen', ['Panzer', 'Haubitzen']],
    ['Artilleriegeschosse', ['Artillerie', 'Geschosse']],
    ['Kamikazedrohne', ['Kamikaze', 'Drohne']],
    ['Elitesoldaten', ['Elite', 'Soldaten']],
    ['Raketen', []],
    ['Raketenangriff', []],
    ['Haubitzen-Typ', []],
    ['Ukraine', []],
  ])('%s → %j', (word, parts) => expect(splitter.split(word)).toEqual(parts));

  it('collects the parts of all compounds of a page once', () => {
    expect(searchTerms('<p>Kurzstreckenraketen und <b>Kurzstreckenraketen</b>, Panzerhaubitzen</p>', splitter, ['KN23'])).toEqual(['KN23', 'Kurzstrecken', 'Panzer', 'Raketen', 'Haubitzen'].sort((a, b) => a.localeCompare(b, 'de')));
  });
});

describe('designator variants', () => {
  it.each([
    ['KN-23', ['KN23', 'KN 23']],
    ['Il-76', ['Il76', 'Il 76']],
    ['M1989', ['M-1989', 'M 1989']],
    ['Koksan', []],
  ])('%s → %j', (alias, variants) => expect(designatorVariants(alias)).toEqual(variants));
});
