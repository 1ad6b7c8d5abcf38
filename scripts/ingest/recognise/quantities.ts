/**
 * Quantity grammar for one sentence of German or English news text: the number as written (11.000,
 * 12 000, 2,5, 5 Mio., zweieinhalb, 1.5 million, $4 billion), shares (die Hälfte, zwei Drittel, about
 * half), vague multiples without a number (Dutzende, several hundred), its approximator (rund, knapp,
 * bis zu, more than), ranges (10.000 bis 20.000, zwischen 40 und 60, between $4 billion and $6
 * billion), the unit (km, mm, Prozent, USD) and the lemma of the counted noun (Soldat, Haubitze).
 * Number words after a definite article ("die zwei Staaten") and English "one" alone are references.
 *
 * Hand-written on purpose: no npm package parses German quantities correctly (they read 11.000 as 11
 * and 2,5 as 25; see shared/research/german-nlp.md). Unit words and irregular lemmas are data in
 * content/language/; the number formats and what is *not* a quantity (dates, times, years, ordinals,
 * designations such as KN-23, M1989, Taebaek 170mm) are rules here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Quantity } from '../types.ts';
import { lemmatiseEnglishNoun, lemmatiseNoun } from './lemma.ts';

type Language = 'de' | 'en';
type Approx = Quantity['approx'];

export interface QuantityConfig {
  /** Unit words as written (lowercased) → normalised unit, per language. */
  units: Record<Language, Record<string, string>>;
  /** Irregular German noun forms → lemma (content/language/lemmas.de.yaml, see lemma.ts). */
  lemmas: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Configuration

export function loadQuantityConfig(contentDir: string): QuantityConfig {
  const unitsPath = join(contentDir, 'language', 'units.yaml');
  const lemmasPath = join(contentDir, 'language', 'lemmas.de.yaml');
  const units = parseYaml(readFileSync(unitsPath, 'utf8')) as unknown;
  if (typeof units !== 'object' || units === null) throw new Error(`${unitsPath}: expected a mapping with de and en`);
  const byLanguage = units as Record<string, unknown>;
  return {
    units: {
      de: stringMap(byLanguage['de'], `${unitsPath} (de)`, true),
      en: stringMap(byLanguage['en'], `${unitsPath} (en)`, true),
    },
    lemmas: stringMap(parseYaml(readFileSync(lemmasPath, 'utf8')), lemmasPath, false),
  };
}

