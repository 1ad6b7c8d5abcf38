/**
 * The cue lexicon: words and phrases that mark how sure an outlet is of a sentence and whose word it is.
 * Cues are data (content/language/cues.<language>.yaml; the format is described in the file's header) so an editor
 * can add one without touching code. This module loads and compiles them, and finds them in a sentence for
 * stance.ts (which stance, which cues) and sources.ts (who is cited). It also holds the two text primitives both
 * of them need: word tokens and quotation spans.
 *
 * Finding cues goes through an index built with the lexicon ("The cue index", below): a sentence meets only the
 * cues whose words it contains, and a pattern is matched without running its regex. The regexes stay the
 * definition: the index gives what they give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SupportedLanguage } from '../types.ts';

export type CueClass = 'attributed' | 'hedged' | 'speculative' | 'opinion' | 'none';
/** Where the cited source stands relative to the cue; see the header of cues.de.yaml. */
export type SourceSlot = 'after' | 'before' | 'either' | 'both' | 'subject' | 'owner' | 'clause' | 'none';

export interface Cue {
  /** The pattern or regex as written, for messages. */
  readonly label: string;
  readonly class: CueClass;
  readonly source: SourceSlot;
  readonly addressee: boolean;
  readonly inherit: boolean;
  readonly anonymous: boolean;
  readonly unlessAttributed: boolean;
  /** Counts only where the sentence goes on with reported speech; see the YAML header. */
  readonly continuing: boolean;
  readonly note: string | null;
  /** Flags g, d (match indices), u, and i unless case-sensitive. */
  readonly regex: RegExp;
  /**
   * Capture groups that hold the literal pieces of a pattern with gaps, or a regex's groups cue1, cue2, …; empty: the
   * whole match is one piece.
   */
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
  /** Words for evidence that is not a who ("Satellitenbilder"): no source alone, their owner with one. */
  readonly evidence: RegExp;
  /** Nouns that, with a definite article alone, refer back to a source named earlier ("des Instituts"). */
  readonly anaphors: RegExp;
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
const SLOTS: readonly SourceSlot[] = ['after', 'before', 'either', 'both', 'subject', 'owner', 'clause', 'none'];
const KEYS = new Set(['pattern', 'regex', 'class', 'note', 'source', 'addressee', 'inherit', 'anonymous', 'unlessAttributed', 'continuing', 'caseSensitive']);
const FLAGS = ['addressee', 'inherit', 'anonymous', 'unlessAttributed', 'continuing', 'caseSensitive'] as const;

/** JavaScript's \b is ASCII-only, so word edges are Unicode lookarounds; a hyphen binds ("Nato-Angaben" is one word). */
const WORD_START = '(?<![\\p{L}\\p{N}-])';
const WORD_END = '(?![\\p{L}\\p{N}-])';
/** `*` inside a word. */
const LETTERS = '[\\p{L}\\p{N}-]*';
/** `*` alone: any one word. */
const ANY_CHAR = '[^\\s,;:.!?„“”"»«()]';
const ANY_WORD = `${ANY_CHAR}+`;
/** `…`: up to 10 words that stay inside the clause (quoted names and parentheses may be among them). */
const GAP_CHAR = '[^\\s,;:!?–—]';
const GAP_REPEATS = 10;
const GAP = `(?:\\s+${GAP_CHAR}+){0,${GAP_REPEATS}}?`;
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

/**
 * Compiles the word syntax of a pattern (see the YAML header) into a regex source and the groups of its pieces. It
 * also gives the words and the steps of the regex, for the cue index (below), which matches patterns without
 * their regex: every `out +=` has its step.
 */
function compilePattern(pattern: string): { source: string; pieceGroups: number[]; shape: PatternShape } {
  const tokens = pattern.replace(/([{}[\]])/g, ' $1 ').trim().split(/\s+/).filter(Boolean);
  let out = '';
  let groups = 0;
  const pieceGroups: number[] = [];
  const words: PatternWord[] = [];
  const steps: Step[] = [];
  let gapFirst = false;
  let first = true;
  let inPiece = false;
  let pendingSource = false;
  let inSource = false;
  let sourceGroup = 0;
  let hadSource = false;
  let optional: string[] | null = null;

  const openBeforeWord = (sep: string) => {
    out += sep;
    if (sep !== '') steps.push({ t: 'sep' });
    if (!inPiece) {
      out += '(';
      pieceGroups.push(++groups);
      steps.push({ t: 'open', group: groups });
      inPiece = true;
    }
    if (pendingSource) {
      out += '(?<source>';
      sourceGroup = ++groups;
      steps.push({ t: 'open', group: groups });
      pendingSource = false;
      inSource = true;
    }
  };
  const word = (token: string, isOptional: boolean, canStart: boolean): Step => {
    const w: PatternWord = { alternatives: token.split('|'), optional: isOptional, canStart };
    words.push(w);
    return { t: 'word', word: w };
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
        steps.push({ t: 'close', group: sourceGroup });
        inSource = false;
        return;
      case '[':
        if (optional) throw new EntryError('nested [');
        optional = [];
        return;
      case ']': {
        if (!optional) throw new EntryError('] without [');
        if (optional.length === 0) throw new EntryError('empty […]');
        const optionalWords = optional.map(wordRegex);
        const inner = optional.map((w, k) => word(w, true, first && k === 0));
        optional = null;
        if (first) {
          // Leading optional words carry their own separator, so the next word starts without one.
          openBeforeWord('');
          out += `(?:${optionalWords.map((w) => `${w}${SEP}`).join('')})?`;
          steps.push({ t: 'optional', steps: inner.flatMap((w): Step[] => [w, { t: 'sep' }]) });
        } else {
          openBeforeWord('');
          out += `(?:${optionalWords.map((w) => `${SEP}${w}`).join('')})?`;
          steps.push({ t: 'optional', steps: inner.flatMap((w): Step[] => [{ t: 'sep' }, w]) });
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
          steps.push({ t: 'close', group: pieceGroups[pieceGroups.length - 1]! });
          inPiece = false;
        }
        // After leading optional words only, a match may start with the gap, and the next word has no separator.
        if (first) gapFirst = true;
        out += GAP;
        steps.push({ t: 'gap' });
        return;
      default:
        if (optional) {
          optional.push(token);
          return;
        }
        openBeforeWord(first ? '' : SEP);
        out += wordRegex(token);
        steps.push(word(token, false, first));
        first = false;
    }
  });
  if (optional) throw new EntryError('unclosed [');
  if (inSource || pendingSource) throw new EntryError('unclosed {');
  if (first) throw new EntryError('no words in the pattern');
  if (inPiece) {
    out += ')';
    steps.push({ t: 'close', group: pieceGroups[pieceGroups.length - 1]! });
  }
  return { source: `${WORD_START}${out}${WORD_END}`, pieceGroups, shape: { words, steps, groups, sourceGroup, gapFirst } };
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

