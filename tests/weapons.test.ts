/**
 * Weapon pages (/waffen/): the rules in src/lib/weapon-figures.ts as unit tests, then the pages of the
 * fixture site: the index lists every lexicon entry, the Koksan page shows description, specs with the
 * disagreement on range, grouped claims and the chart, article text links mentions to the weapon pages,
 * and no /waffen/ link anywhere points at a missing page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  compileClaimGroups,
  figureExtent,
  figureLabel,
  figureOwners,
  firstSentence,
  groupOf,
  hostOf,
  resolveGeneric,
  wordPattern,
  type WeaponRef,
} from '../src/lib/weapon-figures.ts';
import type { Quantity, Sentence } from '../src/schemas/corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const site = inject('siteDir');
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const groups = compileClaimGroups(parseYaml(readFileSync(join(ROOT, 'content/language/claim-groups.yaml'), 'utf8')));

interface Spec { label: string; values: Array<{ value: string; sources?: string[]; weak?: boolean }> }
interface WeaponYaml { id: string; name: string; generic?: boolean; description?: string; specs?: Spec[] }
const weapons: WeaponYaml[] = readdirSync(join(ROOT, 'content/weapons'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseYaml(readFileSync(join(ROOT, 'content/weapons', f), 'utf8')) as WeaponYaml);
const koksanYaml = weapons.find((w) => w.id === 'koksan-m1989')!;

interface ExportedClaim { id: string; url: string; text: string; mentions: Array<{ kind: string; ref: string }> }
const claims = () => (JSON.parse(read('data/claims.json')) as { claims: ExportedClaim[] }).claims;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Text content of an HTML fragment, tags removed and whitespace collapsed. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
/** The element that starts at the first match of `open` up to its closing tag (no nesting of the same tag inside). */
function element(html: string, open: RegExp, tag: string): string {
  const m = open.exec(html);
  if (!m) return '';
  const end = html.indexOf(`</${tag}>`, m.index);
  return html.slice(m.index, end + tag.length + 3);
}
const hrefs = (html: string) => [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!);

/* ───────────────────────── pure rules ───────────────────────── */

const q = (over: Partial<Quantity>): Quantity => ({ text: '50', value: 50, min: null, max: null, approx: 'exact', unit: null, counted: null, start: 0, end: 2, ...over });
const claim = (text: string, quantities: Quantity[] = []) => ({ text, quantities });

