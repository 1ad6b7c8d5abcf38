/**
 * The cue lexicon: words and phrases that mark how sure an outlet is of a sentence and whose word it is.
 * Cues are data (content/language/cues.<language>.yaml; the format is described in the file's header) so an editor
 * can add one without touching code. This module loads and compiles them, and finds them in a sentence for
 * stance.ts (which stance, which cues) and sources.ts (who is cited). It also holds the two text primitives both
 * of them need: word tokens and quotation spans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SupportedLanguage } from '../types.ts';

export type CueClass = 'attributed' | 'hedged' | 'speculative' | 'opinion' | 'none';
/** Where the cited source stands relative to the cue; see the header of cues.de.yaml. */
export type SourceSlot = 'after' | 'before' | 'either' | 'both' | 'subject' | 'none';

export interface Cue {
  /** The pattern or regex as written, for messages. */
  readonly label: string;
  readonly class: CueClass;
  readonly source: SourceSlot;
  readonly addressee: boolean;
  readonly inherit: boolean;
  readonly anonymous: boolean;
  readonly unlessAttributed: boolean;
  readonly note: string | null;
  /** Flags g, d (match indices), u, and i unless case-sensitive. */
  readonly regex: RegExp;
  /** Capture groups that hold the literal pieces of a pattern with gaps; empty: the whole match is one piece. */
  readonly pieceGroups: readonly number[];
}

export interface CueLexicon {
  readonly language: SupportedLanguage;
  /** The YAML file the lexicon came from. */
  readonly file: string;
  /** In file order: at equal length the earlier cue wins. */
  readonly cues: readonly Cue[];
  /** Titles and outlet types dropped in front of a name ("Außenministeriumssprecher Vedant Patel"). */
  readonly roles: RegExp;
  /** Words for what a source said, dropped in front of the source ("Angaben des Pentagons"). */
  readonly carriers: RegExp;
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CueMatch {
  readonly cue: Cue;
  /** The literal words of the match, in order (a gap's words are not part of it). */
  readonly pieces: readonly Span[];
  /** For cues that are themselves the source ("nach ukrainischen Angaben"): the source inside the match. */
  readonly source: Span | null;
}

const CLASSES: readonly CueClass[] = ['attributed', 'hedged', 'speculative', 'opinion', 'none'];
const SLOTS: readonly SourceSlot[] = ['after', 'before', 'either', 'both', 'subject', 'none'];
const KEYS = new Set(['pattern', 'regex', 'class', 'note', 'source', 'addressee', 'inherit', 'anonymous', 'unlessAttributed', 'caseSensitive']);
const FLAGS = ['addressee', 'inherit', 'anonymous', 'unlessAttributed', 'caseSensitive'] as const;

/** JavaScript's \b is ASCII-only, so word edges are Unicode lookarounds; a hyphen binds ("Nato-Angaben" is one word). */
const WORD_START = '(?<![\\p{L}\\p{N}-])';
const WORD_END = '(?![\\p{L}\\p{N}-])';
/** `*` inside a word. */
const LETTERS = '[\\p{L}\\p{N}-]*';
/** `*` alone: any one word. */
const ANY_WORD = '[^\\s,;:.!?„“”"»«()]+';
/** `…`: up to 10 words that stay inside the clause (quoted names and parentheses may be among them). */
const GAP = '(?:\\s+[^\\s,;:!?–—]+){0,10}?';
const SEP = '\\s+';

class EntryError extends Error {}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordRegex(token: string): string {
  const alternatives = token.split('|').map((alt) => {
    if (alt === '') throw new EntryError(`empty alternative in "${token}"`);
    return alt === '*' ? ANY_WORD : alt.split('*').map(escapeRegex).join(LETTERS);
  });
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/** Compiles the word syntax of a pattern (see the YAML header) into a regex source and the groups of its pieces. */
function compilePattern(pattern: string): { source: string; pieceGroups: number[] } {
  const tokens = pattern.replace(/([{}[\]])/g, ' $1 ').trim().split(/\s+/).filter(Boolean);
  let out = '';
  let groups = 0;
  const pieceGroups: number[] = [];
  let first = true;
  let inPiece = false;
  let pendingSource = false;
  let inSource = false;
  let hadSource = false;
  let optional: string[] | null = null;

  const openBeforeWord = (sep: string) => {
    out += sep;
    if (!inPiece) {
      out += '(';
      pieceGroups.push(++groups);
      inPiece = true;
    }
    if (pendingSource) {
      out += '(?<source>';
      groups++;
      pendingSource = false;
      inSource = true;
    }
  };

  tokens.forEach((token, i) => {
    switch (token) {
      case '{':
        if (hadSource || inSource || pendingSource) throw new EntryError('only one {…} source part is allowed');
        if (optional) throw new EntryError('{ inside […]');
        pendingSource = true;
        hadSource = true;
        return;
      case '}':
        if (!inSource) throw new EntryError('} without {');
        if (optional) throw new EntryError('} inside […]');
        out += ')';
        inSource = false;
        return;
      case '[':
        if (optional) throw new EntryError('nested [');
        optional = [];
        return;
      case ']': {
        if (!optional) throw new EntryError('] without [');
        if (optional.length === 0) throw new EntryError('empty […]');
        const words = optional.map(wordRegex);
        optional = null;
        if (first) {
          // Leading optional words carry their own separator, so the next word starts without one.
          openBeforeWord('');
          out += `(?:${words.map((w) => `${w}${SEP}`).join('')})?`;
        } else {
          openBeforeWord('');
          out += `(?:${words.map((w) => `${SEP}${w}`).join('')})?`;
        }
        return;
      }
      case '…':
      case '...':
        if (i === 0 || i === tokens.length - 1) throw new EntryError('a gap (…) cannot start or end a pattern');
        if (optional) throw new EntryError('a gap (…) inside […]');
        if (inSource || pendingSource) throw new EntryError('a gap (…) inside {…}');
        if (inPiece) {
          out += ')';
          inPiece = false;
        }
        out += GAP;
        return;
      default:
        if (optional) {
          optional.push(token);
          return;
        }
        openBeforeWord(first ? '' : SEP);
        out += wordRegex(token);
        first = false;
    }
  });
  if (optional) throw new EntryError('unclosed [');
  if (inSource || pendingSource) throw new EntryError('unclosed {');
  if (first) throw new EntryError('no words in the pattern');
  if (inPiece) out += ')';
  return { source: `${WORD_START}${out}${WORD_END}`, pieceGroups };
}

function compileEntry(raw: unknown): Cue {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new EntryError('expected a mapping with pattern (or regex) and class');
  const entry = raw as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!KEYS.has(key)) throw new EntryError(`unknown key "${key}" (known: ${[...KEYS].join(', ')})`);
  }
  const { pattern, regex } = entry;
  if (pattern !== undefined && regex !== undefined) throw new EntryError('has both pattern and regex; give one');
  if (pattern === undefined && regex === undefined) throw new EntryError('needs a pattern or a regex');
  const text = pattern ?? regex;
  if (typeof text !== 'string' || text.trim() === '') throw new EntryError(`${pattern !== undefined ? 'pattern' : 'regex'} must be a non-empty string`);
  const cls = entry.class;
  if (!CLASSES.includes(cls as CueClass)) throw new EntryError(`class must be one of ${CLASSES.join(', ')}, found ${JSON.stringify(cls)}`);
  const slot = entry.source ?? 'none';
  if (!SLOTS.includes(slot as SourceSlot)) throw new EntryError(`source must be one of ${SLOTS.join(', ')}, found ${JSON.stringify(slot)}`);
  for (const flag of FLAGS) {
    if (entry[flag] !== undefined && typeof entry[flag] !== 'boolean') throw new EntryError(`${flag} must be true or false`);
  }
  if (entry.note !== undefined && typeof entry.note !== 'string') throw new EntryError('note must be a string');

