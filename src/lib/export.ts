/** The public data export (see CONTRACT.md): documents and their JSON Schemas, from the shared zod schemas. */
import { stringify } from 'csv-stringify/sync';
import { z } from 'astro/zod';
import { articlesExportSchema, claimsExportSchema, glossaryExportSchema, SCHEMA_VERSION, weaponsExportSchema, type Claim } from '../schemas/corpus.ts';
import { loadCorpus } from './corpus.ts';
import { loadLexicon } from './lexicon.ts';

export const EXPORTS = {
  articles: articlesExportSchema,
  claims: claimsExportSchema,
  weapons: weaponsExportSchema,
  glossary: glossaryExportSchema,
} as const;
export type ExportName = keyof typeof EXPORTS;

export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function jsonSchemaOf(name: ExportName, siteUrl: URL | undefined): unknown {
  return {
    $id: new URL(`data/${name}.schema.json`, siteUrl ?? 'https://quellenlage.example/').href,
    title: `Quellenlage ${name} export, schema version ${SCHEMA_VERSION}`,
    ...z.toJSONSchema(EXPORTS[name], { io: 'output' }),
  };
}

function claimIdsBy(claims: Claim[], kind: 'weapon' | 'term'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const claim of claims) {
    for (const ref of new Set(claim.mentions.filter((m) => m.kind === kind).map((m) => m.ref))) out.set(ref, [...(out.get(ref) ?? []), claim.id]);
  }
  return out;
}

export async function exportDocument(name: ExportName): Promise<unknown> {
  const { articles, claims } = await loadCorpus();
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  switch (name) {
    case 'articles':
      return EXPORTS.articles.parse({ schemaVersion: SCHEMA_VERSION, articles: [...articles].sort(byId) });
    case 'claims':
      return EXPORTS.claims.parse({ schemaVersion: SCHEMA_VERSION, claims });
    case 'weapons': {
      const { weapons } = await loadLexicon();
      const ids = claimIdsBy(claims, 'weapon');
      return EXPORTS.weapons.parse({
        schemaVersion: SCHEMA_VERSION,
        weapons: [...weapons].sort(byId).map((w) => ({
          id: w.id,
          url: `/waffen/${w.id}/`,
          name: w.name,
          aliases: w.aliases,
          category: w.category,
          generic: w.generic,
          description: w.description ?? null,
          specs: w.specs.map((s) => ({ label: s.label, values: s.values.map((v) => ({ value: v.value, sources: v.sources, note: v.note ?? null, weak: v.weak })) })),
          claimIds: ids.get(w.id) ?? [],
        })),
      });
    }
    case 'glossary': {
      const { glossary } = await loadLexicon();
      const ids = claimIdsBy(claims, 'term');
      return EXPORTS.glossary.parse({
        schemaVersion: SCHEMA_VERSION,
        terms: [...glossary].sort(byId).map((t) => ({ id: t.id, url: `/glossar/${t.id}/`, term: t.term, aliases: t.aliases, definition: t.definition, claimIds: ids.get(t.id) ?? [] })),
      });
    }
  }
}

/** One row per claim; list fields joined with " | ", figures as written with their normalised value. */
export async function claimsCsv(site: URL | undefined): Promise<string> {
  const { claims, articleById } = await loadCorpus();
  const rows = claims.map((c) => ({
    id: c.id,
    url: new URL(c.url, site ?? 'https://quellenlage.example/').href,
    article: c.article,
    article_title: articleById.get(c.article)?.title ?? '',
    outlet: articleById.get(c.article)?.outlet ?? '',
    published: articleById.get(c.article)?.published ?? '',
    sentence_index: c.sentenceIndex,
    text: c.text,
    stance: c.stance,
    cues: c.cues.join(' | '),
    sources: c.sources.map((s) => s.text).join(' | '),
    quantities: c.quantities.map((q) => `${q.text} = ${q.value ?? `${q.min}–${q.max}`}${q.unit ? ` ${q.unit}` : ''} (${q.approx})`).join(' | '),
    weapons: [...new Set(c.mentions.filter((m) => m.kind === 'weapon').map((m) => m.ref))].join(' | '),
    mentions: [...new Set(c.mentions.filter((m) => m.kind !== 'weapon').map((m) => `${m.kind}:${m.ref}`))].join(' | '),
    related: c.related.map((r) => `${r.relation}:${r.id}`).join(' | '),
  }));
  // Cells that start like a formula are prefixed with ' so that spreadsheets show them as text (OWASP CSV injection).
  return stringify(rows, { header: true, bom: false, cast: { string: (value) => (/^[=+\-@\t\r]/u.test(value) ? `'${value}` : value) } });
}
