/**
 * Words a page is also found by, indexed but not shown: the parts of German compounds (Pagefind does not
 * split them, its issue #738) and the spelling variants of weapon designators (KN-23, KN23, KN 23).
 * The compound splitter is hand-written because no npm package splits German compounds offline: it only
 * cuts where the rest of the word is a known head noun (from the lexicon and
 * content/language/compound-heads.yaml), which keeps it precise.
 */

/** Inflection endings a head may carry at the end of a compound (Raketen, Geschosse, Soldaten). */
const ENDINGS = ['', 'e', 'n', 'en', 's', 'es', 'er', 'ern', 'nen'];
const MIN_PART = 3;

export interface CompoundSplitter {
  split(word: string): string[];
}

export function createCompoundSplitter(heads: Iterable<string>): CompoundSplitter {
  const known = new Set<string>();
  for (const head of heads) {
    const h = head.trim().toLowerCase();
    if (h.length >= 4 && !/\s/u.test(h)) known.add(h);
  }
  // Pages repeat the same words; each word is split once per build.
  const memo = new Map<string, string[]>();
  return {
    split(word) {
      const cached = memo.get(word);
      if (cached) return cached;
      const parts = splitWord(word);
      memo.set(word, parts);
      return parts;
    },
  };

  function splitWord(word: string): string[] {
    const lower = word.toLowerCase();
    if (lower.length < MIN_PART + 4 || !/^\p{L}+$/u.test(word)) return [];
    for (let k = MIN_PART; k <= lower.length - 4; k++) {
      const rest = lower.slice(k);
      for (const ending of ENDINGS) {
        if (!rest.endsWith(ending)) continue;
        const stem = ending ? rest.slice(0, -ending.length) : rest;
        if (known.has(stem)) {
          const tail = word.slice(k);
          return [word.slice(0, k), tail[0]!.toUpperCase() + tail.slice(1)];
        }
      }
    }
    return [];
  }
}

/** KN-23 → KN-23, KN23, KN 23: designators are written all three ways. */
export function designatorVariants(alias: string): string[] {
  const parts = alias.match(/\p{L}+|\p{N}+/gu) ?? [];
  if (parts.length < 2 || !/\p{N}/u.test(alias)) return [];
  return [...new Set([parts.join(''), parts.join('-'), parts.join(' ')])].filter((v) => v !== alias);
}

/** Visible text of an HTML fragment, for finding its words (no entity decoding needed for letters). */
export function textOfHtml(html: string): string {
  return html.replace(/<(script|style|template)[\s\S]*?<\/\1>/giu, ' ').replace(/<[^>]+>/gu, ' ');
}

/** The hidden search terms for a page: compound parts of its words, without duplicates. */
export function searchTerms(html: string, splitter: CompoundSplitter, extra: string[] = []): string[] {
  const terms = new Set<string>(extra);
  for (const word of new Set(textOfHtml(html).match(/\p{L}+/gu) ?? [])) {
    for (const part of splitter.split(word)) terms.add(part);
  }
  return [...terms].sort((a, b) => a.localeCompare(b, 'de'));
}
