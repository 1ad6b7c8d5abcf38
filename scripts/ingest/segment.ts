/**
 * Step 3 helper: split one paragraph into sentences.
 *
 * Intl.Segmenter (ICU, UAX #29) proposes boundaries; it splits after every abbreviation, ordinal and
 * initial followed by a capitalised word, which in German is nearly every noun. A few extra
 * candidates are added where ICU proposes none (glued "Kursk.Die", "… Dann"). Each candidate is then
 * kept or dropped by the rules below. The abbreviation lists are data (content/language/abbreviations.yaml);
 * closed word classes the rules need (months, determiners, sentence openers) are listed here.
 *
 * Offsets are UTF-16 code units into the paragraph; no character is ever changed or dropped except
 * the whitespace between sentences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

export interface SegmenterConfig {
  abbreviations: Record<string, { never: string[]; maybe: string[] }>;
}

/** Reads `<contentDir>/language/abbreviations.yaml`. Throws with the file name on a malformed file. */
export function loadSegmenterConfig(contentDir: string): SegmenterConfig {
  const file = join(contentDir, 'language', 'abbreviations.yaml');
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!isRecord(data)) throw new Error(`${file}: expected a mapping of language → { never, maybe }`);
  const abbreviations: SegmenterConfig['abbreviations'] = {};
  for (const [language, entry] of Object.entries(data)) {
    if (!isRecord(entry)) throw new Error(`${file}: ${language}: expected { never: [...], maybe: [...] }`);
    const lists = { never: [] as string[], maybe: [] as string[] };
    for (const key of Object.keys(entry)) {
      if (key !== 'never' && key !== 'maybe') throw new Error(`${file}: ${language}: unknown key "${key}" (expected never, maybe)`);
    }
    for (const key of ['never', 'maybe'] as const) {
      const list = entry[key] ?? [];
      if (!Array.isArray(list)) throw new Error(`${file}: ${language}.${key}: expected a list`);
      for (const item of list) {
        if (typeof item !== 'string' || !/\S\.$/u.test(item.trim())) {
          throw new Error(`${file}: ${language}.${key}: "${String(item)}" must be a string ending in "."`);
        }
        lists[key].push(item.trim());
      }
    }
    abbreviations[language] = lists;
  }
  return { abbreviations };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Closed word classes. Rules, not editorial data: they change with the grammar, not with the news.

const MONTH_NAMES = [
  'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'January', 'February', 'March', 'May', 'June', 'July', 'October', 'December',
];
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Febr', 'Mär', 'Mrz', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Oct', 'Nov', 'Dez', 'Dec'];
const MONTH_START = new RegExp(`^(?:(?:${MONTH_NAMES.join('|')})(?![\\p{L}\\p{N}])|(?:${MONTH_ABBREVIATIONS.join('|')})\\.)`, 'u');

/**
 * Words before a number that make "N." an ordinal (am 3. Oktober, die 47. Brigade, seit dem 24.).
 * Plain prepositions (auf, um, in) are left out: "stieg auf 3." ends sentences.
 */
const ORDINAL_CONTEXT: Record<string, ReadonlySet<string>> = {
  de: new Set([
    'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans', 'aufs', 'bis', 'ab', 'seit', 'an',
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines',
    'jeder', 'jede', 'jedes', 'jedem', 'jeden', 'dieser', 'diese', 'dieses', 'diesem', 'diesen',
    'jener', 'jene', 'jenes', 'jenem', 'jenen', 'welcher', 'welche', 'welches', 'welchem', 'welchen',
    'mein', 'meine', 'meiner', 'meinem', 'meinen', 'meines', 'dein', 'deine', 'deiner', 'deinem', 'deinen', 'deines',
    'sein', 'seine', 'seiner', 'seinem', 'seinen', 'seines', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres',
    'unser', 'unsere', 'unserer', 'unserem', 'unseren', 'unseres', 'euer', 'eure', 'eurer', 'eurem', 'euren', 'eures',
  ]),
  // English writes ordinals as 3rd; "the 3." is not an ordinal.
  en: new Set(),
};

