/**
 * The ingest pipeline: read → clean → metadata → segment → recognise → classify → claims → ids → emit.
 * Each seed is processed on its own; an error in one seed names the file (and line) and skips that seed,
 * never the others. Curated files under content/ are only read; output goes to the generated folder.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { articleSchema, claimSchema, type Article, type Claim, type Sentence } from '../../src/schemas/corpus.ts';
import { listSeeds, readSeed } from './01-read.ts';
import { cleanSeed, loadBoilerplate } from './02-clean.ts';
import { assignArticleIds, inferMeta, metadataFileFor, parseOverride, readMetadataOverride, type InferredMeta } from './03-metadata.ts';
import { segmentBlocks } from './04-segment.ts';
import { isClaim, loadEventLexicon, type EventLexicon } from './07-claims.ts';
import { linkClaims, loadQuantityKinds, type QuantityKinds } from './08-link.ts';
import { classifyStance } from './classify/stance.ts';
import { findSources } from './classify/sources.ts';
import { loadCueLexicon, type CueLexicon } from './classify/cues.ts';
import { IngestError } from './errors.ts';
import { SentenceIdAllocator } from './ids.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { createMentionMatcher, loadModifierHeads, type MentionMatcher } from './recognise/mentions.ts';
import { loadQuantityConfig, parseQuantities, type QuantityConfig } from './recognise/quantities.ts';
import { loadSegmenterConfig, splitSentences, type SegmenterConfig } from './segment.ts';
import type { Annotation, Segment, SeedFile, Source, SupportedLanguage } from './types.ts';

export interface IngestOptions {
  /** Project root; paths in the output are relative to it. */
  root: string;
  seedsDir: string;
  contentDir: string;
}

export interface IngestProblem {
  file: string;
  message: string;
}

export interface IngestResult {
  articles: Article[];
  claims: Claim[];
  /** Seeds that could not be built, with the reason; they are skipped, the rest is built. */
  errors: IngestProblem[];
  /** Files that are not seeds and notes about built articles. */
  warnings: IngestProblem[];
  timings: Record<string, number>;
  lexicon: Lexicon;
}

export const SUPPORTED_LANGUAGES: readonly SupportedLanguage[] = ['de', 'en'];

interface Resources {
  boilerplate: ReturnType<typeof loadBoilerplate>;
  segmenter: SegmenterConfig;
  quantities: QuantityConfig;
  cues: Record<SupportedLanguage, CueLexicon>;
  lexicon: Lexicon;
  matcher: MentionMatcher;
  events: EventLexicon;
  kinds: QuantityKinds;
}

export function loadResources(contentDir: string, root: string): Resources {
  const lexicon = loadLexicon(contentDir, root);
  return {
    boilerplate: loadBoilerplate(contentDir),
    segmenter: loadSegmenterConfig(contentDir),
    quantities: loadQuantityConfig(contentDir),
    cues: { de: loadCueLexicon(contentDir, 'de'), en: loadCueLexicon(contentDir, 'en') },
    lexicon,
    matcher: createMentionMatcher(lexicon, loadModifierHeads(contentDir)),
    events: loadEventLexicon(contentDir),
    kinds: loadQuantityKinds(contentDir),
  };
}

interface Prepared {
  seed: SeedFile;
  meta: InferredMeta;
  segments: Segment[];
  removed: Article['removed'];
  warnings: string[];
}

function prepare(seed: SeedFile, options: IngestOptions, res: Resources): Prepared {
  const cleaned = cleanSeed(seed, res.boilerplate);
  const metaFile = metadataFileFor(options.contentDir, seed.path);
  const overrides = [parseOverride(seed.frontMatter, `${seed.path} (front matter)`), readMetadataOverride(metaFile, metaFile.slice(options.root.length + 1))];
  const outlets = res.lexicon.organisations.map((o) => ({ name: o.name, domains: o.domains }));
  let segments: Segment[] | null = null;
  const segment = (language: string) => (segments ??= segmentBlocks(cleaned.blocks, language, res.segmenter));
  const meta = inferMeta(seed, cleaned, overrides, outlets, () => {
    const firstBody = cleaned.blocks.find((b) => b.role === 'body');
    return firstBody ? (splitSentences(firstBody.text, 'de', res.segmenter)[0]?.text ?? firstBody.text) : null;
  });
  // An editor's title or kicker replaces the detected one on the page; the seed's own line stays in the text.
  for (const block of cleaned.blocks) {
    if ((block.role === 'title' && block.text !== meta.title) || (block.role === 'kicker' && block.text !== meta.kicker)) block.role = 'heading';
  }
  const warnings: string[] = [];
  if (!SUPPORTED_LANGUAGES.includes(meta.language as SupportedLanguage)) {
    warnings.push(`language "${meta.language}" has no cue lexicon: sentences are built without stance and source annotation`);
  }
  if (meta.titleDerived) warnings.push('no headline line found: the title was made from the first sentence (set `title` in the metadata file)');
  const all = segment(meta.language);
  if (all.length === 0) throw new IngestError(seed.path, 'no sentences left after removing boilerplate');
  return { seed, meta, segments: all, removed: cleaned.removed, warnings };
}

