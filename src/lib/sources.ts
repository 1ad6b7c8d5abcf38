/**
 * Who is cited in the corpus: the claims' `sources`, resolved by `ref` to the lexicon's organisations,
 * people and places, grouped by kind of source for /quellen/. Sources the lexicon does not know are grouped
 * by their text (case-insensitively) and get pages under /quellen/weitere/<slug>/. Pure functions over plain
 * data (no astro:content import): pages pass in what loadCorpus()/loadLexicon() gave them.
 */
import slugify from '@sindresorhus/slugify';
import type { Article, Claim, Source } from '../schemas/corpus.ts';
import type { Organisation, Person, Place } from '../schemas/lexicon.ts';

export type SourceGroupId = 'geheimdienste' | 'regierungen' | 'medien' | 'denkfabriken' | 'personen' | 'weitere';

/** The groups of /quellen/, in the order shown. */
export const SOURCE_GROUPS: ReadonlyArray<{ id: SourceGroupId; label: string }> = [
  { id: 'geheimdienste', label: 'Geheimdienste' },
  { id: 'regierungen', label: 'Regierungen und Ministerien' },
  { id: 'medien', label: 'Medien und Nachrichtenagenturen' },
  { id: 'denkfabriken', label: 'Denkfabriken' },
  { id: 'personen', label: 'Personen' },
  { id: 'weitere', label: 'Weitere' },
];

const ORGANISATION_TYPES: Record<Organisation['type'], { group: SourceGroupId; label: string }> = {
  geheimdienst: { group: 'geheimdienste', label: 'Geheimdienst' },
  ministerium: { group: 'regierungen', label: 'Ministerium' },
  regierung: { group: 'regierungen', label: 'Regierung' },
  militaer: { group: 'regierungen', label: 'Streitkräfte' },
  medium: { group: 'medien', label: 'Medium' },
  nachrichtenagentur: { group: 'medien', label: 'Nachrichtenagentur' },
  denkfabrik: { group: 'denkfabriken', label: 'Denkfabrik' },
  buendnis: { group: 'weitere', label: 'Bündnis' },
  organisation: { group: 'weitere', label: 'Organisation' },
  unternehmen: { group: 'weitere', label: 'Unternehmen' },
  stiftung: { group: 'weitere', label: 'Stiftung' },
};

const PLACE_TYPES: Record<Place['type'], string> = {
  staat: 'Staat (ohne genauere Angabe der Stelle)',
  region: 'Region',
  stadt: 'Stadt',
  ort: 'Ort',
  gewaesser: 'Gewässer',
  sonstiges: 'Ort',
};

export interface SourceLexicon {
  organisations: readonly Organisation[];
  people: readonly Person[];
  places: readonly Place[];
}

/** One claim that cites a source, with the mentions of the source in it (as written, direct or inherited). */
export interface Citation {
  claim: Claim;
  mentions: Source[];
  /** True when at least one mention names the source in the claim's own sentence. */
  direct: boolean;
}

export interface SourceEntry {
  /** The lexicon id for resolved sources, the slug for the others. */
  key: string;
  /** Page of the source ("/quellen/nis/", "/quellen/weitere/experten/"), without the base path. */
  url: string;
  name: string;
  kind: 'organisation' | 'person' | 'place' | null;
  group: SourceGroupId;
  /** German type label ("Geheimdienst", "Person", role of a person when known). */
  typeLabel: string;
  description: string | null;
  /** The lexicon entry, for details on the source page. */
  organisation?: Organisation;
  person?: Person;
  place?: Place;
  /** Spellings as written in the claims, most frequent first. */
  namedAs: string[];
  citations: Citation[];
}

export interface SourceIndex {
  /** Sources resolved to the lexicon, each with at least one claim, sorted by name. */
  resolved: SourceEntry[];
  /** Sources not in the lexicon, grouped by text case-insensitively, sorted by name. */
  unresolved: SourceEntry[];
  byGroup: Array<{ id: SourceGroupId; label: string; entries: SourceEntry[] }>;
}

/** Group key of an unresolved source: its text, lowercased, with whitespace collapsed. */
export function unresolvedKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('de');
}

function slugOf(text: string): string {
  return slugify(text, { customReplacements: [['ß', 'ss']] }) || 'quelle';
}

interface Resolved {
  kind: 'organisation' | 'person' | 'place';
  organisation?: Organisation;
  person?: Person;
  place?: Place;
}

function resolver(lexicon: SourceLexicon): (ref: string | null) => Resolved | null {
  const organisations = new Map(lexicon.organisations.map((o) => [o.id, o]));
  const people = new Map(lexicon.people.map((p) => [p.id, p]));
  const places = new Map(lexicon.places.map((p) => [p.id, p]));
  return (ref) => {
    if (ref === null) return null;
    const organisation = organisations.get(ref);
    if (organisation) return { kind: 'organisation', organisation };
    const person = people.get(ref);
    if (person) return { kind: 'person', person };
    const place = places.get(ref);
    if (place) return { kind: 'place', place };
    return null;
  };
}

function details(resolved: Resolved): Pick<SourceEntry, 'name' | 'kind' | 'group' | 'typeLabel' | 'description' | 'organisation' | 'person' | 'place'> {
  if (resolved.organisation) {
    const o = resolved.organisation;
    const type = ORGANISATION_TYPES[o.type];
    return { name: o.name, kind: 'organisation', group: type.group, typeLabel: type.label, description: o.description ?? null, organisation: o };
  }
  if (resolved.person) {
    const p = resolved.person;
    return { name: p.name, kind: 'person', group: 'personen', typeLabel: p.role ?? 'Person', description: p.description ?? null, person: p };
  }
  const place = resolved.place!;
  return { name: place.name, kind: 'place', group: 'weitere', typeLabel: PLACE_TYPES[place.type], description: place.description ?? null, place };
}

