/**
 * Pure helpers for the weapon pages (/waffen/): which claims mention a weapon, how they are grouped
 * (rules from content/language/claim-groups.yaml), which figures of the articles belong to a weapon, and
 * labels for the specs and the chart. No Astro imports, so unit tests can load this module directly.
 */
import { z } from 'astro/zod';
import { resolveSpecificWeapon } from '../../scripts/ingest/08-link.ts';
import type { Approx, Article, Claim, Quantity, Sentence } from '../schemas/corpus.ts';

/* ───────────────────────── claim groups ───────────────────────── */

const wordList = z.array(z.string().min(1)).default([]);

export const claimGroupsSchema = z.object({
  groups: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        label: z.string().min(1),
        words: z.object({ de: wordList, en: wordList }).partial().default({}),
        /** "count" (a figure without unit) or a unit ("km"). */
        quantities: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(1),
});
export type ClaimGroupsData = z.infer<typeof claimGroupsSchema>;

export interface ClaimGroup {
  id: string;
  label: string;
  /** True for the group without rules that takes every claim no other group matched. */
  fallback: boolean;
  matches(claim: Pick<Claim, 'text' | 'quantities'>): boolean;
}

/** "liefer*" → prefix, "*aufnahmen" → suffix (German compounds), words separated by spaces → phrase. */
export function wordPattern(pattern: string): RegExp {
  const parts = pattern
    .trim()
    .toLocaleLowerCase('de')
    .split(/\s+/u)
    .map((part) => {
      const escaped = part.replace(/^\*|\*$/gu, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      return `${part.startsWith('*') ? '[\\p{L}\\p{N}]*' : ''}${escaped}${part.endsWith('*') ? '[\\p{L}\\p{N}]*' : ''}`;
    });
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

/** A figure the chart can draw: a number or a range. */
export function hasNumber(q: Pick<Quantity, 'value' | 'min' | 'max'>): boolean {
  return q.value !== null || q.min !== null || q.max !== null;
}

/** Validates the YAML data and compiles its rules. Throws with the file name on error. */
export function compileClaimGroups(data: unknown, file = 'claim-groups.yaml'): ClaimGroup[] {
  const parsed = claimGroupsSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const groups = parsed.data.groups.map((g, index) => {
    const patterns = [...(g.words.de ?? []), ...(g.words.en ?? [])].map(wordPattern);
    const fallback = patterns.length === 0 && g.quantities.length === 0;
    if (fallback && index !== parsed.data.groups.length - 1) throw new Error(`${file}: group "${g.id}" has no rules; only the last group may be the catch-all`);
    return {
      id: g.id,
      label: g.label,
      fallback,
      matches(claim: Pick<Claim, 'text' | 'quantities'>) {
        if (fallback) return true;
        const text = claim.text.toLocaleLowerCase('de');
        if (patterns.some((p) => p.test(text))) return true;
        return claim.quantities.some((q) => hasNumber(q) && g.quantities.some((kind) => (kind === 'count' ? q.unit === null : q.unit === kind)));
      },
    };
  });
  if (!groups.at(-1)!.fallback) throw new Error(`${file}: the last group must have no rules (it takes the remaining claims)`);
  return groups;
}

/** The first group, in file order, whose rules match the claim. */
export function groupOf(claim: Pick<Claim, 'text' | 'quantities'>, groups: ClaimGroup[]): ClaimGroup {
  return groups.find((g) => g.matches(claim)) ?? groups.at(-1)!;
}

/** Claims sorted into the groups, in group order; empty groups are left out. */
export function groupClaims<C extends Pick<Claim, 'text' | 'quantities'>>(claims: C[], groups: ClaimGroup[]): Array<{ group: ClaimGroup; claims: C[] }> {
  const out = new Map(groups.map((g) => [g.id, [] as C[]]));
  for (const claim of claims) out.get(groupOf(claim, groups).id)!.push(claim);
  return groups.map((group) => ({ group, claims: out.get(group.id)! })).filter((g) => g.claims.length > 0);
}

/* ───────────────────────── claims and figures per weapon ───────────────────────── */

export interface WeaponRef {
  id: string;
  category: string;
  generic: boolean;
  related: string[];
}

/** Weapon ids a claim names directly, in order of first mention. */
export function weaponIdsOf(claim: Pick<Claim, 'mentions'>): string[] {
  return [...new Set(claim.mentions.filter((m) => m.kind === 'weapon').map((m) => m.ref))];
}

/** Claims per weapon id that name the weapon directly. */
export function claimsByWeapon<C extends Pick<Claim, 'mentions'>>(claims: C[]): Map<string, C[]> {
  const out = new Map<string, C[]>();
  for (const claim of claims) for (const id of weaponIdsOf(claim)) out.set(id, [...(out.get(id) ?? []), claim]);
  return out;
}

/** The specific system a generic word stands for ("Haubitzen" in an article about the Taebaek): the ingest's rule. */
export function resolveGeneric(sentences: Sentence[], index: number, genericId: string, weapons: Map<string, WeaponRef>): string | null {
  return weapons.get(genericId)?.generic ? (resolveSpecificWeapon(sentences, index, genericId, weapons) ?? null) : null;
}

/** The specific system an anaphor ("200 dieser Systeme") points back to: the one named in this or the two sentences before. */
function resolveAnaphor(sentences: Sentence[], index: number, weapons: Map<string, WeaponRef>): string | null {
  return resolveSpecificWeapon(sentences, index, null, weapons) ?? null;
}

export type FigureKind = 'count' | 'range';

export interface Figure {
  kind: FigureKind;
  claimId: string;
  articleId: string;
  /** Index of the quantity in the claim. */
  index: number;
  quantity: Quantity;
  /** The words that name the weapon in the sentence ("Haubitzen"), when the weapon is named only through a generic word or an anaphor. */
  via: string | null;
}

/** Units drawn in the range chart. */
const RANGE_UNITS = new Set(['km']);
/** At most this many characters between a count and the weapon that follows it ("knapp 50 schwere Haubitzen"). */
const MAX_GAP = 40;

/**
 * Which weapons a figure is about, with the words that name them:
 * - a count (no unit) is about the weapon named right after it ("knapp 50 schwere Haubitzen", "at least
 *   two North Korean KN-23 missiles"), or the system an anaphor points back to ("200 dieser Systeme");
 * - a range (km) is about the weapon named last before it, else the first one after it.
 * A generic word also counts for the specific system it stands for in the article.
 */
export function figureOwners(sentences: Sentence[], index: number, q: Quantity, weapons: Map<string, WeaponRef>, anaphora: Set<string>): Array<{ id: string; via: string }> {
  const sentence = sentences[index]!;
  const mentions = sentence.mentions.filter((m) => m.kind === 'weapon').sort((a, b) => a.start - b.start);
  let named: { ref: string; text: string } | undefined;
  if (q.unit === null) {
    const after = mentions.find((m) => m.start >= q.end && m.start - q.end <= MAX_GAP);
    const gap = after ? sentence.text.slice(q.end, after.start) : '';
    if (after && (q.counted ? after.text.toLocaleLowerCase('de').includes(q.counted.toLocaleLowerCase('de').slice(0, 5)) : !/[\d,.;:!?()]/u.test(gap))) named = after;
    else if (q.counted && anaphora.has(q.counted.toLocaleLowerCase('de'))) {
      const id = resolveAnaphor(sentences, index, weapons);
      return id ? [{ id, via: q.counted }] : [];
    }
  } else if (RANGE_UNITS.has(q.unit)) {
    named = mentions.filter((m) => m.end <= q.start).at(-1) ?? mentions.find((m) => m.start >= q.end);
  }
  if (!named) return [];
  const owners = [{ id: named.ref, via: named.text }];
  const specific = resolveGeneric(sentences, index, named.ref, weapons);
  if (specific) owners.push({ id: specific, via: named.text });
  return owners;
}

/** Figures the articles give for each weapon id, in claim order. `via` is set when the claim does not name the weapon itself. */
export function figuresByWeapon(
  claims: Array<Pick<Claim, 'id' | 'article' | 'sentenceIndex' | 'quantities' | 'mentions'>>,
  articleById: Map<string, Pick<Article, 'sentences'>>,
  weapons: Map<string, WeaponRef>,
  anaphora: Set<string> = new Set(),
): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const claim of claims) {
    const sentences = articleById.get(claim.article)?.sentences;
    if (!sentences?.[claim.sentenceIndex]) continue;
    const direct = new Set(weaponIdsOf(claim));
    claim.quantities.forEach((quantity, index) => {
      if (!hasNumber(quantity)) return;
      const kind: FigureKind = quantity.unit === null ? 'count' : 'range';
      const seen = new Set<string>();
      for (const owner of figureOwners(sentences, claim.sentenceIndex, quantity, weapons, anaphora)) {
        if (seen.has(owner.id) || !weapons.has(owner.id)) continue;
        seen.add(owner.id);
        const figure: Figure = { kind, claimId: claim.id, articleId: claim.article, index, quantity, via: direct.has(owner.id) ? null : owner.via };
        out.set(owner.id, [...(out.get(owner.id) ?? []), figure]);
      }
    });
  }
  return out;
}