  const compiled = pattern !== undefined ? compilePattern(text) : { source: text, pieceGroups: cueGroupsOf(text), shape: null };
  const flags = entry.caseSensitive === true ? 'gdu' : 'gdiu';
  let re: RegExp;
  try {
    re = new RegExp(compiled.source, flags);
  } catch (error) {
    throw new EntryError(`invalid ${pattern !== undefined ? 'pattern' : 'regex'}: ${(error as Error).message}`);
  }
  const hasSource = /\(\?<source>/.test(compiled.source);
  if (hasSource && slot !== 'none') throw new EntryError('a cue with a {…} source part cannot also have a source slot');
  const cue: Cue = {
    label: text,
    class: cls as CueClass,
    source: slot as SourceSlot,
    addressee: entry.addressee === true,
    inherit: entry.inherit === true,
    anonymous: entry.anonymous === true,
    unlessAttributed: entry.unlessAttributed === true,
    continuing: entry.continuing === true,
    note: typeof entry.note === 'string' ? entry.note : null,
    regex: re,
    pieceGroups: compiled.pieceGroups,
  };
  shapes.set(cue, compiled.shape ?? 'regex');
  return cue;
}

/**
 * The numbers of a regex entry's groups named cue1, cue2, … (in that order): the literal pieces of the cue, as a
 * pattern's words around a gap are ("von" … "sprechen"). Without such groups the whole match is one piece.
 */
function cueGroupsOf(source: string): number[] {
  const named: [string, number][] = [];
  let groups = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c !== '(') continue;
    if (source[i + 1] !== '?') {
      groups++;
      continue;
    }
    const name = /^\?<([A-Za-z_$][\w$]*)>/.exec(source.slice(i + 1));
    if (!name) continue;
    groups++;
    if (/^cue\d+$/.test(name[1]!)) named.push([name[1]!, groups]);
  }
  return named.sort((a, b) => Number(a[0].slice(3)) - Number(b[0].slice(3))).map(([, group]) => group);
}

/** A list of words with `*` wildcards, as one regex that tests a whole token. */
function compileWordList(raw: unknown, key: string, file: string): RegExp {
  if (raw === undefined) return /^(?!)/u;
  if (!Array.isArray(raw) || raw.some((w) => typeof w !== 'string' || w.trim() === '' || /\s/.test(w.trim()))) {
    throw new Error(`${file}: \`${key}\` must be a list of single words (with * wildcards)`);
  }
  const words = (raw as string[]).map((w) => w.trim());
  const list = new RegExp(`^(?:${words.map(wordRegex).join('|')})$`, 'iu');
  const alternatives = words.flatMap((w) => w.split('|'));
  if (alternatives.some(hasSurrogate)) return list;
  const chars = new CharTable();
  for (const alternative of alternatives) chars.add(alternative.replaceAll('*', ''));
  chars.prefill();
  const pieces = alternatives.map((a) => (a === '*' ? null : a.split('*').map((piece) => Uint16Array.from(piece, (c) => chars.unit(c.charCodeAt(0)) & 0xffff))));
  // By the class of the character a word must start with (or, with an empty first piece, end with).
  const byFirst = new Map<number, (readonly Uint16Array[])[]>();
  const byLast = new Map<number, (readonly Uint16Array[])[]>();
  const others: (readonly Uint16Array[] | null)[] = [];
  for (const p of pieces) {
    const first = p?.[0];
    const last = p?.[p.length - 1];
    if (p && first!.length > 0) byFirst.set(first![0]!, [...(byFirst.get(first![0]!) ?? []), p]);
    else if (p && p.length > 1 && last!.length > 0) byLast.set(last![last!.length - 1]!, [...(byLast.get(last![last!.length - 1]!) ?? []), p]);
    else others.push(p);
  }
  wordLists.set(list, { chars, pieces, byFirst, byLast, others });
  return list;
}

/**
 * Word lists as their alternatives: the pieces between `*`s as character classes, or null for `*` alone; and the
 * same, by the class of the first (or last) character of a word they can match, and the rest.
 */
const wordLists = new WeakMap<
  RegExp,
  {
    readonly chars: CharTable;
    readonly pieces: readonly (readonly Uint16Array[] | null)[];
    readonly byFirst: ReadonlyMap<number, readonly (readonly Uint16Array[])[]>;
    readonly byLast: ReadonlyMap<number, readonly (readonly Uint16Array[])[]>;
    readonly others: readonly (readonly Uint16Array[] | null)[];
  }
>();
let wordUnits = new Int32Array(64);

/**
 * `list.test(word)` for the roles and carriers of a lexicon, without running the regex (which is slow to compile
 * and to run: every `*` backtracks). Other regexes, and words with characters the matcher does not follow, are
 * tested with the regex.
 */
export function inWordList(list: RegExp, word: string): boolean {
  const compiled = wordLists.get(list);
  if (!compiled) return list.test(word);
  const n = word.length;
  if (wordUnits.length < n) wordUnits = new Int32Array(n * 2);
  const units = wordUnits;
  let anyWord = n > 0;
  let allRun = true;
  for (let i = 0; i < n; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return list.test(word);
    const unit = compiled.chars.unit(code);
    if (unit & ODD) return list.test(word);
    if (!(unit & ANY_OK)) anyWord = false;
    if (!(unit & RUN)) allRun = false;
    units[i] = unit;
  }
  if (n === 0) return compiled.pieces.some((pieces) => pieces !== null && globMatches(pieces, units, n, allRun));
  for (const pieces of compiled.byFirst.get(units[0]! & 0xffff) ?? []) if (globMatches(pieces, units, n, allRun)) return true;
  for (const pieces of compiled.byLast.get(units[n - 1]! & 0xffff) ?? []) if (globMatches(pieces, units, n, allRun)) return true;
  for (const pieces of compiled.others) if (pieces === null ? anyWord : globMatches(pieces, units, n, allRun)) return true;
  return false;
}

/**
 * Whether the word (classes and flags in `units`) is the pieces with runs of letters, digits and hyphens between
 * them. `allRun`: every character of the word is one of those.
 */
function globMatches(pieces: readonly Uint16Array[], units: Int32Array, n: number, allRun: boolean): boolean {
  const first = pieces[0]!;
  if (!pieceAt(first, units, n, 0)) return false;
  if (pieces.length === 1) return first.length === n;
  const last = pieces[pieces.length - 1]!;
  if (!pieceAt(last, units, n, n - last.length) || first.length + last.length > n) return false;
  return placePieces(pieces, 1, first.length, units, n, allRun);
}

