/**
 * Hostile input: every file below either builds with its text shown literally, or is skipped with a
 * message naming the file; nothing in an article ever runs as code, and a bad file never breaks the others.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureEnv, OUT } from './global-setup.ts';

const ROOT = resolve(import.meta.dirname, '..');
const dir = join(OUT, 'hostile');
const seeds = join(dir, 'seeds');
const canary = join(dir, 'pwned');
let output = '';
let status: number | null = null;

const utf8 = (s: string) => Buffer.from(s, 'utf8');
/** Windows-1252: Latin-1 plus typographic quotes, dashes and the euro sign in 0x80–0x9F. */
const CP1252: Record<string, number> = { '„': 0x84, '“': 0x93, '”': 0x94, '€': 0x80, '–': 0x96, '—': 0x97 };
const windows1252 = (s: string) => Buffer.from([...s].map((c) => CP1252[c] ?? c.charCodeAt(0)));
/** Article text of a page, tags removed and entities decoded. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const CASES: Record<string, Buffer> = {
  'mdx-jsx.txt': utf8(
    [
      'Titel mit {Klammern} und <b>Tags</b>',
      '',
      'import fs from "node:fs"',
      `export const x = require("node:fs").writeFileSync(${JSON.stringify(canary)}, "x")`,
      `Ein Satz mit {require("node:fs").writeFileSync(${JSON.stringify(canary)}, "x")} und {process.exit(3)} darin.`,
      'Hier endet </Claim> nichts und <Sentence id="x"> beginnt nichts.',
      '<script>document.title="pwned"</script> Skripte bleiben Text.',
      '{/* kein Kommentar */} und `kein Code` und *kein Kursiv*.',
    ].join('\n'),
  ),
  'entities.txt': utf8('Entitäten\n\nDas ist &amp; bleibt &lt;script&gt; und &#x7B; wörtlich.\n'),
  'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Artikel mit BOM\n\nDer erste Satz steht nach einer Byte-Order-Mark.\n')]),
  'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Artikel in UTF-16\n\nÜber 10.000 Soldaten wurden verlegt.\n', 'utf16le')]),
  'latin1.txt': windows1252('Artikel in Windows-1252\n\nGrüße aus Köln: „Straße“ kostet 20 € – Maß.\n'),
  'crlf.txt': utf8('Artikel mit CRLF\r\n\r\nErster Satz. Zweiter Satz.\r\n'),
  'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  'empty.txt': Buffer.alloc(0),
  'huge.txt': Buffer.alloc(20 * 1024 * 1024, 'Das ist ein Satz. '),
  'one-long-line.txt': utf8(`Eine einzige lange Zeile\n\n${'wort '.repeat(200_000)}\n`),
  'invisible.txt': utf8('Unsichtbares\n\nNull\u200bbreite, \u202eRechts-nach-links\u202c und 🚀 Emoji 👩‍👩‍👧 bleiben.\n'),
  'same-title-1.txt': utf8('Doppelter Titel\n\nDer erste Artikel.\n'),
  'same-title-2.txt': utf8('Doppelter Titel\n\nDer zweite Artikel.\n'),
  'notes.md': utf8('# keine Seed-Datei\n'),
};

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const [name, bytes] of Object.entries(CASES)) writeFileSync(join(seeds, name), bytes);
  const env = { ...fixtureEnv(dir), QL_SEEDS_DIR: seeds, QL_NOTES_DIR: join(dir, 'no-notes') };
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  output = `${build.stdout}\n${build.stderr}`;
  status = build.status;
}, 300_000);

const data = () => JSON.parse(readFileSync(join(dir, 'dist/data/articles.json'), 'utf8')).articles as Array<{ id: string; sourceFile: string; title: string; sentences: Array<{ text: string }> }>;
const article = (file: string) => data().find((a) => a.sourceFile.endsWith(`/${file}`));
const page = (file: string) => readFileSync(join(dir, 'dist', article(file)!.id === '' ? '' : `artikel/${article(file)!.id}/index.html`), 'utf8');

describe('hostile seeds', () => {
  it('build the site and run nothing', () => {
    expect(status, output).toBe(0);
    expect(existsSync(canary)).toBe(false);
  });

  it('name each refused file with the reason', () => {
    expect(output).toMatch(/binary\.txt: contains NUL bytes/);
    expect(output).toMatch(/empty\.txt: the file is empty/);
    expect(output).toMatch(/huge\.txt: 20\.0 MB is more than the 2\.0 MB one article may have/);
    expect(output).toMatch(/notes\.md: skipped: not a \.txt file/);
    expect(article('binary.txt')).toBeUndefined();
  });

  it('show MDX, JSX, expressions, ESM lines and scripts as literal text', () => {
    const texts = article('mdx-jsx.txt')!.sentences.map((s) => s.text);
    expect(texts).toContain('import fs from "node:fs"');
    const html = page('mdx-jsx.txt');
    expect(html).not.toMatch(/<script>document\.title/);
    const text = textOf(html);
    expect(text).toContain('und {process.exit(3)} darin.');
    expect(text).toContain('Hier endet </Claim> nichts und <Sentence id="x"> beginnt nichts.');
    expect(text).toContain('<script>document.title="pwned"</script> Skripte bleiben Text.');
    expect(text).toContain('import fs from "node:fs"');
    expect(text).toContain('{/* kein Kommentar */} und `kein Code` und *kein Kursiv*.');
    expect(article('mdx-jsx.txt')!.title).toBe('Titel mit {Klammern} und <b>Tags</b>');
  });

  it('keep entities as written', () => {
    expect(page('entities.txt')).toContain('&amp;amp; bleibt &amp;lt;script&amp;gt; und &amp;#x7B;');
  });

  it('decode BOM, UTF-16, Windows-1252 and CRLF', () => {
    expect(article('bom.txt')!.title).toBe('Artikel mit BOM');
    expect(article('utf16.txt')!.sentences[0]!.text).toBe('Über 10.000 Soldaten wurden verlegt.');
    expect(article('latin1.txt')!.sentences[0]!.text).toBe('Grüße aus Köln: „Straße“ kostet 20 € – Maß.');
    expect(article('crlf.txt')!.sentences.map((s) => s.text)).toEqual(['Erster Satz.', 'Zweiter Satz.']);
  });

  it('cut a megabyte line into bounded sentences without losing text', () => {
    const sentences = article('one-long-line.txt')!.sentences;
    expect(Math.max(...sentences.map((s) => s.text.length))).toBeLessThanOrEqual(1000);
    expect(sentences.map((s) => s.text).join(' ')).toBe('wort '.repeat(200_000).trim());
  });

  it('keep zero-width, right-to-left and emoji characters', () => {
    expect(article('invisible.txt')!.sentences[0]!.text).toBe('Null\u200bbreite, \u202eRechts-nach-links\u202c und 🚀 Emoji 👩‍👩‍👧 bleiben.');
  });

  it('give two articles with the same title their own pages', () => {
    const ids = [article('same-title-1.txt')!.id, article('same-title-2.txt')!.id].sort();
    expect(ids).toEqual(['doppelter-titel', 'doppelter-titel-2']);
    for (const id of ids) expect(existsSync(join(dir, `dist/artikel/${id}/index.html`))).toBe(true);
  });
});