/* ───────────────────────── labels ───────────────────────── */

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** Approximators as German words before the number, the way articles write them ("knapp 50", "rund 200"). */
export const APPROX_WORDS: Record<Approx, string> = {
  exact: '',
  about: 'rund',
  under: 'knapp',
  over: 'über',
  'at-least': 'mindestens',
  'at-most': 'höchstens',
  'up-to': 'bis zu',
  range: '',
};

/** "knapp 50", "bis zu 50 km", "40–60 km", "über 5 Mio." */
export function figureLabel(q: Pick<Quantity, 'value' | 'min' | 'max' | 'approx' | 'unit'>): string {
  const unit = q.unit && q.unit !== 'Prozent' ? ` ${q.unit}` : q.unit === 'Prozent' ? ' %' : '';
  if (q.value === null || q.approx === 'range') {
    const lo = q.min ?? q.value;
    const hi = q.max ?? q.value;
    if (lo !== null && hi !== null && lo !== hi) return `${NUMBER.format(lo)}–${NUMBER.format(hi)}${unit}`;
    const only = lo ?? hi;
    return only === null ? '' : `${NUMBER.format(only)}${unit}`;
  }
  const word = APPROX_WORDS[q.approx];
  return `${word ? `${word} ` : ''}${NUMBER.format(q.value)}${unit}`;
}