function pieceAt(piece: Uint16Array, units: Int32Array, n: number, offset: number): boolean {
  if (offset < 0 || offset + piece.length > n) return false;
  for (let j = 0; j < piece.length; j++) if ((units[offset + j]! & 0xffff) !== piece[j]) return false;
  return true;
}

/** Places pieces i… from offset `from` on; the last piece is where it must be (at the end), the ones between need a search. */
function placePieces(pieces: readonly Uint16Array[], i: number, from: number, units: Int32Array, n: number, allRun: boolean): boolean {
  const last = pieces[pieces.length - 1]!;
  if (i === pieces.length - 1) {
    if (allRun) return true;
    for (let k = from; k < n - last.length; k++) if (!(units[k]! & RUN)) return false;
    return true;
  }
  const piece = pieces[i]!;
  for (let q = from; q + piece.length + last.length <= n; q++) {
    if (pieceAt(piece, units, n, q) && placePieces(pieces, i + 1, q + piece.length, units, n, allRun)) return true;
    if (q >= n || !(units[q]! & RUN)) return false;
  }
  return false;
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
  const lexicon: CueLexicon = {
    language,
    file,
    cues,
    roles: compileWordList(root.roles, 'roles', file),
    carriers: compileWordList(root.carriers, 'carriers', file),
    evidence: compileWordList(root.evidence, 'evidence', file),
    anaphors: compileWordList(root.anaphors, 'anaphors', file),
  };
  indexOf(lexicon);
  return lexicon;
}

const overlaps = (a: CueMatch, b: CueMatch) => a.pieces.some((p) => b.pieces.some((q) => p.start < q.end && q.start < p.end));
const weight = (m: CueMatch) => m.pieces.reduce((n, p) => n + p.end - p.start, 0);

/**
 * All cues of the lexicon in a sentence, sorted by position. Blockers (class none) drop the cues they overlap;
 * of overlapping cues the longer match wins, at equal length the one listed first.
 */
export function matchCues(sentence: string, lexicon: CueLexicon): CueMatch[] {
  const all: { match: CueMatch; order: number }[] = [];
  const add = (cue: Cue, order: number, ranges: readonly ([number, number] | undefined)[], s: [number, number] | undefined) => {
    const pieces = mergeAdjacent(
      sentence,
      ranges.filter((r): r is [number, number] => r !== undefined && r[1] > r[0]),
    );
    if (pieces.length === 0) return;
    const source = s === undefined ? null : trimSpan(sentence, s[0], s[1]);
    all.push({ match: { cue, pieces, source: source && source.end > source.start ? source : null }, order });
  };
  const collect = (cue: Cue, order: number, m: RegExpExecArray) => {
    const indices = m.indices!;
    add(cue, order, cue.pieceGroups.length > 0 ? cue.pieceGroups.map((g) => indices[g]) : [indices[0]], indices.groups?.source);
  };
  const index = indexOf(lexicon);
  if (!scanSentence(index, sentence)) {
    lexicon.cues.forEach((cue, order) => {
      for (const m of sentence.matchAll(cue.regex)) collect(cue, order, m);
    });
  } else {
    for (const order of candidateCues(index)) tryCue(lexicon.cues[order]!, order, index.plans[order] ?? null);
  }
  function tryCue(cue: Cue, order: number, plan: Plan | null) {
    if (!plan) {
      for (const m of sentence.matchAll(cue.regex)) collect(cue, order, m);
      return;
    }
    if (!allFound(plan.required, index.found)) return;
    if (!plan.starts) {
      for (const m of sentence.matchAll(plan.sticky!)) collect(cue, order, m);
      return;
    }
    // What matchAll does, trying only the offsets where a match can start.
    let from = 0;
    for (const at of startOffsets(plan.starts)) {
      if (at < from) continue;
      const program = plan.program;
      if (program) {
        const end = run(program.ops, 0, at, null, program.captures);
        if (end < 0) continue;
        const c = program.captures;
        add(
          cue,
          order,
          cue.pieceGroups.map((g): [number, number] => [c[2 * g]!, c[2 * g + 1]!]),
          program.sourceGroup > 0 ? [c[2 * program.sourceGroup]!, c[2 * program.sourceGroup + 1]!] : undefined,
        );
        from = end;
      } else {
        const sticky = plan.sticky!;
        sticky.lastIndex = at;
        const m = sticky.exec(sentence);
        if (!m) continue;
        collect(cue, order, m);
        from = m.index + m[0].length + (m[0].length === 0 ? 1 : 0);
      }
    }
  }
  const blockers = all.filter((a) => a.match.cue.class === 'none').map((a) => a.match);
  const candidates = all
    .filter((a) => a.match.cue.class !== 'none' && !blockers.some((b) => overlaps(a.match, b)))
    .sort((a, b) => weight(b.match) - weight(a.match) || a.order - b.order || a.match.pieces[0]!.start - b.match.pieces[0]!.start);
  const kept: CueMatch[] = [];
  for (const { match } of candidates) if (!kept.some((k) => overlaps(k, match))) kept.push(match);
  return kept.sort((a, b) => a.pieces[0]!.start - b.pieces[0]!.start);
}

// ---------------------------------------------------------------------------------------------------------------
// The cue index. Running every cue's regex over every sentence is slow: each starts with a lookbehind, so the
// regex engine tries it at every offset, and compiling a regex with \p{L} and the i flag takes a millisecond. So
// each cue gets the literal words a match must contain ("needles") and, where it can, the offsets where a match
// can start; a cue is tried only when its needles are in the sentence, and then only at those offsets. A pattern
// is then matched by stepping through its words (`run`, below) the way its regex would, backtracking included;
// a pattern the steps cannot follow exactly, and a regex entry, runs its regex from those offsets. Results are
// those of running every regex everywhere.
//
// Needles of patterns are tested against the sentence's words (maximal runs of letters, digits and hyphens, which
// is what a pattern word matches): a whole word, a word's start ("angeblich*"), a word's end ("*sanktionen"). A
// regex entry gets substrings instead, read off the regex (literal characters every match contains), and its start
// offsets from a literal every match starts with. Capitals are compared the way the regex engine compares them:
// every character of the sentence is mapped to the needle character it matches case-insensitively, found with the
// engine itself. A sentence with a character that a class of the patterns treats differently with and without the
// i flag (rare combining marks such as U+0345) is matched the slow way.

/** One word of a pattern: its alternatives as written, whether it sits in [ … ], whether a match can start with it. */
interface PatternWord {
  readonly alternatives: readonly string[];
  readonly optional: boolean;
  readonly canStart: boolean;
}

