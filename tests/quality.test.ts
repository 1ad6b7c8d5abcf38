/**
 * Quality gates over the whole fixture build:
 * - every HTML file is valid (html-validate, recommended rules including its WCAG checks);
 * - one page of each type has no WCAG 2.2 AA violation (nor best-practice finding) by axe-core, in light and dark mode, at desktop
 *   width and at 360 px, where the page must also not scroll sideways (reflow);
 * - no page and no search makes a request to another host.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { htmlFiles } from './site-walk.ts';

const site = inject('siteDir');
const baseUrl = inject('baseUrl');
const ROOT = join(import.meta.dirname, '..');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * html-validate's recommended preset (which includes its a11y and WCAG rules). Exceptions only where the
 * site deliberately does what a rule advises against:
 */
const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Tables shown as cards on narrow screens keep explicit table roles: browsers drop table semantics when CSS changes `display` (src/pages/artikel/index.astro). Other redundant roles are still errors.
    'no-redundant-role': ['error', { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] }],
    // Data-driven geometry is set per element: bar widths and segment shares (StanceBar, Comparisons) and dates on the timeline strip (Timeline); CSS variables are allowed by default. Any other inline property is still an error.
    'no-inline-style': ['error', { allowedProperties: ['display', 'width', 'flex-grow', 'left'] }],
    // Page titles are the article's headline or the claim's text (shortened to 70 characters) plus the site name: they must say which page it is, not fit a search snippet.
    'long-title': 'off',
    // The markup is Astro's compressHTML output; where a line ends is not authored.
    'no-trailing-whitespace': 'off',
  },
};

function read(path: string): string {
  return readFileSync(join(site, path), 'utf8');
}

