/**
 * Per-article metadata an editor may set, in the seed's YAML front matter or in
 * `content/articles/<seed file name without .txt>.yaml`. Both override what the ingest infers;
 * the metadata file wins over the front matter. The ingest never writes these files.
 */
import { z } from 'astro/zod';

export const articleMetaSchema = z
  .object({
    /** URL slug of the article; changing it changes every URL of the article. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens').optional(),
    title: z.string().min(1).optional(),
    kicker: z.string().min(1).nullable().optional(),
    outlet: z.string().min(1).nullable().optional(),
    /** Publication date, YYYY-MM-DD. */
    published: z
      .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2024-11-16'), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .nullable()
      .optional(),
    /** BCP 47 language tag (de, en …), when detection gets it wrong. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/).optional(),
    /** Original URL of the article. */
    url: z.string().url().optional(),
  })
  .strict();
export type ArticleMetaOverride = z.infer<typeof articleMetaSchema>;
