import { describe, expect, it } from 'vitest';
import { assignArticleIds, detectLanguage, detectOutlet, parseOverride, shortenTitle } from './03-metadata.ts';

describe('detectOutlet', () => {
  const outlets = [{ name: 't-online', domains: ['t-online.de'] }];
  it.each([
    ['Wie Thepik.de exklusiv erfahren hat, plant X etwas. Er sagte gegenüber Thepik.de: „Nein.“', 'Thepik.de'],
    ['Sie können diesen (und damit auch alle weiteren X -Inhalte auf t-online.de) anzeigen lassen.', 't-online'],
    ['Ein Artikel ohne Selbstnennung, mit www.example.org als Link.', null],
  ])('%s → %s', (text, outlet) => expect(detectOutlet(text, outlets)).toBe(outlet));
});

describe('detectLanguage', () => {
  it('tells German from English', () => {
    expect(detectLanguage('Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes weitere Soldaten nach Russland geschickt.')).toBe('de');
    expect(detectLanguage('North Korea has sent more troops to Russia, according to South Korean intelligence officials.')).toBe('en');
    expect(detectLanguage('Doppelter Titel\nDer erste Artikel.')).toBe('de');
    expect(detectLanguage('Ein Satz mit {require("node:fs")} und {process.exit(3)} darin.')).toBe('de');
    expect(detectLanguage('La Corée du Nord a envoyé des soldats en Russie, selon les services de renseignement sud-coréens.')).toBe('fr');
  });
});

describe('shortenTitle', () => {
  it('drops the full stop and cuts long first sentences at a word', () => {
    expect(shortenTitle('Kurzer Satz.')).toBe('Kurzer Satz');
    const long = shortenTitle(`In einer bombastischen Enthüllung, die die intensivierende militärische Zusammenarbeit zwischen Russland und Nordkorea unterstreicht, sind Beweise aufgetaucht.`);
    expect(long.length).toBeLessThanOrEqual(112);
    expect(long.endsWith(' …')).toBe(true);
  });
});

describe('parseOverride', () => {
  it('accepts dates from YAML and names the bad field', () => {
    expect(parseOverride({ published: new Date('2024-11-16T00:00:00Z') }, 'x').published).toBe('2024-11-16');
    expect(() => parseOverride({ published: '16.11.2024' }, 'content/articles/a.yaml')).toThrow(/content\/articles\/a\.yaml: field `published`: a date like 2024-11-16, found "16\.11\.2024"/);
    expect(() => parseOverride({ titel: 'Tippfehler' }, 'x.yaml')).toThrow(/x\.yaml/);
  });
});

describe('assignArticleIds', () => {
  it('numbers colliding slugs in seed order and keeps editor-set ids', () => {
    const ids = assignArticleIds([
      { file: 'a.txt', slug: 'gleicher-titel', slugFixed: false },
      { file: 'b.txt', slug: 'gleicher-titel', slugFixed: false },
      { file: 'c.txt', slug: 'gleicher-titel', slugFixed: true },
    ]);
    expect([...ids.entries()].sort()).toEqual([
      ['a.txt', 'gleicher-titel-2'],
      ['b.txt', 'gleicher-titel-3'],
      ['c.txt', 'gleicher-titel'],
    ]);
  });
});
