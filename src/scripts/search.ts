/**
 * The search UI over Pagefind's JavaScript API, shared by the dialog on every page and the search page.
 * Written by hand rather than Pagefind's own UI because that waits 300 ms after the last keystroke before
 * searching; here a query runs 30 ms after it, stale answers are dropped, and the index starts loading when
 * the input gets focus.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export const HIGHLIGHT_PARAM = 'markiert';
const DELAY_MS = 30;
const PAGE_SIZE = 10;
const STANCE_LABELS: Record<string, string> = {
  asserted: 'Tatsachenbehauptung',
  attributed: 'Zugeschrieben',
  hedged: 'Unbestätigt',
  speculative: 'Spekulativ',
  opinion: 'Wertung',
};

const base = () => document.documentElement.dataset.base ?? '/';
let loading: Promise<Pagefind> | null = null;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base()}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 22, highlightParam: HIGHLIGHT_PARAM });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Pagefind escapes page text in excerpts and adds <mark>; anything else that looks like a tag is dropped. */
export function safeExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result-link');
  link.href = data.url;
  const head = element('span', 'search-result-head');
  head.append(element('span', 'search-result-type', data.meta.typ ?? 'Seite'));
  if (data.meta.haltung && STANCE_LABELS[data.meta.haltung]) {
    const badge = element('span', 'badge', STANCE_LABELS[data.meta.haltung]);
    badge.dataset.stance = data.meta.haltung;
    head.append(badge);
  }
  if (data.meta.datum) head.append(element('span', 'search-result-date', new Date(`${data.meta.datum}T00:00:00Z`).toLocaleDateString('de-DE', { timeZone: 'UTC' })));
  link.append(head, element('span', 'search-result-title', data.meta.title ?? data.url));
  const excerpt = element('span', 'search-result-excerpt');
  excerpt.innerHTML = safeExcerpt(data.excerpt);
  link.append(excerpt);
  item.append(link);
  return item;
}

/** The order types are guaranteed a place in the first screen of results. */
const TYPES = ['Artikel', 'Waffe', 'Glossar', 'Quelle', 'Behauptung'];

/**
 * The first screen of results, by score, but with the best hit of every page type that matched: claims are
 * many and short, so by score alone they would push the article, the weapon page or the glossary entry a
 * reader looks for off the first screen.
 */
async function withEveryType(pagefind: Pagefind, query: string, filters: Record<string, string[]>, search: PagefindSearch): Promise<PagefindResult[]> {
  const first = search.results.slice(0, PAGE_SIZE);
  if (filters.typ?.length || !query) return first;
  const counts = search.filters.typ ?? {};
  const missing = TYPES.filter((t) => (counts[t] ?? 0) > 0);
  if (missing.length <= 1) return first;
  const best = await Promise.all(missing.map(async (type) => (await pagefind.search(query, { filters: { ...filters, typ: [type] } })).results[0]));
  const wanted = new Set(best.filter((r): r is PagefindResult => r !== undefined).map((r) => r.id));
  const picked: PagefindResult[] = [];
  for (const result of search.results) {
    if (picked.length >= PAGE_SIZE) break;
    const room = PAGE_SIZE - picked.length - [...wanted].filter((id) => !picked.some((p) => p.id === id)).length;
    if (wanted.has(result.id) || room > 0) picked.push(result);
  }
  return picked;
}

export interface SearchViewOptions {
  input: HTMLInputElement;
  results: HTMLOListElement;
  status: HTMLElement;
  /** Current facet selection and sort, for the search page. */
  getFilters?: () => Record<string, string[]>;
  getSort?: () => Record<string, 'asc' | 'desc'> | undefined;
  /** Called with the filter counts of each answer, to update facet counts. */
  onFilters?: (counts: PagefindSearch['filters'], totals: PagefindSearch['totalFilters']) => void;
  /** Called after results were shown, with the query. */
  onShown?: (query: string) => void;
}

/** Binds an input to a result list; returns a function that runs the search now. */
export function bindSearch(options: SearchViewOptions): () => void {
  const { input, results, status } = options;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const query = input.value.trim();
    const filters = options.getFilters?.() ?? {};
    const hasFilters = Object.values(filters).some((v) => v.length > 0);
    const mine = ++generation;
    if (!query && !hasFilters) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await loadPagefind();
    const sort = options.getSort?.();
    const search = await pagefind.search(query || null, { filters, sort });
    if (mine !== generation) return;
    const shown = sort ? search.results.slice(0, PAGE_SIZE) : await withEveryType(pagefind, query, filters, search);
    if (mine !== generation) return;
    const data = await Promise.all(shown.map((r) => r.data()));
    if (mine !== generation) return;
    results.replaceChildren(...data.map(renderResult));
    const n = search.results.length;
    status.textContent = n === 0 ? `Keine Treffer für „${query}“.` : `${n} ${n === 1 ? 'Treffer' : 'Treffer'}${n > PAGE_SIZE ? `, die ersten ${PAGE_SIZE} werden gezeigt` : ''}.`;
    options.onFilters?.(search.filters, search.totalFilters);
    options.onShown?.(query);
  };

  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DELAY_MS);
  });
  // Arrow keys move between the input and the result links.
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      void run();
    }
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown' && at < all.length - 1) {
      event.preventDefault();
      all[at + 1]!.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at === 0 ? input : all[at - 1]!).focus();
    }
  });
  return () => {
    clearTimeout(timer);
    void run();
  };
}
