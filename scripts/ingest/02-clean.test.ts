import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from './01-read.ts';
import { cleanSeed, isHeadlineLike, loadBoilerplate } from './02-clean.ts';

const rules = loadBoilerplate(join(import.meta.dirname, '../../content'));
const clean = (text: string) => cleanSeed(decodeSeed(new TextEncoder().encode(text), 'seeds/t.txt'), rules);

describe('cleanSeed', () => {
  it('takes kicker, title and dateline and removes audio notices, recording what was removed', () => {
    const c = clean('Dachzeile zum Thema\nDie eigentliche Überschrift\n\n16.11.2024, 21:15 Uhr\n\nArtikel anhören\n\nDiese Audioversion wurde künstlich generiert. Mehr Infos | Feedback senden\n\nErster Absatz. Zweiter Satz.\n');
    expect(c.kicker).toBe('Dachzeile zum Thema');
    expect(c.title).toBe('Die eigentliche Überschrift');
    expect(c.published).toBe('2024-11-16');
    expect(c.removed).toEqual([
      { text: '16.11.2024, 21:15 Uhr', reason: 'dateline', line: 4 },
      { text: 'Artikel anhören', reason: 'audio-notice', line: 6 },
      { text: 'Diese Audioversion wurde künstlich generiert. Mehr Infos | Feedback senden', reason: 'audio-notice', line: 8 },
    ]);
    expect(c.blocks.map((b) => b.role)).toEqual(['kicker', 'title', 'body']);
  });

  it('removes consent banners without sentence punctuation inside', () => {
    const banner = 'Empfohlener externer Inhalt X Wir benötigen Ihre Einwilligung, um den Inhalt anzuzeigen. Mehr dazu in unseren Datenschutzhinweisen.';
    const c = clean(`Titel\n\nText vorher.\n\n${banner}\n\nText nachher.`);
    expect(c.removed).toEqual([{ text: banner, reason: 'consent-banner', line: 5 }]);
    expect(c.blocks.map((b) => b.text)).toEqual(['Titel', 'Text vorher.', 'Text nachher.']);
  });

  it('has no title when the text starts with a paragraph, and finds subheadings', () => {
    const c = clean('Ein langer erster Absatz, der mit einem Punkt endet.\nZwischenüberschrift\nWeiterer Text.');
    expect(c.title).toBeNull();
    expect(c.blocks.map((b) => b.role)).toEqual(['body', 'heading', 'body']);
  });

  it('does not take a one-line title followed by a paragraph as kicker', () => {
    const c = clean('Nur eine Überschrift\nDer erste Absatz beginnt hier.\nUnd noch einer.');
    expect(c.kicker).toBeNull();
    expect(c.title).toBe('Nur eine Überschrift');
  });

  it('keeps offsets that point into the seed text', () => {
    const seed = decodeSeed(new TextEncoder().encode('Titel\n\n   Eingerückter Absatz.  \n'), 'seeds/t.txt');
    const c = cleanSeed(seed, rules);
    const body = c.blocks[1]!;
    expect(seed.text.slice(body.start, body.start + body.text.length)).toBe('Eingerückter Absatz.');
    expect(body.line).toBe(3);
  });
});

describe('isHeadlineLike', () => {
  it.each([
    ['Nordkorea soll schwerste Artillerie an Russland liefern', true],
    ['Kommt Kim Jong-un erneut zu Besuch?', true],
    ['Ein Satz mit Punkt.', false],
    ['„Ein Zitat mit Punkt.“', false],
    ['kleingeschriebener Anfang', false],
    ['x'.repeat(200), false],
  ])('%s → %s', (text, expected) => expect(isHeadlineLike(text)).toBe(expected));
});
