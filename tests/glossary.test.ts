/**
 * The glossary on the fixture site: the A–Z index, entry pages with the MDX explanation and the claims that
 * use the term, and term mentions in article text (first mention linked, with a tooltip that works with
 * keyboard and pointer, and without JavaScript). Also the pure helpers of src/lib/glossary.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { groupByLetter, letterOf, termUsage, tooltipId } from '../src/lib/glossary.ts';
import type { Article, Claim } from '../src/schemas/corpus.ts';
import { launchBrowser } from './browser.ts';

const site = inject('siteDir');
const baseUrl = inject('baseUrl');
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const GLOSSARY_DIR = join(import.meta.dirname, '../content/glossary');

/** Text of an HTML fragment: tags removed, the entities Astro and the Markdown renderer write decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec: string, hex: string, name: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[name.toLowerCase()]!,
    )
    .replace(/\s+/g, ' ')
    .trim();
}
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

interface Entry { id: string; term: string; definition: string; body: string }
const entries: Entry[] = readdirSync(GLOSSARY_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const source = readFileSync(join(GLOSSARY_DIR, f), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
    const data = parseYaml(front!) as { term: string; definition: string };
    return { id: f.replace(/\.mdx$/, ''), term: data.term, definition: data.definition, body: body!.trim() };
  });
const articles = JSON.parse(read('data/articles.json')).articles as Article[];
const claims = JSON.parse(read('data/claims.json')).claims as Claim[];
const usage = termUsage(articles, claims);

describe('glossary index /glossar/', () => {
  const html = read('glossar/index.html');

  it('lists every entry of content/glossary with term, definition and link', () => {
    expect(entries.length).toBeGreaterThan(5);
    const text = textOf(main(html));
    for (const e of entries) {
      expect(html, e.id).toContain(`href="/glossar/${e.id}/"`);
      expect(text, e.id).toContain(e.term);
      expect(text, e.id).toContain(e.definition.replace(/\s+/g, ' '));
    }
  });

  it('has a letter navigation with exactly the letters that have entries, each an anchor on the page', () => {
    const letters = [...new Set(entries.map((e) => letterOf(e.term)))].sort();
    const nav = /<nav[^>]*aria-label="Buchstaben"[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1]!;
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets).toHaveLength(letters.length);
    for (const t of targets) expect(html).toContain(`id="${t}"`);
  });
});

describe('glossary entry pages /glossar/<id>/', () => {
  it('exist for every entry, with the term as the only h1, indexed for search', () => {
    for (const e of entries) {
      const html = read(`glossar/${e.id}/index.html`);
      expect(html.match(/<h1[\s>]/g), e.id).toHaveLength(1);
      expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toBe(e.term);
      expect(html).toContain('data-pagefind-body');
    }
  });

  it('show the definition, the explanation from the MDX body and the claims that use the term', () => {
    const used = entries.filter((e) => (usage.get(e.id)?.claims.length ?? 0) > 0);
    expect(used.length, 'the fixture corpus uses glossary terms in claims').toBeGreaterThan(0);
    for (const e of used) {
      const html = read(`glossar/${e.id}/index.html`);
      const text = textOf(main(html));
      expect(text).toContain(e.definition.replace(/\s+/g, ' '));
      const firstParagraph = textOf(e.body.split(/\n\s*\n/)[0]!.replace(/[*_`]/g, ''));
      expect(text, `${e.id}: MDX explanation`).toContain(firstParagraph.slice(0, 60));
      for (const claim of usage.get(e.id)!.claims) {
        expect(html, `${e.id} lists ${claim.id}`).toContain(`href="${claim.url}"`);
        expect(text).toContain(claim.text.replace(/\s+/g, ' '));
        const article = articles.find((a) => a.id === claim.article)!;
        expect(text).toContain(article.title);
      }
      // The lists of occurrences repeat article text: not indexed a second time.
      expect(/<section[^>]*data-pagefind-ignore[^>]*>\s*<h2[^>]*>Wo der Begriff vorkommt/.test(html)).toBe(true);
    }
  });

  it('link the "see" entries', () => {
    const withSee = entries.find((e) => /^see:\n\s+- /m.test(readFileSync(join(GLOSSARY_DIR, `${e.id}.mdx`), 'utf8')))!;
    const see = (parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(GLOSSARY_DIR, `${withSee.id}.mdx`), 'utf8'))![1]!) as { see: string[] }).see;
    const html = read(`glossar/${withSee.id}/index.html`);
    expect(html).toContain('Siehe auch');
    for (const id of see) expect(html).toContain(`href="/glossar/${id}/"`);
  });
});

/** A term mentioned at least twice in an article apart from weapon names (which are links themselves). */
function termMentionedTwice(): { article: Article; ref: string } {
  for (const article of articles) {
    const counts = new Map<string, number>();
    for (const s of article.sentences) {
      for (const m of s.mentions) {
        const inWeapon = s.mentions.some((w) => w.kind === 'weapon' && w.start < m.end && m.start < w.end);
        if (m.kind === 'term' && !inWeapon) counts.set(m.ref, (counts.get(m.ref) ?? 0) + 1);
      }
    }
    for (const [ref, n] of counts) if (n >= 2 && entries.some((e) => e.id === ref)) return { article, ref };
  }
  throw new Error('the fixture corpus has no term mentioned twice in one article');
}

