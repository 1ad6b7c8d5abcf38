import { describe, expect, it } from 'vitest';
import { decodeSeed } from './01-read.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeSeed', () => {
  it.each([
    ['UTF-8', utf8('Überschrift\nText mit ß.'), 'utf-8', 'Überschrift\nText mit ß.'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Titel\nText.')]), 'utf-8-bom', 'Titel\nText.'],
    ['CRLF line ends', utf8('Titel\r\nText.\r\n'), 'utf-8', 'Titel\nText.\n'],
    ['old Mac CR line ends', utf8('Titel\rText.'), 'utf-8', 'Titel\nText.'],
    ['UTF-16 LE with BOM', Uint8Array.from([0xff, 0xfe, ...Buffer.from('Grüße\nText.', 'utf16le')]), 'utf-16le', 'Grüße\nText.'],
    ['Windows-1252', Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x84, 0x78, 0x93]), 'windows-1252', 'Grüße „x“'],
  ])('reads %s', (_, bytes, encoding, text) => {
    const seed = decodeSeed(bytes, 'seeds/x.txt');
    expect(seed.encoding).toBe(encoding);
    expect(seed.text).toBe(text);
    expect(seed.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['an empty file', new Uint8Array(), /seeds\/x\.txt: the file is empty/],
    ['binary data', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /seeds\/x\.txt: contains NUL bytes/],
    ['control characters', utf8('Titel\nText\u0007 mit Klingel.'), /seeds\/x\.txt:2: contains the control character U\+0007/],
    ['bad front matter', utf8('---\ntitle: [unclosed\n---\nText.'), /seeds\/x\.txt:\d+: front matter is not valid YAML/],
  ])('refuses %s with a message naming the file', (_, bytes, message) => {
    expect(() => decodeSeed(bytes, 'seeds/x.txt')).toThrow(message);
  });

  it('separates front matter and keeps line numbers true', () => {
    const seed = decodeSeed(utf8('---\ntitle: Ein Titel\npublished: 2024-11-16\n---\nErste Zeile.\n'), 'seeds/x.txt');
    expect(seed.frontMatter).toEqual({ title: 'Ein Titel', published: '2024-11-16' });
    expect(seed.firstBodyLine).toBe(5);
    expect(seed.text.split('\n')[4]).toBe('Erste Zeile.');
  });
});
