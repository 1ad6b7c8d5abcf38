/**
 * Zod schemas of everything the ingest emits and the site reads.
 * One source of truth: `scripts/ingest` validates its output with these before writing, `src/content.config.ts`
 * uses them for the content collections, and `/data/*.schema.json` is generated from them.
 * Field names follow the public data contract (schema version 1); add fields, never rename.
 */
import { z } from 'astro/zod';

export const SCHEMA_VERSION = 1 as const;

/** How sure the outlet is of a sentence, and whose word it is. */
export const stanceSchema = z
  .enum(['asserted', 'attributed', 'hedged', 'speculative', 'opinion'])
  .describe('asserted: stated as fact; attributed: reported from a source; hedged: distanced; speculative: forecast/possibility; opinion: evaluation');
export type Stance = z.infer<typeof stanceSchema>;

export const approxSchema = z.enum(['exact', 'about', 'under', 'over', 'at-least', 'at-most', 'up-to', 'range']);
export type Approx = z.infer<typeof approxSchema>;

/** Character offsets of a span, relative to the sentence text (UTF-16 code units, as JavaScript counts). */
const spanFields = {
  start: z.number().int().nonnegative().describe('offset of the first character in the sentence text'),
  end: z.number().int().nonnegative().describe('offset after the last character in the sentence text'),
};

export const quantitySchema = z.object({
  /** The quantity as written, approximator included ("knapp 50"). */
  text: z.string(),
  /** The number (5 Millionen → 5000000); null for a pure range. */
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  approx: approxSchema,
  /** Unit of measure (km, mm, t, Prozent), null for counts. */
  unit: z.string().nullable(),
  /** Lemma of the counted noun (Soldat, Haubitze), null for measures. */
  counted: z.string().nullable(),
  ...spanFields,
});
export type Quantity = z.infer<typeof quantitySchema>;

export const mentionKindSchema = z.enum(['weapon', 'place', 'organisation', 'person', 'term']);
export type MentionKind = z.infer<typeof mentionKindSchema>;

export const mentionSchema = z.object({
  kind: mentionKindSchema,
  /** Id of the curated lexicon entry. */
  ref: z.string(),
  /** The words as written in the sentence. */
  text: z.string(),
  ...spanFields,
});
export type Mention = z.infer<typeof mentionSchema>;

export const sourceSchema = z.object({
  /** Who is cited, as written ("Financial Times", "ukrainischen Angaben"). */
  text: z.string(),
  /** Id of the curated entry when the source is in the lexicon. */
  ref: z.string().nullable(),
  /** The cue that introduced the source ("laut", "unter Berufung auf", "sagte"). */
  cue: z.string().nullable().default(null),
  /** True when the source was carried over from an earlier sentence (quote continuation, Konjunktiv I). */
  inherited: z.boolean().default(false),
});
export type Source = z.infer<typeof sourceSchema>;

export const sentenceRoleSchema = z.enum(['kicker', 'title', 'heading', 'body']);

