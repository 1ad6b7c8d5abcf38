/**
 * Facets of the claims index (Haltung, Waffensystem, Quelle) and the counts behind the home page lead:
 * which claims belong to which facet, and which weapons, places and sources the corpus mentions most.
 * Everything is computed from the corpus and the lexicon; nothing here knows a particular article.
 */
import type { Article, Claim, MentionKind, Stance } from '../schemas/corpus.ts';
import type { SiteLexicon } from './lexicon.ts';
import { STANCE_LABELS, url } from './site.ts';

export type FacetKind = 'haltung' | 'waffe' | 'quelle';

export interface Facet {
  kind: FacetKind;
  /** Stance, weapon id or source ref: the last part of the URL. */
  id: string;
  label: string;
  href: string;
  claims: Claim[];
  /** Generic weapon categories (Artillerie, Drohne) are listed after the systems. */
  generic?: boolean;
}

export const FACET_GROUP_LABELS: Record<FacetKind, string> = { haltung: 'Haltung', waffe: 'Waffensystem', quelle: 'Quelle' };

/** The five stances in the order of the schema, each with its claims (possibly none). */
export function stanceFacets(claims: Claim[]): Facet[] {
  return (Object.keys(STANCE_LABELS) as Stance[]).map((stance) => ({
    kind: 'haltung',
    id: stance,
    label: STANCE_LABELS[stance].label,
    href: url(`/behauptungen/haltung/${stance}/`),
    claims: claims.filter((c) => c.stance === stance),
  }));
}

const byCount = (a: Facet, b: Facet) => b.claims.length - a.claims.length || a.label.localeCompare(b.label, 'de');

/** Every weapon mentioned in at least one claim: specific systems first, then generic categories. */
export function weaponFacets(claims: Claim[], lexicon: SiteLexicon): Facet[] {
  const byRef = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const ref of new Set(claim.mentions.filter((m) => m.kind === 'weapon').map((m) => m.ref))) byRef.set(ref, [...(byRef.get(ref) ?? []), claim]);
  }
  return [...byRef]
    .map(([ref, list]): Facet => ({
      kind: 'waffe',
      id: ref,
      label: lexicon.nameOf('weapon', ref),
      href: url(`/behauptungen/waffe/${ref}/`),
      claims: list,
      generic: lexicon.weaponById.get(ref)?.generic ?? false,
    }))
    .sort((a, b) => Number(a.generic) - Number(b.generic) || byCount(a, b));
}

export interface SourceEntry {
  name: string;
  /** "Organisation", "Person", "Ort". */
  kindLabel: string;
  description: string | null;
  /** Role of a person, type of an organisation. */
  detail: string | null;
}

/** The lexicon entry a source ref names: organisations, people and places share one id space. */
export function sourceEntry(ref: string, lexicon: SiteLexicon): SourceEntry | null {
  const org = lexicon.organisations.find((o) => o.id === ref);
  if (org) return { name: org.name, kindLabel: 'Organisation', description: org.description ?? null, detail: null };
  const person = lexicon.people.find((p) => p.id === ref);
  if (person) return { name: person.name, kindLabel: 'Person', description: person.description ?? null, detail: person.role ?? null };
  const place = lexicon.places.find((p) => p.id === ref);
  if (place) return { name: place.name, kindLabel: 'Ort', description: place.description ?? null, detail: null };
  return null;
}

/** Every resolved source (a lexicon ref) cited by at least one claim, quoted or carried over. */
export function sourceFacets(claims: Claim[], lexicon: SiteLexicon): Facet[] {
  const byRef = new Map<string, { claims: Claim[]; text: string }>();
  for (const claim of claims) {
    for (const source of claim.sources) {
      if (!source.ref) continue;
      const entry = byRef.get(source.ref) ?? { claims: [], text: source.text };
      if (!entry.claims.includes(claim)) entry.claims.push(claim);
      byRef.set(source.ref, entry);
    }
  }
  return [...byRef]
    .map(([ref, { claims: list, text }]): Facet => ({
      kind: 'quelle',
      id: ref,
      label: sourceEntry(ref, lexicon)?.name ?? text,
      href: url(`/behauptungen/quelle/${ref}/`),
      claims: list,
    }))
    .sort(byCount);
}

export interface AllFacets {
  haltung: Facet[];
  waffe: Facet[];
  quelle: Facet[];
}

export function allFacets(claims: Claim[], lexicon: SiteLexicon): AllFacets {
  return { haltung: stanceFacets(claims), waffe: weaponFacets(claims, lexicon), quelle: sourceFacets(claims, lexicon) };
}

export interface Ranked {
  ref: string;
  name: string;
  /** Sentences that mention (or cite) it, in all articles. */
  sentences: number;
  /** Articles that mention (or cite) it. */
  articles: number;
}

function rank(counts: Map<string, { sentences: number; articles: Set<string> }>, nameOf: (ref: string) => string): Ranked[] {
  return [...counts]
    .map(([ref, c]) => ({ ref, name: nameOf(ref), sentences: c.sentences, articles: c.articles.size }))
    .sort((a, b) => b.sentences - a.sentences || b.articles - a.articles || a.name.localeCompare(b.name, 'de'));
}

/** Lexicon entries of one kind by the number of sentences mentioning them, over all articles. */
export function mostMentioned(articles: Article[], kind: MentionKind, lexicon: SiteLexicon): Ranked[] {
  const counts = new Map<string, { sentences: number; articles: Set<string> }>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      for (const ref of new Set(sentence.mentions.filter((m) => m.kind === kind).map((m) => m.ref))) {
        const c = counts.get(ref) ?? { sentences: 0, articles: new Set() };
        c.sentences += 1;
        c.articles.add(article.id);
        counts.set(ref, c);
      }
    }
  }
  return rank(counts, (ref) => lexicon.nameOf(kind, ref));
}

/** Resolved cited sources by the number of sentences citing them, over all articles. */
export function mostCited(articles: Article[], lexicon: SiteLexicon): Ranked[] {
  const counts = new Map<string, { sentences: number; articles: Set<string> }>();
  const text = new Map<string, string>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      for (const source of sentence.sources) {
        if (source.ref && !text.has(source.ref)) text.set(source.ref, source.text);
      }
      for (const ref of new Set(sentence.sources.map((s) => s.ref).filter((r): r is string => r !== null))) {
        const c = counts.get(ref) ?? { sentences: 0, articles: new Set() };
        c.sentences += 1;
        c.articles.add(article.id);
        counts.set(ref, c);
      }
    }
  }
  return rank(counts, (ref) => sourceEntry(ref, lexicon)?.name ?? text.get(ref) ?? ref);
}

/** Sentences of an article per stance. */
export function stanceCounts(items: Array<{ stance: Stance }>): Record<Stance, number> {
  const out = Object.fromEntries(Object.keys(STANCE_LABELS).map((s) => [s, 0])) as Record<Stance, number>;
  for (const item of items) out[item.stance] += 1;
  return out;
}

/** "A", "A und B", "A, B und C". */
export function germanList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}
