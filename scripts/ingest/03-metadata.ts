/**
 * Step 3: decide an article's metadata. Inferred values (title line, kicker, dateline, language, the outlet
 * where the text names itself) are overridden by the seed's front matter, which is overridden by the editor's
 * metadata file `content/articles/<seed name>.yaml`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { franc } from 'franc-min';
import { parse as parseYaml } from 'yaml';
import { articleMetaSchema, type ArticleMetaOverride } from '../../src/schemas/metadata.ts';
import type { Cleaned } from './02-clean.ts';
import { IngestError } from './errors.ts';
import type { ArticleId, SeedFile } from './types.ts';

export const METADATA_DIR = 'articles';

/** An outlet of the lexicon, for recognising the article's own outlet by its web domain or name. */
export interface OutletEntry {
  name: string;
  domains: string[];
}

export interface InferredMeta {
  title: string;
  /** True when the text has no headline line and the title was made from the first sentence. */
  titleDerived: boolean;
  kicker: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  url: string | null;
  /** Slug before collision handling. */
  slug: string;
  /** True when the slug was set by an editor (never renumbered on collision). */
  slugFixed: boolean;
}

export function metadataFileFor(contentDir: string, seedPath: string): string {
  return join(contentDir, METADATA_DIR, `${basename(seedPath).replace(/\.txt$/i, '')}.yaml`);
}

export function readMetadataOverride(file: string, displayPath: string): ArticleMetaOverride {
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new IngestError(displayPath, `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return parseOverride(data ?? {}, displayPath);
}

export function parseOverride(data: unknown, where: string): ArticleMetaOverride {
  const result = articleMetaSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const found = issue.path.reduce<unknown>((obj, key) => (obj as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], data);
    throw new IngestError(where, `field \`${issue.path.join('.') || '(root)'}\`: ${issue.message}${found === undefined ? '' : `, found ${JSON.stringify(found)}`}`);
  }
  return result.data;
}

const MAX_TITLE = 110;

export function inferMeta(seed: SeedFile, cleaned: Cleaned, overrides: ArticleMetaOverride[], outlets: OutletEntry[], firstSentence: () => string | null): InferredMeta {
  const merged: ArticleMetaOverride = Object.assign({}, ...overrides);
  const bodyText = cleaned.blocks.map((b) => b.text).join('\n');
  let title = merged.title ?? cleaned.title;
  let titleDerived = false;
  if (!title) {
    title = shortenTitle(firstSentence() ?? cleaned.blocks[0]?.text ?? seed.path);
    titleDerived = true;
  }
  const slugSource = merged.id ?? slugify(title, { customReplacements: [['ß', 'ss']] });
  return {
    title,
    titleDerived,
    kicker: merged.kicker === undefined ? cleaned.kicker : merged.kicker,
    outlet: merged.outlet === undefined ? detectOutlet(seed.text, outlets) : merged.outlet,
    published: merged.published === undefined ? cleaned.published : merged.published,
    language: merged.language ?? detectLanguage(bodyText),
    url: merged.url ?? null,
    slug: truncateSlug(slugSource) || 'artikel',
    slugFixed: merged.id !== undefined,
  };
}

/** A title made from a first sentence: without the final full stop, cut at a word boundary. */
export function shortenTitle(sentence: string): string {
  const text = sentence.trim().replace(/[.:;]$/u, '');
  if (text.length <= MAX_TITLE) return text;
  const cut = text.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')} …`;
}

const MAX_SLUG = 80;

function truncateSlug(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 20)).replace(/-+$/, '');
}

/** ISO 639-3 codes franc returns → BCP 47 primary tags, for the languages news seeds plausibly use. */
const ISO3_TO_BCP47: Record<string, string> = {
  deu: 'de', eng: 'en', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl', pol: 'pl', por: 'pt', rus: 'ru', ukr: 'uk',
  kor: 'ko', jpn: 'ja', cmn: 'zh', tur: 'tr', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', ces: 'cs', hun: 'hu',
};

/** Enough text to tell languages apart; trigram statistics over a whole long article only cost time. */
const LANGUAGE_SAMPLE = 3000;

/**
 * The commonest function words of the two languages with cue lexicons. Trigram statistics (franc) are
 * unreliable on a few short sentences ("Der erste Artikel." comes out as Spanish); function words decide
 * clearly whenever there are enough of them.
 */
const FUNCTION_WORDS: Record<'de' | 'en', Set<string>> = {
  de: new Set('der die das und ist nicht mit von zu den dem ein eine einer im auf für sich sind wurde wurden hat haben nach bei auch als aus wie dass es er sie wir'.split(' ')),
  en: new Set('the and of to is that for on with as was were are by from at it has have had this an be said not'.split(' ')),
};

function functionWordVote(text: string): 'de' | 'en' | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const de = words.filter((w) => FUNCTION_WORDS.de.has(w)).length;
  const en = words.filter((w) => FUNCTION_WORDS.en.has(w)).length;
  // Very short texts have few function words at all: one, without any of the other language, decides.
  const needed = words.length < 20 ? 1 : 2;
  if (de >= needed && de >= 3 * en && de > en) return 'de';
  if (en >= needed && en >= 3 * de && en > de) return 'en';
  return null;
}

export function detectLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  const code = franc(sample, { minLength: 20 });
  const vote = functionWordVote(sample);
  // Trust franc on long text unless the function words clearly say otherwise.
  if (vote && (sample.length < 400 || (code !== 'deu' && code !== 'eng'))) return vote;
  if (code === 'und') return 'und';
  return ISO3_TO_BCP47[code] ?? code;
}

/**
 * The outlet, where the text names itself: a web domain or outlet name in a self-reference
 * ("wie Thepik.de exklusiv erfahren hat", "erklärte gegenüber Thepik.de", "Inhalte auf t-online.de" in a
 * consent banner). Domains are matched to the lexicon's outlets to show their proper name.
 */
export function detectOutlet(text: string, outlets: OutletEntry[]): string | null {
  const counts = new Map<string, number>();
  const selfReference = /(?:wie|as)\s+([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:de|at|ch|com|net|org|eu|info|news|co\.uk|uk))\s+(?:\p{L}+\s+){0,2}(?:erfahren|berichtet|meldet|reported|learned)|(?:gegenüber|auf|told|to)\s+([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:de|at|ch|com|net|org|eu|info|news|co\.uk|uk))(?![\p{L}\p{N}])/giu;
  for (const m of text.matchAll(selfReference)) {
    const domain = (m[1] ?? m[2])!;
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best) return null;
  const domain = best[0].toLowerCase();
  const known = outlets.find((o) => o.domains.some((d) => d.toLowerCase() === domain));
  return known?.name ?? best[0];
}

/** Unique article ids: colliding slugs get -2, -3 … in seed order; editor-set ids must be unique. */
export function assignArticleIds(items: Array<{ file: string; slug: string; slugFixed: boolean }>): Map<string, ArticleId> {
  const taken = new Map<string, string>();
  const ids = new Map<string, ArticleId>();
  for (const item of items.filter((i) => i.slugFixed)) {
    const other = taken.get(item.slug);
    if (other) throw new IngestError(item.file, `article id "${item.slug}" is already used by ${other}; set a different \`id\``);
    taken.set(item.slug, item.file);
    ids.set(item.file, item.slug as ArticleId);
  }
  for (const item of items.filter((i) => !i.slugFixed)) {
    let id = item.slug;
    for (let n = 2; taken.has(id); n++) id = `${item.slug}-${n}`;
    taken.set(id, item.file);
    ids.set(item.file, id as ArticleId);
  }
  return ids;
}
