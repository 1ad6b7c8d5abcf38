/**
 * Data for the weapon pages (/waffen/ and /waffen/<id>/), computed once per build from the curated lexicon,
 * the generated corpus and the grouping rules in content/language/claim-groups.yaml. The rules themselves
 * are pure functions in weapon-figures.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Article, Claim } from '../schemas/corpus.ts';
import type { Weapon } from '../schemas/lexicon.ts';
import { loadCorpus } from './corpus.ts';
import { loadLexicon } from './lexicon.ts';
import { claimsByWeapon, compileClaimGroups, figuresByWeapon, groupClaims, type ClaimGroup, type Figure } from './weapon-figures.ts';

export const CLAIM_GROUPS_FILE = 'language/claim-groups.yaml';
const QUANTITY_KINDS_FILE = 'language/quantity-kinds.yaml';

/** German labels of the categories, as headings on the index and as the category of an entry. */
export const CATEGORY_LABELS: Record<Weapon['category'], string> = {
  artillerie: 'Artillerie',
  raketenartillerie: 'Raketenartillerie',
  'ballistische-rakete': 'Ballistische Raketen',
  marschflugkoerper: 'Marschflugkörper',
  flugabwehr: 'Flugabwehr',
  drohne: 'Drohnen',
  flugzeug: 'Flugzeuge',
  fahrzeug: 'Fahrzeuge',
  munition: 'Munition und Lenkflugkörper',
  handwaffe: 'Handwaffen',
  kategorie: 'Übergreifende Begriffe',
};
export const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as Array<Weapon['category']>;

export interface WeaponClaim {
  claim: Claim;
  article: Article;
  /** Words that stand for the weapon when the claim does not name it ("Haubitzen"); null when it does. */
  via: string | null;
}

export interface WeaponPage {
  weapon: Weapon;
  /** Claims that name the weapon. */
  direct: WeaponClaim[];
  /** Claims that do not name it but give a figure the article attributes to it through a generic word. */
  indirect: WeaponClaim[];
  groups: Array<{ group: ClaimGroup; claims: WeaponClaim[] }>;
  counts: Figure[];
  ranges: Figure[];
  /** Articles with a sentence that names the weapon, with the number of such sentences. */
  articles: Array<{ article: Article; sentences: number }>;
  related: Weapon[];
  origin: string | null;
}

function contentFile(name: string): string {
  const own = resolve(process.cwd(), process.env.QL_CONTENT_DIR ?? 'content', name);
  return existsSync(own) ? own : resolve(process.cwd(), 'content', name);
}

export function loadClaimGroups(): ClaimGroup[] {
  const file = contentFile(CLAIM_GROUPS_FILE);
  return compileClaimGroups(parseYaml(readFileSync(file, 'utf8')), file);
}

function loadAnaphora(): Set<string> {
  try {
    const data = parseYaml(readFileSync(contentFile(QUANTITY_KINDS_FILE), 'utf8')) as { anaphora?: unknown } | null;
    return new Set(Array.isArray(data?.anaphora) ? data.anaphora.filter((a): a is string => typeof a === 'string').map((a) => a.toLocaleLowerCase('de')) : []);
  } catch {
    return new Set();
  }
}

let cached: Promise<Map<string, WeaponPage>> | undefined;

/** One entry per weapon of the lexicon, in lexicon order (by name). */
export function loadWeaponPages(): Promise<Map<string, WeaponPage>> {
  cached ??= (async () => {
    const [{ claims, articles, articleById }, lexicon] = await Promise.all([loadCorpus(), loadLexicon()]);
    const groups = loadClaimGroups();
    const byWeapon = claimsByWeapon(claims);
    const figures = figuresByWeapon(claims, articleById, lexicon.weaponById, loadAnaphora());
    const claimById = new Map(claims.map((c) => [c.id, c]));
    const order = new Map(claims.map((c, i) => [c.id, i]));
    const pages = new Map<string, WeaponPage>();
    for (const weapon of lexicon.weapons) {
      const own = figures.get(weapon.id) ?? [];
      const direct = (byWeapon.get(weapon.id) ?? []).map((claim) => ({ claim, article: articleById.get(claim.article)!, via: null }));
      const directIds = new Set(direct.map((d) => d.claim.id));
      const indirect: WeaponClaim[] = [];
      for (const f of own) {
        if (directIds.has(f.claimId) || indirect.some((i) => i.claim.id === f.claimId)) continue;
        const claim = claimById.get(f.claimId)!;
        indirect.push({ claim, article: articleById.get(claim.article)!, via: f.via });
      }
      const all = [...direct, ...indirect].sort((a, b) => order.get(a.claim.id)! - order.get(b.claim.id)!);
      const grouped = groupClaims(
        all.map((c) => ({ ...c, text: c.claim.text, quantities: c.claim.quantities })),
        groups,
      ).map(({ group, claims: list }) => ({ group, claims: list.map(({ claim, article, via }) => ({ claim, article, via })) }));
      const byDate = (a: Figure, b: Figure) => {
        const x = articleById.get(a.articleId)!;
        const y = articleById.get(b.articleId)!;
        return (x.published ?? '9999').localeCompare(y.published ?? '9999') || order.get(a.claimId)! - order.get(b.claimId)! || a.index - b.index;
      };
      const mentioning = articles
        .map((article) => ({ article, sentences: article.sentences.filter((s) => s.mentions.some((m) => m.kind === 'weapon' && m.ref === weapon.id)).length }))
        .filter((a) => a.sentences > 0);
      pages.set(weapon.id, {
        weapon,
        direct,
        indirect,
        groups: grouped,
        counts: own.filter((f) => f.kind === 'count').sort(byDate),
        ranges: own.filter((f) => f.kind === 'range').sort(byDate),
        articles: mentioning,
        related: weapon.related.map((id) => lexicon.weaponById.get(id)).filter((w): w is Weapon => w !== undefined),
        origin: weapon.origin ? lexicon.nameOf('place', weapon.origin) : null,
      });
    }
    return pages;
  })();
  return cached;
}
