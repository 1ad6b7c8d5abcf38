/**
 * The comparison build: a minimal Astro project in bench/.out/bare-<N>/ with the same number of pages of
 * each type as our build (home, articles, claims, weapons, glossary entries, sources, search, and the rest
 * as plain list pages), one dynamic route per type, plain templates (no MDX, no components, no CSS), data
 * from one JSON file made from the ingest's output. It uses the project's Astro through a symlinked
 * node_modules and has no integrations.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyPage } from './pages.ts';

interface CorpusSentence {
  id: string;
  paragraph: number;
  text: string;
  claimId: string | null;
}
interface CorpusArticle {
  id: string;
  title: string;
  published: string | null;
  sentences: CorpusSentence[];
}
interface Claim {
  id: string;
  article: string;
  text: string;
  stance: string;
  sources: Array<{ text: string; ref: string | null }>;
  mentions: Array<{ kind: string; ref: string; text: string }>;
}

interface ClaimLink {
  id: string;
  text: string;
}

export interface BareData {
  articles: Array<{ id: string; title: string; published: string | null; paragraphs: Array<Array<{ id: string; text: string; claim: string | null }>> }>;
  claims: Array<{ id: string; text: string; stance: string; article: string; articleTitle: string; mentions: string[] }>;
  weapons: Array<{ id: string; claims: ClaimLink[] }>;
  glossary: Array<{ id: string; claims: ClaimLink[] }>;
  sources: Array<{ id: string; claims: ClaimLink[] }>;
  /** Our indexes, facet pages, 404 …: one plain list page each. */
  others: Array<{ id: string; title: string; claims: ClaimLink[] }>;
}

/** Ids of the pages of a type in our build (the folder name under its section). */
function idsOf(htmlPaths: readonly string[], type: string): string[] {
  return htmlPaths.filter((p) => classifyPage(p) === type).map((p) => p.split('/').at(-2)!);
}

/** Builds the bare project's data from the ingest output and the list of HTML pages of our build. */
export function bareData(generatedDir: string, htmlPaths: readonly string[], linksPerList = 100): BareData {
  const corpusDir = join(generatedDir, 'corpus');
  const articles = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as CorpusArticle);
  const claims = JSON.parse(readFileSync(join(generatedDir, 'claims.json'), 'utf8')) as Claim[];
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const linksTo = (match: (c: Claim) => boolean) =>
    claims
      .filter(match)
      .slice(0, linksPerList)
      .map((c) => ({ id: c.id, text: c.text }));
  const mentions = (kind: string, id: string) => (c: Claim) => c.mentions.some((m) => m.kind === kind && m.ref === id);
  const claimIds = new Set(idsOf(htmlPaths, 'claim'));
  const others = htmlPaths.filter((p) => ['index', 'facet', 'other'].includes(classifyPage(p)) && p.endsWith('.html'));
  return {
    articles: articles.map((a) => {
      const paragraphs: BareData['articles'][number]['paragraphs'] = [];
      for (const s of a.sentences) (paragraphs[s.paragraph] ??= []).push({ id: s.id, text: s.text, claim: s.claimId });
      return { id: a.id, title: a.title, published: a.published, paragraphs: paragraphs.filter(Boolean) };
    }),
    claims: claims
      .filter((c) => claimIds.size === 0 || claimIds.has(c.id))
      .map((c) => ({ id: c.id, text: c.text, stance: c.stance, article: c.article, articleTitle: titles.get(c.article) ?? c.article, mentions: c.mentions.map((m) => m.text) })),
    weapons: idsOf(htmlPaths, 'weapon').map((id) => ({ id, claims: linksTo(mentions('weapon', id)) })),
    glossary: idsOf(htmlPaths, 'glossary').map((id) => ({ id, claims: linksTo(mentions('term', id)) })),
    sources: idsOf(htmlPaths, 'source').map((id) => ({ id, claims: linksTo((c) => c.sources.some((s) => s.ref === id) || c.mentions.some((m) => m.ref === id)) })),
    others: others.map((path, i) => ({ id: `p${i + 1}`, title: path, claims: claims.slice((i * 37) % Math.max(1, claims.length), ((i * 37) % Math.max(1, claims.length)) + linksPerList).map((c) => ({ id: c.id, text: c.text })) })),
  };
}