/** Most frequent spelling first; ties in order of first appearance. */
function spellings(mentions: Source[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([text]) => text);
}

/** Every source cited in the claims, resolved and grouped. Claims keep the order given (corpus order). */
export function collectSources(claims: readonly Claim[], lexicon: SourceLexicon): SourceIndex {
  const resolve = resolver(lexicon);
  const buckets = new Map<string, { resolved: Resolved | null; byClaim: Map<string, Citation> }>();
  for (const claim of claims) {
    for (const source of claim.sources) {
      if (source.text.trim() === '') continue;
      const resolved = resolve(source.ref);
      const key = resolved ? `ref:${source.ref}` : `text:${unresolvedKey(source.text)}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = { resolved, byClaim: new Map() }));
      let citation = bucket.byClaim.get(claim.id);
      if (!citation) bucket.byClaim.set(claim.id, (citation = { claim, mentions: [], direct: false }));
      citation.mentions.push(source);
      citation.direct ||= !source.inherited;
    }
  }

  const byName = (a: SourceEntry, b: SourceEntry) => a.name.localeCompare(b.name, 'de') || a.key.localeCompare(b.key);
  const resolved: SourceEntry[] = [];
  const unresolved: SourceEntry[] = [];
  for (const [key, { resolved: r, byClaim }] of buckets) {
    const citations = [...byClaim.values()];
    const namedAs = spellings(citations.flatMap((c) => c.mentions));
    if (r) {
      const id = key.slice('ref:'.length);
      resolved.push({ key: id, url: `/quellen/${id}/`, namedAs, citations, ...details(r) });
    } else {
      unresolved.push({ key: '', url: '', name: namedAs[0]!, kind: null, group: 'weitere', typeLabel: 'nicht im Lexikon', description: null, namedAs, citations });
    }
  }
  resolved.sort(byName);
  // Slugs in name order, so that a new source that collides only ever gets the suffix, never takes it away.
  unresolved.sort((a, b) => unresolvedKey(a.name).localeCompare(unresolvedKey(b.name), 'de') || a.name.localeCompare(b.name));
  const taken = new Set<string>();
  for (const entry of unresolved) {
    const base = slugOf(entry.name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    entry.key = slug;
    entry.url = `/quellen/weitere/${slug}/`;
  }
  unresolved.sort(byName);
  const byGroup = SOURCE_GROUPS.map((g) => ({ ...g, entries: resolved.filter((e) => e.group === g.id) })).filter((g) => g.entries.length > 0);
  return { resolved, unresolved, byGroup };
}

export interface ArticleOutlet {
  /** The outlet as given in the article metadata, or null for articles without one. */
  name: string | null;
  /** The lexicon entry when the outlet is known by name, alias or domain. */
  organisation: Organisation | null;
  articles: Article[];
}

/** The outlets that published the corpus articles, by name (articles without an outlet last). */
export function articleOutlets(articles: readonly Article[], organisations: readonly Organisation[]): ArticleOutlet[] {
  const norm = (s: string) => s.trim().toLocaleLowerCase('de').replace(/^www\./, '');
  const known = new Map<string, Organisation>();
  for (const o of organisations) {
    if (o.type !== 'medium' && o.type !== 'nachrichtenagentur') continue;
    for (const name of [o.name, ...o.aliases, ...o.domains]) if (!known.has(norm(name))) known.set(norm(name), o);
  }
  const groups = new Map<string, ArticleOutlet>();
  for (const article of articles) {
    const name = article.outlet?.trim() || null;
    const organisation = name === null ? null : (known.get(norm(name)) ?? null);
    const key = organisation ? `org:${organisation.id}` : name === null ? 'none' : `name:${norm(name)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name: organisation?.name ?? name, organisation, articles: [] }));
    group.articles.push(article);
  }
  return [...groups.values()].sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'de')));
}

export interface SiteSources extends SourceIndex {
  outlets: ArticleOutlet[];
  /** Page of every source with one, by lexicon id (resolved) — for links between source pages. */
  pageByRef: Map<string, string>;
  articleById: Map<string, Article>;
  placeName: (id: string) => string | null;
  organisationName: (id: string) => string | null;
}

let cached: Promise<SiteSources> | undefined;

/**
 * Everything the /quellen/ pages need, computed once per build. The corpus and lexicon modules are imported
 * lazily, so that this module stays importable outside Astro (tests of the pure functions above).
 */
export function loadSources(): Promise<SiteSources> {
  cached ??= (async () => {
    const [{ loadCorpus }, { loadLexicon }] = await Promise.all([import('./corpus.ts'), import('./lexicon.ts')]);
    const [{ articles, claims, articleById }, lexicon] = await Promise.all([loadCorpus(), loadLexicon()]);
    const index = collectSources(claims, lexicon);
    const places = new Map(lexicon.places.map((p) => [p.id, p.name]));
    const organisations = new Map(lexicon.organisations.map((o) => [o.id, o.name]));
    return {
      ...index,
      outlets: articleOutlets(articles, lexicon.organisations),
      pageByRef: new Map(index.resolved.map((e) => [e.key, e.url])),
      articleById,
      placeName: (id) => places.get(id) ?? null,
      organisationName: (id) => organisations.get(id) ?? null,
    };
  })();
  return cached;
}
