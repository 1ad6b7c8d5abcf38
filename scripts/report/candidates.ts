/**
 * Lexicon candidates: what the annotated sentences name that the curated lexicon (content/) does not cover
 * yet, so editors can grow it. Pure functions over sentences (with the mentions the ingest found) and the
 * loaded lexicon; nothing is read or written here.
 *
 * Four kinds of candidates:
 * - unknown acronyms: 2–6 capital letters ("GUR", "ATACMS", "KN-25") not inside a lexicon mention;
 * - acronym expansions: "Institute for the Study of War (ISW)", "Verteidigungsnachrichtendienstes (DIU)",
 *   with what the lexicon already knows of either side;
 * - capitalised multi-word names ("Joe Byrne", "Open Source Centre") not inside a mention;
 * - cited sources the ingest could not resolve to a lexicon entry (source.ref === null).
 *
 * Precision matters more than recall: every list is meant to be read by an editor, and a list full of
 * German noun pairs would not be read. The name heuristic is explained at `findNames`.
 */
import type { Mention, MentionKind, Sentence, Source } from '../../src/schemas/corpus.ts';
import type { Lexicon } from '../ingest/lexicon.ts';
import {
  COMMON_CAPS,
  ENGLISH_CONNECTORS,
  ENGLISH_NAME_WORDS,
  FUNCTION_WORDS,
  GENERIC_HEADS,
  GENERIC_NOUNS,
  GIVEN_NAMES,
  INSTITUTION_HEADS,
  LONG_FORM_CONNECTORS,
  NAME_CONNECTORS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
  isRoleWord,
} from './words.ts';

/** What the finders need of a sentence; the ingest's Sentence has all of it. */
export type SentenceInput = Pick<Sentence, 'text' | 'mentions'> & Partial<Pick<Sentence, 'role' | 'sources' | 'line'>>;

/** One article's sentences, with the file they came from (for `file:line` examples). */
export interface DocumentInput {
  file: string;
  language: string;
  sentences: Array<SentenceInput & { line: number }>;
}

export interface LexiconRef {
  kind: MentionKind;
  ref: string;
}

interface Span {
  text: string;
  start: number;
  end: number;
}

/** What the lexicon contributes beyond the mentions already in the sentences. */
export interface LexiconIndex {
  /** Acronyms written as a name or alias ("HUR", "KN-23") or in brackets in a name ("… (NIS)"). */
  acronyms: Map<string, LexiconRef>;
  /** Lowercased first words of the people in the lexicon and of common given names. */
  givenNames: Set<string>;
}

// ---------------------------------------------------------------------------------------------------------
// Tokens

interface Token extends Span {
  /** Position among the word tokens of the sentence. */
  index: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m, index) => ({ text: m[0], start: m.index, end: m.index + m[0].length, index }));
}

