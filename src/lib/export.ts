/** The public data export (see CONTRACT.md): documents and their JSON Schemas, from the shared zod schemas. */
import { z } from 'astro/zod';
import { articlesExportSchema, claimsExportSchema, SCHEMA_VERSION } from '../schemas/corpus.ts';
import { loadCorpus } from './corpus.ts';

export const EXPORTS = {
  articles: articlesExportSchema,
  claims: claimsExportSchema,
} as const;

export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function jsonSchemaOf(name: keyof typeof EXPORTS, siteUrl: URL | undefined): unknown {
  return {
    $id: new URL(`data/${name}.schema.json`, siteUrl ?? 'https://quellenlage.example/').href,
    title: `Quellenlage ${name} export, schema version ${SCHEMA_VERSION}`,
    ...z.toJSONSchema(EXPORTS[name], { io: 'output' }),
  };
}

export async function exportDocument(name: keyof typeof EXPORTS): Promise<unknown> {
  const { articles, claims } = await loadCorpus();
  const document = name === 'articles' ? { schemaVersion: SCHEMA_VERSION, articles } : { schemaVersion: SCHEMA_VERSION, claims };
  return EXPORTS[name].parse(document);
}
