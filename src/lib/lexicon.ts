/** The curated lexicon as the site sees it: lookups by id and display names for mention refs. */
import { getCollection } from 'astro:content';
import type { MentionKind } from '../schemas/corpus.ts';
import type { GlossaryTerm, Organisation, Person, Place, Weapon } from '../schemas/lexicon.ts';

export interface SiteLexicon {
  weapons: Weapon[];
  glossary: Array<GlossaryTerm & { id: string }>;
  places: Place[];
  organisations: Organisation[];
  people: Person[];
  weaponById: Map<string, Weapon>;
  termById: Map<string, GlossaryTerm & { id: string }>;
  /** Display name of any entry by kind and id. */
  nameOf(kind: MentionKind, ref: string): string;
}

let cached: Promise<SiteLexicon> | undefined;

export function loadLexicon(): Promise<SiteLexicon> {
  cached ??= (async () => {
    const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'de');
    const weapons = (await getCollection('weapons')).map((e) => e.data).sort(byName);
    const glossary = (await getCollection('glossary')).map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.term.localeCompare(b.term, 'de'));
    const places = (await getCollection('places')).map((e) => e.data).sort(byName);
    const organisations = (await getCollection('organisations')).map((e) => e.data).sort(byName);
    const people = (await getCollection('people')).map((e) => e.data).sort(byName);
    const names = new Map<string, string>();
    for (const w of weapons) names.set(`weapon:${w.id}`, w.name);
    for (const t of glossary) names.set(`term:${t.id}`, t.term);
    for (const p of places) names.set(`place:${p.id}`, p.name);
    for (const o of organisations) names.set(`organisation:${o.id}`, o.name);
    for (const p of people) names.set(`person:${p.id}`, p.name);
    return {
      weapons,
      glossary,
      places,
      organisations,
      people,
      weaponById: new Map(weapons.map((w) => [w.id, w])),
      termById: new Map(glossary.map((t) => [t.id, t])),
      nameOf: (kind, ref) => names.get(`${kind}:${ref}`) ?? ref,
    };
  })();
  return cached;
}