/** The regex of a pattern as steps: `optional` holds the steps of a […] group. */
type Step =
  | { readonly t: 'sep' | 'gap' }
  | { readonly t: 'word'; readonly word: PatternWord }
  | { readonly t: 'optional'; readonly steps: readonly Step[] }
  | { readonly t: 'open' | 'close'; readonly group: number };

interface PatternShape {
  readonly words: readonly PatternWord[];
  readonly steps: readonly Step[];
  readonly groups: number;
  /** Number of the (?<source>…) group, 0 without one. */
  readonly sourceGroup: number;
  /** A gap before the first word that is not optional: the steps do not follow that. */
  readonly gapFirst: boolean;
}

/** Patterns keep their words and steps for the index; regex entries are read from their regex. */
const shapes = new WeakMap<Cue, PatternShape | 'regex'>();

type NeedleKind = 'word' | 'prefix' | 'suffix' | 'substring';

interface NeedleSpec {
  readonly kind: NeedleKind;
  readonly text: string;
  readonly caseSensitive: boolean;
}

/** Steps with their words resolved to needle ids (null: `*` alone, any one word). */
type Op =
  | { readonly t: 'sep' | 'gap' }
  | { readonly t: 'word'; readonly ids: ReadonlySet<number> | null }
  | { readonly t: 'optional'; readonly ops: readonly Op[] }
  | { readonly t: 'open' | 'close'; readonly group: number };

interface Plan {
  /** Needle ids: every list needs one of its needles in the sentence. */
  readonly required: readonly (readonly number[])[];
  /** Needles a match starts with (at the start of the word, or where the substring occurs), or null: anywhere. */
  readonly starts: ReadonlySet<number> | null;
  /** The steps of a pattern, or null: use the regex. */
  readonly program: { readonly ops: readonly Op[]; readonly captures: Int32Array; readonly sourceGroup: number } | null;
  /** The cue's regex without g and with y, to run at an offset (when there is no program). */
  readonly sticky: RegExp | null;
}

/** A trie of needles as a table: state × character class → next state (0: none; the root is state 0). */
interface Trie {
  readonly width: number;
  readonly next: Int32Array;
  /** Per state: needles that are found once the walk reaches it (word starts, word ends, substrings). */
  readonly hit: readonly (readonly number[] | null)[];
  /** Per state: needles that are found when the word ends there (whole words). */
  readonly whole: readonly (readonly number[] | null)[];
  readonly empty: boolean;
}

interface LexiconIndex {
  readonly cues: readonly Cue[];
  /** One per cue; null: no index for the cue (a lexicon not built by loadCueLexicon), always run. */
  readonly plans: readonly (Plan | null)[];
  /** Per needle: the cues whose first list of required needles has it. */
  readonly cuesOf: readonly (readonly number[] | null)[];
  /** Cues that need no needle. */
  readonly always: readonly number[];
  /** Per cue: the number of the last sentence it was a candidate in (a float: sentences are counted past 2³¹). */
  readonly seen: Float64Array;
  /** Over folded (case-insensitive) and raw (case-sensitive) classes: from a word's start, back from its end, and from every offset (substrings). */
  readonly foldedStart: Trie;
  readonly foldedEnd: Trie;
  readonly foldedAnywhere: Trie;
  readonly rawStart: Trie;
  readonly rawEnd: Trie;
  readonly rawAnywhere: Trie;
  readonly chars: CharTable;
  /** Per UTF-16 code unit: its class among the characters of case-sensitive needles (0: none). */
  readonly rawClass: Uint16Array;
  /** Per needle: the number of the last sentence it was found in. */
  readonly found: Float64Array;
}

const indexes = new WeakMap<CueLexicon, LexiconIndex>();

function indexOf(lexicon: CueLexicon): LexiconIndex {
  const known = indexes.get(lexicon);
  if (known && known.cues === lexicon.cues) return known;
  const index = buildIndex(lexicon.cues);
  indexes.set(lexicon, index);
  return index;
}

// What the patterns' character classes say about a character, with and without the i flag.
const RUN = 1 << 16;
const SPACE = 1 << 17;
const ANY_OK = 1 << 18;
const GAP_OK = 1 << 19;
/** The second half of a surrogate pair: no match starts or ends there. */
const PAIR_LOW = 1 << 20;
/** The classes differ with and without the i flag. */
const ODD = 1 << 21;
const CLASS_TESTS: readonly (readonly [number, RegExp, RegExp])[] = [
  [RUN, /^[\p{L}\p{N}-]$/u, /^[\p{L}\p{N}-]$/iu],
  [SPACE, /^\s$/u, /^\s$/iu],
  [ANY_OK, new RegExp(`^${ANY_CHAR}$`, 'u'), new RegExp(`^${ANY_CHAR}$`, 'iu')],
  [GAP_OK, new RegExp(`^${GAP_CHAR}$`, 'u'), new RegExp(`^${GAP_CHAR}$`, 'iu')],
];
const RUN_TEXT = /^[\p{L}\p{N}-]+$/u;
const hasSurrogate = (s: string) => /[\ud800-\udfff]/.test(s);

/** Characters of the common scripts of news text, filled in ahead (no surrogates). */
const COMMON = String.fromCharCode(...Array.from({ length: 0x250 }, (_, i) => i), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i));

/** Per character of `text` (one code unit each): whether the regex, a single character class, matches it. */
function positions(text: string, re: RegExp): Uint8Array {
  const marks = new Uint8Array(text.length);
  for (const m of text.matchAll(re)) marks[m.index] = 1;
  return marks;
}

/**
 * Characters as the patterns see them: per UTF-16 code unit (and per astral code point) the flags above and its
 * class among the case-insensitive needle characters (1…; 0: in no needle), each class the characters the regex
 * engine takes for equal under the i flag. Filled as characters turn up.
 */
class CharTable {
  readonly #alphabet: RegExp[] = [];
  readonly #added = new Set<number>();
  readonly #units = new Int32Array(0x10000).fill(-1);
  readonly #astral = new Map<number, number>();