  const compiled = pattern !== undefined ? compilePattern(text) : { source: text, pieceGroups: [] };
  const flags = entry.caseSensitive === true ? 'gdu' : 'gdiu';
  let re: RegExp;
  try {
    re = new RegExp(compiled.source, flags);
  } catch (error) {
    throw new EntryError(`invalid ${pattern !== undefined ? 'pattern' : 'regex'}: ${(error as Error).message}`);
  }
  const hasSource = /\(\?<source>/.test(compiled.source);
  if (hasSource && slot !== 'none') throw new EntryError('a cue with a {…} source part cannot also have a source slot');
  return {
    label: text,
    class: cls as CueClass,
    source: slot as SourceSlot,
    addressee: entry.addressee === true,
    inherit: entry.inherit === true,
    anonymous: entry.anonymous === true,
    unlessAttributed: entry.unlessAttributed === true,
    note: typeof entry.note === 'string' ? entry.note : null,
    regex: re,
    pieceGroups: compiled.pieceGroups,
  };
}

/** A list of words with `*` wildcards, as one regex that tests a whole token. */
function compileWordList(raw: unknown, key: string, file: string): RegExp {
  if (raw === undefined) return /^(?!)/u;
  if (!Array.isArray(raw) || raw.some((w) => typeof w !== 'string' || w.trim() === '' || /\s/.test(w.trim()))) {
    throw new Error(`${file}: \`${key}\` must be a list of single words (with * wildcards)`);
  }
  return new RegExp(`^(?:${(raw as string[]).map((w) => wordRegex(w.trim())).join('|')})$`, 'iu');
}

export function loadCueLexicon(contentDir: string, language: SupportedLanguage): CueLexicon {
  const file = join(contentDir, 'language', `cues.${language}.yaml`);
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the cue lexicon: ${(error as Error).message}`, { cause: error });
  }
  const root = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  if (!Array.isArray(root.cues)) throw new Error(`${file}: expected a list of entries under \`cues\``);
  const cues = root.cues.map((raw: unknown, i: number) => {
    try {
      return compileEntry(raw);
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      const r = raw as Record<string, unknown> | null;
      const label = typeof r?.pattern === 'string' ? r.pattern : typeof r?.regex === 'string' ? r.regex : null;
      throw new Error(`${file}: entry ${i + 1}${label === null ? '' : ` (${label})`}: ${error.message}`, { cause: error });
    }
  });
  return {
    language,
    file,
    cues,
    roles: compileWordList(root.roles, 'roles', file),
    carriers: compileWordList(root.carriers, 'carriers', file),
  };
}