function stringMap(value: unknown, where: string, lowerKeys: boolean): Record<string, string> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: expected a mapping`);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`${where}: the value of "${key}" must be a string`);
    out[lowerKeys ? normaliseWords(key) : key] = String(v);
  }
  return out;
}

/** Unit regexes, compiled once per config object. */
interface CompiledUnits {
  /** Any unit word at a position (sticky). */
  unit: RegExp | null;
  /** Currency symbols that may stand before the number ($5, US$ 5, €5). */
  symbol: RegExp | null;
  map: Map<string, string>;
  /** First words of the unit words ("square" of "square kilometre"), for a cheap test before the regex. */
  firstWords: Set<string>;
}

const compiledCache = new WeakMap<QuantityConfig, Record<Language, CompiledUnits>>();

function compiledUnits(config: QuantityConfig, language: Language): CompiledUnits {
  let compiled = compiledCache.get(config);
  if (!compiled) {
    const build = (units: Record<string, string>): CompiledUnits => {
      const map = new Map(Object.entries(units).map(([word, unit]) => [normaliseWords(word), unit]));
      const words = [...map.keys()];
      const symbols = words.filter((w) => /[$€£¥]/u.test(w));
      const firstWords = new Set(words.map((w) => w.split(' ')[0] ?? w));
      return { unit: stickyAlternation(words), symbol: stickyAlternation(symbols), map, firstWords };
    };
    compiled = { de: build(config.units.de), en: build(config.units.en) };
    compiledCache.set(config, compiled);
  }
  return compiled[language];
}

function normaliseWords(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/gu, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Case-insensitive sticky regex for a list of words/phrases, longest first, whole words only. */
function stickyAlternation(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const body = w.split(' ').map(escapeRegExp).join('\\s+');
      return /[\p{L}\p{N}]$/u.test(w) ? `${body}(?![\\p{L}\\p{N}])` : body;
    });
  return new RegExp(`(?:${alternatives.join('|')})`, 'iuy');
}

// ---------------------------------------------------------------------------------------------
// Lexicon of the grammar

const APPROXIMATORS: Record<Language, Record<string, Approx>> = {
  de: {
    rund: 'about', etwa: 'about', 'ca.': 'about', circa: 'about', zirka: 'about', 'ungefähr': 'about', 'annähernd': 'about',
    'schätzungsweise': 'about', 'geschätzte': 'about', 'geschätzten': 'about',
    knapp: 'under', fast: 'under', beinahe: 'under', nahezu: 'under', 'knapp unter': 'under',
    // "gut 14.000" is "etwas mehr als" (Duden, gut 4), like English "a good 30 km"
    gut: 'over', 'über': 'over', 'mehr als': 'over', 'weit über': 'over', 'weit mehr als': 'over', 'deutlich über': 'over',
    'deutlich mehr als': 'over', 'knapp über': 'over', 'etwas mehr als': 'over', 'gut über': 'over',
    mindestens: 'at-least', wenigstens: 'at-least', zumindest: 'at-least',
    'höchstens': 'at-most', maximal: 'at-most', 'nicht mehr als': 'at-most', 'weniger als': 'at-most',
    'bis zu': 'up-to',
    'innerhalb von': 'at-most', 'im umkreis von': 'at-most', 'in einem umkreis von': 'at-most',
  },
  en: {
    about: 'about', around: 'about', approximately: 'about', 'approx.': 'about',
    roughly: 'about', some: 'about', 'an estimated': 'about', estimated: 'about', circa: 'about',
    nearly: 'under', almost: 'under', 'close to': 'under', 'just under': 'under', 'just shy of': 'under',
    'more than': 'over', over: 'over', 'well over': 'over', 'a good': 'over', 'just over': 'over', 'upwards of': 'over',
    'in excess of': 'over', 'far more than': 'over', 'slightly more than': 'over',
    'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least',
    'at most': 'at-most', 'no more than': 'at-most', 'fewer than': 'at-most', 'less than': 'at-most',
    'up to': 'up-to', 'as many as': 'up-to', 'as much as': 'up-to',
    within: 'at-most',
  },
};

/**
 * Approximators that bound a measure only: "within 50 meters", "im Umkreis von 30 Kilometern". Before
 * a count or a duration ("within two weeks", "innerhalb von zwei Wochen") they are no approximator.
 */
const MEASURE_ONLY_APPROXIMATORS = new Set(['within', 'innerhalb von', 'im umkreis von', 'in einem umkreis von']);

/** Approximators written after the number (and its unit): "$60 billion or so", "5.000 oder mehr Soldaten". */
const POSTFIX_APPROXIMATORS: Record<Language, Record<string, Approx>> = {
  de: { 'oder so': 'about', 'oder mehr': 'at-least', 'und mehr': 'at-least', 'oder weniger': 'at-most' },
  en: { 'or so': 'about', 'or more': 'at-least', 'or less': 'at-most', 'or fewer': 'at-most' },
};
/** Not "20 oder mehr als 30", "20 or more than 30" (a second figure), nor "or so-called". */
const POSTFIX_RE: Record<Language, RegExp> = {
  de: /\s+(oder\s+(?:so|mehr|weniger)|und\s+mehr)(?![\p{L}\p{N}-])(?!\s+als(?![\p{L}]))/iuy,
  en: /\s+(or\s+(?:so|more|less|fewer))(?![\p{L}\p{N}-])(?!\s+than(?![\p{L}]))/iuy,
};

/**
 * Phone numbers are no quantities: digits after a phone word ("Telefon 07071 29-72650", "Phone: 555-0199"),
 * with a leading zero ("0800 123 456") or an international "+" ("+49 30 1234567"). The whole run of digit
 * groups is skipped.
 */
const PHONE_CUE_RE = /(?<=(?<![\p{L}])(?:telefon|telefonnummer|tel|fax|rufnummer|hotline|durchwahl|handy|mobil|phone|telephone|ext|extension)\.?:?\s*(?:(?:unter|on|at)\s+)?\+?)/iuy;
const PHONE_RUN_RE = /\d+(?:(?:[ \u00A0]?[-–/][ \u00A0]?|[ \u00A0])\d+)*/uy;

const APPROX_RE: Record<Language, RegExp> = {
  de: stickyAlternation(Object.keys(APPROXIMATORS.de)) as RegExp,
  en: stickyAlternation(Object.keys(APPROXIMATORS.en)) as RegExp,
};

/** Words that open a range: "zwischen 40 und 60", "von 50 bis 60", "between 40 and 60". */
const RANGE_OPENERS: Record<Language, Record<string, 'between' | 'from'>> = {
  de: { zwischen: 'between', von: 'from' },
  en: { between: 'between' },
};
const RANGE_OPENER_RE: Record<Language, RegExp> = {
  de: /(zwischen|von)\s+/iuy,
  en: /(between)\s+/iuy,
};

/**
 * Digits with thousands separators (German . or space, English , or space) and decimals. A space group
 * glued to letters belongs to the next token: "500 152-mm-Granaten" is 500, then 152-mm.
 */
const GROUP_SPACE = '[ \\u00A0\\u202F\\u2009]';
const SPACE_GROUPS = `(?:${GROUP_SPACE}\\d{3})+(?![\\p{N}\\p{L}]|-\\p{L})`;
const NUMBER_RE: Record<Language, RegExp> = {
  de: new RegExp(`(?:\\d{1,3}(?:\\.\\d{3})+(?!\\d)|\\d{1,3}${SPACE_GROUPS}|\\d+)(?:,\\d+)?`, 'uy'),
  en: new RegExp(`(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}${SPACE_GROUPS}|\\d+)(?:\\.\\d+)?`, 'uy'),
};

/** Multipliers written after a number ("5 Millionen", "1,2 Mrd.", "1.5 billion", "zwei Dutzend"). */
const SCALES: Record<Language, Record<string, number>> = {
  de: {
    million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
    billion: 1e12, billionen: 1e12, tausend: 1e3, tsd: 1e3, dutzend: 12,
  },
  en: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9, dozen: 12 },
};
const SCALE_RE: Record<Language, RegExp> = {
  de: /\s+(millionen|million|mio\.|mio|milliarden|milliarde|mrd\.|mrd|billionen|billion|tausend|tsd\.|dutzend)(?![\p{L}\p{N}])/iuy,
  en: /\s+(thousand|million|billion|trillion|mn|bn|dozen)(?![\p{L}\p{N}])/iuy,
};
const HYPHEN_SCALE_RE = /-(millionen|million|milliarden|milliarde)(?=-\p{L})/iuy;
/** English money shorthand glued to the digits: $5bn, $500m (m and k only after a currency symbol). */
const GLUED_SCALE_RE = /(bn|mn|m|k)(?![\p{L}\p{N}])/iuy;
const GLUED_SCALES: Record<string, number> = { bn: 1e9, mn: 1e6, m: 1e6, k: 1e3 };

const DE_UNITS: Record<string, number> = { zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const DE_TEENS: Record<string, number> = {
  zehn: 10, elf: 11, 'zwölf': 12, dreizehn: 13, vierzehn: 14, 'fünfzehn': 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20, 'dreißig': 30, dreissig: 30, vierzig: 40, 'fünfzig': 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const DE_COMPOUND_TENS = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/u;
/**
 * "Dutzende Drohnen", "Tausende Soldaten": vague multiples. They name no number (value, min and max
 * null, approx about); the base is kept internally only to order ranges.
 */
const DE_VAGUE: Record<string, number> = {
  dutzende: 12, dutzenden: 12, hunderte: 100, hunderten: 100, tausende: 1e3, tausenden: 1e3,
  zehntausende: 1e4, zehntausenden: 1e4, hunderttausende: 1e5, hunderttausenden: 1e5,
  millionen: 1e6, milliarden: 1e9,
};
/** "mehrere tausend", "einige hundert". */
const DE_QUANTIFIERS = new Set(['mehrere', 'einige', 'etliche', 'viele', 'wenige']);
const DE_ROUND: Record<string, number> = {
  hundert: 100, tausend: 1e3, zehntausend: 1e4, hunderttausend: 1e5, dutzend: 12,
  million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9,
};
/** The indefinite article is a number only before these: "ein Drittel", "eine Million", "ein Dutzend". */
const DE_ARTICLES = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']);
const DE_ARTICLE_NUMBERS: Record<string, number> = {
  dutzend: 12, hundert: 100, tausend: 1e3, million: 1e6, milliarde: 1e9, billion: 1e12,
};
/** Denominators: "ein Drittel", "zwei Drittel", "drei Viertel" (the value is numerator / denominator, unrounded). */
const DE_FRACTIONS: Record<string, number> = {
  drittel: 3, viertel: 4, 'fünftel': 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9, zehntel: 10,
};
/** "die Hälfte", "mehr als der Hälfte": the article belongs to the fraction. */
const DE_HALF_ARTICLES = new Set(['die', 'der']);
/** Genitive after a fraction: "die Hälfte der Granaten", "ein Viertel des Arsenals". */
const DE_GENITIVE_RE = /(?:(der|dieser|jener|seiner|ihrer|unserer|einer|aller|sämtlicher)|(des|dieses|jenes|seines|ihres|unseres|eines))\s+/uy;
/** A definite article before a number word makes it a reference: "die zwei Staaten", "der drei Männer". */
const DE_DEFINITE_ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);
const DE_HALF = /^halb(?:e|en|er|es|em)?$/u;

const EN_SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_MAGNITUDES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_VAGUE: Record<string, number> = { dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
const EN_ROUND: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const EN_QUANTIFIERS = new Set(['several', 'many', 'few']);
/** Denominators: "a third", "one-third", "a quarter" (singular) and "two-thirds", "three quarters" (plural). */
const EN_FRACTIONS: Record<string, number> = {
  third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const EN_FRACTIONS_PLURAL: Record<string, number> = Object.fromEntries(Object.entries(EN_FRACTIONS).map(([w, d]) => [`${w}s`, d]));
/** Words before "half" that make it a part, not a share: "the first half of 2024", "the second half". */
const EN_HALF_BLOCKERS = new Set(['first', 'second', 'last', 'latter', 'former', 'other', 'the', 'a', 'an', 'one', 'and']);
/** What a singular share needs after it when no approximator precedes: "a third of", "a third." (not "a third shipment"). */
const EN_SINGLE_FRACTION_FOLLOW_RE = /\s+of(?![\p{L}\p{N}])|\s*(?:[.,;:!?)"”’]|$)/uy;
/** Of-phrase after a fraction: "half of the shells", "a third of its arsenal", "half the launchers". */
const EN_FRACTION_OF_RE = /(?:of\s+(?:(?:the|these|those|its|their|his|her|our)\s+|all\s+(?:the\s+)?)?|(?:the|these|those|its|their|his|her|our)\s+)/iuy;

/**
 * English words after which "about" / "over" is the preposition they govern, not an approximator:
 * "concern about 240-mm rocket launchers", "talks about 50 howitzers", "said nothing about 20 drones",
 * "the dispute over 20 howitzers", "handed over 50 shells".
 */
const EN_PREPOSITION_GOVERNORS: Record<string, Set<string>> = {
  about: new Set([
    'concern', 'concerns', 'concerned', 'worried', 'worry', 'worries', 'fear', 'fears', 'feared', 'anxious', 'nervous',
    'talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'spoken', 'report', 'reports', 'news', 'question',
    'questions', 'questioned', 'information', 'details', 'know', 'knows', 'knew', 'known', 'nothing', 'anything',
    'ask', 'asks', 'asked', 'asking', 'warn', 'warns', 'warned', 'warning', 'warnings', 'complain', 'complained',
    'complaints', 'doubts', 'debate', 'learn', 'learned', 'learnt', 'hear', 'heard', 'care', 'cares', 'cared',
  ]),
  over: new Set([
    'concern', 'concerns', 'worries', 'fears', 'dispute', 'disputes', 'row', 'debate', 'talks', 'tension', 'tensions',
    'control', 'fight', 'fighting', 'clash', 'clashes', 'anger', 'outrage', 'battle', 'handed', 'hand', 'hands',
    'handing', 'turned', 'turn', 'turns', 'turning',
  ]),
};

const MONTHS: Record<Language, Set<string>> = {
  de: new Set([
    'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
    'November', 'Dezember', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  ]),
  en: new Set([
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ]),
};
const MONTH_AFTER_RE: Record<Language, RegExp> = {
  de: new RegExp(`\\.?\\s+(?:${[...MONTHS.de].join('|')})(?![\\p{L}])`, 'uy'),
  en: new RegExp(`\\.?\\s+(?:${[...MONTHS.en].join('|')})(?![\\p{L}])`, 'uy'),
};

/** A number after one of these words is a year: "im Jahr 2022", "seit 2014", "Jahreswechsel 2025". */
const YEAR_CONTEXT: Record<Language, Set<string>> = {
  de: new Set([
    'im', 'in', 'seit', 'bis', 'ab', 'vor', 'nach', 'um', 'zwischen', 'anfang', 'ende', 'mitte', 'frühjahr', 'frühling',
    'sommer', 'herbst', 'winter', 'jahr', 'jahre', 'jahres', 'jahreswechsel', 'jahresende', 'jahresbeginn', 'jahresanfang',
  ]),
  en: new Set([
    'in', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'of', 'during', 'early', 'late', 'mid', 'year',
    'spring', 'summer', 'autumn', 'fall', 'winter', 'end', 'start', 'beginning', 'the', 'a', 'its', 'their', 'this',
    'that', 'his', 'her', 'our', 'last', 'next', 's',
  ]),
};

/** Numbers after these words name something: "Artikel 4", "Resolution 2397", "Nr. 5". */
const DESIGNATORS = new Set([
  'artikel', 'art', 'nr', 'nummer', 'no', 'resolution', 'resolutionen', 'paragraf', 'paragraph', 'kapitel', 'chapter',
  'article', 'section', 'abschnitt', 'seite', 'page', 'flug', 'flight', 'typ', 'type', 'modell', 'model', 'version',
  'stufe', 'level', 'phase', 'kategorie', 'category', 'platz', 'rang', 'kw', 'kalenderwoche', 'block', 'punkt',
]);

/** Capitalised words that are not names, for "Taebaek 170mm" (a name) vs "Mit 170mm" (a measure). */
const FUNCTION_WORDS = new Set([
  'die', 'der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'mit', 'von', 'vom', 'bei',
  'beim', 'für', 'auf', 'aus', 'im', 'in', 'am', 'an', 'nach', 'vor', 'seit', 'über', 'unter', 'um', 'zu', 'zur', 'zum',
  'und', 'oder', 'aber', 'auch', 'nur', 'noch', 'laut', 'je', 'pro', 'diese', 'dieser', 'dieses', 'jede', 'jeder', 'jedes',
  'the', 'a', 'an', 'with', 'of', 'on', 'at', 'by', 'for', 'from', 'and', 'or', 'but', 'its', 'their', 'these',
  'those', 'this', 'that', 'each', 'every', 'only', 'per',
]);

/** "Berichte über 3.000 Tote": über is the preposition after these, not "more than". */
const UEBER_GOVERNORS = /^(?:bericht|information|angabe|erkenntnis|gerücht|spekul|debatt|diskus|verhandl|gespräch|verfüg|nachricht|meldung|streit|sprach|sprich|sprech|rede|redet|entscheid|informier|klag|kontrolle|einfluss)/u;

/** Words that can start a sentence after a number with a full stop (vs. "die 47. Brigade"). */
const SENTENCE_STARTERS = new Set([
  'Der', 'Die', 'Das', 'Dies', 'Diese', 'Dieser', 'Er', 'Sie', 'Es', 'Man', 'Wir', 'Ich', 'Auch', 'Zudem', 'Außerdem',
  'Damit', 'Dabei', 'Doch', 'Aber', 'Und', 'Laut', 'Nach', 'Demnach', 'Bislang', 'Bisher', 'Insgesamt', 'Allerdings',
  'Jedoch', 'Inzwischen', 'Mittlerweile', 'Zuvor', 'Ein', 'Eine', 'In', 'Im', 'Am', 'Bei', 'Mit', 'Wie', 'Was', 'Wer',
]);

/** Lowercase words ending like adjectives (-e, -en, -er, -es, -em) that are not adjectives. */
const DE_NOT_ADJECTIVES = new Set([
  'die', 'der', 'den', 'dem', 'des', 'diese', 'dieser', 'diesen', 'diesem', 'dieses', 'jene', 'jener', 'jenen', 'jenem',
  'eine', 'einer', 'einen', 'einem', 'eines', 'keine', 'keiner', 'keinen', 'keinem', 'seine', 'seiner', 'seinen',
  'seinem', 'ihre', 'ihrer', 'ihren', 'ihrem', 'unsere', 'unserer', 'unseren', 'deren', 'denen', 'dessen', 'welche',
  'welcher', 'welchen', 'alle', 'allen', 'aller', 'beide', 'beiden', 'jede', 'jeder', 'jeden', 'jedem', 'manche',
  'solche', 'solchen', 'sollen', 'sollten', 'wollen', 'wollten', 'können', 'konnten', 'könnten', 'müssen', 'mussten',
  'müssten', 'dürfen', 'dürften', 'werden', 'wurden', 'würden', 'worden', 'haben', 'hatten', 'hätten', 'waren',
  'wären', 'seien', 'gewesen', 'gegen', 'wegen', 'neben', 'unter', 'über', 'hinter', 'zwischen', 'wieder', 'immer',
  'oder', 'aber', 'sondern', 'weder', 'entweder', 'ohne', 'nahe', 'gerne', 'eben', 'oben', 'unten', 'außer', 'später',
  'bisher', 'daher', 'vorher', 'nachher', 'seiten', 'binnen', 'innerhalb', 'außerhalb', 'oberhalb', 'unterhalb',
]);
/** Adverbs that may stand between a number and its noun: "3.000 bereits stationierte Soldaten". */
const DE_INSERTED_ADVERBS = new Set(['bereits', 'schon', 'noch', 'zusätzlich', 'zusätzliche', 'mehr']);
/** Capitalised words after a number that are not what it counts. */
const DE_NOT_COUNTED = new Set(['uhr', 'mal', 'prozent']);

/** English words that end a noun phrase after a number. */
const EN_STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'into', 'onto', 'and', 'or', 'but', 'nor',
  'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'were', 'was', 'is', 'are', 'be', 'been', 'being', 'have', 'has',
  'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'do', 'does', 'did', 'not', 'no', 'said',
  'says', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'it', 'they', 'he', 'she', 'we',
  'you', 'i', 'per', 'each', 'ago', 'so', 'too', 'also', 'already', 'now', 'then', 'there', 'here', 'out', 'up', 'down',
  'over', 'under', 'since', 'until', 'while', 'when', 'where', 'if', 'after', 'before', 'during', 'near', 'across',
  'against', 'between', 'about', 'around', 'like', 'including', 'via', 'amid', 'among', 'along', 'more', 'less', 'times',
  'them', 'us', 'him', 'me', 'what', 'all', 'both', 'some', 'any',
]);
/** English words in -s that are not plural nouns. */
const EN_NOT_PLURAL = new Set([
  'was', 'has', 'is', 'does', 'this', 'its', 'his', 'hers', 'ours', 'theirs', 'yours', 'perhaps', 'always', 'besides',
  'towards', 'afterwards', 'whereas', 'thus', 'plus', 'across', 'says', 'seems', 'remains', 'means', 'includes', 'shows',
  'suggests', 'appears', 'represents', 'stands', 'marks', 'makes', 'comes', 'goes', 'gets', 'takes', 'needs', 'exceeds',
]);
const EN_PLURAL_WORDS = new Set(['men', 'women', 'people', 'personnel', 'children', 'police', 'staff', 'aircraft']);

const CALIBRES = new Set(['mm', 'cm']);

// ---------------------------------------------------------------------------------------------
// Scanner helpers

interface Context {
  s: string;
  language: Language;
  units: CompiledUnits;
  lemmas: Record<string, string>;
}

function execAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

const SPACE_RE = /\s+/uy;
const WORD_RE = /\p{L}+/uy;

/** Position after at least one whitespace character at pos, or null. */
function skipSpace(s: string, pos: number): number | null {
  const m = execAt(SPACE_RE, s, pos);
  return m ? pos + m[0].length : null;
}

function wordAt(s: string, pos: number): { word: string; lower: string; end: number } | null {
  const m = execAt(WORD_RE, s, pos);
  return m ? { word: m[0], lower: m[0].toLowerCase(), end: pos + m[0].length } : null;
}

/** The word right before pos, separated from it by whitespace only ("Nr." keeps its dot). */
function previousWord(s: string, pos: number): { word: string; lower: string; dot: boolean } | null {
  const m = /([\p{L}\p{N}][\p{L}\p{N}-]*)(['’]s)?(\.?)\s+$/u.exec(s.slice(Math.max(0, pos - 60), pos));
  if (!m || m[1] === undefined) return null;
  if (m[2]) return { word: 's', lower: 's', dot: false }; // possessive: "Korea's 2023 tests"
  return { word: m[1], lower: m[1].toLowerCase(), dot: m[3] === '.' };
}

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && /\p{N}/u.test(ch);
const isLetterOrDigit = (ch: string | undefined) => isLetter(ch) || isDigit(ch);

/**
 * Rounds away binary noise (1.2 × 1e9 = 1200000000.0000002) without touching real precision: the
 * rounded value is taken only when it is short, so 1/3 and 2/3 keep their full double.
 */
function tidy(value: number): number {
  const rounded = Number(value.toPrecision(12));
  const digits = rounded.toExponential().replace(/e.*$/u, '').replace(/[^0-9]/gu, '');
  return digits.length < 11 ? rounded : value;
}

// ---------------------------------------------------------------------------------------------
// Numbers

interface NumberExpr {
  start: number;
  end: number;
  value: number;
  /** Before any scale word; for "4 bis 6 Millionen". */
  raw: number;
  scale: number;
  kind: 'digits' | 'words';
  /** Digits as written, for the year test. */
  literal: string | null;
  /** "Dutzende", "thousands of": a vague multiple, no number. */
  vague: boolean;
  /** "die Hälfte", "zwei Drittel", "a third": a share; counted only from a following genitive or of-phrase. */
  fraction: boolean;
  /** English "one" alone: a reference, not a quantity ("one official", "by one estimate"). */
  onlyOne: boolean;
  /** An approximator inside the number: "ein knappes Drittel", "eine gute Million". */
  innerApprox: Approx | null;
}

interface NumberOptions {
  /** A prefix (approximator, opener, currency) was consumed right before the number. */
  afterPrefix: boolean;
  currency: boolean;
  /** The number is the second half of a range ("40–60"): the dash before it is expected. */
  rangeSecond: boolean;
}

type NumberResult = NumberExpr | 'blocked' | null;

function parseNumber(ctx: Context, pos: number, options: NumberOptions): NumberResult {
  const literal = execAt(NUMBER_RE[ctx.language], ctx.s, pos);
  if (literal) return digitNumber(ctx, pos, literal[0], options);
  return ctx.language === 'de' ? germanWordNumber(ctx, pos, options) : englishWordNumber(ctx, pos, options);
}

function digitNumber(ctx: Context, start: number, text: string, options: NumberOptions): NumberResult {
  const { s, language } = ctx;
  const end = start + text.length;
  if (literalBlocked(ctx, start, end, text, options)) return 'blocked';
  const digits = language === 'de' ? text.replace(/[.\s]/gu, '').replace(',', '.') : text.replace(/[,\s]/gu, '');
  const raw = Number(digits);
  if (!Number.isFinite(raw)) return null;
  let value = raw;
  let scale = 1;
  let stop = end;
  const glued = language === 'en' ? execAt(GLUED_SCALE_RE, s, end) : null;
  const gluedWord = glued?.[1]?.toLowerCase();
  if (glued && gluedWord !== undefined && (options.currency || gluedWord.length > 1)) {
    scale = GLUED_SCALES[gluedWord] ?? 1;
    stop = end + glued[0].length;
  } else {
    // "5 Millionen"; in German compounds also "60-Milliarden-Dollar-Paket" (a unit must follow, see parseAt)
    const spaced = execAt(SCALE_RE[language], s, end) ?? (language === 'de' ? execAt(HYPHEN_SCALE_RE, s, end) : null);
    if (spaced?.[1] !== undefined) {
      scale = SCALES[language][spaced[1].toLowerCase().replace('.', '')] ?? 1;
      stop = end + spaced[0].length;
    }
  }
  value = raw * scale;
  return { start, end: stop, value, raw, scale, kind: 'digits', literal: text, vague: false, fraction: false, onlyOne: false, innerApprox: null };
}

/**
 * Digits that are part of something else: dates (16.11.2024, 21. Dezember, October 3), times
 * (21:15 Uhr, 14.30 Uhr, 9 a.m.), ordinals (die 47. Brigade), designations (KN-23, 9K720, Nr. 5).
 */
function literalBlocked(ctx: Context, start: number, end: number, text: string, options: NumberOptions): boolean {
  const { s, language } = ctx;
  const before = s[start - 1];
  const after = s[end];
  if (!options.afterPrefix && !options.rangeSecond) {
    if (isLetterOrDigit(before)) return true;
    if (before !== undefined && /[-–/.:,#§]/u.test(before) && isLetterOrDigit(s[start - 2])) return true;
    if (before === '#' || before === '§') return true;
  }
  if (after !== undefined && /[.,:/]/u.test(after) && isDigit(s[end + 1])) return true;
  if (/^-\d{1,2}-\d{1,2}(?!\d)/u.test(s.slice(end, end + 7))) return true; // ISO date 2024-11-16
  const plain = /^\d+$/u.test(text);
  if (language === 'de' && after === '.' && plain && text.length <= 3 && !sentenceEndsAt(s, end + 1)) return true;
  const rest = s.slice(end, end + 12);
  if (/^\s*Uhr(?![\p{L}])/u.test(rest)) return true;
  if (/^\s*(?:[–-]|bis|und)\s*\d{1,2}(?:[.:]\d{2})?\s*Uhr(?![\p{L}])/u.test(s.slice(end, end + 20))) return true; // 10 bis 12 Uhr
  if (language === 'en' && /^\s*(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])/iu.test(rest)) return true;
  if (execAt(MONTH_AFTER_RE[language], s, end)) return true;
  const prev = previousWord(s, start);
  if (prev) {
    const lastPart = prev.lower.split('-').pop() ?? prev.lower;
    if (DESIGNATORS.has(lastPart) && !options.afterPrefix) return true;
    if (language === 'en' && plain && Number(text) <= 31 && MONTHS.en.has(prev.word)) return true;
  }
  return false;
}

function sentenceEndsAt(s: string, pos: number): boolean {
  const rest = s.slice(pos);
  if (/^["'»«“”„)\]\s]*$/u.test(rest)) return true;
  const next = /^\s+["„»]?(\p{Lu}\p{Ll}*)/u.exec(rest);
  return next?.[1] !== undefined && SENTENCE_STARTERS.has(next[1]);
}

function germanCardinalBelowHundred(w: string): number | null {
  const direct = DE_UNITS[w] ?? DE_TEENS[w] ?? DE_TENS[w];
  if (direct !== undefined) return direct;
  // Cheap test before the regex: every compound ends in a ten (-zig, dreißig, dreissig).
  if (!w.endsWith('zig') && !w.endsWith('ßig') && !w.endsWith('ssig')) return null;
  const m = DE_COMPOUND_TENS.exec(w);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return (m[1] === 'ein' ? 1 : (DE_UNITS[m[1]] ?? 0)) + (DE_TENS[m[2]] ?? 0);
}

function germanCardinalBelowThousand(w: string): number | null {
  const i = w.indexOf('hundert');
  if (i < 0) return germanCardinalBelowHundred(w);
  const head = w.slice(0, i);
  const tail = w.slice(i + 'hundert'.length).replace(/^und/u, '');
  const hundreds = head === '' || head === 'ein' ? 1 : DE_UNITS[head];
  if (hundreds === undefined) return null;
  if (tail === '') return hundreds * 100;
  const rest = tail === 'eins' ? 1 : germanCardinalBelowHundred(tail);
  return rest === null ? null : hundreds * 100 + rest;
}

/** German cardinal written as one word: zwölf, zweihundert, dreitausend, hunderttausend, einundzwanzig. */
function germanCardinal(w: string): number | null {
  const i = w.indexOf('tausend');
  if (i < 0) return germanCardinalBelowThousand(w);
  const head = w.slice(0, i);
  const tail = w.slice(i + 'tausend'.length).replace(/^und/u, '');
  const thousands = head === '' || head === 'ein' ? 1 : germanCardinalBelowThousand(head);
  if (thousands === null) return null;
  if (tail === '') return thousands * 1000;
  const rest = tail === 'eins' ? 1 : germanCardinalBelowThousand(tail);
  return rest === null ? null : thousands * 1000 + rest;
}

function germanNumberWord(w: string): number | null {
  if (w === 'anderthalb') return 1.5;
  if (w.endsWith('einhalb') && w.length > 'einhalb'.length) {
    const base = w.slice(0, -'einhalb'.length);
    const whole = base === 'ein' ? 1 : germanCardinal(base);
    return whole === null ? null : whole + 0.5;
  }
  return germanCardinal(w);
}

function wordNumber(start: number, end: number, value: number, scale = 1, vague = false): NumberExpr {
  return { start, end, value: value * scale, raw: value, scale, kind: 'words', literal: null, vague, fraction: false, onlyOne: false, innerApprox: null };
}

function fractionNumber(start: number, end: number, numerator: number, denominator: number): NumberExpr {
  return { ...wordNumber(start, end, numerator / denominator), fraction: true };
}

/** A scale word after a number word: "zwei Millionen", "drei Dutzend", "Hunderte Millionen". */
function scaleAfterWord(ctx: Context, pos: number): { factor: number; end: number } | null {
  const m = execAt(SCALE_RE[ctx.language], ctx.s, pos);
  if (!m?.[1]) return null;
  const factor = SCALES[ctx.language][m[1].toLowerCase().replace('.', '')];
  return factor === undefined ? null : { factor, end: pos + m[0].length };
}

function nextWord(s: string, pos: number): { word: string; lower: string; end: number } | null {
  const p = skipSpace(s, pos);
  return p === null ? null : wordAt(s, p);
}

/** "ein knappes Drittel", "die gute Hälfte", "einen knappen Kilometer": knapp is under, gut is over. */
const DE_APPROX_ADJECTIVE = /^(knapp|gut)(?:e|es|er|en|em)$/u;
/** "zwei- bis dreitausend": the first number borrows the hundreds or thousands of the second. */
const DE_SUSPENDED_RE = /-\s+bis\s+(\p{L}+)(?![\p{L}\p{N}-])/uy;
const DE_SUSPENDED_SUFFIXES = ['hunderttausend', 'tausend', 'hundert'];
/** "ein bis zwei Wochen", "zwischen einem und zwei Prozent": the article opens a range. */
const DE_RANGE_AFTER_ARTICLE_RE = /\s+(bis|und)\s+/uy;

function germanWordNumber(ctx: Context, pos: number, options: NumberOptions): NumberExpr | null {
  const { s } = ctx;
  const w = wordAt(s, pos);
  if (!w) return null;
  const vague = DE_VAGUE[w.lower];
  if (vague !== undefined) {
    const scale = scaleAfterWord(ctx, w.end);
    return wordNumber(pos, scale?.end ?? w.end, vague, scale?.factor ?? 1, true);
  }
  if (DE_QUANTIFIERS.has(w.lower)) {
    const round = nextWord(s, w.end);
    const value = round ? DE_ROUND[round.lower] : undefined;
    if (!round || value === undefined) return null;
    const scale = scaleAfterWord(ctx, round.end);
    return wordNumber(pos, scale?.end ?? round.end, value, scale?.factor ?? 1, true);
  }
  const halfArticle = DE_HALF_ARTICLES.has(w.lower);
  if (halfArticle || DE_ARTICLES.has(w.lower)) {
    let next = nextWord(s, w.end);
    if (!next) return null;
    let articleEnd = w.end;
    let innerApprox: Approx | null = null;
    const initial = next.lower[0];
    const adjective = initial === 'k' || initial === 'g' ? DE_APPROX_ADJECTIVE.exec(next.lower) : null;
    if (adjective) {
      innerApprox = adjective[1] === 'knapp' ? 'under' : 'over';
      articleEnd = next.end;
      next = nextWord(s, next.end);
      if (!next) return null;
    }
    const found = halfArticle ? germanHalf(pos, next) : germanAfterArticle(ctx, pos, articleEnd, next, innerApprox === null, options);
    if (found && innerApprox) found.innerApprox = innerApprox;
    return found;
  }
  const value = germanNumberWord(w.lower);
  if (value === null) return null;
  const suspended = execAt(DE_SUSPENDED_RE, s, w.end);
  const secondWord = suspended?.[1]?.toLowerCase();
  if (secondWord !== undefined && germanNumberWord(secondWord) !== null) {
    const suffix = DE_SUSPENDED_SUFFIXES.find((x) => secondWord.endsWith(x) && secondWord !== x);
    const whole = suffix === undefined ? null : germanNumberWord(w.lower + suffix);
    if (whole !== null) return wordNumber(pos, w.end + 1, whole);
  }
  const next = nextWord(s, w.end);
  const denominator = next ? DE_FRACTIONS[next.lower] : undefined;
  if (next && denominator !== undefined) return fractionNumber(pos, next.end, value, denominator);
  const scale = scaleAfterWord(ctx, w.end);
  return wordNumber(pos, scale?.end ?? w.end, value, scale?.factor ?? 1);
}

function germanHalf(pos: number, next: { lower: string; end: number }): NumberExpr | null {
  return next.lower === 'hälfte' ? fractionNumber(pos, next.end, 1, 2) : null;
}

/** After an indefinite article: "ein Drittel", "ein Dutzend", "ein halbes", "einen Kilometer", "ein bis zwei". */
function germanAfterArticle(
  ctx: Context,
  pos: number,
  articleEnd: number,
  next: { lower: string; end: number },
  bare: boolean,
  options: NumberOptions,
): NumberExpr | null {
  const denominator = DE_FRACTIONS[next.lower];
  if (denominator !== undefined) return fractionNumber(pos, next.end, 1, denominator);
  const round = DE_ARTICLE_NUMBERS[next.lower];
  if (round !== undefined) return wordNumber(pos, next.end, round);
  if (DE_HALF.test(next.lower)) {
    const scale = scaleAfterWord(ctx, next.end);
    return wordNumber(pos, scale?.end ?? next.end, 0.5, scale?.factor ?? 1);
  }
  if (ctx.units.firstWords.has(next.lower) && articleBeforeMeasure(ctx, pos, articleEnd)) return wordNumber(pos, articleEnd, 1);
  if (!bare || options.rangeSecond) return null;
  const link = execAt(DE_RANGE_AFTER_ARTICLE_RE, ctx.s, articleEnd);
  if (!link || (link[1] === 'und' && !options.afterPrefix)) return null;
  const upper = parseNumber(ctx, articleEnd + link[0].length, { afterPrefix: true, currency: false, rangeSecond: true });
  return upper && upper !== 'blocked' && !upper.vague && !upper.fraction && upper.value > 1 ? wordNumber(pos, articleEnd, 1) : null;
}

function englishWordNumber(ctx: Context, pos: number, options: NumberOptions): NumberExpr | null {
  const { s } = ctx;
  const w = wordAt(s, pos);
  if (!w) return null;
  // "tens of thousands", "hundreds of millions", "thousands"
  if (w.lower === 'tens' || EN_VAGUE[w.lower] !== undefined) {
    const of = /\s+of\s+(thousands|millions|billions)(?![\p{L}])/iuy;
    const m = execAt(of, s, w.end);
    const base = w.lower === 'tens' ? 10 : (EN_VAGUE[w.lower] ?? 0);
    if (m?.[1]) return wordNumber(pos, w.end + m[0].length, base * (EN_VAGUE[m[1].toLowerCase()] ?? 1), 1, true);
    if (w.lower === 'tens') return null;
    return wordNumber(pos, w.end, base, 1, true);
  }
  // "several thousand", "a few hundred", "many thousands"
  let quantifierEnd: number | null = null;
  if (EN_QUANTIFIERS.has(w.lower) && w.lower !== 'few') quantifierEnd = w.end;
  if (w.lower === 'a') {
    const few = nextWord(s, w.end);
    if (few?.lower === 'few') quantifierEnd = few.end;
  }
  if (quantifierEnd !== null) {
    const round = nextWord(s, quantifierEnd);
    const plural = round?.lower.replace(/s$/u, '');
    const value = plural !== undefined ? EN_ROUND[plural] : undefined;
    if (!round || value === undefined) return null;
    return wordNumber(pos, round.end, value, 1, true);
  }
  // "a dozen", "a million", "half a million"; "a third", "about half"
  if (w.lower === 'a' || w.lower === 'an' || w.lower === 'half') {
    let p = w.end;
    let factor = 1;
    if (w.lower === 'half') {
      const article = nextWord(s, p);
      if (!article || (article.lower !== 'a' && article.lower !== 'an')) return englishHalf(ctx, pos, w.end, options);
      p = article.end;
      factor = 0.5;
    }
    const round = nextWord(s, p);
    if (!round) return null;
    if (w.lower !== 'half' && ctx.units.firstWords.has(round.lower) && articleBeforeMeasure(ctx, pos, w.end)) return wordNumber(pos, w.end, 1);
    // "between a quarter and a half of", "about a half": only as a share, never "a half hour"
    if (w.lower !== 'half' && round.lower === 'half') {
      const share = options.afterPrefix && s[round.end] !== '-' && execAt(EN_SINGLE_FRACTION_FOLLOW_RE, s, round.end);
      return share ? fractionNumber(pos, round.end, 1, 2) : null;
    }
    const denominator = w.lower === 'half' ? undefined : EN_FRACTIONS[round.lower];
    if (denominator !== undefined) return englishFraction(ctx, pos, round.end, 1, denominator, options);
    const value = EN_ROUND[round.lower];
    if (value === undefined) return null;
    const scale = scaleAfterWord(ctx, round.end);
    return wordNumber(pos, scale?.end ?? round.end, value * factor, scale?.factor ?? 1);
  }
  const cardinal = englishCardinal(s, pos);
  if (!cardinal || cardinal.scale !== 1 || !Number.isInteger(cardinal.value) || cardinal.value > 20) return cardinal;
  // "one third", "one-third", "two-thirds", "three quarters"
  const denominatorWord = execAt(/(?:\s+|-)(\p{L}+)(?![\p{L}\p{N}])/uy, s, cardinal.end);
  const written = denominatorWord?.[1]?.toLowerCase();
  if (denominatorWord && written !== undefined) {
    const denominator = cardinal.value === 1 ? EN_FRACTIONS[written] : EN_FRACTIONS_PLURAL[written];
    if (denominator !== undefined) {
      return englishFraction(ctx, pos, cardinal.end + denominatorWord[0].length, cardinal.value, denominator, options);
    }
  }
  return cardinal;
}

/** Bare "half" is a share after an approximator ("about half") or before an of-phrase ("half of the shells", "half the"). */
function englishHalf(ctx: Context, pos: number, end: number, options: NumberOptions): NumberExpr | null {
  const { s } = ctx;
  if (s[end] === '-') return null; // half-hour, half-brother
  const prev = previousWord(s, pos);
  if (prev && EN_HALF_BLOCKERS.has(prev.lower) && !options.rangeSecond) return null; // the first half of 2024
  if (!options.afterPrefix) {
    const next = skipSpace(s, end);
    if (next === null || !execAt(EN_FRACTION_OF_RE, s, next)) return null;
  }
  return fractionNumber(pos, end, 1, 2);
}

/**
 * "a third", "one-third", "two-thirds", "three quarters". A singular share needs an approximator, an
 * of-phrase or the end of the clause ("a third shipment" is an ordinal); a plural one is a share unless it
 * is attributive ("a two-thirds majority", "Two-thirds-majority").
 */
function englishFraction(ctx: Context, pos: number, end: number, numerator: number, denominator: number, options: NumberOptions): NumberExpr | null {
  const { s } = ctx;
  if (s[end] === '-' && isLetter(s[end + 1])) return null;
  const prev = previousWord(s, pos);
  if (numerator > 1) {
    if (prev && (prev.lower === 'a' || prev.lower === 'an')) return null;
  } else if (!options.afterPrefix) {
    if (!execAt(EN_SINGLE_FRACTION_FOLLOW_RE, s, end)) return null;
    if (prev && (prev.lower === 'the' || prev.lower === 'every' || prev.lower === 'each')) return null;
  }
  return fractionNumber(pos, end, numerator, denominator);
}

/** English cardinal in words: "two", "twenty-five", "two hundred and fifty thousand". */
function englishCardinal(s: string, pos: number): NumberExpr | null {
  let total = 0;
  let current = 0;
  let end = pos;
  let words = 0;
  let last: 'small' | 'tens' | 'hundred' | 'magnitude' | 'dozen' | null = null;
  let p = pos;
  for (;;) {
    const w = wordAt(s, p);
    if (!w) break;
    const small = EN_SMALL[w.lower];
    const tens = EN_TENS[w.lower];
    const magnitude = EN_MAGNITUDES[w.lower];
    if (small !== undefined) {
      if (last === 'small' || (last === 'tens' && small >= 10) || last === 'dozen') break;
      current += small;
      last = 'small';
    } else if (tens !== undefined) {
      if (last === 'small' || last === 'tens' || last === 'dozen') break;
      current += tens;
      last = 'tens';
    } else if (w.lower === 'hundred' && (last === 'small' || last === 'tens')) {
      current *= 100;
      last = 'hundred';
    } else if (magnitude !== undefined && last !== null && last !== 'magnitude') {
      total += current * magnitude;
      current = 0;
      last = 'magnitude';
    } else if (w.lower === 'dozen' && (last === 'small' || last === 'tens')) {
      current *= 12;
      last = 'dozen';
    } else if (w.lower === 'and' && (last === 'hundred' || last === 'magnitude')) {
      // "two hundred and fifty": only if a number word follows
      const next = nextWord(s, w.end);
      if (!next || (EN_SMALL[next.lower] === undefined && EN_TENS[next.lower] === undefined)) break;
      p = skipSpace(s, w.end) ?? w.end;
      continue;
    } else break;
    words += 1;
    end = w.end;
    const sep = /\s+|-(?=\p{L})/uy;
    const m = execAt(sep, s, end);
    if (!m) break;
    p = end + m[0].length;
  }
  if (words === 0) return null;
  // "two and a half years", "one and a half million"
  if (last === 'small' || last === 'tens') {
    const half = execAt(/\s+and\s+a\s+half(?![\p{L}\p{N}-])/iuy, s, end);
    if (half) {
      current += 0.5;
      end += half[0].length;
      words += 1;
      const magnitude = execAt(/\s+(thousand|million|billion|trillion)(?![\p{L}\p{N}])/iuy, s, end);
      if (magnitude?.[1]) {
        total += current * (EN_MAGNITUDES[magnitude[1].toLowerCase()] ?? 1);
        current = 0;
        end += magnitude[0].length;
      }
    }
  }
  const value = total + current;
  // "four thousand" ends in its scale, which a range shares: "three to four thousand".
  const lastWord = s.slice(pos, end).split(/[\s-]+/u).pop()?.toLowerCase() ?? '';
  const scale = EN_MAGNITUDES[lastWord] ?? (lastWord === 'hundred' && total === 0 ? 100 : 1);
  const expr = wordNumber(pos, end, value / scale, scale);
  expr.onlyOne = words === 1 && value === 1;
  return expr;
}

// ---------------------------------------------------------------------------------------------
// Units and counted nouns

interface UnitMatch {
  unit: string;
  start: number;
  end: number;
  /** No whitespace between number and unit (170mm, 155-mm). */
  glued: boolean;
  /** The unit is written with letters (mm), not a symbol (%). */
  word: boolean;
}

function unitAt(ctx: Context, pos: number): UnitMatch | null {
  const { s, units } = ctx;
  if (!units.unit) return null;
  let p = pos;
  let glued = true;
  if (s[p] === '-') p += 1;
  else {
    const spaced = skipSpace(s, p);
    if (spaced !== null) {
      p = spaced;
      glued = false;
    }
  }
  const m = execAt(units.unit, s, p);
  if (!m) return null;
  const written = m[0];
  // One-letter units are lowercase (5 m, 8 t); "T-72", "M1989" are names.
  if (written.length === 1 && /\p{Lu}/u.test(written)) return null;
  if (s[p + written.length] === '-' && isDigit(s[p + written.length + 1])) return null;
  const unit = units.map.get(normaliseWords(written));
  if (unit === undefined) return null;
  return { unit, start: p, end: p + written.length, glued, word: isLetter(written[0]) };
}

function symbolAt(ctx: Context, pos: number): { unit: string; end: number } | null {
  const { s, units } = ctx;
  if (!units.symbol) return null;
  const m = execAt(units.symbol, s, pos);
  if (!m) return null;
  const unit = units.map.get(normaliseWords(m[0]));
  if (unit === undefined) return null;
  let end = pos + m[0].length;
  if (s[end] === ' ') end += 1; // "US$ 5 billion"
  return isDigit(s[end]) ? { unit, end } : null;
}

/** Money and oil are no measures: "within $5 billion", "a dollar", "$80 a barrel". */
function isMeasure(unit: string): boolean {
  return unit !== 'barrel' && !/^[A-Z]{3}$/u.test(unit);
}

/**
 * An indefinite article before a measure unit is the number one: "mehr als einen Kilometer", "knapp eine
 * Tonne", "more than a kilometre". Not after a figure, where it means "per": "$120 a tonne", "2 dollars a kilogram".
 */
function articleBeforeMeasure(ctx: Context, pos: number, end: number): boolean {
  // Callers test ctx.units.firstWords first, so the unit regex runs only before a likely unit.
  const unit = unitAt(ctx, end);
  if (!unit || unit.glued || unit.end - unit.start < 2 || !isMeasure(unit.unit)) return false;
  const prev = previousWord(ctx.s, pos);
  if (!prev) return true;
  return !/\p{N}$/u.test(prev.word) && !ctx.units.map.has(prev.lower) && SCALES[ctx.language][prev.lower] === undefined;
}

interface Counted {
  word: string;
  lemma: string;
}

interface CountedOptions {
  /** The number is above one (or a range): the noun is plural. */
  plural: boolean;
  /** A vague multiple: "Tausende von Soldaten", "thousands of soldiers". */
  vague: boolean;
  /** A calibre glued by a hyphen: "155-mm-Granaten". */
  hyphenated: boolean;
  /** A share: the noun is only taken from a genitive or of-phrase ("die Hälfte der Granaten"). */
  fraction: boolean;
}

/** A number inside a partitive: "48 der 73 Drohnen", "48 of the 73 drones". */
const PARTITIVE_NUMBER_RE = /\p{N}[\p{N}.,\u00A0\u202F\u2009]*\s+/uy;

const CLOSING_QUOTES = /^["“”»«'’]$/u;
const DE_PARTITIVE_RE = /(?:der|dieser|jener|seiner|ihrer|unserer)\s+/uy;
const EN_PARTITIVE_RE = /of\s+(?:the|these|those|its|their|his|her|our)\s+/iuy;
const DE_NOUN_RE = /\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}])/uy;
const DE_LOWER_RE = /\p{Ll}\p{L}*(?:-\p{L}+)*(?![\p{L}\p{N}])/uy;

function isGermanAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  if (DE_INSERTED_ADVERBS.has(lower)) return true;
  if (DE_NOT_ADJECTIVES.has(lower)) return false;
  return lower.length >= 4 && /(?:e|en|er|es|em)$/u.test(lower);
}

/** The noun a German number counts: skips inflected adjectives ("100 kurzreichweitige ballistische Raketen"). */
function germanCounted(ctx: Context, pos: number, options: CountedOptions): Counted | null {
  const { s } = ctx;
  const { vague, hyphenated, fraction } = options;
  let plural = options.plural;
  let genitiveSingular = false;
  let p: number;
  if (hyphenated && s[pos] === '-') p = pos + 1; // 155-mm-Granaten
  else {
    const spaced = skipSpace(s, CLOSING_QUOTES.test(s[pos] ?? '') ? pos + 1 : pos);
    if (spaced === null) return null;
    p = spaced;
    if (fraction) {
      // "die Hälfte der Granaten" (plural or feminine: no plural rules), "ein Viertel des Arsenals"
      const genitive = execAt(DE_GENITIVE_RE, s, p);
      if (!genitive) return null;
      p += genitive[0].length;
      plural = false;
      genitiveSingular = genitive[2] !== undefined;
    } else {
      // "Tausende von Soldaten", "Dutzende seiner Kanonen"; partitive "rund 200 dieser Systeme", "3.000 der Soldaten"
      const link = (vague ? execAt(/von\s+/uy, s, p) : null) ?? (plural ? execAt(DE_PARTITIVE_RE, s, p) : null);
      if (link) p += link[0].length;
    }
    // "48 der 73 Drohnen", "die Hälfte der 11.000 Soldaten"
    if (p !== spaced) p += execAt(PARTITIVE_NUMBER_RE, s, p)?.[0].length ?? 0;
  }
  for (let i = 0; i < 5; i++) {
    const noun = execAt(DE_NOUN_RE, s, p);
    if (noun) {
      let word = noun[0];
      if (DE_NOT_COUNTED.has(word.toLowerCase()) || MONTHS.de.has(word)) return null;
      if (/\p{N}/u.test(word)) {
        // A designation before the noun: "50 KN-23 Raketen"
        const after = skipSpace(s, p + word.length);
        const head = after === null ? null : execAt(DE_NOUN_RE, s, after);
        if (head && !/\p{N}/u.test(head[0])) word = head[0];
      }
      return { word, lemma: lemmatiseNoun(word, ctx.lemmas, { plural, genitiveSingular }) };
    }
    const adjective = execAt(DE_LOWER_RE, s, p);
    if (!adjective || !isGermanAdjective(adjective[0])) return null;
    const next = skipSpace(s, p + adjective[0].length);
    if (next === null) return null;
    p = next;
  }
  return null;
}

const EN_WORD_RE = /\p{L}[\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}])/uy;

function isEnglishPlural(lower: string): boolean {
  if (EN_PLURAL_WORDS.has(lower)) return true;
  return lower.length >= 3 && lower.endsWith('s') && !/(?:ss|us|is|ous)$/u.test(lower) && !EN_NOT_PLURAL.has(lower);
}

/** The noun an English number counts: the first plural in the noun phrase ("100 short-range ballistic missiles"). */
function englishCounted(ctx: Context, pos: number, options: CountedOptions): Counted | null {
  const { s } = ctx;
  const { vague, hyphenated, fraction } = options;
  let plural = options.plural;
  let p: number;
  if (hyphenated && s[pos] === '-') p = pos + 1;
  else {
    const spaced = skipSpace(s, CLOSING_QUOTES.test(s[pos] ?? '') ? pos + 1 : pos);
    if (spaced === null) return null;
    p = spaced;
    if (fraction) {
      // "half of the shells", "a third of its arsenal", "half the launchers"; the noun may be singular
      const link = execAt(EN_FRACTION_OF_RE, s, p);
      if (!link) return null;
      p += link[0].length;
    } else {
      // "thousands of soldiers", "hundreds of its troops"; partitive "200 of these systems"
      const link = (plural ? execAt(EN_PARTITIVE_RE, s, p) : null) ?? (vague ? execAt(/of\s+/iuy, s, p) : null);
      if (link) p += link[0].length;
      // "50 more howitzers" (not "50 more than")
      else if (plural) p += execAt(/more\s+(?!than(?![\p{L}]))/iuy, s, p)?.[0].length ?? 0;
    }
    // "48 of the 73 drones"
    if (p !== spaced) p += execAt(PARTITIVE_NUMBER_RE, s, p)?.[0].length ?? 0;
  }
  const words: { word: string; lower: string }[] = [];
  while (words.length < 4) {
    const m = execAt(EN_WORD_RE, s, p);
    if (!m) break;
    const lower = m[0].toLowerCase();
    if (EN_STOP.has(lower)) break;
    // A possessive is a determiner: "half of North Korea's exports", "200 of Russia's tanks".
    if (/['’]s$/u.test(m[0]) && words.length < 3) {
      words.length = 0;
      const next = skipSpace(s, p + m[0].length);
      if (next === null) break;
      p = next;
      continue;
    }
    // A participle or adverb can open the phrase ("trained soldiers") but later ones start the verb.
    if (words.length > 0 && /(?:ed|ing|ly)$/u.test(lower) && !isEnglishPlural(lower)) break;
    words.push({ word: m[0], lower });
    const next = skipSpace(s, p + m[0].length);
    if (next === null) break;
    p = next;
  }
  // After a share the noun may be singular ("half of the ammunition") or plural ("half of the artillery shells").
  if (fraction) plural = words.some((w) => isEnglishPlural(w.lower));
  // A singular head is only safe when it stands alone: "one soldier survived", not "one official told Reuters".
  const index = plural ? words.findIndex((w) => isEnglishPlural(w.lower)) : words.length === 1 ? 0 : -1;
  const head = words[index];
  if (!head) return null;
  let lemma = plural ? lemmatiseEnglishNoun(head.word) : head.word;
  // Proper-noun plurals keep their capitalised modifiers: "North Koreans" → "North Korean".
  if (/^\p{Lu}/u.test(head.word)) {
    const modifiers: string[] = [];
    for (let j = index - 1; j >= 0; j--) {
      const w = words[j];
      if (!w || !/^\p{Lu}/u.test(w.word)) break;
      modifiers.unshift(w.word);
    }
    lemma = [...modifiers, lemma].join(' ');
  }
  return { word: head.word, lemma };
}

// ---------------------------------------------------------------------------------------------
// Quantities

function isYearLiteral(n: NumberExpr): boolean {
  return n.kind === 'digits' && n.scale === 1 && n.literal !== null && /^\d{4}$/u.test(n.literal) && n.raw >= 1900 && n.raw <= 2100;
}

function inYearContext(ctx: Context, pos: number): boolean {
  const prev = previousWord(ctx.s, pos);
  if (!prev) return false;
  if (YEAR_CONTEXT[ctx.language].has(prev.lower) || MONTHS[ctx.language].has(prev.word)) return true;
  return ctx.language === 'de' && /(?:jahr|jahres|jahrs|wechsel)$/u.test(prev.lower);
}

/** Does the counted noun look like a plural (a year is rarely followed by one: "2000 Soldaten" vs "2024 Russland")? */
function looksPlural(ctx: Context, counted: Counted): boolean {
  if (ctx.language === 'en') return isEnglishPlural(counted.word.toLowerCase());
  return counted.lemma !== counted.word || /(?:er|el)n?$/u.test(counted.word);
}

const RANGE_SEPARATORS: Record<Language, { between: RegExp; from: RegExp; plain: RegExp }> = {
  de: {
    between: /\s+und\s+/uy,
    from: /\s+bis\s+/uy,
    plain: /\s+bis\s+(?!zu(?![\p{L}]))|\s*[–-]\s*(?=\p{N})/uy,
  },
  en: {
    between: /\s+and\s+/uy,
    from: /(?!)/uy,
    plain: /\s+to\s+|\s*[–-]\s*(?=[$€£¥]?\p{N})/uy,
  },
};

/** "thousands of kilometres", "Tausende von Kilometern": the unit after a vague multiple. */
function unitAfterOf(ctx: Context, pos: number): UnitMatch | null {
  const of = execAt(/\s+(?:of|von)(?![\p{L}\p{N}])/iuy, ctx.s, pos);
  if (!of) return null;
  const unit = unitAt(ctx, pos + of[0].length);
  return unit && !unit.glued ? unit : null;
}

/** The word before pos is a definite article ("the", "die"), not a German relative pronoun (", die zwei Raketen abfeuerten"). */
function afterDefiniteArticle(ctx: Context, pos: number): boolean {
  const { s, language } = ctx;
  const prev = previousWord(s, pos);
  if (!prev || prev.dot) return false;
  if (language === 'en') return prev.lower === 'the';
  if (!DE_DEFINITE_ARTICLES.has(prev.lower)) return false;
  const before = s.slice(0, pos).replace(/\p{L}+\s+$/u, '').trimEnd();
  return !/[,;:–—(]$/u.test(before);
}

/** A range runs upwards, with the second number's scale shared ("4 bis 6 Millionen"). */
function rangeOrdered(first: NumberExpr, second: NumberExpr): boolean {
  const low = second.scale > 1 && first.scale === 1 && first.raw < second.raw ? first.raw * second.scale : first.value;
  return low < second.value;
}

/** A span that is no quantity and must not be re-read from inside ("die zwei Millionen" is not "Millionen"). */
interface Skip {
  skipTo: number;
}

function parseAt(ctx: Context, start: number): Quantity | Skip | null {
  const { s, language } = ctx;
  let pos = start;
  let approx: Approx | null = null;
  let approxKey: string | null = null;
  let opener: 'between' | 'from' | null = null;

  const code = s.charCodeAt(start);
  if (code >= 48 && code <= 57) {
    const phone = phoneNumberAt(ctx, start);
    if (phone !== null) return { skipTo: phone };
  }

  const open = execAt(RANGE_OPENER_RE[language], s, pos);
  if (open?.[1]) {
    opener = RANGE_OPENERS[language][open[1].toLowerCase()] ?? null;
    pos += open[0].length;
  } else {
    const phrase = execAt(APPROX_RE[language], s, pos);
    if (phrase) {
      const key = normaliseWords(phrase[0]);
      if (language === 'de' && key === 'über') {
        const prev = previousWord(s, start);
        if (prev && UEBER_GOVERNORS.test(prev.lower)) return null;
      }
      // "concern about 240-mm rocket launchers", "the dispute over 20 howitzers": a preposition.
      const governors = language === 'en' ? EN_PREPOSITION_GOVERNORS[key] : undefined;
      if (governors) {
        const prev = previousWord(s, start);
        if (prev && governors.has(prev.lower)) return null;
      }
      approx = APPROXIMATORS[language][key] ?? null;
      approxKey = key;
      pos += phrase[0].length;
      const space = skipSpace(s, pos);
      if (space === null && !phrase[0].endsWith('.')) return null;
      pos = space ?? pos;
    }
  }

  const symbol = symbolAt(ctx, pos);
  if (symbol) pos = symbol.end;
  const prefixed = pos !== start;

  const first = parseNumber(ctx, pos, { afterPrefix: prefixed, currency: symbol !== null, rangeSecond: false });
  if (first === null || first === 'blocked') return null;
  const unit1 = symbol ? null : (unitAt(ctx, first.end) ?? (first.vague ? unitAfterOf(ctx, first.end) : null));
  const gluedUnit1 = unit1 !== null && unit1.glued;
  // Letters glued to digits that are no unit: a designation (9K720, 2S7, 1990s, 3rd).
  if (first.kind === 'digits' && isLetter(s[first.end]) && !(unit1 && unit1.start === first.end)) return null;
  // A number inside a compound: "Zwei-Drittel-Mehrheit", "3-Tage-Woche", "three-day".
  if (s[first.end] === '-' && !gluedUnit1 && !(first.kind === 'digits' && isDigit(s[first.end + 1]))) return null;

  // Range: "10.000 bis 20.000", "zwischen 40 und 60", "40–60 km"; not "from 11,000 to 30,000".
  let second: NumberExpr | null = null;
  const afterFirst = unit1 ? unit1.end : first.end;
  const separators = RANGE_SEPARATORS[language];
  const separatorRe = opener === 'between' ? separators.between : opener === 'from' ? separators.from : separators.plain;
  const separator = execAt(separatorRe, s, afterFirst);
  const fromBefore = language === 'en' && previousWord(s, start)?.lower === 'from';
  if (separator && !first.vague && !(fromBefore && /to/u.test(separator[0]))) {
    const dash = /[–-]/u.test(separator[0]) && !/\p{L}/u.test(separator[0]);
    let secondPos = afterFirst + separator[0].length;
    // "between $4 billion and $6 billion", "$2bn to $3bn": the currency repeated
    const symbol2 = symbol ? symbolAt(ctx, secondPos) : null;
    if (symbol && symbol2) {
      if (symbol2.unit !== symbol.unit) return null;
      secondPos = symbol2.end;
    }
    const candidate = parseNumber(ctx, secondPos, { afterPrefix: true, currency: symbol !== null, rangeSecond: true });
    if (candidate === 'blocked') return null; // "von 10 bis 12 Uhr"
    // Shares pair only with shares: "zwischen einem Viertel und der Hälfte", "between a third and a half".
    const ordered = candidate !== null && !candidate.vague && candidate.fraction === first.fraction && rangeOrdered(first, candidate);
    if (candidate && ordered && (!dash || (first.kind === 'digits' && candidate.kind === 'digits'))) second = candidate;
    else if (opener || dash) return null; // "1950-53", "zwischen 12 und 3"
  } else if (opener) return null;
  if (!second && s[first.end] === '-' && !gluedUnit1) return null;

  let end = first.end;
  let unit: UnitMatch | null = unit1;
  if (second) {
    // "4 bis 6 Millionen": the scale of the second number applies to the first.
    if (second.scale > 1 && first.scale === 1 && first.raw < second.raw) {
      first.value = first.raw * second.scale;
      first.scale = second.scale;
    }
    end = second.end;
    const unit2 = symbol ? null : unitAt(ctx, second.end);
    if (second.kind === 'digits' && isLetter(s[second.end]) && !(unit2 && unit2.start === second.end)) return null;
    if (unit2) {
      unit = unit2;
      end = unit2.end;
    } else if (unit1 && unit1.end > end) end = unit1.end;
  } else if (unit1) end = unit1.end;
  const unitName = symbol?.unit ?? unit?.unit ?? null;
  // "within two weeks": no approximator; the number is read again on its own.
  if (approxKey !== null && MEASURE_ONLY_APPROXIMATORS.has(approxKey) && (unitName === null || !isMeasure(unitName))) return null;

  // "$60 billion or so", "5.000 oder mehr Soldaten": an approximator after the figure.
  if (approx === null && !second && !first.vague) {
    const postfix = execAt(POSTFIX_RE[language], s, end);
    if (postfix?.[1] !== undefined) {
      approx = POSTFIX_APPROXIMATORS[language][normaliseWords(postfix[1])] ?? null;
      end += postfix[0].length;
    }
  }

  // "Taebaek 170mm", "M1989 170mm": a number glued to a unit right after a name is part of the name.
  if (!prefixed && !second && unit && unit.glued && unit.word && s[unit.end] !== '-') {
    const prev = previousWord(s, start);
    if (prev && /^\p{Lu}/u.test(prev.word) && !FUNCTION_WORDS.has(prev.lower)) return null;
  }

  // "die zwei Staaten", "the two countries", "der drei Männer": a number word after a definite article is a reference.
  if (!prefixed && first.kind === 'words' && !first.vague && !first.fraction && unitName === null && afterDefiniteArticle(ctx, start)) {
    return { skipTo: end };
  }

  let counted: Counted | null = null;
  const calibre = unitName !== null && CALIBRES.has(unitName);
  if (unitName === null || calibre) {
    const plural = second !== null || first.vague || first.value > 1;
    const vague = first.vague && !second;
    const counter = language === 'de' ? germanCounted : englishCounted;
    counted = counter(ctx, end, { plural, vague, hyphenated: calibre, fraction: first.fraction });
  }

  // Years: "im Jahr 2022", "seit 2014" — unless a unit or plural noun makes it a count ("2000 Soldaten").
  const yearLike = isYearLiteral(first) && (!second || isYearLiteral(second));
  if (yearLike && unitName === null && approx === null) {
    if (!counted || inYearContext(ctx, start) || !looksPlural(ctx, counted)) return null;
  }
  // English "one" alone is a reference ("one official", "by one estimate"), unless a scale, unit or fraction follows.
  if (first.onlyOne && !second && unitName === null) return null;
  // "concern about 240-mm rocket launchers": an approximator does not attach to an attributive calibre.
  if (approx !== null && !second && calibre && unit?.glued && (counted !== null || s[end] === '-')) return null;

  // A vague multiple names no number: "Dutzende", "several hundred" (never part of a range, see above).
  const vague = first.vague;
  const quantity: Quantity = {
    text: s.slice(start, end),
    value: second || vague ? null : tidy(first.value),
    min: second ? tidy(first.value) : null,
    max: second ? tidy(second.value) : null,
    approx: second ? 'range' : vague ? 'about' : (approx ?? first.innerApprox ?? 'exact'),
    unit: unitName,
    counted: counted?.lemma ?? null,
    start,
    end,
  };
  return quantity;
}

/** The end of a phone number starting at pos (a digit), or null. */
function phoneNumberAt(ctx: Context, pos: number): number | null {
  const { s } = ctx;
  // "07071", "0800 123 456", but not the decimal "0,5" / "0.5"; "+49 30 …" (not "+5 Prozent"); "Tel. 555-0199"
  const leadingZero = s[pos] === '0' && isDigit(s[pos + 1]);
  const plus = s[pos - 1] === '+' && !isDigit(s[pos - 2]);
  if (!leadingZero && !plus && !execAt(PHONE_CUE_RE, s, pos)) return null;
  const run = execAt(PHONE_RUN_RE, s, pos);
  if (!run) return null;
  if (plus && !leadingZero && !/\D/u.test(run[0]) && !execAt(PHONE_CUE_RE, s, pos)) return null;
  return pos + run[0].length;
}

/** Candidate starts: the first letter, digit or currency symbol of a token. */
const CANDIDATE_RE = /(?<![\p{L}\p{N}])[\p{L}\p{N}$€£¥]/gu;

/** All quantities in a sentence, sorted by start and non-overlapping. Offsets are UTF-16 indices into `sentence`. */
export function parseQuantities(sentence: string, language: 'de' | 'en', config: QuantityConfig): Quantity[] {
  const ctx: Context = { s: sentence, language, units: compiledUnits(config, language), lemmas: config.lemmas };
  const found: Quantity[] = [];
  let from = 0;
  for (;;) {
    CANDIDATE_RE.lastIndex = from;
    const m = CANDIDATE_RE.exec(sentence);
    if (!m) break;
    const quantity = parseAt(ctx, m.index);
    if (quantity && 'skipTo' in quantity) from = Math.max(quantity.skipTo, m.index + 1);
    else if (quantity) {
      found.push(quantity);
      from = quantity.end;
    } else from = m.index + 1;
  }
  return found;
}
