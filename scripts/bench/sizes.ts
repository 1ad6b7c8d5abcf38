/**
 * Sizes of a built site: all files, the Pagefind index by kind, and for one page of each type (the one of
 * median HTML size) its HTML bytes and HTML + linked CSS gzipped (node:zlib level 9, each file on its own,
 * as a server sends them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classifyPage, distPath, medianBy, SIZED_TYPES, stylesheetHrefs, type PageType } from './pages.ts';

export interface FileEntry {
  rel: string;
  bytes: number;
}

export function listFiles(dir: string): FileEntry[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { rel: relative(dir, path).split(sep).join('/'), bytes: statSync(path).size };
    })
    .sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Kind of a file of dist/pagefind/, for the breakdown of the index. */
export function pagefindKind(rel: string): string {
  if (rel.startsWith('fragment/')) return 'fragments';
  if (rel.startsWith('index/')) return 'word index';
  if (rel.startsWith('filter/')) return 'filters';
  if (rel.startsWith('wasm.')) return 'wasm';
  if (rel.endsWith('.pf_meta')) return 'meta';
  if (/\.(js|css)$/.test(rel)) return 'js/css';
  return 'other';
}

export interface IndexSize {
  bytes: number;
  files: number;
  byKind: Record<string, { bytes: number; files: number }>;
}

export function indexSize(outDir: string): IndexSize {
  const files = listFiles(join(outDir, 'pagefind'));
  const byKind: IndexSize['byKind'] = {};
  for (const f of files) {
    const entry = (byKind[pagefindKind(f.rel)] ??= { bytes: 0, files: 0 });
    entry.bytes += f.bytes;
    entry.files++;
  }
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), files: files.length, byKind };
}

export interface PageSize {
  type: PageType;
  /** The page measured (median HTML size of its type) and how many pages the type has. */
  page: string;
  pagesOfType: number;
  htmlBytes: number;
  htmlGzip: number;
  css: string[];
  cssBytes: number;
  /** HTML gzipped + each linked stylesheet gzipped. */
  htmlCssGzip: number;
  /** Largest page of the type. */
  maxHtmlBytes: number;
}

export interface SiteSizes {
  distBytes: number;
  distFiles: number;
  htmlPages: number;
  htmlBytes: number;
  byType: Partial<Record<PageType, { pages: number; bytes: number }>>;
  pages: PageSize[];
  index: IndexSize;
}

export function siteSizes(outDir: string, base = '/'): SiteSizes {
  const files = listFiles(outDir);
  const html = files.filter((f) => f.rel.endsWith('.html'));
  const byType: SiteSizes['byType'] = {};
  const grouped = new Map<PageType, FileEntry[]>();
  for (const f of html) {
    const type = classifyPage(f.rel);
    const entry = (byType[type] ??= { pages: 0, bytes: 0 });
    entry.pages++;
    entry.bytes += f.bytes;
    const list = grouped.get(type) ?? [];
    list.push(f);
    grouped.set(type, list);
  }
  const pages: PageSize[] = [];
  for (const type of SIZED_TYPES) {
    const ofType = grouped.get(type) ?? [];
    const chosen = medianBy(ofType, (f) => f.bytes);
    if (!chosen) continue;
    const content = readFileSync(join(outDir, chosen.rel));
    const css = stylesheetHrefs(content.toString('utf8'))
      .map((href) => distPath(href, base))
      .filter((p): p is string => p !== null);
    const cssFiles = css.map((p) => readFileSync(join(outDir, p)));
    const htmlGzip = gzipBytes(content);
    pages.push({
      type,
      page: chosen.rel,
      pagesOfType: ofType.length,
      htmlBytes: content.length,
      htmlGzip,
      css,
      cssBytes: cssFiles.reduce((n, c) => n + c.length, 0),
      htmlCssGzip: htmlGzip + cssFiles.reduce((n, c) => n + gzipBytes(c), 0),
      maxHtmlBytes: Math.max(...ofType.map((f) => f.bytes)),
    });
  }
  return {
    distBytes: files.reduce((n, f) => n + f.bytes, 0),
    distFiles: files.length,
    htmlPages: html.length,
    htmlBytes: html.reduce((n, f) => n + f.bytes, 0),
    byType,
    pages,
    index: indexSize(outDir),
  };
}
