/**
 * Pure helpers for the benchmark: what type a built page is (from its path in dist/), which page of a type
 * stands for it, and which stylesheets a page links.
 */

/** Page types of the site; `index` = a section's overview, `facet` = a static claims facet page. */
export const PAGE_TYPES = ['home', 'article', 'claim', 'weapon', 'glossary', 'source', 'search', 'index', 'facet', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The page types whose size the benchmark reports, one page each. */
export const SIZED_TYPES = ['home', 'article', 'claim', 'weapon', 'glossary', 'source', 'search'] as const satisfies readonly PageType[];

/** Claim ids as the ingest makes them (see src/lib/search-index.ts). */
const CLAIM_ID = /^k[a-z2-7]+$/;

/**
 * Type of a page from its file path relative to dist/ ("artikel/x/index.html") or as Astro logs it
 * ("/artikel/x/index.html"). Non-HTML files (data endpoints) are `other`.
 */
export function classifyPage(path: string): PageType {
  const rel = path.replace(/^\/+/, '');
  if (rel === 'index.html') return 'home';
  if (rel === 'suche/index.html') return 'search';
  const parts = rel.split('/');
  if (parts.at(-1) !== 'index.html') return 'other';
  const [section, id] = parts;
  if (parts.length === 2) return ['artikel', 'behauptungen', 'waffen', 'glossar', 'quellen'].includes(section!) ? 'index' : 'other';
  if (section === 'behauptungen') {
    if (parts.length === 3 && CLAIM_ID.test(id!)) return 'claim';
    if (parts.length === 4 && ['haltung', 'quelle', 'waffe'].includes(id!)) return 'facet';
    return 'other';
  }
  if (parts.length !== 3) return 'other';
  switch (section) {
    case 'artikel':
      return 'article';
    case 'waffen':
      return 'weapon';
    case 'glossar':
      return 'glossary';
    case 'quellen':
      return id === 'weitere' ? 'index' : 'source';
    default:
      return 'other';
  }
}

/** The element at the median position of `items` ordered by `key` (lower median), or undefined when empty. */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  if (items.length === 0) return undefined;
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The hrefs of `<link rel="stylesheet">` elements, in document order (attributes in any order, quoted or not). */
export function stylesheetHrefs(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\brel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = rel ? (rel[1] ?? rel[2] ?? rel[3] ?? '') : '';
    if (!value.toLowerCase().split(/\s+/).includes('stylesheet')) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const url = href ? (href[1] ?? href[2] ?? href[3]) : undefined;
    if (url) hrefs.push(url);
  }
  return hrefs;
}

/** Path of a site URL ("/_astro/x.css", base "/") relative to dist/, or null for other origins. */
export function distPath(href: string, base = '/'): string | null {
  if (/^[a-z]+:|^\/\//i.test(href)) return null;
  const path = href.split(/[?#]/)[0]!;
  if (!path.startsWith(base)) return null;
  const rel = path.slice(base.length);
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}
