/** Reads every HTML page of a built site: links, ids and the page's URL path. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

export interface PageInfo {
  /** URL path of the page ("/artikel/x/"). */
  path: string;
  file: string;
  ids: Set<string>;
  links: Array<{ attribute: string; value: string }>;
}

export function urlPathOf(siteDir: string, file: string): string {
  const rel = relative(siteDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function readPage(siteDir: string, file: string): PageInfo {
  const ids = new Set<string>();
  const links: PageInfo['links'] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (name === 'a' && attributes.name) ids.add(attributes.name);
      for (const attribute of ['href', 'src']) {
        const value = attributes[attribute];
        if (value !== undefined && !(name === 'link' && attributes.rel === 'canonical')) links.push({ attribute: `${name}[${attribute}]`, value });
      }
    },
  });
  parser.write(readFileSync(file, 'utf8'));
  parser.end();
  return { path: urlPathOf(siteDir, file), file, ids, links };
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
