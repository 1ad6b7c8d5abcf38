/**
 * Finds mentions of lexicon entries (weapons, places, organisations, people, glossary terms) in a sentence.
 * All variants of all entries are compiled into one regular expression with one capture group per form,
 * so a sentence is scanned once however large the lexicon grows.
 */
import type { Mention, MentionKind } from '../../../src/schemas/corpus.ts';
import type { Lexicon } from '../lexicon.ts';
import { aliasPatterns, demonymPattern, demonymStems, personShortName, residentNouns, residentPattern, type VariantOptions } from './variants.ts';

interface Form {
  kind: MentionKind;
  ref: string;
  pattern: string;
  /** Specific names win over generic categories when two forms start at the same place. */
  specific: boolean;
  /** Length of the literal text, to try longer forms first. */
  weight: number;
}

export interface MentionMatcher {
  find(sentence: string): Mention[];
  /** The entry a name (e.g. a cited source) refers to, when the whole name or its head is in the lexicon. */
  resolve(name: string, kinds?: MentionKind[]): { kind: MentionKind; ref: string } | null;
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

function formsOf(lexicon: Lexicon): Form[] {
  const forms: Form[] = [];
  const add = (kind: MentionKind, ref: string, names: string[], options: VariantOptions, specific: boolean) => {
    for (const name of new Set(names)) {
      for (const pattern of aliasPatterns(name, options)) forms.push({ kind, ref, pattern, specific, weight: name.length });
    }
  };
  for (const w of lexicon.weapons) {
    add('weapon', w.id, [w.name, ...w.aliases], { generic: w.generic, hyphenTail: !w.generic }, !w.generic);
  }
  for (const p of lexicon.places) {
    add('place', p.id, [p.name, ...p.aliases], { generic: false, hyphenTail: false }, true);
    const stems = p.demonyms.length > 0 ? p.demonyms : demonymStems(p.name, p.type);
    for (const stem of stems) forms.push({ kind: 'place', ref: p.id, pattern: demonymPattern(stem), specific: true, weight: stem.length });
    const residents = p.residents.length > 0 ? p.residents : residentNouns(p.name, p.type);
    for (const noun of residents) forms.push({ kind: 'place', ref: p.id, pattern: residentPattern(noun), specific: true, weight: noun.length });
  }
  for (const o of lexicon.organisations) add('organisation', o.id, [o.name, ...o.aliases], { generic: false, hyphenTail: false }, true);
  for (const person of lexicon.people) {
    const short = personShortName(person.name, person.shortName);
    add('person', person.id, [person.name, ...person.aliases, ...(short ? [short] : [])], { generic: false, hyphenTail: false }, true);
  }
  for (const t of lexicon.terms) add('term', t.id, [t.term, ...t.aliases], { generic: t.compoundHead, hyphenTail: false }, false);
  // Longer literal forms first: the regex takes the first alternative that matches at a position.
  return forms.sort((a, b) => Number(b.specific) - Number(a.specific) || b.weight - a.weight);
}

export function createMentionMatcher(lexicon: Lexicon): MentionMatcher {
  const forms = formsOf(lexicon);
  const entityForms = forms.filter((f) => f.kind !== 'term');
  const termForms = forms.filter((f) => f.kind === 'term');
  const compile = (list: Form[]) => (list.length === 0 ? null : new RegExp(`${BEFORE}(?:${list.map((f) => `(${f.pattern})`).join('|')})${AFTER}`, 'gu'));
  // Terms are matched in a second pass so that "Haubitzen" can be both the glossary term and, in the
  // first pass, part of a weapon name without one hiding the other.
  const passes: Array<{ regex: RegExp | null; forms: Form[] }> = [
    { regex: compile(entityForms), forms: entityForms },
    { regex: compile(termForms), forms: termForms },
  ];

  function scan(sentence: string): Mention[] {
    const mentions: Mention[] = [];
    for (const { regex, forms: list } of passes) {
      if (!regex) continue;
      regex.lastIndex = 0;
      for (const match of sentence.matchAll(regex)) {
        const group = match.findIndex((g, i) => i > 0 && g !== undefined);
        const form = list[group - 1];
        if (!form) continue;
        mentions.push({ kind: form.kind, ref: form.ref, text: match[0], start: match.index, end: match.index + match[0].length });
      }
    }
    return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  return {
    find: scan,
    resolve(name, kinds) {
      const found = scan(name).filter((m) => !kinds || kinds.includes(m.kind));
      if (found.length === 0) return null;
      // Prefer the mention that covers most of the name ("Außenministeriumssprecher Vedant Patel" → the person).
      const best = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || kindRank(a.kind) - kindRank(b.kind))[0]!;
      return { kind: best.kind, ref: best.ref };
    },
  };
}

function kindRank(kind: MentionKind): number {
  return ['person', 'organisation', 'weapon', 'place', 'term'].indexOf(kind);
}