  /**
   * Fills in the common characters (Latin, general punctuation) at once, with one scan per class: each character
   * otherwise costs a regex test per class when it first turns up. Call after the last `add`.
   */
  prefill(): void {
    const info = new Int32Array(COMMON.length);
    for (const [flag, cased, caseless] of CLASS_TESTS) {
      const a = positions(COMMON, new RegExp(cased.source.slice(1, -1), 'gu'));
      const b = positions(COMMON, new RegExp(caseless.source.slice(1, -1), 'giu'));
      for (let i = 0; i < COMMON.length; i++) {
        if (a[i]) info[i]! |= flag;
        if (a[i] !== b[i]) info[i]! |= ODD;
      }
    }
    // The first class a character matches, as #classOf finds it.
    for (let k = this.#alphabet.length - 1; k >= 0; k--) {
      const matches = positions(COMMON, new RegExp(this.#alphabet[k]!.source.slice(1, -1), 'giu'));
      for (let i = 0; i < COMMON.length; i++) if (matches[i]) info[i] = (info[i]! & ~0xffff) | (k + 1);
    }
    for (let i = 0; i < COMMON.length; i++) this.#units[COMMON.charCodeAt(i)] = info[i]!;
  }

  /** The code units of the table (-1: not yet known); `unit` fills them in. */
  get units(): Int32Array {
    return this.#units;
  }

  /** Adds the characters of a case-insensitive needle; only before the first lookup. */
  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.#added.has(code)) continue;
      this.#added.add(code);
      if (this.#classOf(code) === 0) this.#alphabet.push(new RegExp(`^${escapeRegex(String.fromCharCode(code))}$`, 'iu'));
    }
  }

  get classes(): number {
    return this.#alphabet.length + 1;
  }

  #classOf(code: number): number {
    if (code >= 0xd800 && code <= 0xdfff) return 0;
    const c = String.fromCharCode(code);
    return this.#alphabet.findIndex((test) => test.test(c)) + 1;
  }

  #flags(c: string): number {
    let flags = 0;
    for (const [flag, cased, caseless] of CLASS_TESTS) {
      const a = cased.test(c);
      if (a) flags |= flag;
      if (a !== caseless.test(c)) flags |= ODD;
    }
    return flags;
  }

  /** The class and flags of a code unit that is not part of a surrogate pair. */
  unit(code: number): number {
    let info = this.#units[code]!;
    if (info < 0) this.#units[code] = info = this.#classOf(code) | this.#flags(String.fromCharCode(code));
    return info;
  }

  astral(codePoint: number): number {
    let info = this.#astral.get(codePoint);
    if (info === undefined) this.#astral.set(codePoint, (info = this.#flags(String.fromCodePoint(codePoint))));
    return info;
  }
}

/**
 * The regex a cue without a program runs: sticky to run at an offset, else a copy of the cue's regex (which
 * matchAll copies anyway; the copy shares the compiled code and leaves the cue's lastIndex alone). Compiled here,
 * both tiers (the regex engine compiles to bytecode on the first run and to machine code on the second), so that
 * the first sentences do not pay for it: a regex with \p{L} and the i flag takes about a millisecond each time.
 */
function compiled(cue: Cue, sticky: boolean): RegExp {
  const re = new RegExp(cue.regex.source, sticky ? cue.regex.flags.replace('g', '') + 'y' : cue.regex.flags);
  for (let i = 0; i < 2; i++) {
    re.lastIndex = 0;
    re.exec('x');
  }
  re.lastIndex = 0;
  return re;
}

function buildIndex(cues: readonly Cue[]): LexiconIndex {
  const specs: NeedleSpec[] = [];
  const keys = new Map<string, number>();
  const need = (spec: NeedleSpec): number => {
    const key = `${spec.kind}\u0000${spec.caseSensitive ? 1 : 0}\u0000${spec.text}`;
    let id = keys.get(key);
    if (id === undefined) {
      id = specs.push(spec) - 1;
      keys.set(key, id);
    }
    return id;
  };
  const plans = cues.map((cue): Plan | null => {
    const shape = shapes.get(cue);
    if (shape === undefined) return null;
    const caseSensitive = !cue.regex.flags.includes('i');
    if (shape === 'regex') {
      const tree = parseRegex(cue.regex.source);
      const required = (tree ? requiredOf(tree) : [])
        .filter((any) => !any.some(hasSurrogate))
        .map((any) => any.map((text) => need({ kind: 'substring', text, caseSensitive })));
      const leading = tree && leadingOf(tree);
      const starts = leading && !leading.some((t) => t === '' || hasSurrogate(t)) ? leading.map((text) => need({ kind: 'substring', text, caseSensitive })) : null;
      return { required, starts: starts && new Set(starts), program: null, sticky: compiled(cue, starts !== null) };
    }
    const toNeedle = (alternative: string): NeedleSpec | null => {
      if (hasSurrogate(alternative)) return null;
      const pieces = alternative.split('*');
      const runText = (t: string) => RUN_TEXT.test(t) && [...t].every((c) => CLASS_TESTS[0]![2].test(c));
      if (pieces.length === 1) return { kind: runText(alternative) ? 'word' : 'substring', text: alternative, caseSensitive };
      const first = pieces[0]!;
      const last = pieces[pieces.length - 1]!;
      if (pieces.length === 2 && first !== '' && last === '' && runText(first)) return { kind: 'prefix', text: first, caseSensitive };
      if (pieces.length === 2 && first === '' && last !== '' && runText(last)) return { kind: 'suffix', text: last, caseSensitive };
      // Not exact ("a*b"): a substring that every match contains.
      const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a));
      return longest === '' ? null : { kind: 'substring', text: longest, caseSensitive };
    };
    // A word is one of these exactly (a whole word, a word's start or end), or null.
    const exactIds = (word: PatternWord): Set<number> | null => {
      const needles = word.alternatives.map(toNeedle);
      return needles.every((n) => n !== null && n.kind !== 'substring') ? new Set(needles.map((n) => need(n!))) : null;
    };
    const required: number[][] = [];
    for (const word of shape.words) {
      if (word.optional) continue;
      const any = word.alternatives.map(toNeedle);
      if (any.every((n) => n !== null)) required.push(any.map((n) => need(n!)));
    }
    // A match starts with the first word, or with one of the optional words before it, at the start of that word.
    const startWords = shape.words.filter((w) => w.canStart);
    const startIds = startWords.map(exactIds);
    const starts = !shape.gapFirst && startIds.every((ids) => ids !== null) ? new Set(startIds.flatMap((ids) => [...ids!])) : null;
    // The steps follow words that are exact needles, and `*` alone.
    let followable = starts !== null;
    const toOps = (steps: readonly Step[]): Op[] =>
      steps.map((step): Op => {
        if (step.t === 'optional') return { t: 'optional', ops: toOps(step.steps) };
        if (step.t !== 'word') return step;
        if (step.word.alternatives.length === 1 && step.word.alternatives[0] === '*') return { t: 'word', ids: null };
        const ids = exactIds(step.word);
        if (!ids) followable = false;
        return { t: 'word', ids: ids ?? new Set() };
      });
    const ops = toOps(shape.steps);
    return {
      required,
      starts,
      program: followable ? { ops, captures: new Int32Array(2 * (shape.groups + 1)), sourceGroup: shape.sourceGroup } : null,
      sticky: followable ? null : compiled(cue, starts !== null),
    };
  });

  const chars = new CharTable();
  const rawClass = new Uint16Array(0x10000);
  let rawClasses = 0;
  for (const spec of specs) {
    if (!spec.caseSensitive) chars.add(spec.text);
    else for (let i = 0; i < spec.text.length; i++) rawClass[spec.text.charCodeAt(i)] ||= ++rawClasses;
  }
  chars.prefill();

  interface Node {
    readonly next: Map<number, Node>;
    readonly hit: number[];
    readonly whole: number[];
  }
  const node = (): Node => ({ next: new Map(), hit: [], whole: [] });
  const trees = { foldedStart: node(), foldedEnd: node(), foldedAnywhere: node(), rawStart: node(), rawEnd: node(), rawAnywhere: node() };
  specs.forEach((spec, id) => {
    const units = [...spec.text].map((c) => (spec.caseSensitive ? rawClass[c.charCodeAt(0)]! : chars.unit(c.charCodeAt(0)) & 0xffff));
    if (spec.kind === 'suffix') units.reverse();
    const where = spec.kind === 'suffix' ? 'End' : spec.kind === 'substring' ? 'Anywhere' : 'Start';
    let at = trees[`${spec.caseSensitive ? 'raw' : 'folded'}${where}`];
    for (const code of units) {
      let next = at.next.get(code);
      if (!next) at.next.set(code, (next = node()));
      at = next;
    }
    (spec.kind === 'word' ? at.whole : at.hit).push(id);
  });
  const table = (root: Node, width: number): Trie => {
    const nodes: Node[] = [root];
    for (let i = 0; i < nodes.length; i++) nodes.push(...nodes[i]!.next.values());
    const number = new Map(nodes.map((n, i) => [n, i]));
    const next = new Int32Array(nodes.length * width);
    nodes.forEach((n, i) => n.next.forEach((to, code) => (next[i * width + code] = number.get(to)!)));
    return {
      width,
      next,
      hit: nodes.map((n) => (n.hit.length > 0 ? n.hit : null)),
      whole: nodes.map((n) => (n.whole.length > 0 ? n.whole : null)),
      empty: nodes.length === 1,
    };
  };

  const cuesOf: (number[] | null)[] = specs.map(() => null);
  const always: number[] = [];
  plans.forEach((plan, order) => {
    const first = plan?.required[0];
    if (!first) always.push(order);
    else for (const id of new Set(first)) (cuesOf[id] ??= []).push(order);
  });

  return {
    cues,
    plans,
    cuesOf,
    always,
    seen: new Float64Array(cues.length),
    foldedStart: table(trees.foldedStart, chars.classes),
    foldedEnd: table(trees.foldedEnd, chars.classes),
    foldedAnywhere: table(trees.foldedAnywhere, chars.classes),
    rawStart: table(trees.rawStart, rawClasses + 1),
    rawEnd: table(trees.rawEnd, rawClasses + 1),
    rawAnywhere: table(trees.rawAnywhere, rawClasses + 1),
    chars,
    rawClass,
    found: new Float64Array(specs.length),
  };
}

