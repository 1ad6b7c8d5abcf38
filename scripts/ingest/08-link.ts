/**
 * Step 8: link claims across articles. Figures that measure the same thing (the same weapon system, or the
 * same kind of count for the same country, such as North Korean soldiers) are compared: equal within a
 * tolerance → "agrees", different → "conflicts" (11.000 vs 30.000, ~50 vs 200). Claims that name the same
 * specific weapon system without a comparable figure are "related".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Article, Claim, Quantity, Sentence } from '../../src/schemas/corpus.ts';
import type { Lexicon } from './lexicon.ts';
import { IngestError } from './errors.ts';

export const QUANTITY_KINDS_FILE = 'language/quantity-kinds.yaml';

export interface QuantityKinds {
  kinds: Array<{ id: string; label: string; counted: string[]; context?: string[]; instead?: string }>;
  anaphora: string[];
}

export function loadQuantityKinds(contentDir: string): QuantityKinds {
  const file = join(contentDir, QUANTITY_KINDS_FILE);
  const data = parseYaml(readFileSync(file, 'utf8')) as QuantityKinds | null;
  if (!data || !Array.isArray(data.kinds) || !Array.isArray(data.anaphora)) throw new IngestError(file, 'expected `kinds` (a list) and `anaphora` (a list of nouns)');
  for (const [i, k] of data.kinds.entries()) {
    if (typeof k.id !== 'string' || typeof k.label !== 'string' || !Array.isArray(k.counted)) throw new IngestError(file, `kind ${i + 1}: expected \`id\`, \`label\` and \`counted\``);
  }
  return data;
}

/** A figure with what it measures. */
export interface Measure {
  /** Comparison key: figures with the same key measure the same thing. */
  key: string;
  /** German label of what is measured ("Taebaek (M1989): Anzahl", "Soldaten · Nordkorea"). */
  label: string;
  quantity: number;
}

export interface Related {
  id: string;
  relation: 'agrees' | 'conflicts' | 'related';
  /** What the two figures measure, when they were compared. */
  basis?: string;
  /** Index of the compared figure in this claim's quantities and in the other claim's. */
  mine?: number;
  theirs?: number;
}

const MAX_RELATED = 12;
/** Figures within 10 % of each other agree; news rounding ("rund 11.000", "über 10.000") is within that. */
const TOLERANCE = 0.1;

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** What resolving a weapon needs to know of each lexicon entry. */
export interface WeaponKind {
  generic: boolean;
  category: string;
  related: string[];
}

/**
 * The specific weapon system a generic word (Haubitzen → Taebaek) or, with `genericRef` null, an anaphor
 * ("200 dieser Systeme") stands for: the one fitting system named in the sentence or the two before it,
 * else, for a generic word, the only fitting one in the whole article. A generic word stands for a system of
 * its own kind, never for the system that fires it (Granaten are not the Taebaek). Returns null when several
 * fit, undefined when none does. Shared by the link step and the weapon pages.
 */
export function resolveSpecificWeapon(sentences: Sentence[], index: number, genericRef: string | null, weapons: Map<string, WeaponKind>): string | null | undefined {
  const kind = genericRef ? weapons.get(genericRef) : undefined;
  const fittingIn = (list: Sentence[]) => {
    const specific = [...new Set(list.flatMap((s) => s.mentions.filter((m) => m.kind === 'weapon' && weapons.get(m.ref)?.generic === false).map((m) => m.ref)))];
    if (!genericRef) return specific;
    return specific.filter((ref) => {
      const w = weapons.get(ref);
      if (!w || !kind) return false;
      const linked = w.related.includes(genericRef) || kind.related.includes(ref);
      return w.category === kind.category || (kind.category === 'kategorie' && linked);
    });
  };
  for (let i = index; i >= Math.max(0, index - 2); i--) {
    const fitting = fittingIn([sentences[i]!]);
    if (fitting.length === 1) return fitting[0]!;
    if (fitting.length > 1) return null;
  }
  if (genericRef) {
    const fitting = fittingIn(sentences);
    if (fitting.length === 1) return fitting[0]!;
  }
  return undefined;
}

