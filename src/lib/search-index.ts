/** Build-time search data: the compound splitter over the lexicon's heads and the page types. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadLexicon } from './lexicon.ts';
import { createCompoundSplitter, type CompoundSplitter } from './search-terms.ts';

const contentDir = process.env.QL_CONTENT_DIR ?? './content';

let cached: Promise<CompoundSplitter> | undefined;

export function loadSplitter(): Promise<CompoundSplitter> {
  cached ??= (async () => {
    const data = parseYaml(readFileSync(join(contentDir, 'language/compound-heads.yaml'), 'utf8')) as { heads?: string[] } | null;
    const lexicon = await loadLexicon();
    const heads = [
      ...(data?.heads ?? []),
      ...lexicon.weapons.filter((w) => w.generic).flatMap((w) => [w.name, ...w.aliases]),
      ...lexicon.glossary.filter((t) => t.compoundHead).flatMap((t) => [t.term, ...t.aliases]),
    ];
    return createCompoundSplitter(heads);
  })();
  return cached;
}

/** The type of a page as search results show it, from its URL. */
export function pageType(path: string, base: string): string | null {
  const rest = path.slice(base.replace(/\/$/, '').length);
  if (/^\/artikel\/[^/]+\/$/.test(rest)) return 'Artikel';
  if (/^\/behauptungen\/k[a-z2-7]+\/$/.test(rest)) return 'Behauptung';
  if (/^\/waffen\/[^/]+\/$/.test(rest)) return 'Waffe';
  if (/^\/glossar\/[^/]+\/$/.test(rest)) return 'Glossar';
  if (/^\/quellen\/[^/]+\/$/.test(rest)) return 'Quelle';
  return null;
}
