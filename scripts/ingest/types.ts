/**
 * Typed intermediate representations, one per pipeline step:
 * read → clean → segment → recognise → classify → claims → link → emit.
 * What is emitted (Article, Sentence, Claim, Quantity, Mention, Source) is defined once, as zod schemas in
 * src/schemas/corpus.ts; the types here are what flows between the steps before that.
 */
import type { Mention, Quantity, Source, Stance } from '../../src/schemas/corpus.ts';

export type { Article, Claim, Mention, Quantity, Sentence, Source, Stance } from '../../src/schemas/corpus.ts';

/** A stable sentence/claim id ("k" + base32 of a hash of the normalised text). */
export type ClaimId = string & { readonly __brand: 'ClaimId' };
/** A URL-safe article id ("nordkorea-soll-schwerste-artillerie-an-russland-liefern"). */
export type ArticleId = string & { readonly __brand: 'ArticleId' };

/** Languages with cue lexicons and number formats. Others are built without stance annotation. */
export type SupportedLanguage = 'de' | 'en';

/** Step 1: a seed file as read from disk. */
export interface SeedFile {
  /** Path relative to the project root, with forward slashes ("seeds/002_….txt"). */
  path: string;
  sha256: string;
  /** Decoded text: BOM removed, CRLF/CR normalised to LF. Every offset below points into this string. */
  text: string;
  encoding: string;
  /** YAML front matter given in the seed (already removed from `text`' body lines). */
  frontMatter: Record<string, unknown>;
  /** Line number (1-based) of the first body line, after any front matter. */
  firstBodyLine: number;
}

/** A line of the seed with its position. */
export interface Line {
  text: string;
  /** 1-based line number in the seed file. */
  line: number;
  /** Offset of the first character in SeedFile.text. */
  start: number;
}

export type BlockRole = 'kicker' | 'title' | 'heading' | 'body';

/** Step 2: a block of text that survived boilerplate removal: one line of the seed. */
export interface Block {
  role: BlockRole;
  text: string;
  line: number;
  start: number;
}

export interface Removed {
  text: string;
  reason: string;
  line: number;
}

export interface ArticleMeta {
  id: ArticleId;
  title: string;
  kicker: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
}

/** Step 2 output. */
export interface CleanArticle {
  seed: SeedFile;
  blocks: Block[];
  removed: Removed[];
}

/** Step 3: a sentence with its place in the article. */
export interface Segment {
  text: string;
  /** Offset in SeedFile.text. */
  start: number;
  line: number;
  paragraph: number;
  role: BlockRole;
}

/** Step 4/5: what the recognisers and classifiers add to a segment. */
export interface Annotation {
  quantities: Quantity[];
  mentions: Mention[];
  stance: Stance;
  cues: string[];
  sources: Source[];
}
