/**
 * The sources on the fixture site: /quellen/ lists everyone cited, grouped by kind, with a page per source
 * that shows what the source says; /glossar/ and /quellen/ links all lead somewhere. Also the pure helpers of
 * src/lib/sources.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { articleOutlets, collectSources, SOURCE_GROUPS, unresolvedKey } from '../src/lib/sources.ts';
import type { Article, Claim, Source } from '../src/schemas/corpus.ts';
import type { Organisation, Person, Place } from '../src/schemas/lexicon.ts';

const site = inject('siteDir');
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const articles = JSON.parse(read('data/articles.json')).articles as Article[];
const claims = JSON.parse(read('data/claims.json')).claims as Claim[];
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every page of one source (not the lists /quellen/ and /quellen/weitere/). */
function sourcePages(): string[] {
  const lists = new Set([join(site, 'quellen'), join(site, 'quellen', 'weitere')]);
  const pages: string[] = [];
  for (const entry of readdirSync(join(site, 'quellen'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'index.html' && !lists.has(entry.parentPath)) pages.push(join(entry.parentPath, entry.name));
  }
  return pages;
}

describe('/quellen/', () => {
  const html = read('quellen/index.html');

  it('lists the Financial Times, cited in the Koksan article, with a link to its page that shows the claim', () => {
    const koksan = articles.find((a) => a.sourceFile.endsWith('002_3b2be7df4d93287a.txt'))!;
    const claim = claims.find((c) => c.article === koksan.id && c.sources.some((s) => s.text === 'Financial Times'))!;
    expect(claim, 'the fixture cites the Financial Times').toBeDefined();
    const ref = claim.sources.find((s) => s.text === 'Financial Times')!.ref;
    expect(ref).toBe('financial-times');
    expect(html).toMatch(/<a[^>]*href="\/quellen\/financial-times\/"[^>]*>Financial Times<\/a>/);
    const page = read('quellen/financial-times/index.html');
    expect(page).toMatch(/<h1[^>]*>Financial Times<\/h1>/);
    expect(page).toContain(`href="${claim.url}"`);
    expect(decode(page)).toContain(claim.text);
    expect(page).toContain(`data-stance="${claim.stance}"`);
    expect(page, 'the article the claim is from').toContain(`href="${koksan.url}"`);
    expect(main(page), 'the kind of source').toMatch(/class="meta details"[^>]*>\s*Medium/);
  });

  it('groups the sources by kind, in a fixed order, with the number of claims', () => {
    const headings = [...main(html).matchAll(/<h2 id="([^"]+)"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[2]!);
    const order = [...SOURCE_GROUPS.map((g) => g.label), 'Weitere Quellen (nicht im Lexikon)', 'Medien der Artikel'];
    expect(headings.length).toBeGreaterThanOrEqual(3);
    expect(headings).toEqual(order.filter((h) => headings.includes(h)));
    expect(headings).toContain('Medien und Nachrichtenagenturen');
    expect(headings).toContain('Weitere Quellen (nicht im Lexikon)');
    expect(headings.at(-1)).toBe('Medien der Artikel');
    expect(html).toMatch(/Financial Times<\/a>\s*<span[^>]*>\d+ Behauptung/);
  });

  it('gives every cited source a page that lists every claim citing it, resolved or not', () => {
    const pages = sourcePages().map((p) => ({ path: p, html: read(p.slice(site.length + 1)) }));
    for (const claim of claims) {
      for (const source of claim.sources) {
        const holder = source.ref && existsSync(join(site, 'quellen', source.ref, 'index.html'))
          ? pages.find((p) => p.path === join(site, 'quellen', source.ref!, 'index.html'))!
          : pages.find((p) => p.path.includes('/quellen/weitere/') && decode(p.html).toLowerCase().includes(`„${source.text.toLowerCase()}“`));
        expect(holder, `${claim.id}: ${source.text}`).toBeDefined();
        expect(holder!.html, `${claim.id} on the page of ${source.text}`).toContain(`href="${claim.url}"`);
      }
    }
  });

  it('lists unresolved sources under "Weitere Quellen (nicht im Lexikon)" with their own pages', () => {
    const unresolved = claims.flatMap((c) => c.sources.filter((s) => s.ref === null).map((s) => ({ claim: c, source: s })));
    expect(unresolved.length, 'the fixture has sources the lexicon does not know').toBeGreaterThan(0);
    const section = main(html).slice(main(html).indexOf('id="nicht-im-lexikon"'), main(html).indexOf('id="medien-der-artikel"'));
    for (const { source } of unresolved) expect(decode(section).toLowerCase()).toContain(source.text.toLowerCase());
    expect(section).toMatch(/href="\/quellen\/weitere\/[a-z0-9-]+\/"/);
    const list = read('quellen/weitere/index.html');
    for (const { source } of unresolved) expect(decode(main(list)).toLowerCase()).toContain(source.text.toLowerCase());
  });

  it('says whether a claim names the source itself or takes it over from the sentence before', () => {
    const inherited = claims.find((c) => c.sources.some((s) => s.inherited && s.ref));
    const direct = claims.find((c) => c.sources.some((s) => !s.inherited && s.ref))!;
    const page = read(`quellen/${direct.sources.find((s) => !s.inherited && s.ref)!.ref}/index.html`);
    expect(page).toContain('im Satz genannt als');
    if (inherited) {
      const source = inherited.sources.find((s) => s.inherited && s.ref)!;
      const onPage = read(`quellen/${source.ref}/index.html`);
      const item = onPage.slice(onPage.indexOf(`href="${inherited.url}"`));
      if (!inherited.sources.some((s) => s.ref === source.ref && !s.inherited)) expect(item.slice(0, item.indexOf('</li>'))).toContain('aus dem vorigen Satz übernommen');
    }
  });

  it('lists the outlets of the articles under "Medien der Artikel"', () => {
    const section = main(html).slice(main(html).indexOf('id="medien-der-artikel"'));
    for (const article of articles) {
      expect(section, article.id).toContain(`href="${article.url}"`);
      if (article.outlet) expect(decode(section)).toContain(article.outlet);
    }
  });
});

describe('links', () => {
  it('every /glossar/ and /quellen/ link in the built site points at an existing page or anchor', () => {
    const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
    let checked = 0;
    for (const file of files) {
      const path = join(file.parentPath, file.name);
      const html = readFileSync(path, 'utf8');
      for (const [, href] of html.matchAll(/href="(\/(?:glossar|quellen)\/[^"]*)"/g)) {
        const [pathname, hash] = decodeURI(href!).split('#') as [string, string | undefined];
        expect(pathname.endsWith('/'), `${path}: ${href}`).toBe(true);
        const target = join(site, pathname, 'index.html');
        expect(existsSync(target), `${path.slice(site.length)} → ${href}`).toBe(true);
        if (hash) expect(readFileSync(target, 'utf8'), `${href}: anchor`).toContain(`id="${hash}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('source helpers', () => {
  const org = (id: string, name: string, type: Organisation['type']): Organisation => ({ id, name, type, aliases: [], domains: [] });
  const lexicon = {
    organisations: [org('nis', 'Nationaler Geheimdienst Südkoreas (NIS)', 'geheimdienst'), org('ft', 'Financial Times', 'medium'), org('isw', 'ISW', 'denkfabrik')],
    people: [{ id: 'patel', name: 'Vedant Patel', aliases: [], role: 'Sprecher' }] as Person[],
    places: [{ id: 'ukraine', name: 'Ukraine', type: 'staat', aliases: [], demonyms: [], residents: [] }] as Place[],
  };
  const src = (text: string, ref: string | null, inherited = false): Source => ({ text, ref, cue: null, inherited });
  const claim = (id: string, sources: Source[]): Claim =>
    ({ id, url: `/behauptungen/${id}/`, article: 'a', sentenceIndex: 0, text: id, stance: 'attributed', cues: [], sources, quantities: [], mentions: [], related: [] });

  it('resolves refs to organisations, people and places, and groups the rest by text, case-insensitively', () => {
    const index = collectSources(
      [
        claim('k1', [src('südkoreanischen Geheimdienstes', 'nis'), src('Experten', null)]),
        claim('k2', [src('NIS', 'nis', true), src('experten', null), src('Vedant Patel', 'patel')]),
        claim('k3', [src('ukrainischen Angaben', 'ukraine'), src('Unbekannt', 'not-in-lexicon')]),
      ],
      lexicon,
    );
    const nis = index.resolved.find((e) => e.key === 'nis')!;
    expect(nis.citations.map((c) => [c.claim.id, c.direct])).toEqual([['k1', true], ['k2', false]]);
    expect(nis.group).toBe('geheimdienste');
    expect(index.resolved.find((e) => e.key === 'patel')!.group).toBe('personen');
    expect(index.resolved.find((e) => e.key === 'ukraine')!.group).toBe('weitere');
    expect(index.unresolved.map((e) => [e.name, e.url, e.citations.length])).toEqual([
      ['Experten', '/quellen/weitere/experten/', 2],
      ['Unbekannt', '/quellen/weitere/unbekannt/', 1],
    ]);
    expect(index.byGroup.map((g) => g.id)).toEqual(['geheimdienste', 'personen', 'weitere']);
    expect(unresolvedKey('  Gesicherte   Quellen ')).toBe('gesicherte quellen');
  });

  it('gives unresolved sources distinct slugs even when their texts slugify alike', () => {
    const index = collectSources([claim('k1', [src('Nord-Quelle', null), src('Nord Quelle', null), src('„…“', null)])], lexicon);
    expect(new Set(index.unresolved.map((e) => e.url)).size).toBe(3);
    expect(index.unresolved.every((e) => /^\/quellen\/weitere\/[a-z0-9-]+\/$/.test(e.url))).toBe(true);
  });

  it('matches article outlets to the lexicon by name, alias or domain', () => {
    const outlets = articleOutlets(
      [{ id: 'a', outlet: 'financial times' }, { id: 'b', outlet: 'Testmedium' }, { id: 'c', outlet: null }] as Article[],
      [{ ...org('ft', 'Financial Times', 'medium'), domains: ['ft.com'] }],
    );
    expect(outlets.map((o) => [o.name, o.organisation?.id ?? null, o.articles.length])).toEqual([
      ['Financial Times', 'ft', 1],
      ['Testmedium', null, 1],
      [null, null, 1],
    ]);
  });
});
