/**
 * Finds mentions of lexicon entries (weapons, places, organisations, people, glossary terms) in a sentence.
 * Each generated form carries a literal that all its variants contain; one Aho–Corasick pass finds the
 * literals that occur in a sentence, and only those forms' regexes run, so the cost grows with what the
 * sentence mentions, not with the size of the lexicon.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AhoCorasick from 'modern-ahocorasick';
import { parse as parseYaml } from 'yaml';
import type { Mention, MentionKind } from '../../../src/schemas/corpus.ts';
import type { Lexicon } from '../lexicon.ts';
import { aliasPatterns, demonymPattern, demonymStems, personShortName, requiredLiteral, residentNouns, residentPattern, type VariantOptions } from './variants.ts';

interface Form {
  kind: MentionKind;
  ref: string;
  pattern: string;
  /** Compiled on first use: most forms never meet a sentence that contains their literal. */
  regex: RegExp | null;
  literal: string;
  /** Specific names win over generic categories when two forms match the same words. */
  specific: boolean;
}

export interface MentionMatcher {
  find(sentence: string): Mention[];
  /** The entry a name (e.g. a cited source) refers to, when the whole name or its head is in the lexicon. */
  resolve(name: string, kinds?: MentionKind[]): { kind: MentionKind; ref: string } | null;
}

export const MODIFIER_HEADS_FILE = 'language/modifier-heads.yaml';

/** Words after which a generic weapon word is a modifier: `always`, or only when it is singular. */
export interface ModifierHeads {
  always: Set<string>;
  singular: Set<string>;
}

export function loadModifierHeads(contentDir: string): ModifierHeads {
  const data = parseYaml(readFileSync(join(contentDir, MODIFIER_HEADS_FILE), 'utf8')) as Record<string, { always?: unknown; singular?: unknown }> | null;
  const words = (list: unknown) => (Array.isArray(list) ? list.map((w) => String(w).toLowerCase()) : []);
  const languages = Object.values(data ?? {});
  return { always: new Set(languages.flatMap((l) => words(l?.always))), singular: new Set(languages.flatMap((l) => words(l?.singular))) };
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

function formsOf(lexicon: Lexicon): Form[] {
  const forms: Form[] = [];
  const push = (kind: MentionKind, ref: string, pattern: string, literal: string, specific: boolean) => {
    forms.push({ kind, ref, pattern, regex: null, literal, specific });
  };
  const add = (kind: MentionKind, ref: string, names: string[], options: VariantOptions, specific: boolean) => {
    for (const name of new Set(names)) {
      for (const pattern of aliasPatterns(name, options)) push(kind, ref, pattern, requiredLiteral(name), specific);
    }
  };
  for (const w of lexicon.weapons) {
    add('weapon', w.id, [w.name, ...w.aliases], { generic: w.generic, hyphenTail: !w.generic }, !w.generic);
  }
  for (const p of lexicon.places) {
    add('place', p.id, [p.name, ...p.aliases], { generic: false, hyphenTail: false }, true);
    const stems = p.demonyms.length > 0 ? p.demonyms : demonymStems(p.name, p.type);
    for (const stem of stems) push('place', p.id, demonymPattern(stem), requiredLiteral(stem), true);
    const residents = p.residents.length > 0 ? p.residents : residentNouns(p.name, p.type);
    for (const noun of residents) push('place', p.id, residentPattern(noun), requiredLiteral(noun), true);
  }
  for (const o of lexicon.organisations) add('organisation', o.id, [o.name, ...o.aliases], { generic: false, hyphenTail: false }, true);
  for (const person of lexicon.people) {
    const short = personShortName(person.name, person.shortName);
    add('person', person.id, [person.name, ...person.aliases, ...(short ? [short] : [])], { generic: false, hyphenTail: false }, true);
  }
  for (const t of lexicon.terms) add('term', t.id, [t.term, ...t.aliases], { generic: t.compoundHead, hyphenTail: false }, false);
  return forms;
}

interface Candidate extends Mention {
  specific: boolean;
  order: number;
}

/** Keeps the best of overlapping matches: longer first, then specific over generic, then lexicon order. */
function resolveOverlaps(candidates: Candidate[]): Mention[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.specific) - Number(a.specific) || a.start - b.start || a.order - b.order);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ kind, ref, text, start, end }) => ({ kind, ref, text, start, end }));
}

/**
 * A specific weapon directly followed by its category noun is one mention ("KN-23 missiles", "Shahed
 * drones"); a generic weapon word in the singular before a modifier head is no mention ("missile parts").
 */
function joinWeaponPhrases(sentence: string, mentions: Mention[], generic: Set<string>, modifierHeads: ModifierHeads): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const previous = out.at(-1);
    if (m.kind === 'weapon' && generic.has(m.ref)) {
      const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(m.end))?.[1];
      if (next && (modifierHeads.always.has(next) || (!/s$/u.test(m.text) && modifierHeads.singular.has(next)))) continue;
    }
    if (previous && previous.kind === 'weapon' && m.kind === 'weapon' && !generic.has(previous.ref) && generic.has(m.ref) && /^\s+$/u.test(sentence.slice(previous.end, m.start))) {
      out[out.length - 1] = { ...previous, text: sentence.slice(previous.start, m.end), end: m.end };
      continue;
    }
    out.push(m);
  }
  return out;
}

export function createMentionMatcher(lexicon: Lexicon, modifierHeads: ModifierHeads = { always: new Set(), singular: new Set() }): MentionMatcher {
  const generic = new Set(lexicon.weapons.filter((w) => w.generic).map((w) => w.id));
  const forms = formsOf(lexicon);
  // Forms grouped by literal: one indexOf per distinct literal.
  const byLiteral = new Map<string, Form[]>();
  for (const form of forms) {
    const list = byLiteral.get(form.literal) ?? [];
    list.push(form);
    byLiteral.set(form.literal, list);
  }
  const order = new Map(forms.map((f, i) => [f, i]));
  const literals = [...byLiteral.keys()];
  const automaton = new AhoCorasick(literals);

  function scan(sentence: string): Mention[] {
    const present = new Set(automaton.search(sentence.toLowerCase()).map((m) => m.patternIndex));
    // Glossary terms are a layer of their own: "Haubitzen" is both the weapon category and the glossary
    // term, and a term may sit inside a weapon name.
    const entities: Candidate[] = [];
    const terms: Candidate[] = [];
    for (const index of [...present].sort((a, b) => a - b)) {
      for (const form of byLiteral.get(literals[index]!)!) {
        form.regex ??= new RegExp(`${BEFORE}(?:${form.pattern})${AFTER}`, 'gu');
        form.regex.lastIndex = 0;
        for (const match of sentence.matchAll(form.regex)) {
          const candidate = { kind: form.kind, ref: form.ref, text: match[0], start: match.index, end: match.index + match[0].length, specific: form.specific, order: order.get(form)! };
          (form.kind === 'term' ? terms : entities).push(candidate);
        }
      }
    }
    return [...joinWeaponPhrases(sentence, resolveOverlaps(entities), generic, modifierHeads), ...resolveOverlaps(terms)].sort((a, b) => a.start - b.start || b.end - a.end);
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
