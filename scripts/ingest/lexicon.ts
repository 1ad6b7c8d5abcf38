/**
 * Loads the curated lexicon from content/ (weapons/*.yaml, lexicon/{places,organisations,people}.yaml,
 * glossary/*.mdx front matter), validates each file with the shared zod schemas, and reports errors with
 * the file and entry. The generator only reads these files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import {
  glossaryTermSchema,
  organisationSchema,
  personSchema,
  placeSchema,
  weaponSchema,
  type GlossaryTerm,
  type Organisation,
  type Person,
  type Place,
  type Weapon,
} from '../../src/schemas/lexicon.ts';
import { IngestError } from './errors.ts';

export interface Lexicon {
  weapons: Weapon[];
  places: Place[];
  organisations: Organisation[];
  people: Person[];
  terms: Array<GlossaryTerm & { id: string }>;
}

export const LEXICON_PATHS = {
  weapons: 'weapons',
  places: 'lexicon/places.yaml',
  organisations: 'lexicon/organisations.yaml',
  people: 'lexicon/people.yaml',
  glossary: 'glossary',
} as const;

function describeIssue(error: z.ZodError, data: unknown): string {
  const issue = error.issues[0]!;
  const found = issue.path.reduce<unknown>((obj, key) => (obj as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], data);
  return `field \`${issue.path.join('.') || '(entry)'}\`: ${issue.message}${found === undefined || typeof found === 'object' ? '' : `, found ${JSON.stringify(found)}`}`;
}

function parseEntry<S extends z.ZodType>(schema: S, data: unknown, file: string, label: string, line?: number): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new IngestError(file, `${label}: ${describeIssue(result.error, data)}`, line);
  return result.data;
}

function readYaml(file: string, root: string): { data: unknown; lineOf: (index: number) => number | undefined } {
  const display = relative(root, file);
  const doc = parseDocument(readFileSync(file, 'utf8'), { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new IngestError(display, `not valid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0]?.line);
  }
  const text = readFileSync(file, 'utf8');
  const items = (doc.contents as { items?: Array<{ range?: [number, number, number] }> } | null)?.items ?? [];
  return {
    data: doc.toJS(),
    lineOf: (index) => {
      const offset = items[index]?.range?.[0];
      return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
    },
  };
}

function readList<S extends z.ZodType>(schema: S, file: string, root: string): Array<z.infer<S>> {
  if (!existsSync(file)) return [];
  const display = relative(root, file);
  const { data, lineOf } = readYaml(file, root);
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new IngestError(display, 'expected a YAML list of entries (lines starting with "- ")');
  return data.map((entry, i) => parseEntry(schema, entry, display, `entry ${i + 1}${(entry as { id?: string })?.id ? ` (${(entry as { id: string }).id})` : ''}`, lineOf(i)));
}

function readFolder<S extends z.ZodType>(schema: S, dir: string, root: string): Array<z.infer<S>> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const { data } = readYaml(file, root);
      const entry = parseEntry(schema, data, relative(root, file), 'entry');
      const expected = name.replace(/\.ya?ml$/, '');
      if ((entry as { id: string }).id !== expected) {
        throw new IngestError(relative(root, file), `the id "${(entry as { id: string }).id}" must equal the file name "${expected}"`);
      }
      return entry;
    });
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function readGlossary(dir: string, root: string): Lexicon['terms'] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const display = relative(root, file);
      const match = FRONT_MATTER.exec(readFileSync(file, 'utf8'));
      if (!match) throw new IngestError(display, 'expected YAML front matter between --- lines (term, definition, aliases)', 1);
      let data: unknown;
      try {
        data = parseYaml(match[1]!);
      } catch (error) {
        throw new IngestError(display, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, 2);
      }
      return { ...parseEntry(glossaryTermSchema, data, display, 'front matter', 2), id: name.replace(/\.mdx?$/, '') };
    });
}

export function loadLexicon(contentDir: string, root: string): Lexicon {
  const lexicon: Lexicon = {
    weapons: readFolder(weaponSchema, join(contentDir, LEXICON_PATHS.weapons), root),
    places: readList(placeSchema, join(contentDir, LEXICON_PATHS.places), root),
    organisations: readList(organisationSchema, join(contentDir, LEXICON_PATHS.organisations), root),
    people: readList(personSchema, join(contentDir, LEXICON_PATHS.people), root),
    terms: readGlossary(join(contentDir, LEXICON_PATHS.glossary), root),
  };
  checkUniqueIds(lexicon, contentDir, root);
  return lexicon;
}

function checkUniqueIds(lexicon: Lexicon, contentDir: string, root: string): void {
  const groups: Array<[string, Array<{ id: string }>]> = [
    [LEXICON_PATHS.weapons, lexicon.weapons],
    [LEXICON_PATHS.places, lexicon.places],
    [LEXICON_PATHS.organisations, lexicon.organisations],
    [LEXICON_PATHS.people, lexicon.people],
    [LEXICON_PATHS.glossary, lexicon.terms],
  ];
  for (const [path, entries] of groups) {
    const seen = new Set<string>();
    for (const { id } of entries) {
      if (seen.has(id)) throw new IngestError(relative(root, join(contentDir, path)), `the id "${id}" is used twice`);
      seen.add(id);
    }
  }
}