const layout = (title: string, body: string) => `<html lang="de">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{${title}}</title></head>
  <body>
    <header><a href="/">Start</a> <a href="/suche/">Suche</a></header>
    <main>
${body}
    </main>
  </body>
</html>
`;

const listRoute = (key: keyof BareData, heading: string) => `---
import { data } from '../../data.mjs';
export function getStaticPaths() {
  return data.${key}.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
---
${layout(`'${heading} ' + entry.id`, `      <h1>${heading} {entry.id}</h1>
      <ul>{entry.claims.map((c) => <li><a href={\`/behauptungen/\${c.id}/\`}>{c.text}</a></li>)}</ul>`)}`;

/** The files of the bare project (relative path → content); `dataFile` is the absolute path of data.json. */
export function bareProjectFiles(dataFile: string): Record<string, string> {
  return {
    'astro.config.mjs': `// auto-generated by scripts/bench/bare.ts
export default {
  outDir: './dist',
  cacheDir: './cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Vite's own cache would otherwise go to the shared node_modules/.vite (node_modules is a link).
  vite: { cacheDir: './cache/vite' },
};
`,
    'package.json': `${JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2)}\n`,
    'src/data.mjs': `import { readFileSync } from 'node:fs';\nexport const data = JSON.parse(readFileSync(${JSON.stringify(dataFile)}, 'utf8'));\n`,
    'src/pages/index.astro': `---
import { data } from '../data.mjs';
---
${layout("'Quellenlage'", `      <h1>Quellenlage</h1>
      <ul>{data.articles.map((a) => <li><a href={\`/artikel/\${a.id}/\`}>{a.title}</a> {a.published}</li>)}</ul>`)}`,
    'src/pages/suche.astro': `---
---
${layout("'Suche'", `      <h1>Suche</h1>
      <form><input type="search" name="q" /></form>
      <ol id="treffer"></ol>`)}`,
    'src/pages/artikel/[id].astro': `---
import { data } from '../../data.mjs';
export function getStaticPaths() {
  return data.articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}
const { article } = Astro.props;
---
${layout('article.title', `      <h1>{article.title}</h1>
      <p>{article.published}</p>
      {article.paragraphs.map((p) => <p>{p.map((s) => s.claim ? <a id={s.id} href={\`/behauptungen/\${s.claim}/\`}>{s.text} </a> : <span id={s.id}>{s.text} </span>)}</p>)}`)}`,
    'src/pages/behauptungen/[id].astro': `---
import { data } from '../../data.mjs';
export function getStaticPaths() {
  return data.claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }));
}
const { claim } = Astro.props;
---
${layout("'Behauptung ' + claim.id", `      <h1>Behauptung</h1>
      <blockquote>{claim.text}</blockquote>
      <p>Haltung: {claim.stance}. Aus <a href={\`/artikel/\${claim.article}/\`}>{claim.articleTitle}</a></p>
      <ul>{claim.mentions.map((m) => <li>{m}</li>)}</ul>`)}`,
    'src/pages/waffen/[id].astro': listRoute('weapons', 'Waffe'),
    'src/pages/glossar/[id].astro': listRoute('glossary', 'Glossar'),
    'src/pages/quellen/[id].astro': listRoute('sources', 'Quelle'),
    'src/pages/seiten/[id].astro': `---
import { data } from '../../data.mjs';
export function getStaticPaths() {
  return data.others.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
---
${layout('entry.title', `      <h1>{entry.title}</h1>
      <ul>{entry.claims.map((c) => <li><a href={\`/behauptungen/\${c.id}/\`}>{c.text}</a></li>)}</ul>`)}`,
  };
}

/** Writes the bare project into `dir` (emptied first), with node_modules linked to the project's. */
export function writeBareProject(dir: string, data: BareData, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dataFile = join(dir, 'data.json');
  writeFileSync(dataFile, JSON.stringify(data));
  for (const [rel, content] of Object.entries(bareProjectFiles(dataFile))) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}

/** Pages the bare project will build: one per entry plus home and search. */
export function barePageCount(data: BareData): number {
  return 2 + data.articles.length + data.claims.length + data.weapons.length + data.glossary.length + data.sources.length + data.others.length;
}