/**
 * Capitalised words that typically open a sentence and rarely continue a name or a title.
 * Used where a capitalised word alone cannot tell: after an initial (Plan B. Die …), a dotted
 * initialism (the U.S. The …) and an ellipsis (… Doch).
 */
const SENTENCE_OPENERS: Record<string, ReadonlySet<string>> = {
  de: new Set([
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Eines', 'Einem', 'Einen',
    'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ihr', 'Man', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Diesem', 'Diesen',
    'Dann', 'Doch', 'Aber', 'Und', 'Oder', 'Denn', 'Danach', 'Davor', 'Dabei', 'Damit', 'Dadurch', 'Dazu', 'Daher',
    'Darum', 'Deshalb', 'Deswegen', 'Trotzdem', 'Dennoch', 'Allerdings', 'Außerdem', 'Zudem', 'Auch', 'Nun', 'Jetzt',
    'Heute', 'Gestern', 'So', 'Noch', 'Nur', 'Bereits', 'Schon', 'Zuvor', 'Später', 'Inzwischen', 'Mittlerweile',
    'Seitdem', 'Seither', 'Als', 'Wenn', 'Weil', 'Ob', 'Obwohl', 'Während', 'Nachdem', 'Bevor', 'Wie', 'Was', 'Wer',
    'Wo', 'Wann', 'Warum', 'Weshalb', 'Im', 'Am', 'Vom', 'Zum', 'Zur', 'Beim', 'In', 'Auf', 'Mit', 'Nach', 'Bei',
    'Vor', 'Seit', 'Für', 'Gegen', 'Laut', 'Nicht', 'Kein', 'Keine', 'Hier', 'Dort', 'Da', 'Sein', 'Seine', 'Ihre',
    'Unser', 'Unsere', 'Alle', 'Viele', 'Einige', 'Mehrere', 'Beide', 'Ja', 'Nein',
  ]),
  en: new Set([
    'The', 'A', 'An', 'He', 'She', 'It', "It's", 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There',
    'Then', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'After', 'Before', 'Since', 'When', 'While',
    'Meanwhile', 'However', 'Still', 'Also', 'Its', 'His', 'Her', 'Their', 'Our', 'Some', 'Many', 'Most', 'All',
    'Both', 'No', 'Not', 'Now', 'Today', 'Yesterday', 'Earlier', 'Later', 'What', 'Who', 'Why', 'How', 'Where', 'If',
    'As', 'Although', 'Though', 'Because', 'According', 'Such', 'Each', 'Every', 'Other', 'Another', 'Despite',
  ]),
};

// ---------------------------------------------------------------------------------------------
// Character classes

/** Punctuation that may stand before the first word of a sentence: opening quotes, brackets, dashes. */
const OPENING = String.raw`[\s\p{Ps}\p{Pi}\p{Pf}"'„‚»«›‹–—-]*`;
/** Punctuation that may close a sentence after its final mark. */
const CLOSING = String.raw`[\p{Pe}\p{Pf}\p{Pi}"'»«›‹]*`;

