/**
 * The glossary as the site shows it: the A–Z grouping of the index, where each term occurs in the corpus,
 * and unique ids for the tooltips of term mentions. Pure functions over plain data (no astro:content
 * import), so the pages pass in what loadCorpus()/loadLexicon() gave them and tests can call them directly.
 */
import type { Article, Claim, Sentence } from '../schemas/corpus.ts';

/** Letter group of a term for the A–Z index: A–Z, umlauts with their base letter (DIN 5007-1), else "#". */
export function letterOf(term: string): string {
  const first = term
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .charAt(0)
    .toLocaleUpperCase('de');
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Anchor of a letter section on /glossar/ ("#" → "buchstabe-sonstige"). */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'buchstabe-sonstige' : `buchstabe-${letter.toLowerCase()}`;
}

/** Entries grouped by letter, letters A–Z first and "#" last; entries in German collation within a letter. */
export function groupByLetter<T extends { term: string }>(entries: readonly T[]): Array<{ letter: string; anchor: string; entries: T[] }> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const letter = letterOf(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, anchor: letterAnchor(letter), entries: [...list].sort((x, y) => x.term.localeCompare(y.term, 'de')) }));
}

export interface TermUse {
  /** Claims that mention the term, in corpus order. */
  claims: Claim[];
  /** Articles in which any sentence (claim or not) mentions the term, with those sentences. */
  articles: Array<{ article: Article; sentences: Sentence[] }>;
}

/** Where each glossary term occurs: claims and articles, keyed by term id. Articles and claims keep the order given. */
export function termUsage(articles: readonly Article[], claims: readonly Claim[]): Map<string, TermUse> {
  const out = new Map<string, TermUse>();
  const use = (ref: string) => {
    let u = out.get(ref);
    if (!u) out.set(ref, (u = { claims: [], articles: [] }));
    return u;
  };
  for (const claim of claims) {
    for (const ref of new Set(claim.mentions.filter((m) => m.kind === 'term').map((m) => m.ref))) use(ref).claims.push(claim);
  }
  for (const article of articles) {
    const byRef = new Map<string, Sentence[]>();
    for (const sentence of article.sentences) {
      for (const ref of new Set(sentence.mentions.filter((m) => m.kind === 'term').map((m) => m.ref))) byRef.set(ref, [...(byRef.get(ref) ?? []), sentence]);
    }
    for (const [ref, sentences] of byRef) use(ref).articles.push({ article, sentences });
  }
  return out;
}

const TOOLTIP_IDS = Symbol.for('quellenlage.glossary.tooltipIds');

/**
 * An id for the tooltip of a term mention, unique within the page being rendered and the same in every
 * build: "tip-<ref>", then "tip-<ref>-2", … if the page shows the term's first mention more than once (a
 * page with several articles' texts). The ids handed out are remembered on the per-page `Astro.locals`,
 * which Astro creates afresh for every page; no randomness, no clock.
 */
export function tooltipId(locals: object, ref: string): string {
  const store = locals as Record<symbol, Set<string> | undefined>;
  const used = (store[TOOLTIP_IDS] ??= new Set<string>());
  const base = `tip-${ref}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const SCRIPT_DONE = Symbol.for('quellenlage.glossary.script');

/** True the first time it is called for a page (per `Astro.locals`): where the tooltip script goes. */
export function firstTooltipOfPage(locals: object): boolean {
  const store = locals as Record<symbol, boolean | undefined>;
  if (store[SCRIPT_DONE]) return false;
  store[SCRIPT_DONE] = true;
  return true;
}

