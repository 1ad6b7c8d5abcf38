/**
 * Noun lemmas for counted nouns: German plural and case forms → nominative singular, with a small
 * English fallback. Exceptions come from content/language/lemmas.de.yaml, then suffix rules.
 * Precision before coverage: a form the rules cannot decide is returned unchanged, because a wrong
 * merge (Truppe → Trupp, Kämpfer → Kampf) is worse than a missing one.
 */

export interface LemmaOptions {
  /** The word is known to be plural (counted after a number above one): a final -e or -s is then an ending. */
  plural?: boolean;
  /**
   * The word is a genitive singular after des/eines/dieses ("ein Viertel des Arsenals"): its -s or -es
   * is an ending. -es is taken off only after a sibilant or a one-syllable stem (Prozesses, Jahres);
   * elsewhere only -s (Gebäudes → Gebäude, Arsenals → Arsenal).
   */
  genitiveSingular?: boolean;
}

interface LemmaIndex {
  /** Whole words, lowercased → lemma. */
  exact: Map<string, string>;
  /** Compound heads (keys written "-systeme"), longest first: [lowercased head, lowercased lemma head]. */
  heads: [string, string][];
}

const indexCache = new WeakMap<Record<string, string>, LemmaIndex>();

function indexOf(lemmas: Record<string, string>): LemmaIndex {
  const cached = indexCache.get(lemmas);
  if (cached) return cached;
  const exact = new Map<string, string>();
  const heads = new Map<string, string>();
  const add = (key: string, value: string, variant: boolean) => {
    const isHead = key.startsWith('-');
    const form = (isHead ? key.slice(1) : key).toLowerCase();
    const target = isHead ? heads : exact;
    // The dative plural variant (Tage → Tagen) never overrides a form written out in the data.
    if (variant && target.has(form)) return;
    target.set(form, isHead ? value.replace(/^-/, '').toLowerCase() : value);
  };
  for (const [key, value] of Object.entries(lemmas)) add(key, value, false);
  for (const [key, value] of Object.entries(lemmas)) {
    // Plurals in -e, -er, -el take -n in the dative: Tagen, Ländern, Söldnern.
    if (/(?:e|er|el)$/u.test(key)) add(`${key}n`, value, true);
  }
  const index: LemmaIndex = { exact, heads: [...heads].sort((a, b) => b[0].length - a[0].length) };
  indexCache.set(lemmas, index);
  return index;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Nominalised adjectives and participles: their plural -e is part of the lemma (die Verletzte). */
const ADJECTIVAL_E =
  /(?:ig|isch|lich|bar|sam|haft|los|end|iert)e$|(?:ge|ver|be|ent|zer)\p{Ll}{2,}(?:t|en)e$/u;

/** Weak masculine nouns whose plural is stem + -en (Soldat-en, Präsident-en, Journalist-en). */
const WEAK_MASCULINE_EN = /(?:at|ant|ent|ist|ot|or|ik|nom|graf|graph|soph)en$/u;

/**
 * German noun → nominative singular. Hyphen compounds are lemmatised on their last part
 * ("Taebaek-Geschütze" → "Taebaek-Geschütz"); acronyms and words with digits are returned as they are.
 */
export function lemmatiseNoun(word: string, lemmas: Record<string, string>, options: LemmaOptions = {}): string {
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && hyphen < word.length - 1) {
    return word.slice(0, hyphen + 1) + lemmatiseNoun(word.slice(hyphen + 1), lemmas, options);
  }
  if (word.length < 3 || /\p{N}/u.test(word) || word === word.toUpperCase()) return word;

  const lower = word.toLowerCase();
  const index = indexOf(lemmas);
  const exact = index.exact.get(lower);
  if (exact !== undefined) return exact;
  if (options.genitiveSingular) return genitiveSingular(word);
  for (const [head, lemmaHead] of index.heads) {
    if (!lower.endsWith(head)) continue;
    const prefix = word.slice(0, word.length - head.length);
    return prefix === '' ? capitalise(lemmaHead) : prefix + lemmaHead;
  }

  if (lower.endsWith('innen')) return word.slice(0, -3); // Soldatinnen → Soldatin
  if (/(?:ung|heit|keit|schaft|ion|tät)en$/u.test(lower)) return word.slice(0, -2); // Lieferungen, Divisionen
  if (/nissen?$/u.test(lower)) return word.replace(/nissen?$/u, 'nis'); // Erkenntnisse
  if (/(?:el|er)n$/u.test(lower)) return word.slice(0, -1); // dative plural: Söldnern, Raketenwerfern
  if (WEAK_MASCULINE_EN.test(lower)) return word.slice(0, -2);
  // Feminine nouns in -e have their plural in -en, the commonest plural after a number (Raketen).
  if (lower.endsWith('en') && lower.length > 4) return word.slice(0, -1);
  if (/(?:er|el)s$/u.test(lower) && lower.length > 5) return word.slice(0, -1); // genitive: Panzers
  if (options.plural) {
    // After a number, -e is the plural of masculine and neuter nouns (Offiziere) — unless the noun is an adjective.
    if (lower.endsWith('e') && !ADJECTIVAL_E.test(lower)) return word.slice(0, -1);
    // -s plurals are loanwords (Jets, Waggons, Lkws); -ss is part of the stem (Schuss).
    if (/[^s]s$/u.test(lower)) return word.slice(0, -1);
  }
  return word;
}

function genitiveSingular(word: string): string {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s') || /(?:ss|us|is|os)$/u.test(lower)) return word;
  if (lower.endsWith('es')) {
    const stem = lower.slice(0, -2);
    const syllables = stem.match(/[aeiouäöüy]+/gu)?.length ?? 0;
    if (/(?:s|ß|z|x|sch)$/u.test(stem) || syllables === 1) return word.slice(0, -2);
  }
  return word.slice(0, -1);
}

const EN_IRREGULAR: Record<string, string> = {
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'people',
  personnel: 'personnel',
  police: 'police',
  staff: 'staff',
  feet: 'foot',
  series: 'series',
  species: 'species',
  aircraft: 'aircraft',
};

/** English plural → singular with the regular rules (soldiers, casualties, launches). */
export function lemmatiseEnglishNoun(word: string): string {
  const lower = word.toLowerCase();
  const irregular = EN_IRREGULAR[lower];
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]ies$/u.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/u.test(lower)) return word.slice(0, -2);
  if (lower.endsWith('s') && !/(?:ss|us|is)$/u.test(lower)) return word.slice(0, -1);
  return word;
}