/** The subpage of `dir` with the most content (largest index.html): the most to check, chosen the same way every build. */
function largestPage(dir: string, except: string[] = []): string {
  const pages = readdirSync(join(site, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !except.includes(e.name))
    .map((e) => ({ name: e.name, size: statSync(join(site, dir, e.name, 'index.html')).size }))
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  if (!pages[0]) throw new Error(`no pages under /${dir}/`);
  return `/${dir}/${pages[0].name}/`;
}

interface Claim {
  id: string;
  url: string;
  article: string;
  related: unknown[];
}
interface PageCase {
  name: string;
  path: string;
  /** Brings the page into the state to check (after load). */
  prepare?: (page: Page) => Promise<void>;
}

const claims = (JSON.parse(read('data/claims.json')) as { claims: Claim[] }).claims;
const noteClaim = readdirSync(join(ROOT, 'tests/fixtures/notes'))
  .map((f) => /^claim:\s*(\S+)/m.exec(readFileSync(join(ROOT, 'tests/fixtures/notes', f), 'utf8'))?.[1])
  .find((id) => id && claims.some((c) => c.id === id));
const relatedClaim = claims.filter((c) => c.id !== noteClaim && c.related.length > 0).sort((a, b) => b.related.length - a.related.length)[0];
const articleClaims = new Map<string, number>();
for (const c of claims) articleClaims.set(c.article, (articleClaims.get(c.article) ?? 0) + 1);
const articles = (JSON.parse(read('data/articles.json')) as { articles: Array<{ id: string; url: string }> }).articles;
const article = [...articles].sort((a, b) => (articleClaims.get(b.id) ?? 0) - (articleClaims.get(a.id) ?? 0))[0]!;
/** Pages of claims that were published once and are gone now (the ledger is fresh per fixture build, so usually none). */
const goneClaim = readdirSync(join(site, 'behauptungen'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && /^k[a-z0-9]+$/.test(e.name))
  .map((e) => `/behauptungen/${e.name}/`)
  .find((path) => read(`${path}index.html`).includes('<title>Behauptung nicht mehr vorhanden'));

async function searchPage(page: Page): Promise<void> {
  await page.locator('#suchseite-treffer a').first().waitFor({ timeout: 15_000 });
}
async function searchDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator('#suchdialog[open]').waitFor();
  await page.locator('#suchdialog-eingabe').fill('Koksan');
  await page.locator('#suchdialog-treffer a').first().waitFor({ timeout: 15_000 });
}
/** Shows the first glossary tooltip (hover), so its colours are checked too. */
async function tooltip(page: Page): Promise<void> {
  const term = page.locator('.term').first();
  await term.hover();
  await term.locator('.term-tip').waitFor({ state: 'visible' });
}

const PAGES: PageCase[] = [
  { name: 'home', path: '/' },
  { name: 'articles index', path: '/artikel/' },
  { name: 'article (with glossary tooltip shown)', path: article.url, prepare: tooltip },
  { name: 'claims index', path: '/behauptungen/' },
  ...(relatedClaim ? [{ name: 'claim with figures from other articles', path: relatedClaim.url }] : []),
  ...(noteClaim ? [{ name: 'claim with an editorial note', path: `/behauptungen/${noteClaim}/` }] : []),
  { name: 'claim facet (weapon)', path: largestPage('behauptungen/waffe') },
  { name: 'claim facet (stance)', path: largestPage('behauptungen/haltung') },
  { name: 'weapons index', path: '/waffen/' },
  { name: 'weapon with specs and chart', path: '/waffen/koksan-m1989/' },
  { name: 'glossary', path: '/glossar/' },
  { name: 'glossary entry', path: largestPage('glossar') },
  { name: 'sources index', path: '/quellen/' },
  { name: 'source', path: largestPage('quellen', ['weitere']) },
  { name: 'search page with results', path: '/suche/?q=Haubitzen', prepare: searchPage },
  { name: 'search dialog (Ctrl+K) with results', path: article.url, prepare: searchDialog },
  { name: '404', path: '/404.html' },
  ...(goneClaim ? [{ name: 'gone claim', path: goneClaim }] : []),
];

const VARIANTS = [
  { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: '360 px light', viewport: { width: 360, height: 800 }, colorScheme: 'light' },
  { name: '360 px dark', viewport: { width: 360, height: 800 }, colorScheme: 'dark' },
] as const;

/** WCAG 2.2 level A and AA, plus axe's best practices: unique landmark names, heading order, content in landmarks – which no WCAG-tagged rule checks. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('valid HTML (html-validate)', () => {
  it('has no error in any HTML file of the build', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
    const files = htmlFiles(site);
    expect(files.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${relative(site, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
      }
    }
    expect(errors.length, `html-validate found ${errors.length} error(s):\n${errors.join('\n')}`).toBe(0);
  });
});

describe.each(VARIANTS)('accessibility (axe-core, WCAG 2.2 AA): $name', (variant) => {
  let context: BrowserContext;
  beforeAll(async () => {
    // No service worker: it would fetch the whole site in the background of every check.
    context = await browser.newContext({ viewport: variant.viewport, colorScheme: variant.colorScheme, reducedMotion: 'reduce', serviceWorkers: 'block' });
  });
  afterAll(async () => {
    await context?.close();
  });

  // Concurrent (a page each): most of the time goes to loading and waiting, not to axe.
  it.concurrent.for(PAGES)('$name ($path)', async ({ path, prepare }, { expect, onTestFinished }) => {
    const page = await context.newPage();
    onTestFinished(() => page.close());
    const response = await page.goto(`${baseUrl}${path}`);
    expect(response?.status()).toBe(200);
    // Folded content counts too: open every <details>.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await prepare?.(page);
    await page.addScriptTag({ path: AXE });
    const violations = (await page.evaluate(
      (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((r) => r.violations),
      AXE_TAGS,
    )) as AxeViolation[];
    const report = violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} – ${v.helpUrl}\n${v.nodes.map((n) => `    ${n.target.map(String).join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`,
    );
    expect.soft(report.length, `${variant.name} ${path}:\n${report.join('\n')}`).toBe(0);
    if (variant.viewport.width <= 360) {
      // Reflow (WCAG 1.4.10): the page itself never scrolls sideways; wide tables scroll in their own box.
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest('[hidden], dialog:not([open])'));
        return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}`) };
      });
      expect.soft(overflow.scroll, `${path} scrolls sideways at ${variant.viewport.width} px, too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(0);
    }
  });
});

describe('no request to another host', () => {
  it('loads one page of each type and runs a search with requests only to the site', async () => {
    // Service workers allowed here: what sw.js fetches counts too.
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    const origin = new URL(baseUrl).origin;
    for (const { path, prepare } of PAGES) {
      await page.goto(`${baseUrl}${path}`);
      await prepare?.(page);
    }
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(requests.length).toBeGreaterThan(PAGES.length);
    // data: and blob: URLs are not network requests.
    const foreign = requests.filter((u) => !/^(?:data|blob):/.test(u) && new URL(u).origin !== origin);
    expect(foreign, `requests to other hosts:\n${foreign.join('\n')}`).toEqual([]);
  });
});