/** Extent of a figure for drawing: the bar runs to `to`; a range also has a lighter part from `from`. */
export function figureExtent(q: Pick<Quantity, 'value' | 'min' | 'max'>): { from: number | null; to: number } {
  if (q.value !== null && (q.min === null || q.max === null)) return { from: null, to: q.value };
  const lo = q.min ?? q.value ?? q.max ?? 0;
  const hi = q.max ?? q.value ?? lo;
  return lo === hi ? { from: null, to: hi } : { from: lo, to: hi };
}

/** Host name for a source link ("www.example.org/x" → "example.org"); the URL itself when it does not parse. */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./u, '');
  } catch {
    return href;
  }
}

/** The first sentence of a description, for one-line summaries (does not cut after "z. B." or "170-mm-"). */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  const re = /[.!?](?=\s+[\p{Lu}\d„"])/gu;
  for (let m = re.exec(clean); m; m = re.exec(clean)) {
    const before = clean.slice(0, m.index);
    const lastWord = before.split(/\s/u).at(-1) ?? '';
    // Abbreviations: "z. B.", "u. a.", "Nr.", "ca.", single letters and ordinal numbers ("20. November").
    if (/^(?:\p{L}|\p{L}\.\p{L}|ca|bzw|Nr|vgl|etc|usw|Mio|Mrd|\d+)$/u.test(lastWord)) continue;
    return clean.slice(0, m.index + 1);
  }
  return clean;
}