interface Previous {
  sources: Source[];
  openQuote: boolean;
  stance: Annotation['stance'];
  /** The article's sentences so far, for back-references to an earlier source ("die Expertin"). */
  earlier: string[];
}

function annotate(segment: Segment, language: string, res: Resources, previous: Previous | null): Annotation & { openQuote: boolean } {
  const mentions = res.matcher.find(segment.text);
  const supported = SUPPORTED_LANGUAGES.includes(language as SupportedLanguage);
  const quantities = parseQuantities(segment.text, language === 'en' ? 'en' : 'de', res.quantities);
  if (!supported) return { mentions, quantities, stance: 'asserted', cues: [], sources: [], openQuote: false };
  const lexicon = res.cues[language as SupportedLanguage];
  const resolve = (name: string) => res.matcher.resolve(name, ['organisation', 'person', 'place'])?.ref ?? null;
  const { sources, openQuote } = findSources(segment.text, lexicon, resolve, previous ?? undefined);
  const { stance, cues } = classifyStance(segment.text, lexicon, { previousStance: previous?.stance, inQuoteContinuation: previous?.openQuote ?? false });
  return { mentions, quantities, stance, cues, sources, openQuote };
}

export function runIngest(options: IngestOptions): IngestResult {
  const timings: Record<string, number> = {};
  const time = <T>(name: string, work: () => T): T => {
    const t0 = performance.now();
    try {
      return work();
    } finally {
      timings[name] = (timings[name] ?? 0) + performance.now() - t0;
    }
  };
  const res = time('load curated data', () => loadResources(options.contentDir, options.root));
  const listing = listSeeds(options.seedsDir, options.root);
  const errors: IngestProblem[] = [];
  const warnings: IngestProblem[] = listing.skipped.map((s) => ({ file: s.file, message: `skipped: ${s.reason}` }));
  const report = (error: unknown, fallbackFile: string) => {
    if (error instanceof IngestError) errors.push({ file: error.file, message: error.message });
    else errors.push({ file: fallbackFile, message: `${fallbackFile}: ${(error as Error).message}` });
  };

  const prepared: Prepared[] = [];
  for (const path of listing.files) {
    try {
      const seed = time('read', () => readSeed(path, options.root));
      prepared.push(time('clean+segment', () => prepare(seed, options, res)));
    } catch (error) {
      report(error, path);
    }
  }

  let ids: Map<string, string>;
  try {
    ids = assignArticleIds(prepared.map((p) => ({ file: p.seed.path, slug: p.meta.slug, slugFixed: p.meta.slugFixed })));
  } catch (error) {
    report(error, options.seedsDir);
    return { articles: [], claims: [], errors, warnings, timings, lexicon: res.lexicon };
  }

  const allocator = new SentenceIdAllocator();
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const p of prepared) {
    try {
      const id = ids.get(p.seed.path)!;
      const sentences: Sentence[] = [];
      let previous: Parameters<typeof annotate>[3] = null;
      for (const [index, segment] of p.segments.entries()) {
        const annotation = time('recognise+classify', () => annotate(segment, p.meta.language, res, previous));
        previous = { sources: annotation.sources, openQuote: annotation.openQuote, stance: annotation.stance, earlier: p.segments.slice(0, index + 1).map((s) => s.text) };
        const sentenceId = allocator.allocate(segment.text);
        const claim = isClaim(segment, annotation, p.meta.language, res.events);
        sentences.push({
          id: sentenceId,
          index,
          paragraph: segment.paragraph,
          role: segment.role,
          text: segment.text,
          start: segment.start,
          line: segment.line,
          stance: annotation.stance,
          cues: annotation.cues,
          sources: annotation.sources,
          quantities: annotation.quantities,
          mentions: annotation.mentions,
          claimId: claim ? sentenceId : null,
        });
      }
      const article = articleSchema.parse({
        id,
        url: `/artikel/${id}/`,
        sourceFile: p.seed.path,
        sha256: p.seed.sha256,
        language: p.meta.language,
        title: p.meta.title,
        kicker: p.meta.kicker,
        outlet: p.meta.outlet,
        published: p.meta.published,
        removed: p.removed,
        warnings: p.warnings,
        sentences,
      });
      articles.push(article);
      for (const s of sentences) {
        if (!s.claimId) continue;
        claims.push(
          claimSchema.parse({
            id: s.claimId,
            url: `/behauptungen/${s.claimId}/`,
            article: id,
            sentenceIndex: s.index,
            text: s.text,
            stance: s.stance,
            cues: s.cues,
            sources: s.sources,
            quantities: s.quantities,
            mentions: s.mentions,
            related: [],
          }),
        );
      }
      for (const w of p.warnings) warnings.push({ file: p.seed.path, message: w });
    } catch (error) {
      report(error, p.seed.path);
    }
  }
  const linked = time('link', () => linkClaims(articles, claims, res.lexicon, res.kinds));
  return { articles, claims: linked, errors, warnings, timings, lexicon: res.lexicon };
}

export function defaultOptions(root: string): IngestOptions {
  return { root, seedsDir: join(root, 'seeds'), contentDir: join(root, 'content') };
}