/** Title case: "Byrne", "Jong-un", "O'Brien", "McDonald"; not "US-Denkfabrik", "IL76s" or "iPhone". */
const isCapitalised = (word: string) => /^(?:\p{Lu}\p{Ll}|\p{Lu}['’]\p{Lu}\p{Ll}|Mc\p{Lu})/u.test(word);

/** Only spaces between two tokens: no punctuation, quote or line break. */
const spaceOnly = (text: string, from: number, to: number) => /^[ \t\u00a0]+$/u.test(text.slice(from, to));

const overlaps = (mentions: readonly Mention[], start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);

const OPENING_QUOTES = '"„“‚‘\'«»‹›';
const CLOSING_QUOTES = '"“”‘’\'«»‹›';

// ---------------------------------------------------------------------------------------------------------
// Lexicon index

const ACRONYM_IN_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*(?![\p{L}\p{N}])/gu;

export function indexLexicon(lexicon: Lexicon): LexiconIndex {
  const acronyms = new Map<string, LexiconRef>();
  const givenNames = new Set(GIVEN_NAMES);
  const entries: Array<[MentionKind, string, string[]]> = [
    ...lexicon.weapons.map((e): [MentionKind, string, string[]] => ['weapon', e.id, [e.name, ...e.aliases]]),
    ...lexicon.places.map((e): [MentionKind, string, string[]] => ['place', e.id, [e.name, ...e.aliases]]),
    ...lexicon.organisations.map((e): [MentionKind, string, string[]] => ['organisation', e.id, [e.name, ...e.aliases]]),
    ...lexicon.people.map((e): [MentionKind, string, string[]] => ['person', e.id, [e.name, ...e.aliases]]),
    ...lexicon.terms.map((e): [MentionKind, string, string[]] => ['term', e.id, [e.term, ...e.aliases]]),
  ];
  // Whole names first, so that "HUR" maps to the entry named "HUR" rather than to one that merely contains it.
  for (const [kind, ref, names] of entries) {
    for (const name of names) if (isAcronym(name) && !acronyms.has(name)) acronyms.set(name, { kind, ref });
  }
  for (const [kind, ref, names] of entries) {
    for (const name of names) {
      for (const m of name.matchAll(/\(([^()]+)\)/gu)) if (isAcronym(m[1]!) && !acronyms.has(m[1]!)) acronyms.set(m[1]!, { kind, ref });
    }
  }
  for (const person of lexicon.people) {
    for (const name of [person.name, ...person.aliases]) {
      const words = name.split(/\s+/);
      if (words.length >= 2) givenNames.add(words[0]!.toLowerCase());
    }
  }
  return { acronyms, givenNames };
}

// ---------------------------------------------------------------------------------------------------------
// Unknown acronyms

/** An acronym token: capitals and digits, hyphenated parts ("KN-15"), a plural -s ("IL76s", "NGOs"). */
const ACRONYM = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*)(s)?(?![\p{L}\p{N}])/gu;
/** Roman numerals of ordinal names ("Wilhelm II", "Typ IV") are not acronyms. */
const ROMAN = /^[IVX]+$/u;

/** 2–6 capital letters, at most 12 characters, not a roman numeral or a common word in capitals. */
export function isAcronym(token: string): boolean {
  if (!/^\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*$/u.test(token) || token.length > 12) return false;
  const letters = token.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 2 && letters <= 6 && !ROMAN.test(token) && !COMMON_CAPS.has(token.toLowerCase());
}

/** A line in capitals ("BREAKING: NORDKOREA SCHICKT TRUPPEN") is shouting, not a list of acronyms. */
function isShouting(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  const caps = words.filter((t) => (t.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}/u.test(t.text));
  return caps.length >= 3 && caps.length * 2 >= words.length;
}

/** Acronyms in a sentence that no lexicon mention covers and the lexicon does not list. */
export function findAcronyms(sentence: SentenceInput, index: LexiconIndex): Span[] {
  const { text, mentions } = sentence;
  if (isShouting(tokenize(text))) return [];
  const found: Span[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const token = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (!isAcronym(token) || overlaps(mentions, start, end) || index.acronyms.has(token)) continue;
    found.push({ text: token, start, end });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Acronym expansions

export interface Expansion {
  longForm: string;
  acronym: string;
  /** Span of the long form in the sentence. */
  start: number;
  end: number;
  /** The acronym's letters are the initials of the long form, or occur in it in order. */
  lettersMatch: boolean;
  acronymRef: LexiconRef | null;
  longFormRef: LexiconRef | null;
}

const BRACKETED = /\(\s*(\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*)\s*\)/gu;

/** The acronym's letters occur in the phrase in order, the first one at the start of the phrase. */
function lettersInOrder(acronym: string, phrase: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  const text = phrase.toLowerCase();
  if (!letters || text[0] !== letters[0]) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    at = text.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** Words that end a long form on the left: they introduce a source or a role, they do not name it. */
const leadsIn = (word: string) => {
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) || SOURCE_NOUNS.has(lower) || TIME_WORDS.has(lower) || isRoleWord(word);
};

/**
 * The long form in front of "(ACR)": a quoted phrase ("Institute for the Study of War" (ISW)), or the run
 * of capitalised words before the bracket (connectors such as "for the", "der" inside). Of the possible
 * starts, the shortest whose letters spell the acronym wins, then the shortest that starts with its first
 * letter; otherwise the whole run without the words that introduce it ("Angaben der …").
 */
function longFormBefore(text: string, bracketStart: number, acronym: string): (Span & { lettersMatch: boolean }) | null {
  const before = text.slice(0, bracketStart).replace(/\s+$/u, '');
  const last = before.at(-1);
  if (last && CLOSING_QUOTES.includes(last)) {
    let open = before.length - 2;
    while (open >= 0 && !OPENING_QUOTES.includes(before[open]!)) open -= 1;
    const inner = before.slice(open + 1, -1).trim();
    if (open < 0 || !/^\p{Lu}/u.test(inner) || inner.split(/\s+/).length > 10) return null;
    const start = before.indexOf(inner, open + 1);
    return { text: inner, start, end: start + inner.length, lettersMatch: lettersInOrder(acronym, inner) || initialsMatch(acronym, inner) };
  }
  const tokens = tokenize(before);
  const run: Token[] = [];
  for (let i = tokens.length - 1; i >= 0 && run.length < 12; i -= 1) {
    const token = tokens[i]!;
    const next = run[0];
    if (next ? !spaceOnly(text, token.end, next.start) : token.end !== before.length) break;
    if (isCapitalised(token.text)) {
      run.unshift(token);
      continue;
    }
    // A connector (or a chain: "for the") between capitalised words.
    let k = i - 1;
    while (k >= 0 && LONG_FORM_CONNECTORS.has(tokens[k]!.text)) k -= 1;
    if (next && LONG_FORM_CONNECTORS.has(token.text) && k >= 0 && isCapitalised(tokens[k]!.text)) run.unshift(token);
    else break;
  }
  while (run.length > 0 && !isCapitalised(run[0]!.text)) run.shift();
  // Words that introduce a source or a role ("Daten des …", "Sprecher der …") do not start a long form.
  const starts = run.filter((t) => isCapitalised(t.text) && !leadsIn(t.text));
  if (starts.length === 0) return null;
  const end = run.at(-1)!.end;
  const phrase = (t: Token) => text.slice(t.start, end);
  const shortestFirst = [...starts].reverse();
  const spelled = shortestFirst.find((t) => initialsMatch(acronym, phrase(t)) || lettersInOrder(acronym, phrase(t)));
  const initial = shortestFirst.find((t) => t.text[0]!.toLowerCase() === acronym[0]!.toLowerCase());
  const choice = spelled ?? initial ?? starts[0];
  if (!choice) return null;
  const longForm = phrase(choice);
  // A bracket after a place ("Kiew (AFP)") is a dateline, not an expansion: without matching letters the
  // long form must at least name an institution.
  if (!spelled && !initial && !INSTITUTION_HEADS.test(longForm.toLowerCase())) return null;
  return { text: longForm, start: choice.start, end, lettersMatch: Boolean(spelled) };
}

/** The acronym is made of the initials of the long form's words, connectors skipped. */
function initialsMatch(acronym: string, phrase: string): boolean {
  const initials = phrase
    .split(/[\s-]+/u)
    .filter((w) => w && !LONG_FORM_CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return initials === acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** The lexicon entry for a span: a mention that covers it, or one inside it that covers most of it. */
function refFor(mentions: readonly Mention[], start: number, end: number): LexiconRef | null {
  const length = end - start;
  const fits = mentions.filter((m) => (m.start <= start && m.end >= end) || (m.start >= start && m.end <= end && (m.end - m.start) * 3 >= length * 2));
  const best = [...fits].sort((a, b) => Number(a.kind === 'term') - Number(b.kind === 'term') || b.end - b.start - (a.end - a.start))[0];
  return best ? { kind: best.kind, ref: best.ref } : null;
}

/** "Long Form (ACR)" pairs in a sentence, with what the lexicon knows of either side. */
export function findExpansions(sentence: SentenceInput, index: LexiconIndex): Expansion[] {
  const { text, mentions } = sentence;
  const found: Expansion[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const acronym = m[1]!;
    if (!isAcronym(acronym)) continue;
    const long = longFormBefore(text, m.index, acronym);
    if (!long) continue;
    const acronymStart = m.index + m[0].indexOf(acronym);
    found.push({
      longForm: long.text,
      acronym,
      start: long.start,
      end: long.end,
      lettersMatch: long.lettersMatch,
      acronymRef: refFor(mentions, acronymStart, acronymStart + acronym.length) ?? index.acronyms.get(acronym) ?? null,
      longFormRef: refFor(mentions, long.start, long.end),
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Capitalised multi-word names

/** Why a sequence of capitalised words was taken for a name. */
export type NameEvidence =
  /** A role word right before it: "Korea-Experte", "Präsident", "analyst". */
  | 'role'
  /** An apposition with a role word after it: ", ein Analyst des …", ", a senior fellow at …". */
  | 'apposition'
  /** Starts with a given name (the lexicon's people, common names in news). */
  | 'given-name'
  /** A word with non-German spelling: "Andriy", "Tarasenko", "Frederic", "Selenskyj". */
  | 'foreign-spelling'
  /** English organisation words or connectors: "Open Source Centre", "Institute for the Study of War". */
  | 'english'
  /** The whole phrase is in quotes. */
  | 'quoted'
  /** English text capitalises only names: a run that does not open the sentence is one. */
  | 'english-text'
  /** Weak, never enough alone: a speech verb next to it ("sagte", "said"). */
  | 'speech'
  /** Weak, never enough alone: an affiliation after it ("von der Stiftung Wissenschaft", "of the …"). */
  | 'affiliation';

const WEAK_EVIDENCE: ReadonlySet<NameEvidence> = new Set(['speech', 'affiliation']);

export interface NameHit extends Span {
  evidence: NameEvidence[];
}

/**
 * German nouns: inflected or derivational endings no name has ("Entwicklungen", "Bereitschaft",
 * "Operation"). Applied only to words long enough that the ending is not the whole word ("Jung", "Young").
 */
const GERMAN_NOUN_SUFFIX = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|sionen|ität|itäten|ismus|ismen|[^n]nis|nisse|nissen|tum|tümer|tümern|linge|lingen|chen|ierung|ierungen|tik|nik|mik)$/u;
/** German adjectives, capitalised at the start of a sentence or a heading ("Nordkoreanische", "Zukünftige"). */
const GERMAN_ADJECTIVE = /(?:isch|lich|ig|bar|sam|haft|los|iv|al)(?:e|en|er|es|em)$|(?:isch|lich)$/u;

function looksGerman(word: string): boolean {
  const lower = word.toLowerCase();
  const last = lower.split('-').at(-1)!;
  return (GERMAN_NOUN_SUFFIX.test(last) && last.length >= 7) || (GERMAN_ADJECTIVE.test(last) && last.length >= 6);
}

/**
 * Spellings that German words (nouns included) do not have: letters outside the German alphabet,
 * -iy/-yj/-ij endings and j before a consonant (Andriy, Selenskyj), w before a consonant or at the end
 * (Wladimir, Andrew), Slavic name endings (-enko, -chuk, -ov, -ova, -ski), c not in ch/ck (Frederic),
 * q without u, a final consonant + y (Jenny, Kirby) or vowel + y (Sergey), Kh-/Zh-/Sh-/Ts- at the start.
 */
const FOREIGN_SPELLING = [
  /[^a-zäöüß'’]/u,
  /iy|yi|yy|ij$|yj$|j(?=[^aeiouäöü])/u,
  /w(?=[bcdfgjklmnpqstvxz]|$)/u,
  /(?:enko|chuk|czuk|chyk|yuk|juk|ov|ova|ev|eva|ovich|evich|owitsch|ewitsch|ski|sky|skyj|skaja|wicz|yan|oglu)$/u,
  /c(?![hk])/u,
  /q(?!u)/u,
  /[^aeiouy]y$|[aeo]y$/u,
  /^(?:kh|zh|sh|ts)/u,
];

const isForeignSpelling = (word: string) => word.toLowerCase().split(/[-'’]/u).some((part) => part.length > 1 && FOREIGN_SPELLING.some((re) => re.test(part)));
const isEnglishWord = (word: string) => ENGLISH_NAME_WORDS.has(word.toLowerCase());

/** A word that cannot be part of a name and splits a run: function, time, place or role words. */
function isBreak(word: string): boolean {
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) || TIME_WORDS.has(lower) || GENERIC_NOUNS.has(lower) || SOURCE_NOUNS.has(lower) || GENERIC_HEADS.test(lower);
}

/** English headlines capitalise every word ("North Korean Troops Arrive In Kursk"): no names from those. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && !NAME_CONNECTORS.has(t.text));
  return words.length >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= words.length * 0.7;
}

/** An article, possessive or adjective that may sit between the comma and the role word of an apposition. */
const APPOSITION_LEAD = /^(?:ein|eine|einer|der|die|das|des|dem|a|an|the|its|his|her|their|seine|seiner|ihre|ihrer|\p{Ll}+(?:e|en|er|es|em)|former|senior|chief|top|leading|lead|deputy|acting|longtime|independent)$/u;

/** Evidence in the words after a name: an apposition with a role word, a speech verb, an affiliation. */
function contextAfter(text: string, end: number): NameEvidence[] {
  const rest = text.slice(end);
  const evidence: NameEvidence[] = [];
  // Apposition: "Joe Byrne, ein Analyst des …", "Jenny Town, a senior fellow at …". At most two words
  // (article, adjective) between the comma and the role word.
  const apposition = /^\s*[,(]\s*([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u.exec(rest);
  if (apposition) {
    const words = apposition.slice(1).filter((w): w is string => Boolean(w));
    const roleAt = words.findIndex((w) => isRoleWord(w));
    if (roleAt >= 0 && words.slice(0, roleAt).every((w) => APPOSITION_LEAD.test(w))) evidence.push('apposition');
  }
  const next = /^\s*,?\s*(\p{L}+)/u.exec(rest);
  if (next && SPEECH_VERBS.has(next[1]!.toLowerCase())) evidence.push('speech');
  if (/^\s+(?:von der|von den|vom|von|of|at|from)\s+(?:(?:der|den|dem|the)\s+)?\p{Lu}/u.test(rest)) evidence.push('affiliation');
  return evidence;
}

/**
 * Capitalised multi-word names that no lexicon mention covers.
 *
 * German capitalises every noun, so "two capitalised words in a row" alone is mostly noise ("Ende Mai",
 * "dass Moldau Truppen schickt", "Zukünftige Entwicklungen"). The heuristic, in order:
 * 1. Runs: capitalised words separated by spaces only (no punctuation or quote), with name connectors
 *    inside ("Institute for the Study of War"), but not after a person's name ("Kimberly Kagan | of the
 *    Institute …"); acronyms, lowercase words and words inside a lexicon mention end a run.
 * 2. Breaks: function words (sentence-initial "Die", "Laut"), time words (Mai, Montag, Anfang), generic
 *    place nouns (Flughafen, Oblast) and role words (Präsident, Experte, Sprecher) split a run; a role
 *    word right before a piece counts as evidence for it. Words with a German noun or adjective ending
 *    (-ung, -heit, -keit, -schaft, -tion, -ität, -ismus, -isch-, -lich-) split it too, unless the run is
 *    English (English connectors or organisation words: "National Security Administration").
 * 3. A leading word without evidence of its own is dropped before a given name or a foreign-spelled word
 *    when it has a German plural or case ending ("für gepanzerte Fahrzeuge Andriy Tarasenko"); so is a
 *    trailing one after such a word ("teilte Andriy Tarasenko Aufnahmen").
 * 4. At least two capitalised words must remain, and at least one kind of strong evidence (see
 *    NameEvidence): a role word before or an apposition with one after, a given name, a non-German
 *    spelling, English organisation words, quotes, or, in English text only, a position other than the
 *    start of the sentence (not for a demonym before a noun: "North Korean missiles"). A speech verb or
 *    an affiliation ("von der …") is shown but is not enough alone: "dass Moldau Truppen von der Ukraine …"
 *    is no name. A foreign spelling alone counts only when every word has evidence of its own
 *    ("Andriy Tarasenko", not "bei Pokrowsk Truppen"); quotes count only when the first word has no German
 *    adjective ending (not „Schwere Verluste“).
 * Headings in English title case are skipped.
 */
export function findNames(sentence: SentenceInput, language: string, index: LexiconIndex): NameHit[] {
  const { text, mentions } = sentence;
  const tokens = tokenize(text);
  const english = language === 'en';
  if (english && sentence.role && sentence.role !== 'body' && isTitleCase(tokens)) return [];
  const free = (t: Token) => !overlaps(mentions, t.start, t.end);

  // 1. Runs of capitalised words (connectors inside).
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length > 0 && !isCapitalised(run.at(-1)!.text)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const previous = run.at(-1);
    if (previous && !spaceOnly(text, previous.end, token.start)) close();
    if (isCapitalised(token.text) && free(token)) {
      run.push(token);
      continue;
    }
    // "Institute for the Study of War" joins, "Kimberly Kagan of the Institute …" does not: a connector
    // continues a run of one word or one with English organisation words, not a person's name.
    const joins = run.length === 1 || run.some((t) => isEnglishWord(t.text));
    const connector = NAME_CONNECTORS.has(token.text) && run.length > 0 && joins && free(token);
    const andAllowed = token.text !== 'and' || run.some((t) => ENGLISH_CONNECTORS.has(t.text));
    if (connector && andAllowed) {
      // Only inside a run: connectors (possibly several: "for the") followed by a capitalised word.
      let j = i + 1;
      while (j < tokens.length && NAME_CONNECTORS.has(tokens[j]!.text)) j += 1;
      const next = tokens[j];
      const chain = tokens.slice(i, j + 1);
      const spaced = chain.every((t, k) => spaceOnly(text, (k === 0 ? run.at(-1)! : chain[k - 1]!).end, t.start));
      if (next && isCapitalised(next.text) && free(next) && spaced) {
        run.push(...tokens.slice(i, j));
        i = j - 1;
        continue;
      }
    }
    close();
  }
  close();

  const hits: NameHit[] = [];
  for (const raw of runs) {
    const englishRun = raw.some((t) => ENGLISH_CONNECTORS.has(t.text) || isEnglishWord(t.text));
    // 2. Split at breaks; remember a role word right before each piece.
    const pieces: Array<{ words: Token[]; role: boolean }> = [];
    let current: Token[] = [];
    const before = contextBefore(tokens, raw[0]!, text);
    let roleBefore = before === 'role';
    for (const [k, token] of raw.entries()) {
      const connectorNext = raw[k + 1] && NAME_CONNECTORS.has(raw[k + 1]!.text);
      const role = isCapitalised(token.text) && isRoleWord(token.text) && !connectorNext;
      const breaks = isCapitalised(token.text) && (isBreak(token.text) || role || (!englishRun && looksGerman(token.text)));
      if (breaks) {
        if (current.length > 0) pieces.push({ words: current, role: roleBefore });
        current = [];
        roleBefore = role;
      } else {
        current.push(token);
      }
    }
    if (current.length > 0) pieces.push({ words: current, role: roleBefore });

    for (const [p, piece] of pieces.entries()) {
      let words = piece.words;
      let role = piece.role;
      while (words.length > 0 && NAME_CONNECTORS.has(words[0]!.text)) words = words.slice(1);
      while (words.length > 0 && NAME_CONNECTORS.has(words.at(-1)!.text)) words = words.slice(0, -1);
      // 3. "Fahrzeuge Andriy Tarasenko" → "Andriy Tarasenko".
      while (words.length >= 3 && stripsBefore(words[0]!.text, words[1]!.text, index)) {
        words = words.slice(1);
        role = false;
      }
      // "Andriy Tarasenko Aufnahmen": a trailing German plural after a word that reads as a name.
      // Not in English names: "Royal United Services Institute".
      const englishPiece = words.some((t) => ENGLISH_CONNECTORS.has(t.text) || isEnglishWord(t.text));
      while (!englishPiece && words.length >= 3 && stripsAfter(words.at(-1)!.text, words.at(-2)!.text, index)) words = words.slice(0, -1);
      const capitalised = words.filter((t) => isCapitalised(t.text));
      if (capitalised.length < 2) continue;
      // 4. Evidence.
      const start = words[0]!.start;
      const end = words.at(-1)!.end;
      const evidence: NameEvidence[] = [];
      if (role) evidence.push('role');
      if (p === 0 && before === 'speech' && words[0] === raw[0]) evidence.push('speech');
      for (const e of contextAfter(text, end)) if (!evidence.includes(e)) evidence.push(e);
      if (index.givenNames.has(words[0]!.text.toLowerCase())) evidence.push('given-name');
      if (capitalised.some((t) => isForeignSpelling(t.text))) evidence.push('foreign-spelling');
      if (words.some((t) => ENGLISH_CONNECTORS.has(t.text)) || capitalised.some((t) => isEnglishWord(t.text))) evidence.push('english');
      // Quotes mark a name only in title case that German would not write: „Schwere Verluste“ is a German
      // adjective and noun, "Royal United Services Institute" is a name.
      const quoted = start > 0 && OPENING_QUOTES.includes(text[start - 1]!) && CLOSING_QUOTES.includes(text[end] ?? '');
      if (quoted && (evidence.includes('english') || !/(?:e|en|er|es|em)$/u.test(words[0]!.text))) evidence.push('quoted');
      if (english && words[0]!.index > 0 && !isDemonymBefore(words.at(-1)!, tokens, text)) evidence.push('english-text');
      const strong = evidence.filter((e) => !WEAK_EVIDENCE.has(e));
      // A foreign spelling alone ("Pokrowsk Truppen", "Kiew Militär") only counts when every word has
      // evidence of its own.
      if (strong.length === 1 && strong[0] === 'foreign-spelling' && !capitalised.every((t) => hasOwnEvidence(t.text, index))) continue;
      if (evidence.some((e) => !WEAK_EVIDENCE.has(e))) hits.push({ text: text.slice(start, end), start, end, evidence });
    }
  }
  return hits;
}

/** The token right before a run: a role word ("Korea-Experte Anna Berger") or a speech verb ("sagte Joe Byrne"). */
function contextBefore(tokens: readonly Token[], first: Token, text: string): 'role' | 'speech' | null {
  const before = tokens[first.index - 1];
  if (!before || !spaceOnly(text, before.end, first.start)) return null;
  if (isRoleWord(before.text)) return 'role';
  return SPEECH_VERBS.has(before.text.toLowerCase()) ? 'speech' : null;
}

/** Drop a trailing `word` after `previous` when `previous` reads as a name and `word` as a German plural. */
function stripsAfter(word: string, previous: string, index: LexiconIndex): boolean {
  return !hasOwnEvidence(word, index) && hasOwnEvidence(previous, index) && /(?:e|en|ern|eln)$/u.test(word);
}

/** A word that looks like part of a name by itself: a given name, a foreign spelling, an English name word. */
function hasOwnEvidence(word: string, index: LexiconIndex): boolean {
  return index.givenNames.has(word.toLowerCase()) || isForeignSpelling(word) || isEnglishWord(word);
}

/** "North Korean missiles", "Ukrainian KN-23 launchers": a demonym used as an adjective before a noun. */
function isDemonymBefore(last: Token, tokens: readonly Token[], text: string): boolean {
  const next = tokens[last.index + 1];
  if (!next || !spaceOnly(text, last.end, next.start) || isCapitalised(next.text) || SPEECH_VERBS.has(next.text) || FUNCTION_WORDS.has(next.text)) return false;
  return /(?:an|ese|ish|i)$/u.test(last.text);
}

/** Step 3: drop `word` in front of `next` when `next` starts a name and `word` reads as a German noun. */
function stripsBefore(word: string, next: string, index: LexiconIndex): boolean {
  const own = hasOwnEvidence(word, index);
  const nameNext = index.givenNames.has(next.toLowerCase()) || isForeignSpelling(next);
  return !own && nameNext && /(?:e|en|er|ern|el|eln|n|s)$/u.test(word);
}

// ---------------------------------------------------------------------------------------------------------
// Aggregation over the corpus

export interface Occurrences {
  count: number;
  /** Up to two places where it occurs, as `file:line`. */
  examples: string[];
}

export interface AcronymCandidate extends Occurrences {
  acronym: string;
}

export interface ExpansionCandidate extends Occurrences {
  longForm: string;
  acronym: string;
  lettersMatch: boolean;
  /** The lexicon entry the acronym / the long form was matched to in the text, or null. */
  acronymRef: LexiconRef | null;
  longFormRef: LexiconRef | null;
}

export interface NameCandidate extends Occurrences {
  name: string;
  evidence: NameEvidence[];
}

export interface SourceCandidate extends Occurrences {
  text: string;
  /** The cues that introduced it ("laut", "sagte"). */
  cues: string[];
}

export interface Candidates {
  acronyms: AcronymCandidate[];
  expansions: ExpansionCandidate[];
  names: NameCandidate[];
  sources: SourceCandidate[];
}

export const MAX_EXAMPLES = 2;

class Tally<T extends Occurrences> {
  private readonly items = new Map<string, T>();
  add(key: string, where: string, create: () => Omit<T, 'count' | 'examples'>, update?: (item: T) => void): void {
    let item = this.items.get(key);
    if (!item) {
      item = { ...create(), count: 0, examples: [] } as unknown as T;
      this.items.set(key, item);
    }
    item.count += 1;
    if (item.examples.length < MAX_EXAMPLES && !item.examples.includes(where)) item.examples.push(where);
    update?.(item);
  }
  /** Most frequent first, then by key, so that the report is stable. */
  list(): T[] {
    return [...this.items.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || ka.localeCompare(kb, 'de')).map(([, item]) => item);
  }
}

/** Unresolved cited sources: no lexicon ref, cited here (not carried over from the sentence before). */
export function unresolvedSources(sources: readonly Source[] | undefined): Source[] {
  return (sources ?? []).filter((s) => s.ref === null && !s.inherited);
}

export function findCandidates(documents: readonly DocumentInput[], lexicon: Lexicon): Candidates {
  const index = indexLexicon(lexicon);
  const acronyms = new Tally<AcronymCandidate>();
  const expansions = new Tally<ExpansionCandidate>();
  const names = new Tally<NameCandidate>();
  const sources = new Tally<SourceCandidate>();
  for (const doc of documents) {
    for (const sentence of doc.sentences) {
      const where = `${doc.file}:${sentence.line}`;
      for (const a of findAcronyms(sentence, index)) {
        acronyms.add(a.text, where, () => ({ acronym: a.text }));
      }
      for (const e of findExpansions(sentence, index)) {
        expansions.add(`${e.longForm}\u0000${e.acronym}`, where, () => ({
          longForm: e.longForm,
          acronym: e.acronym,
          lettersMatch: e.lettersMatch,
          acronymRef: e.acronymRef,
          longFormRef: e.longFormRef,
        }), (item) => {
          item.acronymRef ??= e.acronymRef;
          item.longFormRef ??= e.longFormRef;
        });
      }
      for (const n of findNames(sentence, doc.language, index)) {
        names.add(n.text, where, () => ({ name: n.text, evidence: [] }), (item) => {
          for (const e of n.evidence) if (!item.evidence.includes(e)) item.evidence.push(e);
        });
      }
      for (const s of unresolvedSources(sentence.sources)) {
        const text = s.text.trim();
        sources.add(text, where, () => ({ text, cues: [] }), (item) => {
          if (s.cue && !item.cues.includes(s.cue)) item.cues.push(s.cue);
        });
      }
    }
  }
  return { acronyms: acronyms.list(), expansions: expansions.list(), names: names.list(), sources: sources.list() };
}