const FIRST_CHAR = new RegExp(`^${OPENING}([\\p{L}\\p{N}])`, 'u');
const FIRST_WORD = new RegExp(`^${OPENING}([\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’]*)(\\.?)`, 'u');
const FIRST_TOKEN = new RegExp(`^${OPENING}(\\S+)`, 'u');
/** Lowercase-initial words that still start sentences: iPhone, eBay, t-online.de. */
const LOWERCASE_NAME = /^(?:\p{Ll}+\p{Lu}|[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.\p{Ll}{2,}(?![\p{L}\p{N}]))/u;

const ORDINAL_END = /(?<![\p{L}\p{N}.,])(?:\d{1,3}|\d{1,2}\.\d{1,2})\.$/u;
const ROMAN_END = /(?<![\p{L}\p{N}.])[IVXLC]{1,6}\.$/u;
const INITIAL_END = /(?<![\p{L}\p{N}.'’-])\p{Lu}\.$/u;
const ELLIPSIS_END = /(?:…|\.\.\.)$/u;
/** The word before the final token of a string ("am" in "… am 3."). */
const WORD_BEFORE_LAST = /(?:^|\s)(\S+)\s+\S+$/u;
/** Web addresses and e-mail: never split inside one. */
const URL_TOKEN = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|[wW]{3}\.)|^[^\s@]+@[^\s@]+\.[a-z]{2,}|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,24}(?:[/?#]|$)/u;

/** Dates written with spaces ("3. 10. 2023"): never split inside. */
const SPACED_DATE = /(?<![\p{N}.])\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?![\p{N}])/gu;

/** Boundaries ICU does not propose: "Kursk.Die" (glued), "ernst … Doch", "gesagt. iPhone", "2022. 2023 folgte". */
const EXTRA_CANDIDATES = new RegExp(
  [
    String.raw`(?<=\p{Ll}{2}[.!?]${CLOSING})(?=\p{Lu}\p{Ll})`,
    String.raw`(?<=…${CLOSING}\s+)(?=${OPENING}\p{Lu})`,
    String.raw`(?<=[.!?…]${CLOSING}\s+)(?=\p{Ll}+\p{Lu}|[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)*\.\p{Ll}{2,}(?![\p{L}\p{N}]))`,
    // ICU reads ". 2023 folgte" as one sentence because the first letter after the number is lowercase.
    String.raw`(?<=[.!?]${CLOSING}\s+)(?=${OPENING}\p{N})`,
  ].join('|'),
  'gu',
);

// ---------------------------------------------------------------------------------------------
// Compiled configuration, cached per config object and language

interface Abbreviation {
  kind: 'never' | 'maybe';
  /** Dotted initialism (U.S., a.m.): joins before a capitalised word that is not a sentence opener. */
  initialism: boolean;
}

interface Compiled {
  pattern: RegExp | null;
  /** Key: the abbreviation as matched, whitespace removed. */
  byForm: Map<string, Abbreviation>;
  ordinalContext: ReadonlySet<string>;
  openers: ReadonlySet<string>;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const compiledCache = new WeakMap<SegmenterConfig, Map<string, Compiled>>();

function compile(config: SegmenterConfig, language: string): Compiled {
  let perConfig = compiledCache.get(config);
  if (!perConfig) {
    perConfig = new Map();
    compiledCache.set(config, perConfig);
  }
  const cached = perConfig.get(language);
  if (cached) return cached;

  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  const lists = config.abbreviations[language] ?? config.abbreviations[primary] ?? { never: [], maybe: [] };
  const byForm = new Map<string, Abbreviation>();
  const sources = new Set<string>();
  // never first, so an entry listed under both stays never
  for (const kind of ['never', 'maybe'] as const) {
    for (const entry of lists[kind]) {
      const form = entry.replace(/\s+/gu, '');
      const initialism = /^(?:\p{L}\.){2,}$/u.test(form);
      for (const variant of new Set([form, capitalise(form)])) {
        if (!byForm.has(variant)) byForm.set(variant, { kind, initialism });
        sources.add(variantPattern(variant));
      }
    }
  }
  // Longest first, so "i. d. R." wins over "d." and "U.S." over "S."
  const alternatives = [...sources].sort((a, b) => b.length - a.length);
  const pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives.join('|')})`, 'gu') : null;
  const compiled: Compiled = {
    pattern,
    byForm,
    ordinalContext: ORDINAL_CONTEXT[primary] ?? NO_WORDS,
    openers: SENTENCE_OPENERS[primary] ?? NO_WORDS,
  };
  perConfig.set(language, compiled);
  return compiled;
}

function capitalise(form: string): string {
  return form.charAt(0).toUpperCase() + form.slice(1);
}

/** "z.B." → z\.\s?B\. : matches "z. B.", "z.B." and "z. B." with a narrow no-break space. */
function variantPattern(form: string): string {
  return form
    .split(/(?<=\.)(?=.)/u)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s?');
}

// ---------------------------------------------------------------------------------------------
// Intl.Segmenter, one per language

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter) return segmenter;
  let locale = 'en';
  try {
    if (Intl.Segmenter.supportedLocalesOf([language]).length > 0) locale = language;
  } catch {
    // not a valid BCP 47 tag: fall back to the root/English rules
  }
  segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  segmenters.set(language, segmenter);
  return segmenter;
}

// ---------------------------------------------------------------------------------------------
// Splitting

export function splitSentences(paragraph: string, language: string, config: SegmenterConfig): SentenceSpan[] {
  if (paragraph.trim() === '') return [];
  const compiled = compile(config, language);

  const candidates = new Set<number>();
  let first = true;
  for (const { index } of segmenterFor(language).segment(paragraph)) {
    if (!first) candidates.add(index);
    first = false;
  }
  for (const match of paragraph.matchAll(EXTRA_CANDIDATES)) {
    if (match.index > 0 && match.index < paragraph.length) candidates.add(match.index);
  }

  const context = paragraphContext(paragraph, compiled);
  const kept: number[] = [];
  let sentenceStart = 0;
  for (const boundary of [...candidates].sort((a, b) => a - b)) {
    if (keepBoundary(context, sentenceStart, boundary)) {
      kept.push(boundary);
      sentenceStart = boundary;
    }
  }

  const spans: SentenceSpan[] = [];
  let chunkStart = 0;
  for (const end of [...kept, paragraph.length]) {
    const span = trimmedSpan(paragraph, chunkStart, end);
    chunkStart = end;
    if (!span) continue;
    const previous = spans.at(-1);
    // A chunk without a letter or digit ("(...)", a leading "!!!") is no sentence: attach it to its neighbour.
    if (previous && (!hasWordCharacter(span.text) || !hasWordCharacter(previous.text))) {
      spans[spans.length - 1] = { start: previous.start, end: span.end, text: paragraph.slice(previous.start, span.end) };
    } else {
      spans.push(span);
    }
  }
  return spans;
}

interface AbbreviationMatch extends Abbreviation {
  start: number;
  end: number;
}

/** What the rules look up per paragraph, built once so each candidate costs constant time. */
interface ParagraphContext {
  paragraph: string;
  compiled: Compiled;
  /** Abbreviations by the offset just after their final dot. */
  abbreviationEndingAt: Map<number, AbbreviationMatch>;
  /** Per character: 1 + index of the protected span covering it (abbreviation, spaced date), or 0. */
  protectedSpan: Int32Array;
}

function paragraphContext(paragraph: string, compiled: Compiled): ParagraphContext {
  const abbreviationEndingAt = new Map<number, AbbreviationMatch>();
  const protectedSpan = new Int32Array(paragraph.length);
  let spanId = 0;
  const protect = (start: number, end: number) => {
    spanId++;
    protectedSpan.fill(spanId, start, end);
  };
  if (compiled.pattern) {
    for (const match of paragraph.matchAll(compiled.pattern)) {
      const info = compiled.byForm.get(match[0].replace(/\s+/gu, ''));
      if (!info) continue;
      const found = { ...info, start: match.index, end: match.index + match[0].length };
      abbreviationEndingAt.set(found.end, found);
      protect(found.start, found.end);
    }
  }
  for (const match of paragraph.matchAll(SPACED_DATE)) protect(match.index, match.index + match[0].length);
  return { paragraph, compiled, abbreviationEndingAt, protectedSpan };
}

/** The rules look at most this far to either side of a boundary. */
const WINDOW = 160;

/**
 * Decide one candidate boundary. `left` is the end of the current sentence up to the boundary,
 * `right` the start of what follows, both without the whitespace between. Every rule below can only
 * join; a candidate no rule joins is kept.
 */
function keepBoundary(context: ParagraphContext, sentenceStart: number, boundary: number): boolean {
  const { paragraph, compiled } = context;
  let leftEnd = boundary;
  while (leftEnd > sentenceStart && /\s/u.test(paragraph.charAt(leftEnd - 1))) leftEnd--;
  let rightStart = boundary;
  while (rightStart < paragraph.length && /\s/u.test(paragraph.charAt(rightStart))) rightStart++;
  if (leftEnd === sentenceStart || rightStart === paragraph.length) return false;
  const left = paragraph.slice(Math.max(sentenceStart, leftEnd - WINDOW), leftEnd);
  const leftIsWholeSentence = leftEnd - sentenceStart <= WINDOW;
  const right = paragraph.slice(rightStart, rightStart + WINDOW);

  // Inside a multi-part abbreviation ("z. | B."), a spaced date ("3. | 10. 2023") or a web address ("example.com/a?|B=1").
  const spanBefore = context.protectedSpan[leftEnd - 1] ?? 0;
  if (spanBefore !== 0 && spanBefore === context.protectedSpan[rightStart]) return false;
  if (leftEnd === rightStart && URL_TOKEN.test(tokenAround(paragraph, leftEnd))) return false;

  const firstChar = FIRST_CHAR.exec(right)?.[1] ?? '';
  const firstToken = FIRST_TOKEN.exec(right)?.[1] ?? '';
  const wordMatch = FIRST_WORD.exec(right);
  const firstWord = wordMatch?.[1] ?? '';
  const nextIsInitial = wordMatch?.[2] === '.' && /^\p{Lu}$/u.test(firstWord);
  const startsLowercase = /\p{Ll}/u.test(firstChar) && !LOWERCASE_NAME.test(firstToken.replace(/^[^\p{L}\p{N}]+/u, ''));
  const startsDigit = /\p{N}/u.test(firstChar);
  const startsCapital = /\p{Lu}/u.test(firstChar);
  const nextIsOpener = startsCapital && !nextIsInitial && compiled.openers.has(firstWord);

  // German (and English) sentences do not start lowercase: "?“ fragte er", "usw. sowie", "… dann".
  if (startsLowercase) return false;

  const abbreviation = context.abbreviationEndingAt.get(leftEnd);
  if (abbreviation) {
    if (abbreviation.kind === 'never') return false;
    if (startsDigit) return false; // "Jan. 5", "No. 3", "Febr. 2022"
    if (abbreviation.initialism && startsCapital && !nextIsOpener) return false; // "U.S. President"
    return true;
  }

  // Ordinals: "am 3. Oktober", "die 47. Brigade", "im II. Weltkrieg", "am 21.12. …"; not "Platz 3. Danach".
  const ordinal = ORDINAL_END.test(left);
  if (ordinal || ROMAN_END.test(left)) {
    if (ordinal && MONTH_START.test(right)) return false;
    const before = WORD_BEFORE_LAST.exec(left)?.[1]?.toLowerCase();
    if (before !== undefined && compiled.ordinalContext.has(before)) return false;
  }

  // Initials: "Wladimir W. Putin", "J. D. Vance"; not "Plan B. Die Regierung …".
  if (INITIAL_END.test(left) && startsCapital && !nextIsOpener) {
    const before = WORD_BEFORE_LAST.exec(left)?.[1];
    const sentenceIsInitialsOnly = leftIsWholeSentence && /^(?:\p{Lu}\.\s*)+$/u.test(left);
    if (sentenceIsInitialsOnly || (before !== undefined && /^[^\p{L}]*\p{Lu}/u.test(before))) return false;
  }

  // An ellipsis mostly marks an omission or a pause inside the sentence ("Wir werden … Panzer liefern").
  if (ELLIPSIS_END.test(left) && !nextIsOpener) return false;

  return true;
}

/** The whitespace-delimited token around an offset. */
function tokenAround(text: string, offset: number): string {
  let start = offset;
  let end = offset;
  while (start > 0 && !/\s/u.test(text.charAt(start - 1))) start--;
  while (end < text.length && !/\s/u.test(text.charAt(end))) end++;
  return text.slice(start, end).replace(/^[\p{Ps}\p{Pi}"'„‚»«<]+/u, '');
}

function trimmedSpan(paragraph: string, start: number, end: number): SentenceSpan | null {
  const raw = paragraph.slice(start, end);
  const text = raw.trim();
  if (text === '') return null;
  const offset = start + (raw.length - raw.trimStart().length);
  return { text, start: offset, end: offset + text.length };
}

function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