describe('term mentions in article text', () => {
  it('link the first mention to the entry, described by a tooltip with the definition; the second is no link', () => {
    const { article, ref } = termMentionedTwice();
    const html = main(read(`${article.url.slice(1)}index.html`));
    const links = [...html.matchAll(new RegExp(`<a\\b[^>]*href="/glossar/${ref}/"[^>]*>`, 'g'))].map((m) => m[0]);
    expect(links, 'exactly one glossary link per term and article').toHaveLength(1);
    const tip = /aria-describedby="([^"]+)"/.exec(links[0]!)![1]!;
    const tooltip = new RegExp(`<span\\b([^>]*\\bid="${tip}"[^>]*)>([^<]*)</span>`).exec(html)!;
    expect(tooltip, 'the element the link points at').not.toBeNull();
    expect(tooltip[1]).toContain('role="tooltip"');
    expect(tooltip[1], 'the definition is not indexed as article text').toContain('data-pagefind-ignore');
    expect(textOf(tooltip[2]!)).toBe(entries.find((e) => e.id === ref)!.definition.replace(/\s+/g, ' '));
    // Later mentions: marked, but plain text.
    const plain = [...html.matchAll(new RegExp(`<span class="m m-term" data-ref="${ref}"[^>]*>([^<]*)</span>`, 'g'))];
    expect(plain.length).toBeGreaterThanOrEqual(1);
  });

  it('use tooltip ids that are unique on every article page, and never put a link inside a link', () => {
    for (const article of articles) {
      const html = read(`${article.url.slice(1)}index.html`);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length - new Set(ids).size, article.id).toBe(0);
      let depth = 0;
      for (const tag of html.matchAll(/<(\/?)a\b/g)) {
        depth += tag[1] ? -1 : 1;
        expect(depth, `${article.id}: nested <a>`).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('term tooltip in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openArticle(page: Page): Promise<{ ref: string }> {
    const { article, ref } = termMentionedTwice();
    await page.goto(`${baseUrl}${article.url}`);
    return { ref };
  }

  it('shows the tooltip when the link gets keyboard focus and hides it on Escape', async () => {
    const page = await browser.newPage();
    const { ref } = await openArticle(page);
    const link = page.locator(`a[href="/glossar/${ref}/"]`);
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.isVisible()).toBe(false);
    // Tab through the page until the term link has focus.
    let focused = false;
    for (let i = 0; i < 300 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await link.evaluate((el) => el === document.activeElement);
    }
    expect(focused, 'the term link is reachable with Tab').toBe(true);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    // Visible also means: inside the viewport horizontally.
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await link.evaluate((el) => el === document.activeElement), 'Escape keeps the focus').toBe(true);
    // Leaving and coming back shows it again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.close();
  });

  it('shows the tooltip on hover and keeps it while the pointer moves onto it (WCAG 1.4.13)', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    const { ref } = await openArticle(page);
    const link = page.locator(`a[href="/glossar/${ref}/"]`);
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await link.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, 'fits a 320 px screen').toBeLessThanOrEqual(320);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(500);
    expect(await tip.isVisible()).toBe(true);
    await page.close();
  });

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const { ref } = await openArticle(page);
    const link = page.locator(`a[href="/glossar/${ref}/"]`);
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    expect(await tip.isVisible()).toBe(false);
    await link.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await context.close();
  });
});

describe('glossary helpers', () => {
  it('sort terms into letters, umlauts with their base letter, others under #', () => {
    expect(letterOf('Ölembargo')).toBe('O');
    expect(letterOf('über')).toBe('U');
    expect(letterOf('38th Parallel')).toBe('#');
    const groups = groupByLetter([{ term: 'Zeta' }, { term: 'Äther' }, { term: 'Alpha' }, { term: '3D' }]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'Z', '#']);
    expect(groups[0]!.entries.map((e) => e.term)).toEqual(['Alpha', 'Äther']);
    expect(groups[0]!.anchor).toBe('buchstabe-a');
  });

  it('hand out tooltip ids that are unique per page and the same in every build', () => {
    const page1 = {};
    expect([tooltipId(page1, 'haubitze'), tooltipId(page1, 'haubitze'), tooltipId(page1, 'kaliber')]).toEqual(['tip-haubitze', 'tip-haubitze-2', 'tip-kaliber']);
    expect(tooltipId({}, 'haubitze')).toBe('tip-haubitze');
  });

});
