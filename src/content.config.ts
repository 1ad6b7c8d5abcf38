/**
 * Content collections. Generated collections (articles, article bodies, claims) are written by
 * `npm run ingest` into content/generated/ (or QL_GENERATED_DIR); their schemas are the same zod schemas
 * the ingest validates against, so both sides agree by construction.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, claimSchema } from './schemas/corpus.ts';

const generated = process.env.QL_GENERATED_DIR ?? './content/generated';

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
};
