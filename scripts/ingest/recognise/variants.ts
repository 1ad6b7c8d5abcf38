/**
 * Generates the inflected and spelling variants of lexicon names as regular-expression sources, so editors
 * list base forms only: genitive and plural endings, adjective endings in descriptive phrases, hyphen and
 * space variants of designators (KN-23 / KN23 / KN 23, IL76s), hyphen compounds (Taebaek-Geschütze,
 * KN23-Raketen), compound heads for generic nouns (Panzerhaubitzen, Kurzstreckenraketen), demonyms and
 * residents of places (nordkoreanische, Nordkoreaner) and surnames of people (Putins).
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** German inflection endings; precision comes from the word boundary after them. */
const NOUN_ENDINGS = '(?:e|en|n|s|es|er|ern|nen)?';
const NAME_ENDINGS = "(?:s|es|'|’|’s|'s)?";
const ADJECTIVE_ENDINGS = '(?:e|en|er|es|em)?';
const HYPHEN_TAIL = '(?:-[\\p{L}\\p{N}]+)*';
const SEPARATOR = '[-‐‑\\s]?';

export interface VariantOptions {
  /** Common noun: plural endings and use as the head of a compound (Haubitze → Panzerhaubitzen). */
  generic: boolean;
  /** Swallow a hyphen compound tail into the match (Taebaek-Geschütze): weapons only. */
  hyphenTail: boolean;
}

/** Designators are names with digits (KN-23, M1989, Il-76, 9K720); they match in any case and spacing. */
export function isDesignator(alias: string): boolean {
  return /\p{N}/u.test(alias) && /\p{L}/u.test(alias) && !/\s\p{Ll}{3,}/u.test(alias);
}

function designatorPattern(alias: string): string {
  const parts = alias.match(/\p{L}+|\p{N}+/gu) ?? [];
  // A designator ending in a word (240-mm-Mehrfachraketenwerfer) inflects like a noun.
  const endsInWord = /\p{L}{4,}$/u.test(parts.at(-1) ?? '');
  return `(?i:${parts.map(escape).join(SEPARATOR)})${endsInWord ? NOUN_ENDINGS : "(?:s|'s|’s)?"}`;
}

/** First letter in either case, for words that may open a sentence or be written in lower case. */
function eitherCase(word: string): string {
  const first = word[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return (lower === upper ? escape(first) : `[${escape(upper)}${escape(lower)}]`) + escape(word.slice(1));
}

const ADJECTIVE = /^\p{Ll}+(?:isch|ig|lich|iert|ell|al|är|er|en|e|es|em)$/u;

function wordPattern(alias: string, options: VariantOptions): string {
  const tokens = alias.split(/([-‐‑\s]+)/u);
  const words = tokens.filter((_, i) => i % 2 === 0);
  const descriptive = words.length > 1 && words.some((w) => ADJECTIVE.test(w));
  const out: string[] = [];
  tokens.forEach((token, i) => {
    if (i % 2 === 1) {
      out.push(SEPARATOR.replace('?', ''));
      return;
    }
    const isLast = i === tokens.length - 1;
    // The last word of a phrase is its noun ("multiple rocket launcher", "südkoreanischer Geheimdienst").
    if (!isLast && ADJECTIVE.test(token)) {
      const stem = token.replace(/(?:e|en|er|es|em)$/u, '');
      out.push(`${eitherCase(stem)}${ADJECTIVE_ENDINGS}`);
    } else if (isLast) {
      const endings = options.generic || descriptive ? NOUN_ENDINGS : NAME_ENDINGS;
      out.push(`${i === 0 ? escape(token) : eitherCase(token)}${endings}`);
    } else {
      out.push(i === 0 ? escape(token) : eitherCase(token));
    }
  });
  return out.join('');
}

/**
 * A lowercase string that every variant of the name contains, so that a sentence without it need not be
 * matched at all: the longest word or number of the alias, without its last letter (which inflection and
 * umlaut plurals may change).
 */
export function requiredLiteral(name: string): string {
  const parts = (name.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []).sort((a, b) => b.length - a.length);
  const longest = parts[0] ?? '';
  return /\p{L}$/u.test(longest) && longest.length > 3 ? longest.slice(0, -1) : longest;
}

/** Regex sources (no flags, no boundaries) that match the alias and its generated variants. */
export function aliasPatterns(alias: string, options: VariantOptions): string[] {
  const trimmed = alias.trim();
  if (trimmed === '') return [];
  const tail = options.hyphenTail ? HYPHEN_TAIL : '';
  if (isDesignator(trimmed)) return [designatorPattern(trimmed) + tail];
  if (/^[\p{Lu}\p{N}&.]{2,}$/u.test(trimmed)) {
    // Acronyms (NIS, HUR, HIMARS) are case-sensitive: "nis" is not the NIS.
    return [`${escape(trimmed)}(?:s|'s|’s)?${tail}`];
  }
  const patterns = [wordPattern(trimmed, options) + tail];
  if (options.generic && !/\s/u.test(trimmed)) {
    // Compound heads: Panzer|haubitzen, Kurzstrecken|raketen, Taebaek-|Haubitzen.
    const lower = trimmed[0]!.toLowerCase() + trimmed.slice(1);
    patterns.push(`\\p{Lu}\\p{Ll}+${escape(lower)}${NOUN_ENDINGS}`);
    patterns.push(`[\\p{L}\\p{N}]+-${eitherCase(trimmed)}${NOUN_ENDINGS}`);
  }
  return patterns;
}

/**
 * Adjective stems of a place name by the regular German rules (Nordkorea → nordkoreanisch, Russland →
 * russisch, Ukraine → ukrainisch, Syrien → syrisch, Iran → iranisch); irregular ones are curated.
 */
export function demonymStems(name: string, type: string): string[] {
  if (/\s/u.test(name)) return [];
  const lower = name.toLowerCase();
  if (type === 'stadt' || type === 'ort') return [];
  if (lower.endsWith('land')) return [`${lower.slice(0, -4)}isch`];
  if (lower.endsWith('ien')) return [`${lower.slice(0, -3)}isch`];
  if (lower.endsWith('a')) return [`${lower}nisch`];
  if (lower.endsWith('e')) return [`${lower.slice(0, -1)}isch`];
  if (/[aeiou]$/u.test(lower)) return [];
  return [`${lower}isch`];
}

/** Resident nouns by rule (Nordkorea → Nordkoreaner, Ukraine → Ukrainer); cities: Moskauer, Kursker. */
export function residentNouns(name: string, type: string): string[] {
  if (/\s/u.test(name)) return [];
  if (type === 'stadt' || type === 'ort') return [/[e]$/u.test(name) ? `${name}r` : `${name}er`];
  if (name.endsWith('a')) return [`${name}ner`];
  if (name.endsWith('e')) return [`${name.slice(0, -1)}er`];
  return [];
}

export function demonymPattern(stem: string): string {
  // Hyphenated stems ("US-amerikanisch") keep their first part as written.
  return `${eitherCase(stem)}${ADJECTIVE_ENDINGS}`;
}

export function residentPattern(noun: string): string {
  return `${escape(noun)}(?:in|innen|n|s)?`;
}

/** The name a person is referred to alone: the curated short name, else the last word of a full name. */
export function personShortName(name: string, shortName: string | undefined): string | null {
  if (shortName) return shortName;
  const words = name.trim().split(/\s+/u);
  return words.length > 1 ? words.at(-1)! : null;
}
