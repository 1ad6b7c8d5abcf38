/**
 * The index pages of the fixture site: /artikel/ lists every article, and the claims index with its static
 * facet pages (/behauptungen/haltung|waffe|quelle/<id>/) lists exactly the claims of /data/claims.json
 * that belong to the facet, with FacetNav counts that equal the list lengths.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, inject, it } from 'vitest';

const site = inject('siteDir');
const readJson = (path: string) => JSON.parse(readFileSync(join(site, path), 'utf8')) as Record<string, unknown>;

interface ExportedClaim { id: string; url: string; article: string; stance: string; sources: Array<{ ref: string | null }>; mentions: Array<{ kind: string; ref: string }> }
interface ExportedArticle { id: string; url: string; title: string; published: string | null; sentences: Array<{ claimId: string | null }> }

const claims = readJson('data/claims.json').claims as ExportedClaim[];
const articles = readJson('data/articles.json').articles as ExportedArticle[];
const STANCES = ['asserted', 'attributed', 'hedged', 'speculative', 'opinion'];

/** The <main> of a built page, parsed. */
function main(path: string): Element {
  const file = join(site, path.replace(/^\//, ''), 'index.html');
  expect(existsSync(file), `${path} is built`).toBe(true);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const found = DomUtils.findOne((e) => e.name === 'main', doc.children);
  expect(found, `${path} has <main>`).not.toBeNull();
  return found!;
}
const all = (root: Element, test: (e: Element) => boolean) => DomUtils.findAll(test, root.children);
const attr = (e: Element, name: string) => e.attribs[name];

/** Claim ids listed by the ClaimList of a page, each checked to link to its claim page. */
function listedClaims(root: Element): string[] {
  return all(root, (e) => e.name === 'li' && attr(e, 'data-claim') !== undefined).map((li) => {
    const id = attr(li, 'data-claim')!;
    const hrefs = all(li, (e) => e.name === 'a').map((a) => attr(a, 'href'));
    expect(hrefs, `claim ${id} links to its page`).toContain(`/behauptungen/${id}/`);
    return id;
  });
}
const sorted = (ids: Iterable<string>) => [...ids].sort();
const subdirs = (path: string) => (existsSync(join(site, path)) ? readdirSync(join(site, path), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : []);

const weaponRefs = [...new Set(claims.flatMap((c) => c.mentions.filter((m) => m.kind === 'weapon').map((m) => m.ref)))];
const sourceRefs = [...new Set(claims.flatMap((c) => c.sources.map((s) => s.ref).filter((r): r is string => r !== null)))];

describe('/artikel/', () => {
  it('lists every article once with its claim count, newest first and undated last', () => {
    const root = main('/artikel/');
    const rows = all(root, (e) => e.name === 'tr' && attr(e, 'data-article') !== undefined);
    expect(rows.map((r) => attr(r, 'data-article'))).toEqual(
      [...articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title, 'de')).map((a) => a.id),
    );
    for (const row of rows) {
      const article = articles.find((a) => a.id === attr(row, 'data-article'))!;
      expect(all(row, (e) => e.name === 'a').map((a) => attr(a, 'href'))).toContain(article.url);
      const cell = all(row, (e) => attr(e, 'data-claims') !== undefined)[0]!;
      expect(Number(attr(cell, 'data-claims'))).toBe(article.sentences.filter((s) => s.claimId !== null).length);
      if (article.published) expect(all(row, (e) => e.name === 'time').map((t) => attr(t, 'datetime'))).toEqual([article.published]);
    }
  });
});

describe('/behauptungen/ and its facets', () => {
  it('lists every claim on the unfiltered page, grouped by article', () => {
    const root = main('/behauptungen/');
    expect(sorted(listedClaims(root))).toEqual(sorted(claims.map((c) => c.id)));
    const headings = all(root, (e) => /^h[23]$/.test(e.name) && (attr(e, 'id') ?? '').startsWith('artikel-')).map((h) => attr(h, 'id')!.slice('artikel-'.length));
    expect(sorted(headings)).toEqual(sorted(new Set(claims.map((c) => c.article))));
  });

  it('/behauptungen/haltung/hedged/ lists exactly the hedged claims', () => {
    const expected = claims.filter((c) => c.stance === 'hedged').map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(listedClaims(main('/behauptungen/haltung/hedged/')))).toEqual(sorted(expected));
  });

  it('has one page per stance listing exactly its claims', () => {
    expect(sorted(subdirs('behauptungen/haltung'))).toEqual(sorted(STANCES));
    for (const stance of STANCES) {
      expect(sorted(listedClaims(main(`/behauptungen/haltung/${stance}/`))), stance).toEqual(sorted(claims.filter((c) => c.stance === stance).map((c) => c.id)));
    }
  });

  it('has a page per weapon with claims, listing exactly the claims that mention it', () => {
    expect(weaponRefs.length).toBeGreaterThan(0);
    expect(sorted(subdirs('behauptungen/waffe'))).toEqual(sorted(weaponRefs));
    for (const ref of weaponRefs) {
      const expected = claims.filter((c) => c.mentions.some((m) => m.kind === 'weapon' && m.ref === ref)).map((c) => c.id);
      expect(sorted(listedClaims(main(`/behauptungen/waffe/${ref}/`))), ref).toEqual(sorted(expected));
    }
  });

  it('has a page per resolved cited source, listing exactly the claims that cite it', () => {
    expect(sourceRefs.length).toBeGreaterThan(0);
    expect(sorted(subdirs('behauptungen/quelle'))).toEqual(sorted(sourceRefs));
    for (const ref of sourceRefs) {
      const expected = claims.filter((c) => c.sources.some((s) => s.ref === ref)).map((c) => c.id);
      expect(sorted(listedClaims(main(`/behauptungen/quelle/${ref}/`))), ref).toEqual(sorted(expected));
    }
  });

  it('shows FacetNav on every claims index page, with counts equal to the list lengths and the current facet marked', () => {
    const pages = [
      { path: '/behauptungen/', current: 'alle' },
      ...STANCES.map((s) => ({ path: `/behauptungen/haltung/${s}/`, current: `haltung:${s}` })),
      ...weaponRefs.map((r) => ({ path: `/behauptungen/waffe/${r}/`, current: `waffe:${r}` })),
      ...sourceRefs.map((r) => ({ path: `/behauptungen/quelle/${r}/`, current: `quelle:${r}` })),
    ];
    const listLength = new Map<string, number>();
    for (const { path, current } of pages) {
      const root = main(path);
      const navs = all(root, (e) => e.name === 'nav' && (attr(e, 'class') ?? '').split(' ').includes('facets'));
      expect(navs, path).toHaveLength(1);
      const links = all(navs[0]!, (e) => e.name === 'a' && attr(e, 'data-facet') !== undefined);
      // Every facet page is offered, each once: all, 5 stances, every weapon and source with claims.
      expect(links.map((a) => attr(a, 'data-facet')).sort(), path).toEqual(pages.map((p) => p.current).sort());
      expect(links.filter((a) => attr(a, 'aria-current') === 'page').map((a) => attr(a, 'data-facet')), path).toEqual([current]);
      for (const a of links) {
        const href = attr(a, 'href')!;
        if (!listLength.has(href)) listLength.set(href, listedClaims(main(href)).length);
        expect(Number(attr(a, 'data-count')), `${path}: ${href}`).toBe(listLength.get(href));
        // The count is also what the reader sees.
        const shown = all(a, (e) => (attr(e, 'class') ?? '').split(' ').includes('n'))[0]!;
        expect(DomUtils.textContent(shown).replace(/\D/g, ''), href).toBe(String(listLength.get(href)));
      }
      expect(listLength.get(pages.find((p) => p.current === current)!.path)).toBe(listedClaims(root).length);
    }
    expect(listLength.get('/behauptungen/')).toBe(claims.length);
  });
});