// The sentence scanned last (matchCues does not call out while it uses it): its number, per code unit its folded
// class, raw class and flags, per word start the word's end (-1: no word starts there) and its found needles.
let sentenceNumber = 0;
let length = 0;
let folded = new Uint16Array(1024);
let raw = new Uint16Array(1024);
let info = new Int32Array(1024);
let runEnd = new Int32Array(1025);
let hitFrom = new Int32Array(1024);
let hitTo = new Int32Array(1024);
/** Found needles: id, offset of the word (or substring), id, offset, … */
const hits: number[] = [];

function allFound(required: readonly (readonly number[])[], found: Float64Array): boolean {
  for (const any of required) {
    let ok = false;
    for (const id of any) {
      if (found[id] === sentenceNumber) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}

/** The cues that may match the sentence scanned last, in lexicon order: those with a needle of their first list found, and those without needles. */
function candidateCues(index: LexiconIndex): number[] {
  const { cuesOf, seen } = index;
  const orders = [...index.always];
  for (let h = 0; h < hits.length; h += 2) {
    const cues = cuesOf[hits[h]!];
    if (!cues) continue;
    for (const order of cues) {
      if (seen[order] === sentenceNumber) continue;
      seen[order] = sentenceNumber;
      orders.push(order);
    }
  }
  return orders.sort((a, b) => a - b);
}

/**
 * Offsets where one of these needles was found, in order. Hits are recorded word by word and then substring by
 * substring, each in the order of the sentence, and a cue starts with words or with substrings, never both.
 */
function startOffsets(ids: ReadonlySet<number>): number[] {
  const offsets: number[] = [];
  for (let h = 0; h < hits.length; h += 2) {
    const at = hits[h + 1]!;
    if (ids.has(hits[h]!) && at !== offsets[offsets.length - 1]) offsets.push(at);
  }
  return offsets;
}

function record(ids: readonly number[], at: number, found: Float64Array) {
  for (const id of ids) {
    found[id] = sentenceNumber;
    hits.push(id, at);
  }
}

/** Walks a trie from offset a, not past b; `whole` needles need the walk to end exactly at b. Units are classes. */
function walkForward(t: Trie, units: Uint16Array, a: number, b: number, found: Float64Array) {
  const { next, width } = t;
  let state = 0;
  for (let i = a; i < b; i++) {
    const c = units[i]!;
    if (c === 0) return;
    state = next[state * width + c]!;
    if (state === 0) return;
    const hit = t.hit[state];
    if (hit) record(hit, a, found);
    if (i === b - 1) {
      const whole = t.whole[state];
      if (whole) record(whole, a, found);
    }
  }
}

function walkBack(t: Trie, units: Uint16Array, a: number, b: number, found: Float64Array) {
  const { next, width } = t;
  let state = 0;
  for (let i = b - 1; i >= a; i--) {
    const c = units[i]!;
    if (c === 0) return;
    state = next[state * width + c]!;
    if (state === 0) return;
    const hit = t.hit[state];
    if (hit) record(hit, a, found);
  }
}

/** Reads a sentence into the state above and finds its needles; false when the sentence needs the slow way. */
function scanSentence(index: LexiconIndex, sentence: string): boolean {
  const n = sentence.length;
  if (folded.length < n) {
    folded = new Uint16Array(n * 2);
    raw = new Uint16Array(n * 2);
    info = new Int32Array(n * 2);
    runEnd = new Int32Array(n * 2 + 1);
    hitFrom = new Int32Array(n * 2);
    hitTo = new Int32Array(n * 2);
  }
  length = n;
  runEnd.fill(-1, 0, n + 1);
  const units = index.chars.units;
  const runs: number[] = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    const code = sentence.charCodeAt(i);
    let flags: number;
    let width = 1;
    const low = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? sentence.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      flags = index.chars.astral((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
      folded[i] = folded[i + 1] = 0;
      raw[i] = raw[i + 1] = 0;
      info[i] = flags;
      info[i + 1] = flags | PAIR_LOW;
      width = 2;
    } else {
      let unit = units[code]!;
      if (unit < 0) unit = index.chars.unit(code);
      flags = unit & ~0xffff;
      folded[i] = unit & 0xffff;
      raw[i] = index.rawClass[code]!;
      info[i] = flags;
    }
    if (flags & ODD) return false;
    if (flags & RUN) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) runs.push(start, n);

  sentenceNumber++;
  const found = index.found;
  hits.length = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const a = runs[r]!;
    const b = runs[r + 1]!;
    runEnd[a] = b;
    hitFrom[a] = hits.length;
    if (!index.foldedStart.empty) walkForward(index.foldedStart, folded, a, b, found);
    if (!index.foldedEnd.empty) walkBack(index.foldedEnd, folded, a, b, found);
    if (!index.rawStart.empty) walkForward(index.rawStart, raw, a, b, found);
    if (!index.rawEnd.empty) walkBack(index.rawEnd, raw, a, b, found);
    hitTo[a] = hits.length;
  }
  // Substrings: a walk from every offset where one can start. Not `whole`: a word needle is only ever in the word tries.
  const anyFolded = index.foldedAnywhere;
  const anyRaw = index.rawAnywhere;
  for (let a = 0; a < n; a++) {
    if (anyFolded.next[folded[a]!] !== 0) walkForward(anyFolded, folded, a, n, found);
    if (anyRaw.next[raw[a]!] !== 0) walkForward(anyRaw, raw, a, n, found);
  }
  return true;
}

interface Then {
  readonly ops: readonly Op[];
  readonly k: number;
  readonly then: Then | null;
}

/**
 * Matches ops[k…] and then `then` at offset `at` of the sentence scanned last, the way the pattern's regex does:
 * `\s+`, `*` and the words of a gap greedy and backtracking, […] greedy, the gap lazy. A word takes a whole word
 * run (its regex cannot end inside one: a space or the end of the pattern follows). Returns the end of the match,
 * or -1; `captures` holds the groups' offsets (none is inside […] or a gap, so the last write is the match's).
 */
function run(ops: readonly Op[], k: number, at: number, then: Then | null, captures: Int32Array): number {
  if (k === ops.length) {
    if (then) return run(then.ops, then.k, at, then.then, captures);
    return at === length || (info[at]! & RUN) === 0 ? at : -1;
  }
  const op = ops[k]!;
  switch (op.t) {
    case 'open':
      captures[2 * op.group] = at;
      return run(ops, k + 1, at, then, captures);
    case 'close':
      captures[2 * op.group + 1] = at;
      return run(ops, k + 1, at, then, captures);
    case 'sep': {
      let end = at;
      while (end < length && info[end]! & SPACE) end++;
      for (let e = end; e > at; e--) {
        const r = run(ops, k + 1, e, then, captures);
        if (r >= 0) return r;
      }
      return -1;
    }
    case 'word': {
      if (op.ids === null) {
        let end = at;
        while (end < length && info[end]! & ANY_OK) end++;
        for (let e = end; e > at; e--) {
          if (e < length && info[e]! & PAIR_LOW) continue;
          const r = run(ops, k + 1, e, then, captures);
          if (r >= 0) return r;
        }
        return -1;
      }
      const end = runEnd[at]!;
      if (end < 0) return -1;
      for (let h = hitFrom[at]!; h < hitTo[at]!; h += 2) if (op.ids.has(hits[h]!)) return run(ops, k + 1, end, then, captures);
      return -1;
    }
    case 'optional': {
      const r = run(op.ops, 0, at, { ops, k: k + 1, then }, captures);
      return r >= 0 ? r : run(ops, k + 1, at, then, captures);
    }
    case 'gap':
      return gap(ops, k, at, then, captures, 0);
  }
}

/** A gap after `done` of its words: first without more words, then with one more. */
function gap(ops: readonly Op[], k: number, at: number, then: Then | null, captures: Int32Array, done: number): number {
  const r = run(ops, k + 1, at, then, captures);
  if (r >= 0 || done === GAP_REPEATS) return r;
  let spaces = at;
  while (spaces < length && info[spaces]! & SPACE) spaces++;
  for (let a = spaces; a > at; a--) {
    let end = a;
    while (end < length && info[end]! & GAP_OK) end++;
    for (let e = end; e > a; e--) {
      if (e < length && info[e]! & PAIR_LOW) continue;
      const r = gap(ops, k, e, then, captures, done + 1);
      if (r >= 0) return r;
    }
  }
  return -1;
}

// A reader for the regexes of regex entries, enough to find the literal text every match contains. Whatever it
// does not know it treats as "any text", which only makes the index skip less.

type RegexNode =
  | { readonly t: 'char'; readonly c: string }
  | { readonly t: 'any' }
  | { readonly t: 'empty' }
  | { readonly t: 'look'; readonly body: RegexAlternation }
  | { readonly t: 'group'; readonly body: RegexAlternation }
  | { readonly t: 'repeat'; readonly body: RegexNode; readonly min: number };
interface RegexAlternation {
  readonly t: 'alternation';
  readonly branches: readonly (readonly RegexNode[])[];
}

/** The regex as a tree, or null when it has syntax the reader does not follow. */
function parseRegex(source: string): RegexAlternation | null {
  let i = 0;
  const fail = () => {
    throw new EntryError('unreadable');
  };
  const alternation = (): RegexAlternation => {
    const branches = [sequence()];
    while (source[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return { t: 'alternation', branches };
  };
  const sequence = (): RegexNode[] => {
    const items: RegexNode[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(repeat(atom()));
    return items;
  };
  const close = () => {
    if (source[i] !== ')') fail();
    i++;
  };
  const atom = (): RegexNode => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      if (source[i] !== '?') {
        const body = alternation();
        close();
        return { t: 'group', body };
      }
      const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
      if (!head) fail();
      i += head![0].length;
      const body = alternation();
      close();
      const kind = head![0];
      if (kind === '?=' || kind === '?<=') return { t: 'look', body };
      if (kind === '?!' || kind === '?<!') return { t: 'empty' };
      return { t: 'group', body };
    }
    if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (source[i] !== ']') fail();
      i++;
      return { t: 'any' };
    }
    if (c === '\\') {
      const d = source[i + 1];
      if (d === undefined) fail();
      i += 2;
      if (d === 'b' || d === 'B') return { t: 'empty' };
      if ('^$\\.*+?()[]{}|/-'.includes(d!)) return { t: 'char', c: d! };
      if ((d === 'p' || d === 'P' || d === 'u' || d === 'k') && (source[i] === '{' || source[i] === '<')) {
        const end = source.indexOf(source[i] === '{' ? '}' : '>', i);
        if (end < 0) fail();
        i = end + 1;
      } else if (d === 'u' || d === 'x' || d === 'c') {
        i += d === 'u' ? 4 : d === 'x' ? 2 : 1;
      } else if (/\d/.test(d!)) {
        while (/\d/.test(source[i] ?? '')) i++;
      }
      return { t: 'any' };
    }
    if (c === ')' || c === '|') fail();
    i++;
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '.' || c === '*' || c === '+' || c === '?' || c === '{' || /[\ud800-\udfff]/.test(c)) return { t: 'any' };
    return { t: 'char', c };
  };
  const repeat = (node: RegexNode): RegexNode => {
    const q = /^(?:([*+?])|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
    if (!q) return node;
    i += q[0].length;
    return { t: 'repeat', body: node, min: q[1] === undefined ? Number(q[2]) : q[1] === '+' ? 1 : 0 };
  };
  try {
    const tree = alternation();
    if (i !== source.length) fail();
    return tree;
  } catch (error) {
    if (error instanceof EntryError) return null;
    throw error;
  }
}

/** Needles as lists of strings: every match contains one string of every list. */
function requiredOf(tree: RegexAlternation): string[][] {
  const ofSequence = (items: readonly RegexNode[]): string[][] => {
    const all: string[][] = [];
    let text = '';
    for (const item of items) {
      if (item.t === 'char') {
        text += item.c;
        continue;
      }
      if (text !== '') all.push([text]);
      text = '';
      if (item.t === 'group' || item.t === 'look') all.push(...ofAlternation(item.body));
      else if (item.t === 'repeat' && item.min >= 1) all.push(...ofSequence([item.body]));
    }
    if (text !== '') all.push([text]);
    return all;
  };
  const ofAlternation = (alt: RegexAlternation): string[][] => {
    if (alt.branches.length === 1) return ofSequence(alt.branches[0]!);
    const union = new Set<string>();
    for (const branch of alt.branches) {
      const best = ofSequence(branch).sort(bySelectivity)[0];
      if (!best) return [];
      for (const text of best) union.add(text);
    }
    return [[...union]];
  };
  return ofAlternation(tree).sort(bySelectivity);
}

const bySelectivity = (a: string[], b: string[]) =>
  Math.min(...b.map((t) => t.length)) - Math.min(...a.map((t) => t.length)) || a.length - b.length;

/** Literal text that every match starts with (one of the strings), or null. */
function leadingOf(tree: RegexAlternation): string[] | null {
  const zeroWidth = (node: RegexNode): boolean =>
    node.t === 'empty' || node.t === 'look' || (node.t === 'group' && node.body.branches.every((b) => b.every(zeroWidth))) || (node.t === 'repeat' && zeroWidth(node.body));
  const ofSequence = (items: readonly RegexNode[]): string[] | null => {
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (zeroWidth(item)) continue;
      if (item.t === 'char') {
        let text = '';
        while (k < items.length && items[k]!.t === 'char') text += (items[k++] as { c: string }).c;
        return [text];
      }
      if (item.t === 'group') return ofAlternation(item.body);
      if (item.t === 'repeat' && item.min >= 1) return ofSequence([item.body]);
      return null;
    }
    return null;
  };
  const ofAlternation = (alt: RegexAlternation): string[] | null => {
    const all: string[] = [];
    for (const branch of alt.branches) {
      const lead = ofSequence(branch);
      if (!lead) return null;
      all.push(...lead);
    }
    return all;
  };
  return ofAlternation(tree);
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

/**
 * Tokens as the regex /[\p{L}\p{N}](?:[\p{L}\p{N}\-'’]|\.(?=[\p{L}\p{N}]))*|[„“”"»«]|[^\s\p{L}\p{N}]/gu finds
 * them, read code point by code point: words keep inner hyphens, apostrophes ("Korea's") and dots between letters
 * ("U.S"); a quotation mark or any other character but a space is a token of its own.
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const code = sentence.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = tokenChar(code);
    if (kind === ALNUM) {
      let j = i + width;
      while (j < n) {
        const next = sentence.codePointAt(j)!;
        if (next === 0x2d || next === 0x27 || next === 0x2019 || tokenChar(next) === ALNUM) j += next > 0xffff ? 2 : 1;
        else if (next === 0x2e && j + 1 < n && tokenChar(sentence.codePointAt(j + 1)!) === ALNUM) j++;
        else break;
      }
      tokens.push({ start: i, end: j, text: sentence.slice(i, j), kind: 'word' });
      i = j;
      continue;
    }
    if (kind !== BLANK) tokens.push({ start: i, end: i + width, text: sentence.slice(i, i + width), kind: kind === QUOTE ? 'quote' : 'punct' });
    i += width;
  }
  return tokens;
}

const ALNUM = 1;
const BLANK = 2;
const QUOTE = 3;
const OTHER = 4;
/** Per code unit (BMP code point): 0 not yet known, else ALNUM, BLANK (\s), QUOTE or OTHER. */
const tokenChars = new Uint8Array(0x10000);
const astralTokenChars = new Map<number, number>();
{
  // The common characters at once (see CharTable.prefill); the first class a character is in wins, as in tokenChar.
  const kinds: readonly (readonly [number, RegExp])[] = [
    [OTHER, /[^]/gu],
    [QUOTE, /[„“”"»«]/gu],
    [BLANK, /\s/gu],
    [ALNUM, /[\p{L}\p{N}]/gu],
  ];
  for (const [kind, re] of kinds) for (const m of COMMON.matchAll(re)) tokenChars[COMMON.charCodeAt(m.index)] = kind;
}

function tokenChar(code: number): number {
  if (code <= 0xffff) {
    const known = tokenChars[code]!;
    if (known !== 0) return known;
  } else {
    const known = astralTokenChars.get(code);
    if (known !== undefined) return known;
  }
  const c = String.fromCodePoint(code);
  const kind = /^[\p{L}\p{N}]$/u.test(c) ? ALNUM : /^\s$/u.test(c) ? BLANK : /^[„“”"»«]$/u.test(c) ? QUOTE : OTHER;
  if (code <= 0xffff) tokenChars[code] = kind;
  else astralTokenChars.set(code, kind);
  return kind;
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
export function scanQuotes(
  sentence: string,
  language: SupportedLanguage,
  startsOpen: boolean,
  /** The sentence's tokens, when the caller has them already. */
  tokens: readonly Token[] = tokenize(sentence),
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null | undefined = startsOpen ? null : undefined;
  let words = 0;
  for (const token of tokens) {
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