const overlaps = (a: CueMatch, b: CueMatch) => a.pieces.some((p) => b.pieces.some((q) => p.start < q.end && q.start < p.end));
const weight = (m: CueMatch) => m.pieces.reduce((n, p) => n + p.end - p.start, 0);

/**
 * All cues of the lexicon in a sentence, sorted by position. Blockers (class none) drop the cues they overlap;
 * of overlapping cues the longer match wins, at equal length the one listed first.
 */
export function matchCues(sentence: string, lexicon: CueLexicon): CueMatch[] {
  const all: { match: CueMatch; order: number }[] = [];
  lexicon.cues.forEach((cue, order) => {
    for (const m of sentence.matchAll(cue.regex)) {
      const indices = m.indices!;
      const ranges = cue.pieceGroups.length > 0 ? cue.pieceGroups.map((g) => indices[g]) : [indices[0]];
      const pieces = mergeAdjacent(
        sentence,
        ranges.filter((r): r is [number, number] => r !== undefined && r[1] > r[0]),
      );
      if (pieces.length === 0) continue;
      const s = indices.groups?.source;
      const source = s === undefined ? null : trimSpan(sentence, s[0], s[1]);
      all.push({ match: { cue, pieces, source: source && source.end > source.start ? source : null }, order });
    }
  });
  const blockers = all.filter((a) => a.match.cue.class === 'none').map((a) => a.match);
  const candidates = all
    .filter((a) => a.match.cue.class !== 'none' && !blockers.some((b) => overlaps(a.match, b)))
    .sort((a, b) => weight(b.match) - weight(a.match) || a.order - b.order || a.match.pieces[0]!.start - b.match.pieces[0]!.start);
  const kept: CueMatch[] = [];
  for (const { match } of candidates) if (!kept.some((k) => overlaps(k, match))) kept.push(match);
  return kept.sort((a, b) => a.pieces[0]!.start - b.pieces[0]!.start);
}

/** Pieces with nothing but spaces between them are one cue ("sprach von" when the gap of "sprach … von" is empty). */
function mergeAdjacent(sentence: string, ranges: [number, number][]): Span[] {
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/u.test(sentence.slice(last[1], start))) last[1] = end;
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ start, end, text: sentence.slice(start, end) }));
}

export function trimSpan(sentence: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(sentence[start]!)) start++;
  while (end > start && /\s/u.test(sentence[end - 1]!)) end--;
  return { start, end, text: sentence.slice(start, end) };
}

// ---------------------------------------------------------------------------------------------------------------
// Words and quotation marks

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token extends Span {
  readonly kind: TokenKind;
}

const QUOTE_MARKS = '„“”"»«';
// Words keep inner hyphens, apostrophes ("Korea's") and dots between letters ("U.S").
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\-'’]|\.(?=[\p{L}\p{N}]))*|[„“”"»«]|[^\s\p{L}\p{N}]/gu;

export function tokenize(sentence: string): Token[] {
  return [...sentence.matchAll(TOKEN)].map((m) => {
    const text = m[0];
    const kind: TokenKind = QUOTE_MARKS.includes(text) ? 'quote' : /^[\p{L}\p{N}]/u.test(text) ? 'word' : 'punct';
    return { start: m.index, end: m.index + text.length, text, kind };
  });
}

export interface QuoteSpan {
  /** Offset of the opening mark; null when the quote was already open before the sentence. */
  readonly open: number | null;
  /** Offset of the closing mark; null when the quote is still open at the end of the sentence. */
  readonly close: number | null;
  /** Words between the marks. */
  readonly words: number;
}

/**
 * Quotations in a sentence. „ always opens; in English “ opens and ” closes; every other mark (" “ ” » «) closes an
 * open quote and opens otherwise, which covers „…“, »…«, «…», “…” and "…". Single quotes are left alone: they
 * double as apostrophes.
 */
export function scanQuotes(sentence: string, language: SupportedLanguage, startsOpen: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null | undefined = startsOpen ? null : undefined;
  let words = 0;
  for (const token of tokenize(sentence)) {
    if (token.kind === 'word') {
      words++;
      continue;
    }
    if (token.kind !== 'quote') continue;
    const isOpen = open !== undefined;
    const opens = token.text === '„' || (language === 'en' && token.text === '“');
    const closes = language === 'en' && token.text === '”';
    if (isOpen && !opens) {
      spans.push({ open: open ?? null, close: token.start, words });
      open = undefined;
    } else if (!isOpen && !closes) {
      open = token.start;
      words = 0;
    }
  }
  if (open !== undefined) spans.push({ open, close: null, words });
  return spans;
}

/** A quotation long enough to be speech rather than a name or a scare-quoted term. */
export const isSpeech = (q: QuoteSpan) => q.open === null || q.words >= 3;
