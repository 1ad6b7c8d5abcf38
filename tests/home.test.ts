/**
 * The home page of the fixture site: the generated lead, "Zahlen im Vergleich" (figures compared across
 * articles, derived here independently from /data/claims.json), the timeline and the entry points.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, inject, it } from 'vitest';

const site = inject('siteDir');
const readJson = (path: string) => JSON.parse(readFileSync(join(site, path), 'utf8')) as Record<string, unknown>;

interface ExportedClaim {
  id: string;
  article: string;
  quantities: unknown[];
  related: Array<{ id: string; relation: string; basis?: string; mine?: number; theirs?: number }>;
}
interface ExportedArticle { id: string; url: string; title: string; published: string | null }

const claims = readJson('data/claims.json').claims as ExportedClaim[];
const articles = readJson('data/articles.json').articles as ExportedArticle[];
const claimById = new Map(claims.map((c) => [c.id, c]));

const doc = parseDocument(readFileSync(join(site, 'index.html'), 'utf8'));
const main = DomUtils.findOne((e) => e.name === 'main', doc.children)!;
const all = (root: Element, test: (e: Element) => boolean) => DomUtils.findAll(test, root.children);
const attr = (e: Element, name: string) => e.attribs[name];
const hasClass = (e: Element, cls: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(cls);
const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim();
const hrefs = (root: Element) => all(root, (e) => e.name === 'a').map((a) => attr(a, 'href'));

/** Comparison groups as the data defines them: basis → figures ("claimId:quantityIndex") and articles. */
function expectedGroups(): Array<{ basis: string; figures: Set<string>; articles: Set<string> }> {
  const groups = new Map<string, { basis: string; figures: Set<string>; articles: Set<string> }>();
  const figure = (claim: ExportedClaim, index: number | undefined) => {
    const i = index ?? (claim.quantities.length === 1 ? 0 : -1);
    return i >= 0 && i < claim.quantities.length ? `${claim.id}:${i}` : null;
  };
  for (const claim of claims) {
    for (const rel of claim.related) {
      if (rel.relation !== 'agrees' && rel.relation !== 'conflicts') continue;
      const other = claimById.get(rel.id);
      const a = figure(claim, rel.mine);
      const b = other ? figure(other, rel.theirs) : null;
      if (!other || !a || !b) continue;
      const basis = rel.basis?.trim() || 'Weitere Zahlen';
      const group = groups.get(basis) ?? { basis, figures: new Set(), articles: new Set() };
      group.figures.add(a).add(b);
      group.articles.add(claim.article).add(other.article);
      groups.set(basis, group);
    }
  }
  return [...groups.values()].sort((x, y) => y.articles.size - x.articles.size || y.figures.size - x.figures.size || x.basis.localeCompare(y.basis, 'de'));
}

describe('home page', () => {
  it('opens with a generated lead that counts the articles', () => {
    const lead = all(main, (e) => attr(e, 'data-articles') !== undefined);
    expect(lead).toHaveLength(1);
    expect(Number(attr(lead[0]!, 'data-articles'))).toBe(articles.length);
    expect(text(lead[0]!)).toContain(`${articles.length} Artikel`);
    const claimCount = claims.length.toLocaleString('de-DE');
    expect(text(lead[0]!)).toContain(`${claimCount} Behauptung`);
  });

  it('compares figures across articles: the top groups, each with at least two figures linking to their claims', () => {
    const expected = expectedGroups();
    const sections = all(main, (e) => e.name === 'section' && hasClass(e, 'comparison'));
    expect(sections.length).toBe(Math.min(5, expected.length));
    expect(sections.map((s) => attr(s, 'data-basis'))).toEqual(expected.slice(0, 5).map((g) => g.basis));
    expect(sections.length, 'the fixture corpus should give at least one figure that another article also gives (agrees/conflicts in claims.json)').toBeGreaterThan(0);
    for (const [i, section] of sections.entries()) {
      const group = expected[i]!;
      const rows = all(section, (e) => e.name === 'tr' && attr(e, 'data-figure') !== undefined);
      expect(rows.length, group.basis).toBeGreaterThanOrEqual(2);
      expect(new Set(rows.map((r) => attr(r, 'data-figure'))), group.basis).toEqual(group.figures);
      for (const row of rows) {
        const id = attr(row, 'data-claim')!;
        expect(hrefs(row), `${group.basis}: ${id}`).toContain(`/behauptungen/${id}/`);
        expect(existsSync(join(site, 'behauptungen', id, 'index.html'))).toBe(true);
      }
    }
  });

  it('links to all comparisons', () => {
    if (expectedGroups().length === 0) return;
    expect(hrefs(main)).toContain('/behauptungen/#zahlen');
    const index = parseDocument(readFileSync(join(site, 'behauptungen/index.html'), 'utf8'));
    expect(DomUtils.findAll((e) => e.name === 'section' && hasClass(e, 'comparison'), index.children)).toHaveLength(expectedGroups().length);
  });

  it('shows a timeline with each dated article on its date and the undated ones apart', () => {
    const dated = articles.filter((a) => a.published);
    expect(dated.length).toBeGreaterThan(0);
    const days = all(main, (e) => e.name === 'li' && attr(e, 'data-date') !== undefined);
    expect(days.map((d) => attr(d, 'data-date'))).toEqual([...new Set(dated.map((a) => a.published!))].sort());
    for (const article of dated) {
      const day = days.find((d) => attr(d, 'data-date') === article.published)!;
      expect(all(day, (e) => e.name === 'time').map((t) => attr(t, 'datetime'))).toEqual([article.published]);
      expect(hrefs(day), article.id).toContain(article.url);
    }
    const undated = all(main, (e) => e.name === 'li' && attr(e, 'data-undated') !== undefined);
    expect(undated.map((li) => hrefs(li)[0]).sort()).toEqual(articles.filter((a) => !a.published).map((a) => a.url).sort());
  });

  it('has entry points to the other parts of the site', () => {
    for (const path of ['/artikel/', '/behauptungen/', '/waffen/', '/glossar/', '/quellen/', '/suche/']) expect(hrefs(main), path).toContain(path);
  });
});