export function createMeasurer(lexicon: Lexicon, kinds: QuantityKinds) {
  const weaponById = new Map(lexicon.weapons.map((w) => [w.id, w]));
  const generic = new Set(lexicon.weapons.filter((w) => w.generic).map((w) => w.id));
  const kindByLemma = new Map<string, QuantityKinds['kinds'][number]>();
  for (const kind of kinds.kinds) for (const lemma of kind.counted) kindByLemma.set(lemma.toLowerCase(), kind);
  const kindById = new Map(kinds.kinds.map((k) => [k.id, k]));
  const anaphora = new Set(kinds.anaphora.map((a) => a.toLowerCase()));
  const placeNames = new Map(lexicon.places.map((p) => [p.id, p.name]));

  /** The specific weapon a generic word or an anaphor stands for, from the sentence or the ones before it. */
  /** The specific weapon, or the generic word itself when no specific one fits; null when ambiguous. */
  function resolveWeapon(sentences: Sentence[], index: number, genericRef: string | null): string | null {
    const specific = resolveSpecificWeapon(sentences, index, genericRef, weaponById);
    return specific === undefined ? genericRef : specific;
  }

  function weaponOfCounted(sentence: Sentence, q: Quantity): string | null {
    // The counted noun follows the figure: a weapon mention starting right after it names what is counted.
    const after = sentence.mentions.find((m) => m.kind === 'weapon' && m.start >= q.end && m.start - q.end <= 40);
    if (!after || !q.counted) return null;
    return after.text.toLowerCase().includes(q.counted.toLowerCase().slice(0, 5)) ? after.ref : null;
  }

  /**
   * Whose soldiers: a demonym between the figure and the counted noun ("11.000 nordkoreanische Soldaten"),
   * or a place right after it ("3.000 Söldner aus Nordkorea", "troops from North Korea").
   */
  function actorOf(sentence: Sentence, q: Quantity, strict: boolean): string | null {
    for (const m of sentence.mentions) {
      if (m.kind !== 'place' || m.start < q.end) continue;
      const between = sentence.text.slice(q.end, m.start);
      if (/^\s*(?:\p{L}+\s+){0,1}$/u.test(between) || /^\s*\p{L}+\s+(?:aus|from|of)\s+$/u.test(between)) return m.ref;
    }
    // Else the one demonym of the sentence ("die Zahl der nordkoreanischen Truppen … 11.000"), else the
    // first place named, usually the subject ("Nordkorea entsandte 11.000 Soldaten").
    const places = sentence.mentions.filter((m) => m.kind === 'place');
    const demonyms = [...new Set(places.filter((m) => /^\p{Ll}/u.test(m.text)).map((m) => m.ref))];
    if (demonyms.length === 1) return demonyms[0]!;
    return strict ? null : (places[0]?.ref ?? null);
  }

  return function measure(article: Article, index: number): Array<Measure | null> {
    const sentence = article.sentences[index]!;
    const lower = new Set(words(sentence.text));
    return sentence.quantities.map((q) => {
      if (q.value === null && q.min === null) return null;
      // Shares ("die Hälfte", "ein Drittel") are ratios, not counts: they compare with nothing.
      if (q.unit === null && q.value !== null && q.value < 1) return null;
      const value = q.value ?? ((q.min ?? 0) + (q.max ?? 0)) / 2;
      const counted = q.counted?.toLowerCase() ?? null;
      let weapon = weaponOfCounted(sentence, q);
      if (weapon || (counted && anaphora.has(counted))) weapon = resolveWeapon(article.sentences, index, weapon && generic.has(weapon) ? weapon : weapon);
      if (q.unit) {
        const subject = weapon ?? resolveWeapon(article.sentences, index, sentence.mentions.find((m) => m.kind === 'weapon')?.ref ?? null);
        if (!subject) return null;
        return { key: `${subject}|${q.unit}`, label: `${weaponById.get(subject)?.name ?? subject} · ${q.unit}`, quantity: value };
      }
      if (weapon) return { key: `${weapon}|count`, label: `${weaponById.get(weapon)?.name ?? weapon} · Anzahl`, quantity: value };
      let kind = counted ? kindByLemma.get(counted) : undefined;
      if (!kind && !counted) kind = kinds.kinds.find((k) => k.counted.some((c) => [...lower].some((w) => w.startsWith(c.toLowerCase()))));
      if (!kind) return null;
      if (kind.context?.some((c) => lower.has(c.toLowerCase())) && kind.instead) kind = kindById.get(kind.instead) ?? kind;
      const actor = actorOf(sentence, q, counted === null);
      if (counted === null && actor === null) return null;
      return { key: `${kind.id}|${actor ?? '-'}`, label: actor ? `${kind.label} · ${placeNames.get(actor) ?? actor}` : kind.label, quantity: value };
    });
  };
}

