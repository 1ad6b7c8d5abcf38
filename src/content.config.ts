/**
 * Content collections. Generated collections (articles, article bodies, claims) are written by
 * `npm run ingest` into content/generated/ (or QL_GENERATED_DIR); curated ones (weapons, glossary,
 * places, organisations, people) are edited by hand under content/. All use the same zod schemas the
 * ingest validates against, so both sides agree by construction.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, claimSchema, goneArticleSchema, goneClaimSchema, noteSchema } from './schemas/corpus.ts';
import { glossaryTermSchema, organisationSchema, personSchema, placeSchema, weaponSchema } from './schemas/lexicon.ts';

const generated = process.env.QL_GENERATED_DIR ?? './content/generated';
const curated = process.env.QL_CONTENT_DIR ?? './content';
const notes = process.env.QL_NOTES_DIR ?? `${curated}/notes`;

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.json', base: `${generated}/corpus` }),
    schema: articleSchema,
  }),
  articleBodies: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${generated}/articles` }),
  }),
  claims: defineCollection({
    loader: file(`${generated}/claims.json`),
    schema: claimSchema,
  }),
  goneClaims: defineCollection({
    loader: file(`${generated}/gone-claims.json`),
    schema: goneClaimSchema,
  }),
  goneArticles: defineCollection({
    loader: file(`${generated}/gone-articles.json`),
    schema: goneArticleSchema,
  }),
  notes: defineCollection({
    loader: glob({ pattern: '*.mdx', base: notes }),
    schema: noteSchema,
  }),
  weapons: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${curated}/weapons` }),
    schema: weaponSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${curated}/glossary` }),
    schema: glossaryTermSchema,
  }),
  places: defineCollection({ loader: file(`${curated}/lexicon/places.yaml`), schema: placeSchema }),
  organisations: defineCollection({ loader: file(`${curated}/lexicon/organisations.yaml`), schema: organisationSchema }),
  people: defineCollection({ loader: file(`${curated}/lexicon/people.yaml`), schema: personSchema }),
};
