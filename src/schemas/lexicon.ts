/**
 * Zod schemas of the curated lexicon under `content/` (YAML and MDX that editors change without code).
 * The ingest validates every curated file with these and names the file and entry on error;
 * the site reads the same files through content collections with the same schemas.
 */
import { z } from 'astro/zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, e.g. "koksan-m1989"');

/** A figure with the public pages that support it. */
export const citedValueSchema = z.object({
  value: z.string().describe('the figure as shown on the site, in German ("40 km mit Standardmunition")'),
  sources: z.array(z.string().url()).default([]),
  note: z.string().optional(),
  /** Marked weak in the reference sheet (fan wiki, blog). */
  weak: z.boolean().default(false),
});

export const specSchema = z.object({
  /** German label ("Reichweite", "Kaliber"). */
  label: z.string(),
  /** One value, or several when the sources disagree: all are shown, as a disagreement. */
  values: z.array(citedValueSchema).min(1),
});

const entryBase = {
  id,
  /** German display name. */
  name: z.string().min(1),
  /** Other names and spellings, German and English, as written. Inflected forms are generated, not listed. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Short German description, own wording. */
  description: z.string().optional(),
};

export const weaponCategorySchema = z.enum([
  'artillerie',
  'raketenartillerie',
  'ballistische-rakete',
  'marschflugkoerper',
  'flugabwehr',
  'drohne',
  'flugzeug',
  'fahrzeug',
  'munition',
  'handwaffe',
  'kategorie',
]);

export const weaponSchema = z.object({
  ...entryBase,
  category: weaponCategorySchema,
  /** True for generic categories (Mehrfachraketenwerfer, Drohne), which also match as the head of a compound. */
  generic: z.boolean().default(false),
  /** Id of the place entry of the country of origin. */
  origin: z.string().optional(),
  /** Related weapon ids (variants, look-alikes). */
  related: z.array(id).default([]),
  specs: z.array(specSchema).default([]),
});
export type Weapon = z.infer<typeof weaponSchema>;

export const placeSchema = z.object({
  ...entryBase,
  type: z.enum(['staat', 'region', 'stadt', 'ort', 'gewaesser', 'sonstiges']),
  /** Adjective stems when the generated ones are wrong ("US-amerikanisch"); endings are generated. */
  demonyms: z.array(z.string()).default([]),
  /** Resident nouns when irregular ("Nordkoreaner" is generated from "nordkoreanisch"). */
  residents: z.array(z.string()).default([]),
});
export type Place = z.infer<typeof placeSchema>;

export const organisationSchema = z.object({
  ...entryBase,
  type: z.enum(['geheimdienst', 'ministerium', 'regierung', 'militaer', 'medium', 'nachrichtenagentur', 'denkfabrik', 'buendnis', 'organisation', 'unternehmen', 'stiftung']),
  /** Place id of the country. */
  country: z.string().optional(),
  /** Web domains the outlet publishes under; used to recognise an article's own outlet. */
  domains: z.array(z.string()).default([]),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const personSchema = z.object({
  ...entryBase,
  role: z.string().optional(),
  /** Organisation id. */
  organisation: z.string().optional(),
  /** Name by which the person is referred to alone ("Putin", "Kim"); generated from the name when absent. */
  shortName: z.string().optional(),
});
export type Person = z.infer<typeof personSchema>;

/** Front matter of a glossary entry (`content/glossary/<id>.mdx`); the MDX body is the longer explanation. */
export const glossaryTermSchema = z.object({
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** One or two German sentences. */
  definition: z.string().min(1),
  /** Generic nouns (Haubitze, Rakete) also match as the head of a compound (Panzerhaubitze). */
  compoundHead: z.boolean().default(true),
  see: z.array(id).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
