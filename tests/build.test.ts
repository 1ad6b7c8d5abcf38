/**
 * The fixture corpus built by the real pipeline: pages exist and say what they should, and the public
 * data export matches CONTRACT.md and validates against the published JSON Schemas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';

const site = inject('siteDir');
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;
const FIXTURE_SEEDS = readdirSync(join(import.meta.dirname, 'fixtures/corpus')).filter((f) => f.endsWith('.txt'));

interface ExportedSentence { id: string; text: string; claimId: string | null; index: number }
interface ExportedArticle { id: string; url: string; title: string; kicker: string | null; outlet: string | null; published: string | null; sourceFile: string; sha256: string; language: string; removed: Array<{ text: string; reason: string }>; sentences: ExportedSentence[] }
interface ExportedClaim { id: string; url: string; article: string; sentenceIndex: number; text: string }

const articles = readJson('data/articles.json').articles as ExportedArticle[];
const claims = readJson('data/claims.json').claims as ExportedClaim[];
const byFile = (name: string) => articles.find((a) => a.sourceFile.endsWith(name))!;

describe('data export', () => {
  it('has one article per fixture seed and validates against its JSON Schema', () => {
    expect(articles.map((a) => a.sourceFile.split('/').at(-1)).sort()).toEqual(FIXTURE_SEEDS.sort());
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const name of ['articles', 'claims']) {
      const validate = ajv.compile(readJson(`data/${name}.schema.json`));
      const ok = validate(readJson(`data/${name}.json`));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('keeps sentence texts verbatim from the seed', () => {
    for (const article of articles) {
      const seed = readFileSync(join(import.meta.dirname, 'fixtures/corpus', article.sourceFile.split('/').at(-1)!), 'utf8').replace(/\r\n?/g, '\n');
      for (const s of article.sentences) expect(seed, `${article.id} #${s.index}`).toContain(s.text);
    }
  });

  it('infers kicker, title, date and removed boilerplate (002) and reads front matter', () => {
    const koksan = byFile('002_3b2be7df4d93287a.txt');
    expect(koksan.kicker).toBe('Für Kampf gegen Ukraine in Kursk');
    expect(koksan.title).toBe('Nordkorea soll schwerste Artillerie an Russland liefern');
    expect(koksan.published).toBe('2024-11-16');
    expect(koksan.removed.map((r) => r.reason)).toEqual(['dateline', 'audio-notice', 'audio-notice']);
    const consent = byFile('003_6c9c8b02a6a91603.txt').removed.filter((r) => r.reason === 'consent-banner');
    expect(consent).toHaveLength(2);
    const fm = byFile('front-matter-and-markup.txt');
    expect(fm.title).toBe('Testartikel mit Metadaten und Sonderzeichen');
    expect(fm.outlet).toBe('Testmedium');
    expect(fm.published).toBe('2024-12-01');
    expect(byFile('en-wire-report.txt').language).toBe('en');
    expect(koksan.language).toBe('de');
  });

  it('lists every claim once, each pointing at a sentence that names it', () => {
    expect(claims.length).toBeGreaterThan(10);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    for (const claim of claims) {
      const article = articles.find((a) => a.id === claim.article)!;
      expect(article.sentences[claim.sentenceIndex]!.claimId).toBe(claim.id);
      expect(article.sentences[claim.sentenceIndex]!.text).toBe(claim.text);
    }
  });
});

describe('pages', () => {
  it('renders one page per article with every sentence addressable by its id', () => {
    for (const article of articles) {
      const html = read(`${article.url.slice(1)}index.html`);
      expect(html).toContain('<html lang="de"');
      for (const s of article.sentences) expect(html).toContain(`id="${s.id}"`);
    }
  });

  it('renders one page per claim with the quote and a link to the exact sentence', () => {
    const dirs = readdirSync(join(site, 'behauptungen'), { withFileTypes: true }).filter((d) => d.isDirectory() && /^k[a-z2-7]{9}$/.test(d.name));
    expect(dirs.length).toBe(claims.length);
    for (const claim of claims.slice(0, 20)) {
      const html = read(`behauptungen/${claim.id}/index.html`);
      const article = articles.find((a) => a.id === claim.article)!;
      expect(html).toContain(`href="${article.url}#${claim.id}:~:text=`);
      expect(html).toContain('"@type": "Claim"');
      expect(html).toContain('<meta name="citation_title"');
      expect(html).toContain('data-pagefind-body');
    }
  });

  it('shows hostile article text literally and never as markup', () => {
    const fm = byFile('front-matter-and-markup.txt');
    const html = read(`${fm.url.slice(1)}index.html`);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toMatch(/\{rund\}/);
    expect(html).toContain('&lt;/Claim&gt;');
    expect(html).toContain('import x from');
  });

  it('has a home page listing the articles, a search page and a 404 page', () => {
    const home = read('index.html');
    for (const a of articles) expect(home).toContain(a.url);
    expect(read('suche/index.html')).toContain('id="suchseite-eingabe"');
    expect(existsSync(join(site, 'sw.js'))).toBe(true);
    expect(existsSync(join(site, '404.html'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
  });
});