export const sentenceSchema = z.object({
  /** Stable id derived from the normalised sentence text; the HTML anchor on the article page. */
  id: z.string().regex(/^k[a-z2-7]{8,}$/),
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  role: sentenceRoleSchema,
  /** Verbatim substring of the article body. */
  text: z.string().min(1),
  /** Offset of the sentence in the decoded seed text (after BOM removal and line-ending normalisation). */
  start: z.number().int().nonnegative(),
  /** 1-based line of the sentence in the seed file, for error messages and editors. */
  line: z.number().int().positive(),
  stance: stanceSchema,
  /** Verbatim words that decided the stance. */
  cues: z.array(z.string()),
  sources: z.array(sourceSchema),
  quantities: z.array(quantitySchema),
  mentions: z.array(mentionSchema),
  claimId: z.string().nullable(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

export const removedSchema = z.object({
  text: z.string(),
  reason: z.string(),
  /** 1-based line in the seed file. */
  line: z.number().int().positive(),
});

export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  url: z.string(),
  sourceFile: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  language: z.string(),
  title: z.string().min(1),
  kicker: z.string().nullable(),
  outlet: z.string().nullable(),
  /** ISO date (YYYY-MM-DD). */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Boilerplate taken out before segmenting, with the reason. */
  removed: z.array(removedSchema),
  /** Notes of the ingest about this article (e.g. "language not supported: no stance annotation"). */
  warnings: z.array(z.string()).default([]),
  sentences: z.array(sentenceSchema),
});
export type Article = z.infer<typeof articleSchema>;

export const relationSchema = z.enum(['agrees', 'conflicts', 'related']);

export const claimSchema = z.object({
  id: z.string(),
  url: z.string(),
  article: z.string(),
  sentenceIndex: z.number().int().nonnegative(),
  text: z.string(),
  stance: stanceSchema,
  cues: z.array(z.string()),
  sources: z.array(sourceSchema),
  quantities: z.array(quantitySchema),
  mentions: z.array(mentionSchema),
  /** Claims from other articles: same figure compared (agrees/conflicts) or same weapon system (related). */
  related: z.array(
    z.object({
      id: z.string(),
      relation: relationSchema,
      /** What the two compared figures measure ("Soldaten · Nordkorea"). */
      basis: z.string().optional(),
      /** Index of the compared figure in this claim's `quantities`. */
      mine: z.number().int().nonnegative().optional(),
      /** Index of the compared figure in the other claim's `quantities`. */
      theirs: z.number().int().nonnegative().optional(),
    }),
  ),
});
export type Claim = z.infer<typeof claimSchema>;

export const articlesExportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleSchema),
});
export const claimsExportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  claims: z.array(claimSchema),
});

export const weaponExportSchema = z.object({
  id: z.string(),
  url: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  category: z.string(),
  /** True for generic categories (Haubitze, Drohne) rather than one system. */
  generic: z.boolean(),
  description: z.string().nullable(),
  /** Reference figures with their sources; several values mean the sources disagree. */
  specs: z.array(
    z.object({
      label: z.string(),
      values: z.array(z.object({ value: z.string(), sources: z.array(z.string()), note: z.string().nullable(), weak: z.boolean() })),
    }),
  ),
  /** Claims that mention the weapon. */
  claimIds: z.array(z.string()),
});
export const weaponsExportSchema = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), weapons: z.array(weaponExportSchema) });

export const termExportSchema = z.object({
  id: z.string(),
  url: z.string(),
  term: z.string(),
  aliases: z.array(z.string()),
  definition: z.string(),
  /** Claims in which the term occurs. */
  claimIds: z.array(z.string()),
});
export const glossaryExportSchema = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), terms: z.array(termExportSchema) });

/** A claim or article URL that was published once and is no longer in the corpus; its page says so. */
export const goneClaimSchema = z.object({
  id: z.string(),
  /** The text as last published. */
  text: z.string(),
  article: z.string(),
  /** Whether the claim's article still exists (then the page links to it). */
  articleExists: z.boolean(),
  /** True when the sentence is still in its article but no longer counts as a claim (the page links to it). */
  sentenceExists: z.boolean(),
  /** The most similar current claim, when one is similar enough. */
  successor: z.object({ id: z.string(), score: z.number() }).nullable(),
});
export type GoneClaim = z.infer<typeof goneClaimSchema>;

export const goneArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The current article with the most similar title, if any. */
  successor: z.string().nullable(),
});
export type GoneArticle = z.infer<typeof goneArticleSchema>;

/** Verdicts of the editorial layer, on the German scale used by fact-checkers. */
export const verdictSchema = z.enum(['richtig', 'größtenteils richtig', 'unbelegt', 'fehlender Kontext', 'irreführend', 'falsch']);
export type Verdict = z.infer<typeof verdictSchema>;

/** Front matter of an editorial note (`content/notes/*.mdx`); the MDX body is the note. */
export const noteSchema = z
  .object({
    /** Id of the claim the note is about. */
    claim: z.string().regex(/^k[a-z2-7]{9}$/, 'a claim id like k7f3q2abcd (the last part of the claim URL)'),
    verdict: verdictSchema.optional(),
    /** Who wrote the note (shown on the claim page and in ClaimReview). */
    author: z.string().min(1).optional(),
    /** Date of the note, YYYY-MM-DD. */
    date: z
      .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .optional(),
  })
  .strict();
export type Note = z.infer<typeof noteSchema>;