describe('claim groups (content/language/claim-groups.yaml)', () => {
  it('lists the groups in the documented order, the last one taking the rest', () => {
    expect(groups.map((g) => g.label)).toEqual(['Lieferungen', 'Zahlen', 'Reichweite', 'Einsatz', 'Sichtungen', 'Weitere']);
    expect(groups.at(-1)!.fallback).toBe(true);
  });

  it('puts a claim into the first group that matches', () => {
    expect(groupOf(claim('Nordkorea soll Haubitzen an Russland liefern.'), groups).id).toBe('lieferungen');
    expect(groupOf(claim('Pyongyang has shipped containers to Russia.'), groups).id).toBe('lieferungen');
    // delivery words win over the count
    expect(groupOf(claim('Knapp 50 Haubitzen wurden geliefert.', [q({ text: 'knapp 50', approx: 'under', counted: 'Haubitze' })]), groups).id).toBe('lieferungen');
    expect(groupOf(claim('Russland verfügt über knapp 50 Haubitzen.', [q({ approx: 'under' })]), groups).id).toBe('zahlen');
    expect(groupOf(claim('Die Haubitzen haben eine Reichweite von bis zu 50 Kilometern.', [q({ unit: 'km', approx: 'up-to' })]), groups).id).toBe('reichweite');
    expect(groupOf(claim('Das Geschütz ist extrem reichweitenstark.'), groups).id).toBe('reichweite');
    expect(groupOf(claim('Medienaufnahmen belegen den Einsatz der Artillerie.'), groups).id).toBe('einsatz');
    expect(groupOf(claim('Russia fired two missiles at Kharkiv.'), groups).id).toBe('einsatz');
    expect(groupOf(claim('Auf Satellitenbildern sind die Geschütze zu erkennen.'), groups).id).toBe('sichtungen');
    expect(groupOf(claim('Die Koksan-Artillerie ist eine Bedrohung.'), groups).id).toBe('weitere');
  });

  it('matches words whole, with * for endings and compound heads, case-insensitively', () => {
    expect(wordPattern('liefer*').test('lieferte')).toBe(true);
    expect(wordPattern('liefer*').test('ausgeliefert')).toBe(false);
    expect(wordPattern('*aufnahmen').test('medienaufnahmen')).toBe(true);
    expect(wordPattern('range').test('long-range missiles')).toBe(true);
    expect(wordPattern('range').test('arranged')).toBe(false);
    expect(wordPattern('zur Verfügung gestellt').test('hat zur  verfügung gestellt')).toBe(true);
  });

  it('rejects a group without rules that is not the last one', () => {
    expect(() => compileClaimGroups({ groups: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B', quantities: ['count'] }] })).toThrow(/only the last group/);
    expect(() => compileClaimGroups({ groups: [{ id: 'a', label: 'A', quantities: ['km'] }] })).toThrow(/last group must have no rules/);
  });
});

describe('figures of a weapon', () => {
  const refs = new Map<string, WeaponRef>([
    ['koksan-m1989', { id: 'koksan-m1989', category: 'artillerie', generic: false, related: ['haubitze'] }],
    ['haubitze', { id: 'haubitze', category: 'artillerie', generic: true, related: ['koksan-m1989'] }],
    ['mehrfachraketenwerfer', { id: 'mehrfachraketenwerfer', category: 'raketenartillerie', generic: true, related: [] }],
    ['kn-23', { id: 'kn-23', category: 'ballistische-rakete', generic: false, related: [] }],
  ]);
  const sentence = (text: string, mentions: Array<[string, string]>, quantities: Quantity[] = []): Sentence => ({
    id: 'kaaaaaaaa', index: 0, paragraph: 0, role: 'body', text, start: 0, line: 1, stance: 'asserted', cues: [], sources: [], quantities, claimId: null,
    mentions: mentions.map(([ref, words]) => ({ kind: 'weapon' as const, ref, text: words, start: text.indexOf(words), end: text.indexOf(words) + words.length })),
  });
  const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

  it('counts belong to the weapon named right after them, and to the system a generic word stands for', () => {
    const text = 'So sollen knapp 50 schwere Haubitzen sowie knapp 20 Mehrfachraketenwerfer eingetroffen sein.';
    const fifty = q({ text: 'knapp 50', approx: 'under', counted: 'Haubitze', ...at(text, 'knapp 50') });
    const twenty = q({ text: 'knapp 20', value: 20, approx: 'under', counted: 'Mehrfachraketenwerfer', ...at(text, 'knapp 20') });
    const sentences = [sentence(text, [['haubitze', 'Haubitzen'], ['mehrfachraketenwerfer', 'Mehrfachraketenwerfer']], [fifty, twenty]), sentence('Die Haubitzen „Koksan“ haben eine große Reichweite.', [['haubitze', 'Haubitzen'], ['koksan-m1989', 'Koksan']])];
    expect(figureOwners(sentences, 0, fifty, refs, new Set())).toEqual([{ id: 'haubitze', via: 'Haubitzen' }, { id: 'koksan-m1989', via: 'Haubitzen' }]);
    expect(figureOwners(sentences, 0, twenty, refs, new Set())).toEqual([{ id: 'mehrfachraketenwerfer', via: 'Mehrfachraketenwerfer' }]);
    expect(resolveGeneric(sentences, 0, 'haubitze', refs)).toBe('koksan-m1989');
  });

  it('does not give a count of something else to the weapon ("1,000 containers of ammunition")', () => {
    const text = 'Pyongyang shipped more than 1,000 containers of KN-23 to Russia.';
    const containers = q({ text: 'more than 1,000', value: 1000, approx: 'over', counted: 'container', ...at(text, 'more than 1,000') });
    expect(figureOwners([sentence(text, [['kn-23', 'KN-23']], [containers])], 0, containers, refs, new Set())).toEqual([]);
  });

  it('an anaphor ("200 dieser Systeme") points back to the system named before', () => {
    const text = 'Rund 200 dieser Systeme wurden übergeben.';
    const two = q({ text: 'Rund 200', value: 200, approx: 'about', counted: 'System', ...at(text, 'Rund 200') });
    const sentences = [sentence('Die Koksan ist gefürchtet.', [['koksan-m1989', 'Koksan']]), sentence(text, [], [two])];
    expect(figureOwners(sentences, 1, two, refs, new Set(['system']))).toEqual([{ id: 'koksan-m1989', via: 'System' }]);
  });

  it('labels figures the way articles write them', () => {
    expect(figureLabel(q({ approx: 'under' }))).toBe('knapp 50');
    expect(figureLabel(q({ value: 200, approx: 'about' }))).toBe('rund 200');
    expect(figureLabel(q({ unit: 'km', approx: 'up-to' }))).toBe('bis zu 50 km');
    expect(figureLabel(q({ value: null, min: 40, max: 60, unit: 'km', approx: 'range' }))).toBe('40–60 km');
    expect(figureLabel(q({ value: 5_000_000, approx: 'over' }))).toBe('über 5.000.000');
    expect(figureExtent(q({ value: null, min: 40, max: 60, approx: 'range' }))).toEqual({ from: 40, to: 60 });
    expect(figureExtent(q({}))).toEqual({ from: null, to: 50 });
  });

  it('shortens descriptions and source links', () => {
    expect(firstSentence('Rakete, z. B. die KN-23. Sie fliegt weit.')).toBe('Rakete, z. B. die KN-23.');
    expect(firstSentence('Am 20. November gesichtet. Danach mehr.')).toBe('Am 20. November gesichtet.');
    expect(hostOf('https://www.example.org/a?b=1')).toBe('example.org');
  });
});

/* ───────────────────────── built pages ───────────────────────── */

describe('/waffen/', () => {
  const index = () => read('waffen/index.html');

  it('lists every weapon of content/weapons with a link, specific systems before the generic ones', () => {
    const html = index();
    expect(html).toMatch(/<h1[^>]*>Waffensysteme<\/h1>/);
    const genericStart = html.indexOf('id="oberbegriffe"');
    expect(genericStart).toBeGreaterThan(0);
    expect(weapons.length).toBeGreaterThan(10);
    for (const w of weapons) {
      const link = html.indexOf(`href="/waffen/${w.id}/"`);
      expect(link, w.id).toBeGreaterThan(0);
      expect(html, w.id).toContain(`>${escapeHtml(w.name)}</a>`);
      if (w.generic) expect(link, `${w.id} in the generic section`).toBeGreaterThan(genericStart);
      else expect(link, `${w.id} among the specific systems`).toBeLessThan(genericStart);
    }
  });

  it('groups specific systems by German category and gives aliases, description and claim counts', () => {
    const html = index();
    expect(html).toMatch(/<h3 id="kategorie-artillerie"[^>]*>Artillerie<\/h3>/);
    const entry = element(html, /<li class="entry"[^>]*data-weapon="koksan-m1989"/, 'li');
    expect(textOf(entry)).toContain('Auch: Koksan, M1989, M1978');
    expect(textOf(entry)).toContain('Nordkoreanisches Ferngeschütz mit 170-mm-Rohr');
    const mentioning = claims().filter((c) => c.mentions.some((m) => m.kind === 'weapon' && m.ref === 'koksan-m1989')).length;
    expect(mentioning).toBeGreaterThan(0);
    expect(textOf(entry)).toContain(`In ${mentioning} ${mentioning === 1 ? 'Behauptung' : 'Behauptungen'} genannt`);
  });
});

describe('/waffen/koksan-m1989/', () => {
  const page = () => read('waffen/koksan-m1989/index.html');

  it('has one h1 with the name, the category, the aliases and the curated description, indexed for search', () => {
    const html = page();
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<h1[^>]*>Koksan \(M1989\)<\/h1>/);
    expect(textOf(html)).toContain('Auch: Koksan, M1989, M1978, Juche-Kanone, juche cannon');
    expect(textOf(html)).toContain('Artillerie');
    expect(textOf(html)).toContain(koksanYaml.description!.replace(/\s+/g, ' ').trim());
    expect(html).toContain('data-pagefind-body');
    expect(textOf(html)).toMatch(/wiedergegeben, nicht bestätigt/);
  });

  it('shows the range as a disagreement, every value with its own source links', () => {
    const html = page();
    const range = element(html, /<tbody id="angabe-reichweite"/, 'tbody');
    expect(range).toContain('Quellen widersprechen sich');
    const values = koksanYaml.specs!.find((s) => s.label === 'Reichweite')!.values;
    expect(values.length).toBeGreaterThan(1);
    expect(range.match(/<tr[\s>]/g)).toHaveLength(values.length);
    for (const v of values) {
      expect(textOf(range)).toContain(v.value);
      for (const src of v.sources ?? []) {
        expect(range).toContain(`href="${escapeHtml(src).replace(/"/g, '&quot;')}"`);
        expect(textOf(range)).toContain(hostOf(src));
      }
    }
    // a single-valued spec is no disagreement; weak sources are labelled
    expect(element(html, /<tbody id="angabe-kaliber"/, 'tbody')).not.toContain('Quellen widersprechen sich');
    expect(textOf(element(html, /<tbody id="angabe-besatzung"/, 'tbody'))).toContain('schwache Quelle');
  });

  it('links every claim that names the Koksan to its claim page, in the group its words decide', () => {
    const html = page();
    const mentioning = claims().filter((c) => c.mentions.some((m) => m.kind === 'weapon' && m.ref === 'koksan-m1989'));
    for (const c of mentioning) expect(html).toContain(`href="${c.url}"`);
    const range = mentioning.find((c) => c.text.includes('Reichweite von bis zu 50 Kilometern'))!;
    expect(range).toBeDefined();
    const section = element(html, /<section[^>]*aria-labelledby="gruppe-reichweite"/, 'section');
    expect(section).toMatch(/<h3[^>]*>Reichweite/);
    expect(section).toContain(`href="/behauptungen/${range.id}/"`);
    expect(section).toMatch(/class="badge" data-stance="\w+"/);
  });

  it('draws the figures as an accessible SVG chart with a data table', () => {
    const html = page();
    const svg = element(html, /<svg[^>]*role="img"/, 'svg');
    expect(svg).not.toBe('');
    expect(svg).toMatch(/aria-labelledby="[^"]+"/);
    expect(svg).toMatch(/<title id="[^"]+">[^<]*Koksan/);
    expect(svg).toMatch(/<desc id="[^"]+"[^>]*>[^<]*knapp 50/);
    // the count from the Financial Times report ("knapp 50 Haubitzen") and the range "bis zu 50 km"
    expect(html).toMatch(/<text[^>]*>knapp 50<\/text>/);
    expect(html).toMatch(/<text[^>]*>bis zu 50 km<\/text>/);
    const table = element(html, /<details class="chart-data"/, 'details');
    expect(textOf(table)).toContain('knapp 50');
    expect(hrefs(table).some((h) => h.startsWith('/behauptungen/'))).toBe(true);
  });

  it('lists the articles that name the system', () => {
    const html = page();
    expect(html).toContain('Artikel, die dieses System erwähnen');
    const section = element(html, /<section[^>]*aria-labelledby="artikel"/, 'section');
    expect(hrefs(section).some((h) => h.startsWith('/artikel/'))).toBe(true);
  });

  it('says so when there are no figures, no specs and no claims', () => {
    const quiet = weapons.find((w) => !w.generic && (w.specs ?? []).length === 0 && !claims().some((c) => c.mentions.some((m) => m.ref === w.id)))!;
    const html = read(`waffen/${quiet.id}/index.html`);
    expect(html).not.toContain('role="img"');
    expect(textOf(html)).toContain('keine Referenzwerte hinterlegt');
    expect(textOf(html)).toMatch(/nennen keine Stückzahlen oder Reichweiten/);
  });
});

describe('links to weapon pages', () => {
  it('a weapon mention in the Koksan article links to /waffen/koksan-m1989/ with a title', () => {
    const articles = (JSON.parse(read('data/articles.json')) as { articles: Array<{ url: string; sourceFile: string }> }).articles;
    const koksan = articles.find((a) => a.sourceFile.endsWith('002_3b2be7df4d93287a.txt'))!;
    const html = read(`${koksan.url.slice(1)}index.html`);
    const links = [...html.matchAll(/<a\b[^>]*data-ref="koksan-m1989"[^>]*>/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a).toContain('href="/waffen/koksan-m1989/"');
      expect(a).toMatch(/class="m m-weapon[ "]/);
      expect(a).toMatch(/title="[^"]*Koksan/);
    }
  });

  it('every /waffen/ link in the built site points at an existing page', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.html')) files.push(join(dir, e.name));
      }
    };
    walk(site);
    let checked = 0;
    for (const file of files) {
      for (const href of hrefs(readFileSync(file, 'utf8'))) {
        if (!href.startsWith('/waffen/')) continue;
        const path = href.replace(/[#?].*$/, '');
        expect(existsSync(join(site, path, 'index.html')), `${href} in ${relative(site, file)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(weapons.length);
  });
});