function agrees(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

export function linkClaims(articles: Article[], claims: Claim[], lexicon: Lexicon, kinds: QuantityKinds): Claim[] {
  const measure = createMeasurer(lexicon, kinds);
  const generic = new Set(lexicon.weapons.filter((w) => w.generic).map((w) => w.id));
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const measures = new Map(claims.map((c) => [c.id, measure(byArticle.get(c.article)!, c.sentenceIndex)]));
  const weapons = new Map(claims.map((c) => [c.id, new Set(c.mentions.filter((m) => m.kind === 'weapon' && !generic.has(m.ref)).map((m) => m.ref))]));
  const rank = { conflicts: 0, agrees: 1, related: 2 } as const;
  // Only claims that share a figure key or a specific weapon can be linked: index them by both, so a
  // claim is compared with its candidates, not with the whole corpus.
  const position = new Map(claims.map((c, i) => [c.id, i]));
  const buckets = new Map<string, Claim[]>();
  const keysOf = (c: Claim) => [...new Set([...measures.get(c.id)!.flatMap((m) => (m ? [`m:${m.key}`] : [])), ...[...weapons.get(c.id)!].map((w) => `w:${w}`)])];
  for (const c of claims) for (const key of keysOf(c)) buckets.set(key, [...(buckets.get(key) ?? []), c]);

  return claims.map((claim) => {
    const found: Related[] = [];
    const mine = measures.get(claim.id)!;
    const candidates = [...new Set(keysOf(claim).flatMap((key) => buckets.get(key)!))].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    for (const other of candidates) {
      if (other.article === claim.article) continue;
      const theirs = measures.get(other.id)!;
      // One entry per figure of this claim that the other claim also gives, the closest of its figures.
      let compared = false;
      mine.forEach((m, i) => {
        let best: Related | null = null;
        let distance = Infinity;
        theirs.forEach((t, j) => {
          if (!m || !t || m.key !== t.key) return;
          const d = Math.abs(m.quantity - t.quantity);
          if (d < distance) {
            distance = d;
            best = { id: other.id, relation: agrees(m.quantity, t.quantity) ? 'agrees' : 'conflicts', basis: m.label, mine: i, theirs: j };
          }
        });
        if (best) {
          found.push(best);
          compared = true;
        }
      });
      if (!compared && [...weapons.get(claim.id)!].some((w) => weapons.get(other.id)!.has(w))) found.push({ id: other.id, relation: 'related' });
    }
    const related = found.sort((a, b) => rank[a.relation] - rank[b.relation] || a.id.localeCompare(b.id) || (a.mine ?? 0) - (b.mine ?? 0)).slice(0, MAX_RELATED);
    return { ...claim, related };
  });
}
